using System.Diagnostics;
using System.Globalization;
using Sajag.Safety.Chats;
using Sajag.Safety.Check;

namespace Sajag.Bench;

/// <summary>Reads and checks one export several times on one thread and prints the process CPU time and the bytes allocated per message.</summary>
internal static class CheckCpu
{
    public static void Run(string path, string me, int runs)
    {
        var bytes = File.ReadAllBytes(path);
        var limits = ChatLimits.Default with { MaxBytes = 200L * 1024 * 1024, MaxChatTextBytes = 200L * 1024 * 1024 };
        var process = Process.GetCurrentProcess();
        for (var run = 1; run <= runs; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var outcome = ChatCheck.Run(bytes, Path.GetFileName(path), me, limits);
            process.Refresh();
            var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            var result = outcome.Result ?? throw new InvalidOperationException(outcome.ReadError?.Message ?? outcome.MeError);
            var messages = result.Chat.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {messages:N0} messages, {seconds:F2} s CPU, {messages / seconds:N0} messages/s, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / messages:N0} bytes allocated per message, {result.SignsFound} signs, level {result.Level}"));
        }
    }
}
