using BenchmarkDotNet.Attributes;
using PainCoach.RedFlags;

namespace PainCoach.Benchmarks;

[MemoryDiagnoser]
public class RedFlagBenchmarks
{
    private readonly HashSet<string> mild = [SymptomIds.FirstStepPain, SymptomIds.CalfTightness];
    private readonly HashSet<string> emergency = [SymptomIds.BladderBowelChange, SymptomIds.LegPainBelowKnee];

    [Benchmark(Baseline = true)]
    public int MildHeelPain() => RedFlagCatalog.Evaluate(PainArea.Heel, mild).Count;

    [Benchmark]
    public int CaudaEquinaSigns() => RedFlagCatalog.Evaluate(PainArea.Back, emergency).Count;
}
