using BenchmarkDotNet.Attributes;
using PainCoach.Conversation;
using PainCoach.Telephony;

namespace PainCoach.Benchmarks;

/// <summary>The per-message CPU work of the SMS webhook outside storage: keyword parsing, number parsing, masking.</summary>
[MemoryDiagnoser]
public class SmsBenchmarks
{
    private readonly string longBody = string.Concat(Enumerable.Repeat("my heel hurts ", 115))[..1600];

    [Benchmark(Baseline = true)]
    public object ParseStop() => SmsCommandParser.Parse("Stop.");

    [Benchmark]
    public object ParseTime() => SmsCommandParser.Parse("TIME ICE 8am 1pm 7:30pm");

    [Benchmark]
    public object ParseTimeZone() => SmsCommandParser.Parse("TZ america/chicago");

    [Benchmark]
    public object ParseLongQuestion() => SmsCommandParser.Parse(longBody);

    [Benchmark]
    public string? ReadAndMaskNumber() => PhoneNumberReader.TryRead("(312) 555-0123", "US")?.Masked;
}
