using BenchmarkDotNet.Attributes;
using PainCoach.RedFlags;

namespace PainCoach.Benchmarks;

/// <summary>
/// What an SMS costs the free-text screen: the alert (<see cref="FreeTextRedFlagScreen.Screen"/>, the FAQ's cost too) and
/// the conditional safety lines an SMS reply may carry (<see cref="FreeTextRedFlagScreen.SafetyCheckFor"/>), for a
/// patient's own message, a carer's story without a frame, and a carer's text with one.
/// </summary>
[MemoryDiagnoser]
public class FreeTextScreenBenchmarks
{
    private readonly FreeTextRedFlagScreen screen = new();

    [Params(
        "my heel hurts in the morning when i get out of bed, is it plantar fasciitis",
        "Dad's back went and he can't pass water",
        "texting for my dad, his back went and now he cant pee at all")]
    public string Text { get; set; } = string.Empty;

    [Benchmark(Baseline = true)]
    public RedFlagAlert? Alert() => screen.Screen(Text);

    [Benchmark]
    public string? SafetyLines() => screen.SafetyCheckFor(Text);
}
