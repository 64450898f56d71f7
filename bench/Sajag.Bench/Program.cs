using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Sajag.Bench.ConversationCheckBenchmarks).Assembly).Run(args);
