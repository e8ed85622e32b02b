using BenchmarkDotNet.Attributes;
using PainCoach.Faq;
using PainCoach.Faq.Ranking;
using PainCoach.Faq.Semantic;
using PainCoach.Language;
using PainCoach.RedFlags;

namespace PainCoach.Benchmarks;

/// <summary>
/// The FAQ per query: the word index alone (issue 6: at most 10 µs, under 2 KB), the sentence model's encoding, and
/// the whole hybrid answer (issue 11: median at most 15 ms). Percentiles over thousands of questions and HTTP come
/// from the faq-latency run (FaqLatencyRun). Run:
/// <c>dotnet run -c Release --project bench/PainCoach.Benchmarks -- --filter '*FaqBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FaqBenchmarks
{
    private readonly FaqHit[] hits = new FaqHit[FaqService.MaxTop];
    private KnowledgeBase knowledgeBase = null!;
    private FaqIndex index = null!;
    private SentenceEmbedder embedder = null!;
    private FaqService faq = null!;
    private readonly FreeTextRedFlagScreen redFlagScreen = new();

    [Params(
        "how long should i ice my heel",
        "plantar fascitis and achilles tendonitus",
        "my back hurts and i have pins and needles in my heel, could it be a slipped disc or sciatica",
        "what is the weather tomorrow")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        knowledgeBase = KnowledgeBase.LoadEmbedded();
        index = FaqIndex.Build(knowledgeBase);
        embedder = SentenceEmbedder.LoadShipped();
        var ranker = new HybridFaqRanker(index, new SemanticIndex(knowledgeBase, FaqVectors.LoadEmbedded()), embedder, FaqCalibration.LoadEmbedded());
        faq = new FaqService(knowledgeBase, ranker, redFlagScreen);
    }

    [GlobalCleanup]
    public void Cleanup() => embedder.Dispose();

    /// <summary>The sentence model alone: tokenise, run all-MiniLM-L6-v2 (one thread), mean-pool, normalise.</summary>
    [Benchmark]
    public float[] Embed() => embedder.Embed(Question);

    /// <summary>What one request costs: red-flag screen, hybrid ranking (model, vectors, index, softmax), answers.</summary>
    [Benchmark]
    public FaqResult Ask() => faq.Ask(Question);

    /// <summary>Ranking alone: tokenise, synonyms, stems, typo correction, BM25F scores, top 3.</summary>
    [Benchmark]
    public int Search() => index.Search(Question, hits.AsSpan(0, FaqService.DefaultTop));

    /// <summary>The free-text red-flag screen that every FAQ question and SMS also goes through.</summary>
    [Benchmark]
    public RedFlagAlert? ScreenRedFlags() => redFlagScreen.Screen(Question);
}

/// <summary>Start-up work: parse and validate the knowledge base, and build the index from it.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class FaqIndexBuildBenchmarks
{
    private KnowledgeBase knowledgeBase = null!;

    [GlobalSetup]
    public void Setup() => knowledgeBase = KnowledgeBase.LoadEmbedded();

    [Benchmark]
    public KnowledgeBase LoadKnowledgeBase() => KnowledgeBase.LoadEmbedded();

    [Benchmark]
    public FaqIndex BuildIndex() => FaqIndex.Build(knowledgeBase);
}
