using System.Diagnostics;
using System.Text.Json;
using PainCoach.Faq.Semantic;
using PainCoach.Language;
using PainCoach.RedFlags;

/// <summary>
/// The crisis line's second reading (docs/triage.md, "Words of self-harm"): the crisis sets written by others
/// (tests/PainCoach.Tests/RedFlags/crisis-*.json: "self", "other", "ordinary") as sentence vectors, and the rule's
/// figures with each set left out in turn.
/// </summary>
internal static class CrisisSets
{
    private static readonly string Folder = Path.Combine("tests", "PainCoach.Tests", "RedFlags");

    /// <summary>Every crisis set in the folder, in name order, each message with its label, own thoughts first.</summary>
    public static List<(string Set, string Label, string Text)> Messages()
    {
        var messages = new List<(string, string, string)>();
        foreach (var file in Directory.GetFiles(Folder, "crisis-*.json").Order(StringComparer.Ordinal))
        {
            messages.AddRange(FromFile(file));
        }

        return messages;
    }

    public static IEnumerable<(string Set, string Label, string Text)> FromFile(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var set = Path.GetFileNameWithoutExtension(file);
        foreach (var label in new[] { "self", "other", "ordinary" })
        {
            foreach (var text in document.RootElement.GetProperty(label).EnumerateArray())
            {
                yield return (set, label, text.GetString()!);
            }
        }
    }

    public static sbyte TierOf(string label) => label == "ordinary" ? LabelledMessages.Ordinary : CrisisReading.Crisis;

    public static int Build(SentenceEmbedder embedder)
    {
        var started = Stopwatch.StartNew();
        var messages = Messages();
        var sets = messages.Select(m => m.Set).Distinct().ToList();
        var vectors = new sbyte[messages.Count * SentenceEmbedder.Dimensions];
        var scales = new float[messages.Count];
        Parallel.For(0, messages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, m =>
        {
            var (values, scale) = LabelledMessages.Quantise(embedder.Embed(messages[m].Text));
            values.CopyTo(vectors, m * SentenceEmbedder.Dimensions);
            scales[m] = scale;
        });
        var bank = new LabelledMessages(
            SentenceEmbedder.ModelName,
            FaqVectors.HashFile(embedder.ModelPath),
            LabelledMessages.HashTexts(messages.Select(m => (m.Set, TierOf(m.Label), m.Text))),
            sets,
            vectors,
            scales,
            [.. messages.Select(m => TierOf(m.Label))],
            [.. messages.Select(m => (ushort)sets.IndexOf(m.Set))]);
        using (var file = File.Create(CrisisReading.SourcePath))
        {
            bank.Write(file);
        }

        Console.WriteLine($"crisis reading: {bank.Count} messages of {sets.Count} sets in {started.ElapsedMilliseconds} ms → {CrisisReading.SourcePath}");
        return 0;
    }

    /// <summary>
    /// Each crisis set against a bank without it, words alone and with the second reading; every red-flag bank message
    /// against the crisis bank (its own part left out of the red-flag bank); then, counts only, each private FILE.
    /// </summary>
    public static int Measure(SentenceEmbedder embedder, LabelledMessages redFlagBank, IEnumerable<string> files)
    {
        var bank = LabelledMessages.Read(File.OpenRead(CrisisReading.SourcePath));
        var messages = Messages();
        if (LabelledMessages.HashTexts(messages.Select(m => (m.Set, TierOf(m.Label), m.Text))) != bank.TextsSha256)
        {
            Console.Error.WriteLine("the crisis bank is stale: run scripts/second-reading.sh build-crisis");
            return 1;
        }

        var words = CrisisWords.Default;
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (var m = 0; m < messages.Count; m++)
        {
            var (set, label, text) = messages[m];
            var vector = bank.UnitVectorOf(m);
            var reading = words.Read(text);
            var second = reading.Message is null && !reading.SetAside && CrisisReading.Reads(vector, bank, redFlagBank, excludedPart: bank.PartOf(m));
            Count(counts, $"{label} (all sets, each left out)", reading.Message is not null, reading.Message is not null || second);
        }

        var falseReds = 0;
        for (var m = 0; m < redFlagBank.Count; m++)
        {
            var vector = redFlagBank.UnitVectorOf(m);
            falseReds += CrisisReading.Reads(vector, bank, redFlagBank, excludedRedFlagPart: redFlagBank.PartOf(m)) ? 1 : 0;
        }

        Print(counts);
        Console.WriteLine($"red-flag bank ({redFlagBank.Count} messages, each part left out): {falseReds} read as words of self-harm by the second reading");

        var reader = new CrisisReading(embedder, bank, redFlagBank);
        foreach (var file in files)
        {
            var fresh = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var (_, label, text) in FromFile(file))
            {
                var reading = words.Read(text);
                Count(fresh, label, reading.Message is not null, reading.Message is not null || (!reading.SetAside && reader.Reads(text)));
            }

            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file)} (counts only):");
            Print(fresh);
        }

        return 0;
    }

    private static void Count(SortedDictionary<string, int[]> counts, string key, bool words, bool withSecond)
    {
        var row = counts.TryGetValue(key, out var found) ? found : counts[key] = new int[3];
        row[0]++;
        row[1] += words ? 1 : 0;
        row[2] += withSecond ? 1 : 0;
    }

    private static void Print(SortedDictionary<string, int[]> counts)
    {
        foreach (var (key, row) in counts)
        {
            Console.WriteLine($"  {key}: read by the words {row[1]}, with the second reading {row[2]}, of {row[0]}");
        }
    }
}
