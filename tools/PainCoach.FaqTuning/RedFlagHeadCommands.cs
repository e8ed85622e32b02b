using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PainCoach.Faq;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Head;

namespace PainCoach.FaqTuning;

/// <summary>
/// The red-flag head (docs/triage.md, fourth and fifth tries): <c>redflag-head-dump</c> writes the training texts' token
/// states (computed here, by the service's own sentence model, on the text the FAQ embeds: <see cref="FaqIndex.ModelText"/>)
/// with their labels for scripts/redflag-head/train.py; <c>redflag-head-score</c> scores corpus files given by path with
/// the shipped head and prints counts only, never a sentence (the coordinator runs it once on the parts kept for the
/// ship decision). The training reader refuses heldout21 and above, the carers' parts and every FAQ held-out file: they
/// are never read to train or choose anything.
/// </summary>
internal static partial class RedFlagHeadCommands
{
    /// <summary>One writer per file: the red-flag parts written in one file each (ordinary and red flags together).</summary>
    private static readonly string[] CombinedParts =
        ["tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10",
         "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
         "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20"];

    /// <summary>The FAQ's tuning questions, read as ordinary text of the writer "faq" (as the third try).</summary>
    private static readonly string[] FaqParts =
        ["faq-evaluation-v2.tuning.json", "faq-evaluation-v2.tuning-more.json", "faq-evaluation-v3.tuning.json", "faq-evaluation-v3.tuning4.json"];

    private static readonly string[] WarningSignEntries = ["swollen-calf", "emergency-signs"];

    private const string RedFlagDirectory = "tests/PainCoach.Tests/RedFlags/";
    private const string FaqDirectory = "tests/PainCoach.Tests/Faq/";

    /// <summary>
    /// Never read to train or choose anything: the parts kept for the ship decision (heldout21 and above), the carers'
    /// parts (their red flags are another person's signs, labelled for another policy) and the FAQ's held-out files.
    /// </summary>
    [GeneratedRegex(@"heldout(?:2[1-9]|[3-9][0-9]|[1-9][0-9]{2,})(?![0-9])|carer|\.heldout\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverRead();

    private sealed record SeenText(string Text, AlertLevel? Tier, string Writer);

    public static int Dump(SentenceEmbedder embedder, FaqIndex index, string directory)
    {
        ArgumentNullException.ThrowIfNull(index);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var seen = ReadSeen();
        var screen = new FreeTextRedFlagScreen();
        Directory.CreateDirectory(directory);
        var meta = new StringBuilder("index\twriter\ttier\tphrase\tguarded\tlength\n");
        using (var states = new BinaryWriter(File.Create(Path.Combine(directory, "states.f32"))))
        {
            for (var i = 0; i < seen.Count; i++)
            {
                var item = seen[i];
                var encoded = embedder.Encode(index.ModelText(item.Text));
                foreach (var value in encoded.Rows)
                {
                    states.Write(value);
                }

                var phrase = screen.Screen(item.Text)?.Level;
                var guarded = string.IsNullOrWhiteSpace(item.Text) || RedFlagClauses.Read(item.Text, screen).WholeGuarded;
                meta.Append(CultureInfo.InvariantCulture, $"{i}\t{item.Writer}\t{Code(item.Tier)}\t{Code(phrase)}\t{(guarded ? 1 : 0)}\t{encoded.Length}\n");
            }
        }

        File.WriteAllText(Path.Combine(directory, "texts.tsv"), meta.ToString());
        Console.WriteLine($"redflag-head-dump: {seen.Count} texts of {seen.Select(s => s.Writer).Distinct().Count()} writers "
            + $"({seen.Count(s => s.Tier is not null)} red flags) in {started.Elapsed.TotalSeconds:F0} s -> {directory}");
        return 0;
    }

    /// <summary>
    /// Recomputes only the phrase level and the guard of each dumped text with the phrase screen as it is now (after the
    /// phrases changed), keeping the token states: they depend on the sentence model alone. Counts only.
    /// </summary>
    public static int Relabel(string directory)
    {
        var seen = ReadSeen();
        var path = Path.Combine(directory, "texts.tsv");
        var rows = File.ReadAllLines(path).Skip(1).Select(line => line.Split('\t')).ToList();
        if (rows.Count != seen.Count || rows.Where((r, i) => r[1] != seen[i].Writer || r[2] != Code(seen[i].Tier).ToString(CultureInfo.InvariantCulture)).Any())
        {
            Console.Error.WriteLine("texts.tsv is not a dump of these texts: run redflag-head-dump again.");
            return 1;
        }

        var screen = new FreeTextRedFlagScreen();
        var meta = new StringBuilder("index\twriter\ttier\tphrase\tguarded\tlength\n");
        var changed = 0;
        for (var i = 0; i < seen.Count; i++)
        {
            var text = seen[i].Text;
            var phrase = Code(screen.Screen(text)?.Level).ToString(CultureInfo.InvariantCulture);
            var guarded = string.IsNullOrWhiteSpace(text) || RedFlagClauses.Read(text, screen).WholeGuarded ? "1" : "0";
            changed += rows[i][3] != phrase || rows[i][4] != guarded ? 1 : 0;
            meta.Append(CultureInfo.InvariantCulture, $"{i}\t{seen[i].Writer}\t{rows[i][2]}\t{phrase}\t{guarded}\t{rows[i][5]}\n");
        }

        File.WriteAllText(path, meta.ToString());
        Console.WriteLine($"redflag-head-relabel: {changed} of {seen.Count} texts have another phrase level or guard now -> {path}");
        return 0;
    }

    /// <summary>The shipped head's probabilities here against the training script's (probabilities.tsv), on the dumped states.</summary>
    public static int Check(SentenceEmbedder embedder, FaqIndex index, string directory)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var head = RedFlagHead.LoadEmbeddedIfPresent();
        if (head is null)
        {
            Console.Error.WriteLine("No red-flag head is built in.");
            return 1;
        }

        var seen = ReadSeen();
        var expected = File.ReadAllLines(Path.Combine(directory, "shipped-probabilities.tsv"));
        var worst = 0.0;
        for (var i = 0; i < seen.Count; i += 7)
        {
            var p = head.Probabilities(embedder.Encode(index.ModelText(seen[i].Text)));
            var e = expected[i].Split('\t').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            worst = Math.Max(worst, p.Zip(e, (a, b) => Math.Abs(a - b)).Max());
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"redflag-head-check: largest difference {worst:G3} on every 7th of {seen.Count} texts"));
        return worst < 1e-3 ? 0 : 1;
    }

