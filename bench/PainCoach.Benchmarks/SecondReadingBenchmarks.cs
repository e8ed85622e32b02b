using BenchmarkDotNet.Attributes;
using PainCoach.Language;
using PainCoach.RedFlags;

namespace PainCoach.Benchmarks;

/// <summary>
/// What the screen's second reading costs (docs/triage.md, "Second reading"): the screen as registered for a message the
/// phrases read a sign in (the second reading is not asked), for one they read none in (the message is encoded and
/// compared with every labelled message), for one said with a "no" (read since round 23), and the two steps on their own.
/// </summary>
[MemoryDiagnoser]
public class SecondReadingBenchmarks : IDisposable
{
    private const string WithASign = "back pain and i cant feel the toilet paper when i wipe";
    private const string WithoutASign = "my heel hurts in the morning when i get out of bed, is it plantar fasciitis";

    // Said with a "no": read a second time since round 23, against its sixteen nearest.
    private const string SaidWithANo = "my heel hurts in the morning when i get out of bed, no swelling though";

    private readonly SentenceEmbedder embedder = SentenceEmbedder.LoadShipped();
    private readonly LabelledMessages bank = LabelledMessages.LoadEmbedded();
    private readonly FreeTextRedFlagScreen phrasesAlone = new();
    private FreeTextRedFlagScreen registered = null!;
    private float[] vector = [];

    [GlobalSetup]
    public void Setup()
    {
        registered = new FreeTextRedFlagScreen(RedFlagPhrases.Default, new SecondReading(embedder, bank));
        vector = embedder.Embed(WithoutASign);
    }

    [Benchmark(Baseline = true)]
    public RedFlagAlert? PhrasesAloneWithoutASign() => phrasesAlone.Screen(WithoutASign);

    [Benchmark]
    public RedFlagAlert? RegisteredWithASign() => registered.Screen(WithASign);

    [Benchmark]
    public RedFlagAlert? RegisteredWithoutASign() => registered.Screen(WithoutASign);

    [Benchmark]
    public RedFlagAlert? RegisteredSaidWithANo() => registered.Screen(SaidWithANo);

    [Benchmark]
    public float[] EncodeOnly() => embedder.Embed(WithoutASign);

    [Benchmark]
    public AlertLevel? CompareWithTheBankOnly() => bank.LevelNear(vector, excludedPart: -1);

    [Benchmark]
    public AlertLevel? CompareWithTheBankOnlySaidWithANo() => bank.LevelNear(vector, excludedPart: -1, queryIsNegated: true);

    public void Dispose()
    {
        embedder.Dispose();
        GC.SuppressFinalize(this);
    }
}
