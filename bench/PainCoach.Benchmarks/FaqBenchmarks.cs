using BenchmarkDotNet.Attributes;
using PainCoach.Faq;
using PainCoach.RedFlags;

namespace PainCoach.Benchmarks;

/// <summary>
/// The FAQ's targets (issue 6): a query at most 10 µs at the median and under 2 KB allocated, typo handling
/// included; the index built in at most 50 ms. Run:
/// <c>dotnet run -c Release --project bench/PainCoach.Benchmarks -- --filter '*FaqBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FaqBenchmarks
{
    private readonly FaqHit[] hits = new FaqHit[FaqService.MaxTop];
    private KnowledgeBase knowledgeBase = null!;
    private FaqIndex index = null!;
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
    }

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
