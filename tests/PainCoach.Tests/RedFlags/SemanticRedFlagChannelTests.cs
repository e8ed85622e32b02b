using System.Text;
using PainCoach.Faq;
using PainCoach.Faq.Semantic;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Semantic;
using PainCoach.Tests.Faq;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The semantic backup of the red-flag screen (docs/triage.md, "third try"): its model file is fresh and validated,
/// it never reads a clause the phrase screen reads as negated, cleared, mentioned and not had, another person's or past
/// and over, and the combined screen gives the higher of the two levels, never lowering a phrase alert. Channel
/// behaviour is pinned with hand-made models (one that calls everything an emergency, one that raises nothing), so the
/// tests do not depend on the fitted weights.
/// </summary>
public sealed class SemanticRedFlagChannelTests
{
    private static readonly FreeTextRedFlagScreen Phrases = new();

    /// <summary>Any vector: P(emergency) ≈ 1, so every part read raises an emergency.</summary>
    private static readonly SemanticRedFlagChannel Everything = new(HandMade(favoured: SemanticRedFlagTraining.ClassOf(AlertLevel.Emergency)), Phrases, FaqTestServices.Embedder);

    /// <summary>Any vector: P(ordinary) ≈ 1, so nothing is raised.</summary>
    private static readonly SemanticRedFlagChannel Nothing = new(HandMade(favoured: SemanticRedFlagTraining.ClassOf(null)), Phrases, FaqTestServices.Embedder);

    [Fact]
    public void The_model_file_was_fitted_on_the_current_seen_data_and_the_shipped_sentence_model()
    {
        var model = RedFlagTierModel.LoadEmbedded();
        var seen = SemanticRedFlagTraining.ReadSeen(OpenEmbeddedTestFile);

        Assert.True(
            model.TextsSha256 == SemanticRedFlagTraining.HashTexts(seen),
            $"{RedFlagTierModel.SourcePath} is stale (the seen corpora or FAQ tuning questions changed): run scripts/redflag-semantic.sh and commit the result.");
        Assert.True(
            model.ModelSha256 == FaqVectors.HashFile(FaqTestServices.Embedder.ModelPath),
            $"The sentence model changed since {RedFlagTierModel.SourcePath} was made: run scripts/redflag-semantic.sh.");
        Assert.Equal(18, seen.Select(s => s.Writer).Distinct().Count());
    }

    [Theory]
    [InlineData("tests/PainCoach.Tests/RedFlags/corpus-heldout9.json")]
    [InlineData("tests/PainCoach.Tests/RedFlags/corpus-heldout10.json")]
    [InlineData("tests/PainCoach.Tests/RedFlags/corpus-heldout11.json")]
    [InlineData("tests/PainCoach.Tests/RedFlags/corpus-heldout12.json")]
    [InlineData("tests/PainCoach.Tests/Faq/faq-evaluation-v3.heldout.json")]
    public void The_parts_kept_for_the_ship_decision_are_never_read_for_training(string path) =>
        Assert.Matches(SemanticRedFlagTraining.NeverRead(), path);

    [Fact]
    public void The_reader_refuses_a_kept_part_before_opening_it()
    {
        var opened = false;
        Assert.Throws<InvalidOperationException>(() => SemanticRedFlagTraining.Combined(_ => { opened = true; return Stream.Null; }, "tests/PainCoach.Tests/RedFlags/corpus-heldout10.json", "x"));
        Assert.False(opened);
        Assert.DoesNotMatch(SemanticRedFlagTraining.NeverRead(), "tests/PainCoach.Tests/RedFlags/corpus-red-flags.heldout1.json");
        Assert.DoesNotMatch(SemanticRedFlagTraining.NeverRead(), "tests/PainCoach.Tests/RedFlags/corpus-heldout8.json");
    }

