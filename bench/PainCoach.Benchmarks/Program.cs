using BenchmarkDotNet.Running;

// Each capability adds its benchmark classes to this assembly; pick them with --filter.
if (args is ["reminder-load", ..])
{
    return await PainCoach.Benchmarks.ReminderLoadRun.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
