using BenchmarkDotNet.Running;
using PainCoach.Benchmarks;

// "first-answer" measures one cold start (bench/faq-first-answer.sh); anything else goes to BenchmarkDotNet.
if (args is ["first-answer"])
{
    return FaqFirstAnswer.Run();
}

// Each capability adds its benchmark classes to this assembly; pick them with --filter.
if (args is ["reminder-load", ..])
{
    return await PainCoach.Benchmarks.ReminderLoadRun.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
