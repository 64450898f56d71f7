using System.Globalization;
using Sajag.Web.Features.Live;

namespace Sajag.Bench;

/// <summary>
/// The CPU time of the typed-nickname check on the join path (<see cref="Nicknames.Refusal"/>: the moderation filter, then the
/// post check's full-name rule) per nickname, on this thread: generated pairs typed back, ordinary nicknames, and names.
/// </summary>
internal static class NicknameCpu
{
    public static void Run(int runs)
    {
        string[] typed = ["Rafi", "Nusrat Jahan", "rafi_10", "CoolCat", "Tanvir Hossain", "মেঘলা", "নুসরাত জাহান", "sakib75", "Team Mango", "BaalChal420"];
        var nicknames = Enumerable.Range(0, 1_000).Select(i => i % 2 == 0 ? Nicknames.Generate(i % 4 == 0 ? "bn" : "en") : typed[i % typed.Length]).ToArray();
        var best = double.MaxValue;
        for (var run = 1; run <= runs; run++)
        {
            var thread = ModerationParts.ThreadCpu();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var refused = 0;
            for (var round = 0; round < 20; round++)
            {
                foreach (var nickname in nicknames)
                {
                    refused += Nicknames.Refusal(nickname) is null ? 0 : 1;
                }
            }

            var seconds = ModerationParts.ThreadCpu() - thread;
            best = Math.Min(best, seconds);
            var count = 20 * nicknames.Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {seconds * 1e6 / count:F1} us per nickname, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / count:N0} bytes per nickname, {refused / 20} of 1,000 refused"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best run, this thread: {best * 1e6 / (20 * 1_000):F2} us per nickname"));
    }
}
