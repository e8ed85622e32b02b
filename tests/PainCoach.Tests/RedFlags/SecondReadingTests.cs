using Microsoft.Extensions.DependencyInjection;
using PainCoach.Faq;
using PainCoach.Faq.Semantic;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.Tests.Faq;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The screen's second reading (docs/triage.md, "Second reading"): a text the phrases read no sign in is given the tier
/// of its twelve nearest labelled messages when all twelve are red flags and the nearest is at least 0.70 alike; a text
/// said with a negation cue, of its sixteen nearest when all are red flags and eight of them were said with one too. Its figures on
/// the read parts (each left out of the bank in turn) are in <see cref="SecondReadingLeftOutTests"/>, and on fresh text in
/// <see cref="RedFlagCorpusTests"/>' Fresh theory.
/// </summary>
public sealed class SecondReadingTests
{
    private static readonly LabelledMessages Bank = LabelledMessages.LoadEmbedded();
    private static readonly SecondReading Reading = new(FaqTestServices.Embedder, Bank);
    private static readonly FreeTextRedFlagScreen PhrasesAlone = new();
    private static readonly FreeTextRedFlagScreen WithSecondReading = new(RedFlagPhrases.Default, Reading);

    [Fact]
    public void The_bank_is_encoded_by_the_shipped_model()
    {
        Assert.Equal(SentenceEmbedder.ModelName, Bank.Model);
        Assert.Equal(FaqVectors.HashFile(FaqTestServices.Embedder.ModelPath), Bank.ModelSha256);
    }

    [Fact]
    public void The_bank_holds_every_read_part_and_probe_set_and_no_fresh_or_carers_part()
    {
        Assert.Equal(RedFlagCorpusTests.ReadParts().Concat(RedFlagCorpusTests.ProbeParts()).Order(StringComparer.Ordinal), Bank.Parts.Order(StringComparer.Ordinal));
        Assert.Equal(RedFlagCorpusTests.LabelledMessagesHash(Bank.Parts), Bank.TextsSha256);
    }

    [Fact]
    public void Stored_vectors_match_the_model_on_a_sample_of_messages()
    {
        // Every 997th message re-encoded: a quantised vector stays within a hair of the model's.
        var texts = RedFlagCorpusTests.LabelledMessagesOf(Bank.Parts).Select(m => m.Text).ToList();
        Assert.Equal(Bank.Count, texts.Count);
        for (var m = 0; m < Bank.Count; m += 997)
        {
            var stored = Bank.VectorOf(m);
            var fresh = FaqTestServices.Embedder.Embed(texts[m]);
            var cosine = stored.Zip(fresh, (a, b) => a * b).Sum() / MathF.Sqrt(stored.Sum(v => v * v));
            Assert.True(cosine > 0.995f, $"message {m}: cosine {cosine}");
        }
    }

    [Fact]
    public void Each_messages_negation_mark_is_the_screens_reading_of_its_text()
    {
        // The marks are stored when the bank is built; a change to the cue list leaves them stale until it is rebuilt.
        var texts = RedFlagCorpusTests.LabelledMessagesOf(Bank.Parts).Select(m => m.Text).ToList();
        var stale = Enumerable.Range(0, Bank.Count).Where(m => Bank.SaidWithNegation(m) != PhrasesAlone.SaidWithNegation(texts[m])).ToList();
        Assert.True(stale.Count == 0, $"{stale.Count} negation marks differ from the cue list (first: message {stale.FirstOrDefault()}); run scripts/second-reading.sh build");
        Assert.Contains(Enumerable.Range(0, Bank.Count), Bank.SaidWithNegation);
    }

    [Theory]
    [InlineData("my back went last week and i am not right in the bedroom since", true)]
    [InlineData("my heel is sore and the new shoes are no help", true)]
    [InlineData("back is sore after moving house", false)]
    public void The_screen_tells_the_second_reading_whether_a_text_was_said_with_a_no(string text, bool saidWithNegation)
    {
        var reading = new ReadsEverythingAsAnEmergency();
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.Equal(AlertLevel.Emergency, new FreeTextRedFlagScreen(RedFlagPhrases.Default, reading).Screen(text)?.Level);
        Assert.Equal(saidWithNegation, reading.LastSaidWithNegation);
    }

