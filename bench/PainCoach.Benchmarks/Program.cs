using BenchmarkDotNet.Running;

// Each capability adds its benchmark classes to this assembly; pick them with --filter.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
