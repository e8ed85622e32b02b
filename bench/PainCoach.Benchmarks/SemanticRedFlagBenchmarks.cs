using BenchmarkDotNet.Attributes;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Semantic;

namespace PainCoach.Benchmarks;

/// <summary>
/// What the semantic red-flag backup adds per text (docs/triage.md): the phrase screen alone, the combined screen as
/// SMS uses it (the model runs on the whole text and on each clause not guarded), and as the FAQ uses it (the whole
/// text's vector comes from retrieval, so only the clauses cost model runs). Run:
/// <c>dotnet run -c Release --project bench/PainCoach.Benchmarks -- --filter '*SemanticRedFlagBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SemanticRedFlagBenchmarks
{
    private FreeTextRedFlagScreen phrases = null!;
    private SentenceEmbedder embedder = null!;
    private CombinedRedFlagScreen combined = null!;
    private float[] wholeVector = [];

    [Params(
        "how long should i ice my heel",
        "my back hurts and i have pins and needles in my heel, could it be a slipped disc or sciatica",
        "cant get a wee out at all since lastnite n my spine is agony",
        "bladder is fine, just lower back ache from lifting")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        phrases = new FreeTextRedFlagScreen();
        embedder = SentenceEmbedder.LoadShipped();
        combined = new CombinedRedFlagScreen(phrases, new SemanticRedFlagChannel(RedFlagTierModel.LoadEmbedded(), phrases, RedFlagPhrases.Default, embedder));
        wholeVector = embedder.Embed(SemanticRedFlagTraining.Prepare(Text));
    }

    [GlobalCleanup]
    public void Cleanup() => embedder.Dispose();

    /// <summary>The phrase screen alone (what shipped before).</summary>
    [Benchmark(Baseline = true)]
    public RedFlagAlert? PhrasesOnly() => phrases.Screen(Text);

    /// <summary>SMS and any caller without a vector: phrases, guard, the model on the text and its clauses.</summary>
    [Benchmark]
    public RedFlagAlert? Combined() => combined.Screen(Text);

    /// <summary>The FAQ: the question's vector is retrieval's, so only the clauses cost model runs.</summary>
    [Benchmark]
    public RedFlagAlert? CombinedWithVector() => combined.Screen(Text, wholeVector);
}
