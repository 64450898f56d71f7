using Sajag.Cli;

var exit = SajagCli.Run(args, Console.Out, Console.Error);

// SAJAG_REPORT_PEAK_MEMORY=1: say how much memory this run took at its peak (the process's peak working set, VmHWM on
// Linux), for the memory tests and docs/benchmarks.md.
if (Environment.GetEnvironmentVariable("SAJAG_REPORT_PEAK_MEMORY") == "1")
{
    using var self = System.Diagnostics.Process.GetCurrentProcess();
    Console.Error.WriteLine($"peak-working-set-bytes: {self.PeakWorkingSet64}");
}

return exit;
