using BenchmarkDotNet.Attributes;
using PainCoach.RedFlags;

namespace PainCoach.Benchmarks;

/// <summary>
/// What reading the crisis words costs at start (once a process, on the first text): the shipped data parsed and every
/// pattern built into the regexes the screen runs.
/// </summary>
[MemoryDiagnoser]
public class CrisisWordsBenchmarks
{
    private readonly byte[] data = ReadShippedData();

    [Benchmark]
    public int LoadShippedData() => CrisisWords.Load(new MemoryStream(data)).Phrases.Count;

    private static byte[] ReadShippedData()
    {
        using var stream = typeof(CrisisWords).Assembly.GetManifestResourceStream("PainCoach.RedFlags.crisis-words.json")
            ?? throw new InvalidOperationException("The crisis words are not embedded in the PainCoach assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
