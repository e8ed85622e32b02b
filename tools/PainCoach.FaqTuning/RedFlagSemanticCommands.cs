using System.Globalization;
using System.Text.Json;
using PainCoach.Faq.Semantic;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Semantic;

namespace PainCoach.FaqTuning;

/// <summary>
/// The semantic red-flag channel's third try (docs/triage.md): <c>redflag-model</c> fits it leaving each training
/// writer out and writes the model file; <c>redflag-score</c> scores corpus files with the shipped model and prints
/// counts only, never a sentence (the coordinator runs it once on the parts kept for the ship decision).
/// </summary>
internal static class RedFlagSemanticCommands
{
    private static readonly AlertLevel[] Tiers = [AlertLevel.Emergency, AlertLevel.Urgent, AlertLevel.SeeClinician];

    public static int Model(SentenceEmbedder embedder)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var seen = SemanticRedFlagTraining.ReadSeen(File.OpenRead);
        var screen = new FreeTextRedFlagScreen();
        var units = SemanticRedFlagTraining.Units([.. seen.Select(s => s.Text)], screen);
        var cache = new EmbeddingCache(embedder, Path.Combine(Path.GetTempPath(), "paincoach-redflag-semantic3-cache.tsv"));
        cache.Embed(units.Select(u => u.Text));
        var phrase = seen.Select(s => screen.Screen(s.Text)?.Level).ToList();
        Console.WriteLine($"{seen.Count} texts ({seen.Count(s => s.Tier is not null)} red flags, {seen.Count(s => s.Tier is null)} ordinary) of "
            + $"{seen.Select(s => s.Writer).Distinct().Count()} writers, {units.Count} units ({units.Count(u => u.Guarded)} guarded); read and embedded in {started.Elapsed.TotalSeconds:F0} s");

