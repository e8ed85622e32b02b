using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Head;
using PainCoach.Tests.Faq;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The red-flag head (docs/triage.md, fourth and fifth tries): its files are validated, it never reads a text the phrase screen
/// reads as negated, cleared, mentioned and not had, another person's or past, and the combined screen gives the higher
/// of the two levels, never lowering a phrase alert. Guard and combination are pinned with the shipped network under
/// hand-set thresholds (one set that alerts on everything, one that never alerts), so they do not depend on the
/// trained thresholds. The head reads the text the FAQ embeds (FaqIndex.ModelText), and the token states it is handed.
/// </summary>
public sealed class RedFlagHeadTests
{
    // Declared first: the heads below are made with it. NaN is written as "NaN", so a broken threshold reaches the loader.
    private static readonly JsonSerializerOptions NamedFloats = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
    private static readonly FreeTextRedFlagScreen Phrases = new();
    private static readonly byte[] Onnx = Resource(RedFlagHead.OnnxResource);
    private static readonly RedFlagHead AlertsOnEverything = WithThresholds(1e-30, 1e-30, 1e-30);
    private static readonly RedFlagHead NeverAlerts = WithThresholds(null, null, null);

    [Fact]
    public void The_shipped_head_is_built_in_valid_and_small()
    {
        using var head = RedFlagHead.LoadEmbeddedIfPresent();

        Assert.NotNull(head);
        Assert.Equal(3, head.Thresholds.Count);
        Assert.InRange(Onnx.Length, 1, 10 * 1024 * 1024);
        var probabilities = head.Probabilities(FaqTestServices.Embedder.Encode("my heel hurts in the morning"));
        Assert.Equal(3, probabilities.Length);
        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void A_head_whose_model_file_does_not_match_its_settings_is_refused()
    {
        var changed = (byte[])Onnx.Clone();
        changed[^1] ^= 0x01;
        Assert.Throws<InvalidDataException>(() => RedFlagHead.Load(changed, Settings(Onnx, SentenceEmbedder.ModelName, 0.9, 0.9, 0.9)));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_even_with_its_own_hash()
    {
        var garbage = Encoding.UTF8.GetBytes("not an onnx model");
        Assert.Throws<InvalidDataException>(() => RedFlagHead.Load(garbage, Settings(garbage, SentenceEmbedder.ModelName, 0.9, 0.9, 0.9)));
    }

    [Theory]
    [InlineData("another sentence model", 0.9, 0.9)]
    [InlineData(SentenceEmbedder.ModelName, 0.0, 0.9)]
    [InlineData(SentenceEmbedder.ModelName, 0.9, 1.5)]
    [InlineData(SentenceEmbedder.ModelName, double.NaN, 0.9)]
    public void Broken_settings_are_refused(string sentenceModel, double first, double second) =>
        Assert.Throws<InvalidDataException>(() => RedFlagHead.Load(Onnx, Settings(Onnx, sentenceModel, first, second, 0.9)));

    [Fact]
    public void Settings_need_three_thresholds_and_valid_json()
    {
        Assert.Throws<InvalidDataException>(() => RedFlagHead.Load(Onnx, Settings(Onnx, SentenceEmbedder.ModelName, 0.9, 0.9)));
        Assert.Throws<InvalidDataException>(() => RedFlagHead.Load(Onnx, new MemoryStream(Encoding.UTF8.GetBytes("{ not json"))));
        using var valid = RedFlagHead.Load(Onnx, Settings(Onnx, SentenceEmbedder.ModelName, 0.9, null, 0.95));
        Assert.Equal([0.9, null, 0.95], valid.Thresholds);
    }

    [Fact]
    public void The_level_is_the_highest_tier_whose_threshold_is_reached()
    {
        using var head = WithThresholds(0.5, 0.6, null);

        Assert.Equal(AlertLevel.Urgent, head.LevelOf([0.9, 0.7, 0.99]));
        Assert.Equal(AlertLevel.SeeClinician, head.LevelOf([0.5, 0.59, 0.99]));
        Assert.Null(head.LevelOf([0.49, 0.59, 0.99]));
    }

    [Theory]
    [InlineData("no numbness down below and my bladder is fine, just a sore lower back")]
    [InlineData("my mum had cancer and now my lower back aches after gardening")]
    [InlineData("had a car crash about 10 years ago, back was fine after, it just aches today")]
    [InlineData("i dont have a fever, my heel just hurts when i walk")]
    [InlineData("read about saddle numbness online, i dont have it, my back is just stiff")]
    public void The_head_never_reads_a_text_the_guard_keeps_from_it(string text)
    {
        var screen = Combined(AlertsOnEverything);

        Assert.Null(screen.HeadLevel(text));
        Assert.Equal(Phrases.Screen(text)?.Level, screen.Screen(text)?.Level);
    }

    [Fact]
    public void An_unguarded_text_is_read_and_a_head_alert_carries_the_tiers_catalog_message()
    {
        var screen = Combined(AlertsOnEverything);
        const string Text = "my heel hurts in the morning";

        Assert.Null(Phrases.Screen(Text));
        var alert = screen.Screen(Text);
        Assert.NotNull(alert);
        Assert.Equal(AlertLevel.Emergency, alert.Level);
        Assert.Equal(RedFlagCatalog.MessageFor(AlertLevel.Emergency), alert.Message);
        Assert.Equal(HeadRedFlagScreen.HeadFlagId, alert.Flags[0].Id);
    }

    /// <summary>
    /// Written for this test, in no corpus: plain red flags the shipped network scores as emergencies. (Its thresholds
    /// are "never" on every tier, the fifth try's leave-writer-out result, so the shipped head itself raises nothing.)
    /// </summary>
    [Theory]
    [InlineData("back pain and now i keep wetting myself without knowing")]
    [InlineData("lower back agony and i cant feel my bum or between my legs")]
    [InlineData("my sciatica is bad and i peed myself on the bus without feeling it coming")]
    public void The_shipped_network_scores_plain_red_flags_as_emergencies(string text)
    {
        using var head = RedFlagHead.LoadEmbeddedIfPresent()!;
        var probabilities = head.Probabilities(FaqTestServices.Ranker.ModelRun(text)!);
        Assert.InRange(probabilities[2], 0.99, 1);
    }

    /// <summary>Written for this test, in no corpus: everyday questions and aches the shipped head leaves alone.</summary>
    [Theory]
    [InlineData("my heel is a bit sore when i get out of bed")]
    [InlineData("can you tell me some stretches for my lower back")]
    [InlineData("whats the best ice pack for plantar fasciitis")]
    [InlineData("my heel hurts in the morning")]
    [InlineData("what shoes are best for heel spurs")]
    public void The_shipped_head_leaves_everyday_text_alone(string text)
    {
        using var head = RedFlagHead.LoadEmbeddedIfPresent()!;
        var screen = Combined(head);
        Assert.Null(screen.HeadLevel(text));
        Assert.Equal(Phrases.Screen(text)?.Level, screen.Screen(text)?.Level);
    }

    /// <summary>The FAQ hands its own model run to the screen: the head reads those states and runs no model of its own.</summary>
    [Fact]
    public void The_head_reads_the_token_states_it_is_handed()
    {
        using var emergencyAtHalf = WithThresholds(null, null, 0.5);
        var screen = Combined(emergencyAtHalf);
        const string Everyday = "my heel hurts in the morning";
        var redFlagRun = FaqTestServices.Ranker.ModelRun("back pain and now i keep wetting myself without knowing");

        Assert.Null(screen.HeadLevel(Everyday));
        Assert.Equal(AlertLevel.Emergency, screen.HeadLevel(Everyday, redFlagRun));
        Assert.Equal(screen.HeadLevel(Everyday), screen.HeadLevel(Everyday, FaqTestServices.Ranker.ModelRun(Everyday)));
    }

    [Theory]
    [InlineData("corpus-tuning9.json")]
    [InlineData("corpus-heldout5.json")]
    public void The_combined_screen_never_lowers_a_phrase_alert(string part)
    {
        var texts = CorpusTexts(part);
        var raising = Combined(AlertsOnEverything);
        var silent = Combined(NeverAlerts);

        Assert.All(texts, text =>
        {
            var phrase = Phrases.Screen(text);
            Assert.Equal(phrase?.Level, silent.Screen(text)?.Level);
            if (phrase is not null)
            {
                var combined = raising.Screen(text);
                Assert.NotNull(combined);
                Assert.True(combined.Level >= phrase.Level, $"lowered from {phrase.Level} to {combined.Level}");
                Assert.All(phrase.Flags, flag => Assert.Contains(flag, combined.Flags));
            }
        });
    }

    private static List<string> CorpusTexts(string part)
    {
        using var stream = typeof(RedFlagHeadTests).Assembly.GetManifestResourceStream("PainCoach.Tests.RedFlags." + part)!;
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("ordinary").EnumerateArray().Select(s => s.GetString()!),
            .. document.RootElement.GetProperty("redFlags").EnumerateArray().Select(s => s.GetProperty("text").GetString()!)];
    }

    private static HeadRedFlagScreen Combined(RedFlagHead head) =>
        new(Phrases, head, FaqTestServices.Embedder, FaqTestServices.Index.ModelText);

    private static RedFlagHead WithThresholds(params double?[] thresholds) =>
        RedFlagHead.Load(Onnx, Settings(Onnx, SentenceEmbedder.ModelName, thresholds));

    private static MemoryStream Settings(byte[] onnx, string sentenceModel, params double?[] thresholds)
    {
        var json = JsonSerializer.Serialize(new { sentenceModel, onnxSha256 = Convert.ToHexStringLower(SHA256.HashData(onnx)), thresholds }, NamedFloats);
        return new MemoryStream(Encoding.UTF8.GetBytes(json));
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(RedFlagHead).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not built in: run scripts/redflag-head/train.sh.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