    [Theory]
    [InlineData("NaN", 0.9, SentenceEmbedder.ModelName)]
    [InlineData("0.5", 1.5, SentenceEmbedder.ModelName)]
    [InlineData("0.5", 0.0, SentenceEmbedder.ModelName)]
    [InlineData("0.5", 0.9, "another model")]
    public void A_broken_model_file_is_refused(string weight, double threshold, string sentenceModel)
    {
        var json = ModelJson(weight, threshold, sentenceModel, columns: RedFlagTierModel.Features);
        Assert.Throws<InvalidDataException>(() => RedFlagTierModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void A_model_file_of_the_wrong_shape_is_refused()
    {
        var json = ModelJson("0.5", 0.9, SentenceEmbedder.ModelName, columns: RedFlagTierModel.Features - 1);
        Assert.Throws<InvalidDataException>(() => RedFlagTierModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.NotNull(RedFlagTierModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(ModelJson("0.5", 0.9, SentenceEmbedder.ModelName, RedFlagTierModel.Features)))));
    }

    [Fact]
    public void The_shipped_model_file_loads_and_validates()
    {
        var model = RedFlagTierModel.LoadEmbeddedIfPresent();

        Assert.NotNull(model);
        Assert.Equal(SentenceEmbedder.ModelName, model.Model);
        Assert.All(model.Thresholds, t => Assert.InRange(t, 0.0001, 0.999));
    }

    [Theory]
    [InlineData("no numbness down below and no trouble peeing, just a sore lower back", 0)] // negated
    [InlineData("bladder is fine, just lower back ache from lifting", 0)] // cleared
    [InlineData("my mum had cancer, my back hurts", 0)] // another person's
    [InlineData("i read about saddle numbness online. not me though, my back is just stiff", 0)] // mentioned, not had
    [InlineData("had a car crash like 10 yrs ago, my back has ached since", 0)] // past and over
    public void A_clause_the_phrase_screen_reads_as_not_had_is_guarded_and_so_is_the_whole_text(string text, int clause)
    {
        var (clauses, guarded, wholeGuarded) = RedFlagClauses.Read(text, Phrases);

        Assert.True(guarded[clause], $"'{clauses[clause]}' is read");
        Assert.True(wholeGuarded);
    }

    [Theory]
    [InlineData("no numbness down below")]
    [InlineData("bladder is fine")]
    [InlineData("my mum had cancer")]
    [InlineData("my mum had cancer and my dad had a stroke")]
    public void A_text_whose_every_part_is_guarded_is_not_read_at_all(string text) =>
        Assert.Null(Everything.Level(text));

    [Fact]
    public void Only_the_clauses_that_are_not_guarded_are_read()
    {
        const string text = "no numbness down below, cant get a wee out at all";
        var (clauses, guarded, wholeGuarded) = RedFlagClauses.Read(text, Phrases);

        Assert.Equal(["no numbness down below", "cant get a wee out at all"], clauses);
        Assert.Equal([true, false], guarded);
        Assert.True(wholeGuarded);
        Assert.Equal(AlertLevel.Emergency, Everything.Level(text));
    }

    [Theory]
    [InlineData("bladder is fine", true)]
    [InlineData("no numbness down below", true)]
    [InlineData("my mum had cancer", true)]
    [InlineData("cant get a wee out at all", false)]
    [InlineData("is that ok", false)]
    [InlineData("my back is killing me", false)]
    public void The_guard_is_the_phrase_screens_reading(string clause, bool guarded) =>
        Assert.Equal(guarded, RedFlagClauses.Read(clause, Phrases).WholeGuarded);

    [Fact]
    public void A_text_is_read_whole_and_clause_by_clause()
    {
        Assert.Equal(["lower back agony", "i cant feel the seat", "is that normal"], RedFlagClauses.Split("lower back agony n i cant feel the seat, is that normal?"));
        Assert.Equal(["sore heel"], RedFlagClauses.Split("sore heel"));
    }

    [Fact]
    public void The_combined_screen_takes_the_higher_level_with_that_tiers_message()
    {
        const string text = "my foot is red hot and swollen";
        var phrase = Phrases.Screen(text)!;
        Assert.True(phrase.Level < AlertLevel.Emergency, "pick a wording the phrase screen reads below emergency");

        var alert = new CombinedRedFlagScreen(Phrases, Everything).Screen(text)!;

        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.Equal(RedFlagCatalog.MessageFor(AlertLevel.Emergency), alert.Message);
        Assert.Equal(CombinedRedFlagScreen.SemanticFlagId, alert.Flags[0].Id);
        Assert.Equal(phrase.Flags.Select(f => f.Id), alert.Flags.Skip(1).Select(f => f.Id));
    }

    [Theory]
    [InlineData("my foot is red hot and swollen")]
    [InlineData("back pain and I wet myself")]
    [InlineData("my heel is killing me and i cant stand it")]
    public void The_combined_screen_never_lowers_a_phrase_alert_and_changes_nothing_the_channel_does_not_raise(string text)
    {
        var phrase = Phrases.Screen(text);
        var alert = new CombinedRedFlagScreen(Phrases, Nothing).Screen(text);

        Assert.Equal(phrase?.Level, alert?.Level);
        Assert.Equal(phrase?.Message, alert?.Message);
        var raised = new CombinedRedFlagScreen(Phrases, Everything).Screen(text)!;
        Assert.True(raised.Level >= (phrase?.Level ?? AlertLevel.SeeClinician));
        Assert.All(phrase?.Flags ?? [], flag => Assert.Contains(raised.Flags, f => f.Id == flag.Id));
    }

    [Fact]
    public void An_emergency_from_the_phrases_is_kept_as_it_is()
    {
        const string text = "back pain and I wet myself";
        var phrase = Phrases.Screen(text)!;
        var alert = new CombinedRedFlagScreen(Phrases, Everything).Screen(text)!;

        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.Equal(phrase.Flags.Select(f => f.Id), alert.Flags.Select(f => f.Id));
    }

    [Fact]
    public void The_FAQ_passes_its_question_vector_to_the_screen()
    {
        var spy = new VectorSpy();
        var faq = new FaqService(FaqTestServices.KnowledgeBase, FaqTestServices.Ranker, spy);

        faq.Ask("cant get a full breath in, back been sore all mornin");

        Assert.Equal(SentenceEmbedder.Dimensions, spy.VectorLength);
    }

    private sealed class VectorSpy : IRedFlagScreen
    {
        public int VectorLength { get; private set; } = -1;

        public RedFlagAlert? Screen(string text) => null;

        public RedFlagAlert? Screen(string text, ReadOnlySpan<float> sentenceVector)
        {
            VectorLength = sentenceVector.Length;
            return null;
        }
    }

    /// <summary>A model whose one class has a bias of 20 and every weight else 0: that class, P ≈ 1, whatever the text.</summary>
    private static RedFlagTierModel HandMade(int favoured)
    {
        var weights = Enumerable.Range(0, RedFlagTierModel.Classes).Select(_ => new float[RedFlagTierModel.Features]).ToArray();
        weights[favoured][^1] = 20f;
        return new RedFlagTierModel(weights, [0.5, 0.5, 0.5], SentenceEmbedder.ModelName, "test", "test", 0, "hand-made");
    }

    private static string ModelJson(string weight, double threshold, string sentenceModel, int columns)
    {
        var row = "[" + string.Join(",", Enumerable.Repeat(weight == "NaN" ? "0" : weight, columns)) + "]";
        var rows = string.Join(",", Enumerable.Repeat(row, RedFlagTierModel.Classes));
        if (weight == "NaN")
        {
            rows = rows.Replace("[0,", "[1e39,", StringComparison.Ordinal);
        }

        return $$"""
            {"model": "{{sentenceModel}}", "modelSha256": "x", "textsSha256": "y", "fittedOn": "test", "slack": 0,
             "thresholds": [{{threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, 0.9, 0.9], "weights": [{{rows}}]}
            """;
    }

    /// <summary>The test project embeds the corpora: tests/PainCoach.Tests/X/y.json is PainCoach.Tests.X.y.json.</summary>
    private static Stream OpenEmbeddedTestFile(string path) =>
        typeof(SemanticRedFlagChannelTests).Assembly.GetManifestResourceStream(path["tests/".Length..].Replace('/', '.'))
            ?? throw new InvalidOperationException($"{path} is not embedded in the test project.");
}
