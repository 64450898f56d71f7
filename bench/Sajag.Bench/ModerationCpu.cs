using System.Diagnostics;
using System.Globalization;
using Sajag.Safety.Moderation;

namespace Sajag.Bench;

/// <summary>Runs the moderation filter over <see cref="ModerationBenchmarks"/>' 1,000 answers several times on one thread and prints the process CPU time and the bytes allocated per answer.</summary>
internal static class ModerationCpu
{
    public static void Run(int runs)
    {
        var answers = ModerationBenchmarks.Generate(1_000);
        var process = Process.GetCurrentProcess();
        for (var run = 1; run <= runs; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var flagged = 0;
            for (var round = 0; round < 20; round++)
            {
                foreach (var answer in answers)
                {
                    flagged += Moderator.Check(answer).Flagged ? 1 : 0;
                }
            }

            process.Refresh();
            var count = 20 * answers.Length;
            var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {count:N0} answers, {seconds:F2} s CPU, {seconds * 1e6 / count:F1} us per answer, {count / seconds:N0} answers/s, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / count:N0} bytes allocated per answer, {flagged / 20} of 1,000 flagged"));
        }
    }
}