        var result = SemanticRedFlagTraining.LeaveWriterOut(seen, units, cache.Vector, phrase, Console.WriteLine);
        Console.WriteLine($"fitted in {started.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine();
        Console.WriteLine("Leaving each writer out, all writers together, by slack (added false alerts: ordinary texts raised above the phrase screen):");
        Console.WriteLine("  slack | added false alerts / ordinary | channel alone caught / red flags | added catches (of phrase misses) | added emergencies (of phrase misses)");
        foreach (var slack in SemanticRedFlagTraining.Slacks)
        {
            var t = Total(result, slack);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {slack:F2} | {t.AddedFalse} / {t.Ordinary} | {t.ChannelAlone} / {t.Red} | +{t.Added} of {t.Red - t.Phrase} | +{t.AddedEmergencies} of {t.Emergencies - t.PhraseEmergencies}{(slack == result.Slack ? "  <- chosen (least with no added false alert)" : string.Empty)}"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Per writer at the chosen slack {result.Slack:F2}, and its least false-alert-free slack alone:"));
        Console.WriteLine("  writer | ordinary | added false | red flags | phrase caught | channel alone | added | emergencies | phrase | added | own zero slack");
        foreach (var writer in result.Writers)
        {
            var f = result.Figures[(result.Slack, writer)];
            var own = SemanticRedFlagTraining.Slacks.First(s => result.Figures[(s, writer)].AddedFalse == 0 || s == SemanticRedFlagTraining.Slacks[^1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {writer} | {f.Ordinary} | {f.AddedFalse} | {f.Red} | {f.Phrase} | {f.ChannelAlone} | +{f.Added} | {f.Emergencies} | {f.PhraseEmergencies} | +{f.AddedEmergencies} | {own:F2}"));
        }

        Console.WriteLine();
        Console.WriteLine("Per writer and slack: added false alerts / channel alone caught (leaving that writer out):");
        var shown = SemanticRedFlagTraining.Slacks.Where(x => x <= 0.121).ToList();
        Console.WriteLine("  writer | " + string.Join(" | ", shown.Select(x => x.ToString("F2", CultureInfo.InvariantCulture))));
        foreach (var writer in result.Writers)
        {
            Console.WriteLine($"  {writer} | " + string.Join(" | ", shown.Select(x => $"{result.Figures[(x, writer)].AddedFalse} / {result.Figures[(x, writer)].ChannelAlone}")));
        }

        // The refit that ships, on the texts it was fitted on (in sample: how much more cautious it is than the
        // leave-writer-out models at the same slack).
        var refit = units.Select(u => RedFlagTierModel.Probabilities(result.Weights, cache.Vector(u.Text))).ToList<double[]?>();
        var inSample = SemanticRedFlagTraining.TextScores(seen.Count, units, refit).Select(score => RedFlagTierModel.LevelOf(score, result.Thresholds)).ToList();
        var all = SemanticRedFlagTraining.Figures(seen, phrase, inSample, _ => true);
        Console.WriteLine();
        Console.WriteLine($"The refit with the shipped thresholds, in sample: added false alerts {all.AddedFalse} / {all.Ordinary}; channel alone caught {all.ChannelAlone} / {all.Red} "
            + $"(emergencies at emergency {seen.Where((t, i) => t.Tier == AlertLevel.Emergency && inSample[i] == AlertLevel.Emergency).Count()} / {all.Emergencies}); added catches +{all.Added}");
        var lwo = Total(result, result.Slack);
        Console.WriteLine($"Leaving each writer out at the same slack: channel alone caught {lwo.ChannelAlone} / {lwo.Red}");

        var model = new RedFlagTierModel(
            result.Weights,
            result.Thresholds,
            SentenceEmbedder.ModelName,
            FaqVectors.HashFile(embedder.ModelPath),
            SemanticRedFlagTraining.HashTexts(seen),
            result.Slack,
            $"every red-flag corpus part but heldout9 to heldout12 ({result.Writers.Count - 1} writers) and the FAQ's v2/v3 tuning in-scope questions less warning-sign ones (writer faq)");
        using (var file = File.Create(RedFlagTierModel.SourcePath))
        {
            model.Write(file);
        }

        Console.WriteLine($"red-flag-semantic: {model} in {started.Elapsed.TotalSeconds:F0} s -> {RedFlagTierModel.SourcePath}");
        return 0;
    }

    /// <summary>Counts only, per file and in total: the shipped combined screen against the phrase screen alone.</summary>
    public static int Score(string[] files, SentenceEmbedder embedder)
    {
        if (files.Length == 0)
        {
            Console.Error.WriteLine("usage: redflag-score <corpus file>...");
            return 2;
        }

        var screen = new FreeTextRedFlagScreen();
        var channel = new SemanticRedFlagChannel(RedFlagTierModel.LoadEmbedded(), screen, embedder);
        var combined = new CombinedRedFlagScreen(screen, channel);
        var total = new int[12];
        Console.WriteLine("file | ordinary: n, raised by phrase / combined / added | red flags caught at tier: n, phrase / combined / added | emergencies at emergency: n, phrase / combined / added | channel alone: red flags at tier, emergencies at emergency");
        foreach (var path in files)
        {
            var counts = new int[12];
            using (var document = JsonDocument.Parse(File.ReadAllBytes(path)))
            {
                foreach (var text in document.RootElement.GetProperty("ordinary").EnumerateArray().Select(s => s.GetString()!))
                {
                    var phrase = screen.Screen(text)?.Level;
                    var both = combined.Screen(text)?.Level;
                    counts[0]++;
                    counts[1] += phrase is null ? 0 : 1;
                    counts[2] += both is null ? 0 : 1;
                    counts[3] += both is not null && (phrase is null || both > phrase) ? 1 : 0;
                }

                foreach (var red in document.RootElement.GetProperty("redFlags").EnumerateArray())
                {
                    var tier = SemanticRedFlagTraining.ParseTier(red.GetProperty("tier").GetString()!);
                    var text = red.GetProperty("text").GetString()!;
                    var phrase = screen.Screen(text)?.Level;
                    var both = combined.Screen(text)?.Level;
                    counts[4]++;
                    counts[5] += phrase >= tier ? 1 : 0;
                    counts[6] += both >= tier ? 1 : 0;
                    var alone = channel.Level(text);
                    counts[10] += alone >= tier ? 1 : 0;
                    if (tier == AlertLevel.Emergency)
                    {
                        counts[7]++;
                        counts[8] += phrase == AlertLevel.Emergency ? 1 : 0;
                        counts[9] += both == AlertLevel.Emergency ? 1 : 0;
                        counts[11] += alone == AlertLevel.Emergency ? 1 : 0;
                    }
                }
            }

            Console.WriteLine($"{Path.GetFileName(path)} | {Line(counts)}");
            for (var k = 0; k < counts.Length; k++)
            {
                total[k] += counts[k];
            }
        }

        Console.WriteLine($"total | {Line(total)}");
        return 0;
    }

    private static string Line(int[] c) =>
        $"ordinary {c[0]}: {c[1]} / {c[2]} / +{c[3]} | red flags {c[4]}: {c[5]} / {c[6]} / +{c[6] - c[5]} | emergencies {c[7]}: {c[8]} / {c[9]} / +{c[9] - c[8]} | channel alone {c[10]}, {c[11]}";

    private static WriterFigures Total(LeaveWriterOutResult result, double slack)
    {
        var all = result.Writers.Select(w => result.Figures[(slack, w)]).ToList();
        return new WriterFigures(all.Sum(f => f.Ordinary), all.Sum(f => f.AddedFalse), all.Sum(f => f.Red), all.Sum(f => f.Phrase), all.Sum(f => f.ChannelAlone),
            all.Sum(f => f.Added), all.Sum(f => f.Emergencies), all.Sum(f => f.PhraseEmergencies), all.Sum(f => f.AddedEmergencies));
    }

    /// <summary>Sentence vectors by text (shorthand spelled out, as the channel reads it), kept in a file between runs.</summary>
    private sealed class EmbeddingCache
    {
        private readonly SentenceEmbedder embedder;
        private readonly string path;
        private readonly Dictionary<string, float[]> vectors = new(StringComparer.Ordinal);

        public EmbeddingCache(SentenceEmbedder embedder, string path)
        {
            this.embedder = embedder;
            this.path = path;
            if (File.Exists(path))
            {
                foreach (var line in File.ReadLines(path))
                {
                    var tab = line.IndexOf('\t', StringComparison.Ordinal);
                    var bytes = Convert.FromBase64String(line[..tab]);
                    var vector = new float[SentenceEmbedder.Dimensions];
                    Buffer.BlockCopy(bytes, 0, vector, 0, bytes.Length);
                    vectors[line[(tab + 1)..]] = vector;
                }
            }
        }

        public float[] Vector(string text) => vectors[Key(text)];

        public void Embed(IEnumerable<string> texts)
        {
            using var writer = File.AppendText(path);
            foreach (var key in texts.Select(Key).Distinct().Where(k => !vectors.ContainsKey(k)).ToList())
            {
                var vector = embedder.Embed(key);
                vectors[key] = vector;
                var bytes = new byte[vector.Length * sizeof(float)];
                Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
                writer.WriteLine(Convert.ToBase64String(bytes) + "\t" + key);
            }
        }

        private static string Key(string text) => SemanticRedFlagTraining.Prepare(text).Replace('\n', ' ').Replace('\t', ' ');
    }
}
