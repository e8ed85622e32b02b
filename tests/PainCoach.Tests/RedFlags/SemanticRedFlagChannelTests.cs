using Microsoft.Extensions.DependencyInjection;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Semantic;
using PainCoach.Tests.Faq;
using Xunit.Abstractions;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The semantic backup of the red-flag screen: its cross-validated figures on seen data, its precomputed exemplars,
/// a few wordings of our own, and that the host registers the combined screen.
/// </summary>
public sealed class SemanticRedFlagChannelTests(ITestOutputHelper output)
{
    private static readonly RedFlagExemplars Exemplars = RedFlagExemplars.LoadEmbedded();
    private static readonly SemanticRedFlagChannel Channel = new(Exemplars);

    /// <summary>
    /// 5-fold cross-validation on the seen exemplars with the shipped thresholds: each sentence is read by a model
    /// fitted without its fold. No ordinary sentence may be raised (the thresholds are chosen that way, with slack,
    /// so this fails when the file was regenerated inconsistently); red flags caught are printed. The nested figures
    /// (thresholds chosen without the fold too) are in docs/triage.md: PainCoach.FaqTuning redflag-cv.
    /// </summary>
    [Fact]
    public void Cross_validated_on_seen_data_it_raises_no_ordinary_sentence()
    {
        var all = Exemplars.Exemplars;
        var outOfFold = RedFlagTierModel.OutOfFold(all, e => SemanticRedFlagChannel.FoldOf(e.Text, RedFlagTierModel.Folds), RedFlagTierModel.Folds);
        var levels = outOfFold.Select(p => RedFlagTierModel.Level(p, Exemplars.TierModel.Thresholds)).ToList();
        var ordinary = Enumerable.Range(0, all.Count).Where(i => all[i].Level is null).ToList();
        var red = Enumerable.Range(0, all.Count).Where(i => all[i].Level is not null).ToList();
        var falseAlerts = ordinary.Where(i => levels[i] is not null).ToList();

        output.WriteLine($"semantic channel alone, 5-fold out of fold, {Exemplars.TierModel}: ordinary {ordinary.Count}, false alerts {falseAlerts.Count}; " +
            $"red flags {red.Count}, caught at tier or higher {red.Count(i => levels[i] >= all[i].Level)}");
        foreach (var tier in red.GroupBy(i => all[i].Level!.Value).OrderByDescending(g => g.Key))
        {
            output.WriteLine($"  {tier.Key.ToWireName(),-13} {tier.Count(i => levels[i] >= tier.Key)}/{tier.Count()} at tier or higher, {tier.Count(i => levels[i] is not null)} raised at all");
        }

        Assert.True(falseAlerts.Count == 0, "ordinary sentences raised: " + string.Join("; ", falseAlerts.Select(i => all[i].Text)));
    }

    [Fact]
    public void The_exemplars_were_computed_from_the_current_seen_data()
    {
        var texts = RedFlagExemplars.ReadSources(OpenEmbeddedTestFile);
        Assert.DoesNotContain(RedFlagExemplars.RedFlagSources.Concat(RedFlagExemplars.OrdinarySources).Concat(RedFlagExemplars.FaqSources), p => p.Contains("heldout.json", StringComparison.Ordinal) || p.Contains("heldout2", StringComparison.Ordinal));
        Assert.True(
            Exemplars.TextsSha256 == RedFlagExemplars.HashTexts(texts) && Exemplars.Exemplars.Count == texts.Count,
            $"{RedFlagExemplars.SourcePath} is stale (the seen corpora or FAQ tuning questions changed): run scripts/faq-vectors.sh and commit the result.");
    }

    [Fact]
    public void The_exemplars_were_computed_with_the_model_that_ships()
    {
        Assert.Equal(SentenceEmbedder.ModelName, Exemplars.Model);
        using var model = File.OpenRead(FaqTestServices.Embedder.ModelPath);
        Assert.True(
            Exemplars.ModelSha256 == Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(model)),
            $"The sentence model changed since {RedFlagExemplars.SourcePath} was made: run scripts/faq-vectors.sh.");
        foreach (var exemplar in new[] { Exemplars.Exemplars[0], Exemplars.Exemplars[^1] })
        {
            var cosine = SentenceEmbedder.Dot(FaqTestServices.Embedder.Embed(RedFlagExemplars.Prepare(exemplar.Text)), exemplar.Vector);
            Assert.InRange(cosine, 0.999f, 1.001f);
        }
    }

    /// <summary>Wordings of our own, in none of the corpora, that the phrase lists do not know.</summary>
    [Theory]
    [InlineData("since my back went i cant tell if im sitting on the seat or not down below", AlertLevel.Emergency)]
    public void Indirect_wordings_are_raised(string text, AlertLevel atLeast)
    {
        var vector = FaqTestServices.Embedder.Embed(RedFlagExemplars.Prepare(text));

        Assert.True(Channel.Decide(vector)?.Level >= atLeast, $"the channel gives {Channel.Decide(vector)?.Level}");
        Assert.True(FaqTestServices.RedFlagScreen.Screen(text)?.Level >= atLeast);
    }

    [Theory]
    [InlineData("my heel is sore after my long walk on sunday")]
    [InlineData("no numbness anywhere, just a stiff lower back when i get up")]
    [InlineData("i can feel everything fine down there, my back just aches")]
    [InlineData("which shoes are best for plantar fasciitis")]
    public void Everyday_wordings_stay_quiet(string text)
    {
        Assert.Null(Channel.Decide(FaqTestServices.Embedder.Embed(RedFlagExemplars.Prepare(text))));
        Assert.Null(FaqTestServices.RedFlagScreen.Screen(text));
    }

    [Fact]
    public void A_semantic_alert_has_the_catalog_message_of_its_tier_and_never_lowers_the_phrase_screen()
    {
        const string text = "since my back went i cant tell if im sitting on the seat or not down below";
        var alert = FaqTestServices.RedFlagScreen.Screen(text)!;
        Assert.Equal(RedFlagCatalog.MessageFor(alert.Level), alert.Message);
        Assert.Equal(CombinedRedFlagScreen.SemanticSource, alert.Flags[0].Source);

        // Named signs stay the phrase screen's: the channel only adds.
        Assert.Equal(AlertLevel.Emergency, FaqTestServices.RedFlagScreen.Screen("back pain and I wet myself")!.Level);
        Assert.Equal(new FreeTextRedFlagScreen().Screen("my foot is red hot and swollen")!.Level, FaqTestServices.RedFlagScreen.Screen("my foot is red hot and swollen")!.Level);
    }

    [Fact]
    public void The_host_registers_the_combined_screen_for_faq_and_sms()
    {
        // AddPainCoach calls AddLanguage, AddRedFlags and AddFaq; the SMS rules take IRedFlagScreen from the same
        // container (the integration tests check the whole composition).
        var services = new ServiceCollection();
        services.AddLanguage();
        services.AddRedFlags();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<CombinedRedFlagScreen>(provider.GetRequiredService<IRedFlagScreen>());
        Assert.Single(services, d => d.ServiceType == typeof(SentenceEmbedder));
    }

    /// <summary>The test project embeds the seen files: tests/PainCoach.Tests/X/y.json is PainCoach.Tests.X.y.json.</summary>
    private static Stream OpenEmbeddedTestFile(string path) =>
        typeof(SemanticRedFlagChannelTests).Assembly.GetManifestResourceStream(path["tests/".Length..].Replace('/', '.'))
            ?? throw new InvalidOperationException($"{path} is not embedded in the test project.");
}
