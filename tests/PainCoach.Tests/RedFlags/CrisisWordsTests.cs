using System.Text.Json;
using PainCoach.RedFlags;
using PainCoach.Telephony;
using PainCoach.Tests.Faq;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// Words of suicide or self-harm bring a crisis line (<see cref="CrisisWords"/>, crisis-words.json) wherever the screen
/// is read; idioms, accidents, drills and denials do not. The data's own examples are tested both ways, and three sets
/// written by others measure it: a dev set it was written from and two held-out sets scored once, never read.
/// </summary>
public sealed class CrisisWordsTests
{
    private static readonly CrisisWords Words = CrisisWords.Default;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly FreeTextRedFlagScreen screen = new();

    public static TheoryData<int, string> ReadExamples()
    {
        var data = new TheoryData<int, string>();
        foreach (var (phrase, index) in Words.Phrases.Select((p, i) => (p, i)))
        {
            foreach (var example in phrase.Read)
            {
                data.Add(index, example);
            }
        }

        return data;
    }

    public static TheoryData<string> LeftExamples()
    {
        var data = new TheoryData<string>();
        foreach (var example in Words.Phrases.Concat(Words.LeftAlone).SelectMany(p => p.Left).Distinct(StringComparer.Ordinal))
        {
            data.Add(example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReadExamples))]
    public void A_phrases_example_brings_the_crisis_line(int phrase, string example)
    {
        Assert.True(Words.Found(example), $"phrase {phrase} did not read \"{example}\"");
    }

    [Theory]
    [MemberData(nameof(LeftExamples))]
    public void An_idiom_accident_or_denial_brings_no_crisis_line(string example)
    {
        Assert.False(Words.Found(example), $"\"{example}\" was read as words of self-harm");
    }

    [Fact]
    public void Every_phrase_has_an_example_it_reads_and_one_it_leaves_and_every_cut_one_it_leaves()
    {
        Assert.All(Words.Phrases, phrase =>
        {
            Assert.NotEmpty(phrase.Read);
            Assert.NotEmpty(phrase.Left);
        });
        Assert.All(Words.LeftAlone, cut => Assert.NotEmpty(cut.Left));
    }

    [Fact]
    public void Data_of_its_own_loads_and_reads_as_written()
    {
        var words = CrisisWords.Load(Data("""{ "pattern": "end it all", "read": ["i want to end it all"], "left": ["end it"] }"""));

        Assert.True(words.Found("some days i want to end it all"));
        Assert.False(words.Found("cant wait for this heel pain to end"));
    }

