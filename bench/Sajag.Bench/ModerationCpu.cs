using System.Diagnostics;
using System.Globalization;
using Sajag.Safety.Moderation;

namespace Sajag.Bench;

/// <summary>
/// Runs the moderation filter over <see cref="ModerationBenchmarks"/>' 1,000 answers several times on one thread and prints
/// the process CPU time, this thread's CPU time (the JIT's and the GC's threads left out) and the bytes allocated per answer,
/// then the least thread time of all runs: on a shared machine other processes only ever add to it. With the rules alone
/// (no learned model) when asked, to see what the model adds.
/// </summary>
internal static class ModerationCpu
{
    public static void Run(int runs, bool rulesAlone)
    {
        var answers = ModerationBenchmarks.Generate(1_000);
        var process = Process.GetCurrentProcess();
        var best = double.MaxValue;
        for (var run = 1; run <= runs; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var thread = ModerationParts.ThreadCpu();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var flagged = 0;
            for (var round = 0; round < 20; round++)
            {
                foreach (var answer in answers)
                {
                    flagged += (rulesAlone ? Moderator.Check(answer, null, null) : Moderator.Check(answer)).Flagged ? 1 : 0;
                }
            }

            var threadSeconds = ModerationParts.ThreadCpu() - thread;
            process.Refresh();
            var count = 20 * answers.Length;
            var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            best = Math.Min(best, threadSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {count:N0} answers, {seconds:F2} s CPU, {seconds * 1e6 / count:F1} us per answer ({threadSeconds * 1e6 / count:F1} us this thread), {count / seconds:N0} answers/s, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / count:N0} bytes allocated per answer, {flagged / 20} of 1,000 flagged"));
        }

        var total = 20 * answers.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best run, this thread: {best * 1e6 / total:F2} us per answer, {total / best:N0} answers/s"));
    }
}
