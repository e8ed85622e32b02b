using BenchmarkDotNet.Running;

// "reminder-load" and "faq-latency" are repeatable timed runs; anything else goes to BenchmarkDotNet. The FAQ's cold start is measured
// by its own small program, bench/PainCoach.FirstAnswer, so this harness's start-up does not count.
// Each capability adds its benchmark classes to this assembly; pick them with --filter.
if (args is ["reminder-load", ..])
{
    return await PainCoach.Benchmarks.ReminderLoadRun.RunAsync(args);
}

if (args is ["faq-latency", ..])
{
    return await PainCoach.Benchmarks.FaqLatencyRun.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(PainCoach.Benchmarks.FaqBenchmarks).Assembly).Run(args);
return 0;