    [Fact]
    public void The_second_reading_is_asked_about_the_screens_english_rendering_not_the_text_as_written()
    {
        // The sentence model is English; a Spanish text rendered word by word sits near the English messages that say it.
        const string Text = "Me duele mucho la espalda desde ayer";
        var reading = new ReadsEverythingAsAnEmergency();
        Assert.Null(PhrasesAlone.Screen(Text));
        _ = new FreeTextRedFlagScreen(RedFlagPhrases.Default, reading).Screen(Text);
        Assert.Equal(PhrasesAlone.EnglishRendering(Text), reading.LastRendering);
        Assert.NotEqual(Text, reading.LastRendering);
        Assert.Contains("back", reading.LastRendering, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_said_with_a_no_needs_neighbours_said_with_one()
    {
        // Sixteen red flags around the query; how many of them were written with a negation cue decides a negated text.
        Assert.Null(SyntheticBank(negatedNeighbours: SecondReading.NegatedAgreeing - 1).LevelNear(Axis(0), excludedPart: 1, queryIsNegated: true));
        Assert.Equal(AlertLevel.Urgent, SyntheticBank(negatedNeighbours: SecondReading.NegatedAgreeing).LevelNear(Axis(0), excludedPart: 1, queryIsNegated: true));

        // A text said without one is read as before: twelve red flags agree, whatever their marks.
        Assert.Equal(AlertLevel.Urgent, SyntheticBank(negatedNeighbours: 0).LevelNear(Axis(0), excludedPart: 1, queryIsNegated: false));
    }

    [Fact]
    public void Turned_off_texts_said_with_a_no_are_not_read()
    {
        var bank = SyntheticBank(negatedNeighbours: SecondReading.NegatedNeighbours);
        const string Text = "a text said with no sign";
        Assert.Equal(AlertLevel.Urgent, new SecondReading(bank, partLeftOut: 1, _ => Axis(0)).LevelFor(Text, saidWithNegation: true));
        Assert.Null(new SecondReading(bank, partLeftOut: 1, _ => Axis(0), readsTextsSaidWithNegation: false).LevelFor(Text, saidWithNegation: true));
        Assert.Equal(AlertLevel.Urgent, new SecondReading(bank, partLeftOut: 1, _ => Axis(0), readsTextsSaidWithNegation: false).LevelFor(Text, saidWithNegation: false));
    }

    /// <summary>
    /// Message 0 is the query itself (part 1, left out when read), then sixteen urgent red flags a hair from it (part 0),
    /// the first <paramref name="negatedNeighbours"/> of them marked as said with a negation cue, and four ordinary
    /// messages far away.
    /// </summary>
    private static LabelledMessages SyntheticBank(int negatedNeighbours)
    {
        var vectors = new List<float[]> { Axis(0) };
        for (var i = 0; i < SecondReading.NegatedNeighbours; i++)
        {
            var near = Axis(0);
            near[1 + i] = 0.05f;
            vectors.Add(near);
        }

        vectors.AddRange(Enumerable.Range(0, 4).Select(i => Axis(100 + i)));
        var quantised = vectors.Select(v =>
        {
            SentenceEmbedder.Normalise(v);
            return LabelledMessages.Quantise(v);
        }).ToList();
        sbyte[] tiers = [LabelledMessages.Ordinary, .. Enumerable.Repeat((sbyte)AlertLevel.Urgent, SecondReading.NegatedNeighbours), .. Enumerable.Repeat(LabelledMessages.Ordinary, 4)];
        bool[] negated = [false, .. Enumerable.Range(0, SecondReading.NegatedNeighbours).Select(i => i < negatedNeighbours), false, false, false, false];
        ushort[] partOf = [1, .. Enumerable.Repeat((ushort)0, vectors.Count - 1)];
        return new LabelledMessages("test", "none", "none", ["near", "query"], [.. quantised.SelectMany(q => q.Values)], [.. quantised.Select(q => q.Scale)], tiers, negated, partOf);
    }

    private static float[] Axis(int dimension)
    {
        var vector = new float[SentenceEmbedder.Dimensions];
        vector[dimension] = 1f;
        return vector;
    }

    [Fact]
    public void Quantised_vectors_keep_their_similarities()
    {
        var a = FaqTestServices.Embedder.Embed("cant feel myself when i wipe since my back went");
        var b = FaqTestServices.Embedder.Embed("numb down below when i use the toilet paper, back is agony");
        var exact = a.Zip(b, (x, y) => x * y).Sum();
        var (qa, sa) = LabelledMessages.Quantise(a);
        var (qb, sb) = LabelledMessages.Quantise(b);
        var quantised = qa.Zip(qb, (x, y) => x * y).Sum() * sa * sb;
        Assert.InRange(quantised, exact - 0.01f, exact + 0.01f);
    }

    [Theory]
    [InlineData("my heel is killing me and i cant stand it")]
    [InlineData("thanks, the stretches are helping a lot")]
    [InlineData("what time do you open on saturday")]
    [InlineData("back a bit stiff after gardening, nothing major")]
    [InlineData("")]
    public void Everyday_messages_get_no_second_opinion(string text) => Assert.Null(WithSecondReading.Screen(text));

    [Theory]
    [InlineData("how long does plantar fasciitis usually take to settle?")]
    [InlineData("what shoes are best for heel pain")]
    public void A_general_question_is_not_read_a_second_time(string text)
    {
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.Null(new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(text));
    }

    [Theory]
    [InlineData("asking for my husband, his back went and now things down there dont work like they used to")]
    [InlineData("my mum says her back is bad and she cant really tell when she needs the loo anymore")]
    [InlineData("my friend's heel has been swollen for weeks")]
    public void A_message_about_someone_else_is_left_to_the_phrases_and_the_safety_check(string text) =>
        Assert.Equal(PhrasesAlone.Screen(text)?.Level, new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(text)?.Level);

    [Theory]
    [InlineData("back pain but i can breathe fine")]
    [InlineData("back pain for a week, sex is fine, zero problems there")]
    [InlineData("fell off scaffolding at work 20 years ago and broke my back, just stiff after gardening now")]
    [InlineData("my heel is killing me today")]
    public void A_message_that_denies_clears_dates_or_jokes_is_not_read_a_second_time(string text)
    {
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.Null(new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(text));
    }

    [Theory]
    [InlineData("my heel hurts when i get up in the morning")]
    [InlineData("back is sore after moving house")]
    public void A_writers_own_message_without_a_sign_is_read_a_second_time(string text)
    {
        Assert.Null(PhrasesAlone.Screen(text));
        var alert = new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(text);
        Assert.Equal(AlertLevel.Emergency, alert?.Level);
        Assert.Equal(RedFlagCatalog.EmergencyMessage, alert?.Message);
    }

    [Fact]
    public void A_text_whose_signs_fire_no_rule_is_not_read_a_second_time()
    {
        // Tried and not kept (docs/triage-rounds.md, evening round): "sciatica flare up again what do i do" read as an
        // emergency. The phrases read a sign in it that fires no rule alone; the second reading must not raise it.
        const string Text = "sciatica flare up again what do i do";
        Assert.Null(PhrasesAlone.Screen(Text));
        Assert.NotEmpty(new FreeTextRedFlagScreen().Read(Text).Signs);
        Assert.Null(new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(Text));
    }

    [Fact]
    public void Both_legs_named_with_a_symptom_the_phrases_miss_is_read_a_second_time()
    {
        // The night round (docs/triage-rounds.md): "both legs" read with no leg symptom fires no rule alone; which
        // symptom it is, the second reading says. Kept by the left-out rule: +3 probe catches, no false alert added.
        // (Its first example, "i cant feel my two feet and my back hurts", fell below the vote when round 25's bank grew;
        // the phrases read "feel my two feet" as both feet since, below.)
        const string Text = "both legs feel off since my back went";
        Assert.Null(PhrasesAlone.Screen(Text));
        Assert.Equal(new HashSet<string> { SymptomIds.BothLegs }, new FreeTextRedFlagScreen().Read(Text).Signs);
        Assert.Equal(AlertLevel.Emergency, new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(Text)?.Level);
        Assert.Equal(AlertLevel.Emergency, WithSecondReading.Screen(Text)?.Level);
    }

    [Theory]
    [InlineData("i cant feel my two feet and my back hurts")]
    [InlineData("my back hurts and i can barely feel my 2 feet")]
    public void Both_feet_unfelt_with_back_pain_is_an_emergency_by_the_phrases(string text) =>
        Assert.Equal(AlertLevel.Emergency, PhrasesAlone.Screen(text)?.Level);

    [Theory]
    [InlineData("cant feel my two feet after the ice bath lol, back is fine tho")]
    [InlineData("been on my two feet all day and my back hurts")]
    public void Two_feet_without_lost_feeling_and_back_pain_stays_quiet(string text) =>
        Assert.NotEqual(AlertLevel.Emergency, PhrasesAlone.Screen(text)?.Level);

    [Fact]
    public void Both_legs_tired_after_exercise_gets_no_second_opinion() =>
        Assert.Null(WithSecondReading.Screen("both legs ache after the gym and my back is sore"));

    [Fact]
    public void A_sign_the_phrases_read_keeps_the_phrases_level()
    {
        const string Text = "keep waking up at 3am with my back throbbing";
        Assert.Equal(AlertLevel.SeeClinician, PhrasesAlone.Screen(Text)?.Level);
        var alert = new FreeTextRedFlagScreen(RedFlagPhrases.Default, new ReadsEverythingAsAnEmergency()).Screen(Text);
        Assert.Equal(AlertLevel.SeeClinician, alert?.Level);
        Assert.Equal(PhrasesAlone.Screen(Text)!.Flags, alert!.Flags);
    }

    [Fact]
    public void The_registered_screen_asks_the_second_reading()
    {
        var services = new ServiceCollection();
        services.AddFaq();
        using var provider = services.BuildServiceProvider();
        var registered = provider.GetRequiredService<IRedFlagScreen>();
        Assert.Same(provider.GetRequiredService<SecondReading>().Bank, provider.GetRequiredService<SecondReading>().Bank);

        // A text the phrases read no sign in, which the second reading reads: the registered screen gives its level.
        var text = SecondReadingExamples.ReadOnlyBySecondReading;
        Assert.Null(PhrasesAlone.Screen(text));
        Assert.Equal(Reading.LevelFor(PhrasesAlone.EnglishRendering(text), saidWithNegation: false), registered.Screen(text)?.Level);
        Assert.NotNull(registered.Screen(text));
    }

    [Fact]
    public void Turned_off_the_registered_screen_is_the_phrases_alone()
    {
        var services = new ServiceCollection();
        services.Configure<PainCoachOptions>(options => options.RedFlagSecondReading = false);
        services.AddFaq();
        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetRequiredService<IRedFlagScreen>().Screen(SecondReadingExamples.ReadOnlyBySecondReading));
    }

    /// <summary>
    /// FAQ questions are asked of the same screen. Over every question of the FAQ's evaluation sets that is not about a
    /// warning sign (1,600 or so, none in the bank), the second reading may add a "see a clinician" note, as the phrases
    /// do for tingling or night pain, but no emergency, and an urgent alert at most twice (as first measured: a "thick
    /// and warm" Achilles cord after walks, and feet that hurt after gaining weight; and one "see a clinician" note,
    /// burning into the sole of the foot, a real sign).
    /// </summary>
    [Fact]
    public void Ordinary_faq_questions_get_no_emergency_alert_from_the_second_reading()
    {
        string[] warningSignEntries = ["swollen-calf", "emergency-signs"];
        var sets = new[] { EvaluationSetV2.Tuning, EvaluationSetV2.TuningMore, EvaluationSetV2.Consumed, EvaluationSetV2.TuningThird, EvaluationSetV2.TuningFourth, EvaluationSetV2.HeldOutV3, EvaluationSetV2.HeldOutV4 };
        var questions = sets.SelectMany(set => set.InScope.Where(q => !q.Expect.Any(warningSignEntries.Contains)).Select(q => q.Q).Concat(set.OutOfScope)).ToList();
        var addedTo = questions.Where(q => PhrasesAlone.Screen(q) is null).Select(q => (Question: q, WithSecondReading.Screen(q)?.Level)).Where(x => x.Level is not null).ToList();
        var added = addedTo.Select(x => x.Level).ToList();

        Assert.True(questions.Count > 1_500, $"{questions.Count} questions");
        Assert.True(!added.Contains(AlertLevel.Emergency), string.Join("; ", addedTo.Select(x => $"{x.Level}: {x.Question}")));
        Assert.True(added.Count(level => level == AlertLevel.Urgent) <= 2, $"{added.Count(level => level == AlertLevel.Urgent)} urgent alerts added");
    }

    [Theory]
    [MemberData(nameof(SecondReadingExamples.Caught), MemberType = typeof(SecondReadingExamples))]
    public void Wording_the_phrases_miss_is_caught_at_its_tier(string text, AlertLevel tier)
    {
        Assert.Null(PhrasesAlone.Screen(text));
        var alert = WithSecondReading.Screen(text);
        Assert.NotNull(alert);
        Assert.True(alert.Level >= tier, $"{alert.Level} below {tier}");
        Assert.Equal(RedFlagCatalog.MessageFor(alert.Level), alert.Message);
    }
}

/// <summary>
/// Messages written for these tests after the rule was fixed, in wording the phrases do not read: each states one sign,
/// and the second reading gives it its tier.
/// </summary>
public static class SecondReadingExamples
{
    public const string ReadOnlyBySecondReading = "ever since my back went the bedroom side of things has just stopped for me";

    public static TheoryData<string, AlertLevel> Caught() => new()
    {
        { ReadOnlyBySecondReading, AlertLevel.Emergency },
        { "my foot feels like its on fire and buzzing all the time", AlertLevel.SeeClinician },
    };
}

/// <summary>A second reading that reads every text it is asked about as an emergency: shows when the screen asks it.</summary>
internal sealed class ReadsEverythingAsAnEmergency : ISecondReading
{
    /// <summary>Whether the last text asked about was said with a negation cue, as the screen told it.</summary>
    public bool? LastSaidWithNegation { get; private set; }

    /// <summary>The last rendering asked about.</summary>
    public string? LastRendering { get; private set; }

    public AlertLevel? LevelFor(string rendering, bool saidWithNegation)
    {
        LastRendering = rendering;
        LastSaidWithNegation = saidWithNegation;
        return AlertLevel.Emergency;
    }
}