    /// <summary>For texts typed on the command line: the phrase level, whether the guard keeps the head off, the head's probabilities and level.</summary>
    public static int Ask(string[] texts, SentenceEmbedder embedder, FaqIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var head = RedFlagHead.LoadEmbeddedIfPresent();
        if (head is null)
        {
            Console.Error.WriteLine("No red-flag head is built in.");
            return 1;
        }

        var screen = new FreeTextRedFlagScreen();
        foreach (var text in texts)
        {
            var (clauses, guarded, wholeGuarded) = RedFlagClauses.Read(text, screen);
            var p = head.Probabilities(embedder.Encode(index.ModelText(text)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{text}\n  phrase {screen.Screen(text)?.Level.ToString() ?? "none"}; guarded {wholeGuarded} (clauses {string.Join(", ", clauses.Select((c, k) => guarded[k] ? $"[{c}]" : c))}); "
                + $"P(>= see a clinician, urgent, emergency) {p[0]:F4} {p[1]:F4} {p[2]:F4}; head level {(wholeGuarded ? "none (guarded)" : head.LevelOf(p)?.ToString() ?? "none")}"));
        }

        return 0;
    }

    /// <summary>Counts only, per file and in total: the shipped combined screen against the phrase screen alone.</summary>
    public static int Score(string[] files, SentenceEmbedder embedder, FaqIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (files.Length == 0)
        {
            Console.Error.WriteLine("usage: redflag-head-score <corpus file>...");
            return 2;
        }

        using var head = RedFlagHead.LoadEmbeddedIfPresent();
        if (head is null)
        {
            Console.Error.WriteLine("No red-flag head is built in.");
            return 1;
        }

        var screen = new FreeTextRedFlagScreen();
        var combined = new HeadRedFlagScreen(screen, head, embedder, index.ModelText);
        var total = new int[13];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"head thresholds (see a clinician, urgent, emergency): {string.Join(", ", head.Thresholds.Select(t => t?.ToString(CultureInfo.InvariantCulture) ?? "never"))}"));
        Console.WriteLine("file | ordinary: n, alerted by phrase / combined / added | red flags caught at tier: n, phrase / combined / added | emergencies at emergency: n, phrase / combined / added, lost");
        foreach (var path in files)
        {
            var counts = new int[13];
            using (var document = JsonDocument.Parse(File.ReadAllBytes(path)))
            {
                if (!document.RootElement.TryGetProperty("ordinary", out var ordinary) || !document.RootElement.TryGetProperty("redFlags", out var redFlags))
                {
                    Console.Error.WriteLine($"{Path.GetFileName(path)} is not a red-flag corpus part (it needs \"ordinary\" and \"redFlags\").");
                    return 2;
                }

                foreach (var text in ordinary.EnumerateArray().Select(s => s.GetString()!))
                {
                    var phrase = screen.Screen(text)?.Level;
                    var both = combined.Screen(text)?.Level;
                    counts[0]++;
                    counts[1] += phrase is null ? 0 : 1;
                    counts[2] += both is null ? 0 : 1;
                    counts[3] += both is not null && (phrase is null || both > phrase) ? 1 : 0;
                }

                foreach (var red in redFlags.EnumerateArray())
                {
                    var text = red.GetProperty("text").GetString()!;
                    var tier = ParseTier(red.GetProperty("tier").GetString()!);
                    var phrase = screen.Screen(text)?.Level;
                    var both = combined.Screen(text)?.Level;
                    counts[4]++;
                    counts[5] += phrase >= tier ? 1 : 0;
                    counts[6] += both >= tier ? 1 : 0;
                    counts[7] += both >= tier && !(phrase >= tier) ? 1 : 0;
                    if (tier == AlertLevel.Emergency)
                    {
                        counts[8]++;
                        counts[9] += phrase == AlertLevel.Emergency ? 1 : 0;
                        counts[10] += both == AlertLevel.Emergency ? 1 : 0;
                        counts[11] += both == AlertLevel.Emergency && phrase != AlertLevel.Emergency ? 1 : 0;
                        counts[12] += phrase == AlertLevel.Emergency && both != AlertLevel.Emergency ? 1 : 0;
                    }
                }
            }

            Print(Path.GetFileName(path), counts);
            for (var k = 0; k < total.Length; k++)
            {
                total[k] += counts[k];
            }
        }

        Print("total", total);
        return 0;
    }

    private static void Print(string name, int[] c) =>
        Console.WriteLine($"{name} | ordinary {c[0]}: {c[1]} / {c[2]} / +{c[3]} | red flags {c[4]}: {c[5]} / {c[6]} / +{c[7]} | emergencies {c[8]}: {c[9]} / {c[10]} / +{c[11]}, lost {c[12]}");

    private static int Code(AlertLevel? level) => level is { } l ? (int)l + 1 : 0;

    private static AlertLevel ParseTier(string tier) => tier switch
    {
        "emergency" => AlertLevel.Emergency,
        "urgent" => AlertLevel.Urgent,
        "see_clinician" => AlertLevel.SeeClinician,
        _ => throw new InvalidDataException($"Unknown tier '{tier}'."),
    };

    private static List<SeenText> ReadSeen()
    {
        var items = new List<SeenText>();
        foreach (var (parts, writer) in new[] { (new[] { "tuning", "heldout1" }, "first"), (["heldout2"], "heldout2") })
        {
            foreach (var part in parts)
            {
                using (var red = Open($"{RedFlagDirectory}corpus-red-flags.{part}.json"))
                {
                    items.AddRange(red.RootElement.GetProperty("sentences").EnumerateArray().Select(s => RedItem(s, writer)));
                }

                using var ordinary = Open($"{RedFlagDirectory}corpus-ordinary.{part}.json");
                items.AddRange(ordinary.RootElement.GetProperty("sentences").EnumerateArray().Select(s => new SeenText(s.GetString()!, null, writer)));
            }
        }

        foreach (var part in CombinedParts)
        {
            using var document = Open($"{RedFlagDirectory}corpus-{part}.json");
            items.AddRange(document.RootElement.GetProperty("ordinary").EnumerateArray().Select(s => new SeenText(s.GetString()!, null, part)));
            items.AddRange(document.RootElement.GetProperty("redFlags").EnumerateArray().Select(s => RedItem(s, part)));
        }

        foreach (var path in FaqParts)
        {
            using var faq = Open(FaqDirectory + path);
            items.AddRange(faq.RootElement.GetProperty("inScope").EnumerateArray()
                .Where(q => !q.GetProperty("expect").EnumerateArray().Any(e => WarningSignEntries.Contains(e.GetString())))
                .Select(q => new SeenText(q.GetProperty("q").GetString()!, null, "faq")));
        }

        return items;
    }

    private static SeenText RedItem(JsonElement s, string writer) =>
        new(s.GetProperty("text").GetString()!, ParseTier(s.GetProperty("tier").GetString()!), writer);

    private static JsonDocument Open(string path)
    {
        if (NeverRead().IsMatch(path))
        {
            throw new InvalidOperationException($"{path} is held out: never read to train anything.");
        }

        return JsonDocument.Parse(File.ReadAllBytes(path));
    }
}