    [Theory]
    [InlineData("""{ "pattern": "end (it all", "read": ["x"], "left": ["y"] }""")]
    [InlineData("""{ "pattern": "end it all", "read": ["x"], "left": ["y"] }, { "pattern": "[wish", "read": ["x"], "left": ["y"] }""")]
    public void A_bad_pattern_is_refused_at_load_by_its_place_in_the_data(string phrases)
    {
        var error = Assert.Throws<InvalidDataException>(() => CrisisWords.Load(Data(phrases)));

        Assert.StartsWith(phrases.Contains("[wish", StringComparison.Ordinal) ? "phrases[1] " : "phrases[0] ", error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Data(string phrases) =>
        new(System.Text.Encoding.UTF8.GetBytes($$"""{ "reviewed": "test", "leftAlone": [], "phrases": [{{phrases}}] }"""));

    [Theory]
    [InlineData("a|b(?:c|d)|[|]e|f\\|g", new[] { "a", "b(?:c|d)", "[|]e", "f\\|g" })]
    [InlineData("(?<=x|y)z", new[] { "(?<=x|y)z" })]
    public void A_pattern_splits_into_its_top_level_alternatives_only(string pattern, string[] alternatives)
    {
        Assert.Equal(alternatives, CrisisWords.TopLevelAlternatives(pattern));
    }

    [Fact]
    public void The_message_names_the_crisis_line_and_911_in_one_plain_GSM7_text()
    {
        Assert.Contains("988", CrisisWords.Message, StringComparison.Ordinal);
        Assert.Contains("911", CrisisWords.Message, StringComparison.Ordinal);
        Assert.True(SmsText.IsGsm7(CrisisWords.Message));
        Assert.InRange(ReadingLevel.Grade(CrisisWords.Message), -10, 8);
    }

    [Fact]
    public void The_spanish_message_names_the_same_lines_and_the_key_for_spanish_in_GSM7_as_written()
    {
        Assert.Contains("988", CrisisWords.SpanishMessage, StringComparison.Ordinal);
        Assert.Contains("911", CrisisWords.SpanishMessage, StringComparison.Ordinal);
        Assert.Contains("Marca 2", CrisisWords.SpanishMessage, StringComparison.Ordinal);
        Assert.Equal(CrisisWords.SpanishMessage, SmsText.ToGsm7(CrisisWords.SpanishMessage));
        Assert.True(ReadingLevel.FernandezHuerta(CrisisWords.SpanishMessage) >= 60);
    }

    [Theory]
    [InlineData("me duele mucho la espalda y ya no quiero vivir", true)]
    [InlineData("si no se me quita el dolor me voy a matar", true)]
    [InlineData("my back hurts so bad i want to die", false)]
    public void Words_said_in_spanish_are_answered_in_spanish(string text, bool spanish)
    {
        Assert.Equal(spanish ? CrisisWords.SpanishMessage : CrisisWords.Message, Words.MessageFor(text));
    }

    [Theory]
    [InlineData("did my stretches but honestly i want to end it all")]
    [InlineData("tbh been thinking about killing myself since the surgery failed")]
    [InlineData("what should i do if i feel suicidal from the pain")]
    public void Words_of_self_harm_alone_get_an_emergency_alert_that_is_the_crisis_line(string text)
    {
        var alert = screen.Screen(text);

        Assert.NotNull(alert);
        Assert.True(alert.CrisisLine);
        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.Equal(CrisisWords.Message, alert.Message);
        Assert.Empty(alert.Flags);
    }

    [Fact]
    public void A_red_flag_in_the_same_text_keeps_its_own_advice_after_the_crisis_line()
    {
        const string text = "my back is agony and i cant feel the toilet paper when i wipe. i just want to die";
        var alone = screen.Screen("my back is agony and i cant feel the toilet paper when i wipe");

        var alert = screen.Screen(text);

        Assert.NotNull(alone);
        Assert.NotNull(alert);
        Assert.True(alert.CrisisLine);
        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.Equal(CrisisWords.Message + " " + alone.Message, alert.Message);
        Assert.Equal(alone.Flags.Select(f => f.Id), alert.Flags.Select(f => f.Id));
    }

    [Fact]
    public void A_see_clinician_sign_said_with_words_of_self_harm_is_raised_to_the_crisis_lines_emergency()
    {
        var alone = screen.Screen("heel pain for 3 months now and nothing helps");
        var alert = screen.Screen("heel pain for 3 months now and nothing helps. i dont want to be alive anymore");

        Assert.NotNull(alone);
        Assert.True(alone.Level < AlertLevel.Emergency);
        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.StartsWith(CrisisWords.Message, alert.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my heel is killing me and i cant stand it")]
    [InlineData("these stretches are gonna be the death of me lol")]
    [InlineData("not suicidal or anything, just so fed up with this back")]
    [InlineData("jumped off the shed roof and landed on my heels")]
    public void Everyday_words_of_death_raise_no_crisis_line(string text)
    {
        Assert.False(screen.Screen(text)?.CrisisLine ?? false);
    }

    /// <summary>
    /// Fresh parts whose ordinary messages the words read, counted when the part was first scored and never read
    /// (reading them would make the part a tuning part): heldout112 (round 23's control voice), one; heldout119 (round
    /// 24's young athlete in slang), one. Every other part, read or fresh, has none.
    /// </summary>
    private static readonly Dictionary<string, int> FreshPartsReadAtFirstCount = new(StringComparer.Ordinal) { ["heldout112"] = 1, ["heldout119"] = 1 };

    [Fact]
    public void No_ordinary_message_of_any_red_flag_corpus_reads_as_words_of_self_harm()
    {
        var ordinary = 0;
        var read = 0;
        var readByPart = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (part, text) in RedFlagCorpusTests.EveryOrdinaryText())
        {
            ordinary++;
            if (Words.Found(text))
            {
                read++;
                readByPart[part] = readByPart.GetValueOrDefault(part) + 1;
            }
        }

        // Counts by part only: a fresh part's text is never shown.
        Assert.True(ordinary > 15_000, $"only {ordinary} ordinary messages found");
        var beyond = readByPart.Where(p => p.Value > FreshPartsReadAtFirstCount.GetValueOrDefault(p.Key)).ToList();
        Assert.True(beyond.Count == 0, string.Join(", ", beyond.Select(p => $"{p.Key}: {p.Value}")));

        // When the words stop reading one, its allowance comes down.
        Assert.Equal(FreshPartsReadAtFirstCount.Values.Sum(), read);
    }

    // Crisis sets, each written by someone who had seen no pattern: "self" (the writer's own thoughts), "other" (someone
    // else's), "ordinary" (words a careless filter confuses). The dev sets were read and written from, so they hold the
    // round's gates (90% of own thoughts, no ordinary message); a figure on them says little about new writers.
    [Theory]
    [InlineData("crisis-dev", 65, 19)]
    [InlineData("crisis-dev2", 65, 19)]
    [InlineData("crisis-dev3", 67, 20)]
    [InlineData("crisis-dev4", 65, 20)]
    [InlineData("crisis-dev5", 68, 19)]
    [InlineData("crisis-dev6", 65, 20)]
    [InlineData("crisis-dev7", 65, 19)]
    [InlineData("crisis-dev8", 68, 19)]
    [InlineData("crisis-dev9", 69, 20)]
    [InlineData("crisis-dev10", 69, 19)]
    [InlineData("crisis-dev11", 69, 20)]
    public void A_dev_set_reads_its_writers_own_thoughts_and_no_ordinary_message(string set, int selfFloor, int otherFloor)
    {
        var (self, other, ordinary, data) = Score(set);

        Assert.Equal(0, ordinary);
        Assert.True(self >= selfFloor, $"{set}: {self} of {data.Self.Count} own thoughts read, floor {selfFloor}");
        Assert.True(self * 10 >= data.Self.Count * 9, $"{set}: {self} of {data.Self.Count} own thoughts read, gate 90%");
        Assert.True(other >= otherFloor, $"{set}: {other} of {data.Other.Count} about someone else read, floor {otherFloor}");
    }

    // Held-out sets, never read, scored after the words were final (docs/triage-rounds.md, "Words of self-harm"): their
    // figures are floors, not the gate they missed (at first contact 54 and 51 of 70 own thoughts, not 63; 1 and 2 false
    // lines; later rounds' words, written from other sets, raised them). heldout7 and heldout8 were scored once after
    // the second round: 55 and 56 of 70, and 0 and 4 false lines; heldout9 and heldout10 after the third: 59 and 49 of
    // 70, 2 and 2 false lines; heldout11 and heldout12 after the fourth: 58 and 57, 2 and 1. The floors are each set's
    // figure after the last round.
    [Theory]
    [InlineData("crisis-heldout5", 56, 18, 0)]
    [InlineData("crisis-heldout6", 57, 19, 2)]
    [InlineData("crisis-heldout7", 57, 19, 0)]
    [InlineData("crisis-heldout8", 59, 17, 3)]
    [InlineData("crisis-heldout9", 59, 18, 2)]
    [InlineData("crisis-heldout10", 49, 20, 2)]
    [InlineData("crisis-heldout11", 58, 20, 2)]
    [InlineData("crisis-heldout12", 57, 19, 1)]
    public void A_held_out_set_keeps_its_recorded_score(string set, int selfFloor, int otherFloor, int ordinaryCeiling)
    {
        var (self, other, ordinary, data) = Score(set);

        Assert.True(self >= selfFloor, $"{set}: {self} of {data.Self.Count} own thoughts read, floor {selfFloor}");
        Assert.True(other >= otherFloor, $"{set}: {other} of {data.Other.Count} about someone else read, floor {otherFloor}");
        Assert.True(ordinary <= ordinaryCeiling, $"{set}: {ordinary} of {data.Ordinary.Count} ordinary messages read, ceiling {ordinaryCeiling}");
    }

    private static (int Self, int Other, int Ordinary, CrisisSet Data) Score(string set)
    {
        var data = JsonSerializer.Deserialize<CrisisSet>(Resource($"PainCoach.Tests.RedFlags.{set}.json"), Json)!;
        return (data.Self.Count(Words.Found), data.Other.Count(Words.Found), data.Ordinary.Count(Words.Found), data);
    }

    private static Stream Resource(string name) =>
        typeof(CrisisWordsTests).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{name} is not embedded.");

    private sealed record CrisisSet(string Written, List<string> Self, List<string> Other, List<string> Ordinary);
}
