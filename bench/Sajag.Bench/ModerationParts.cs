using System.Globalization;
using System.Runtime.InteropServices;
using Sajag.Safety.Moderation;
using Sajag.Safety.Moderation.Learned;
using Sajag.Safety.Normalise;
using Sajag.Safety.Posts;

namespace Sajag.Bench;

/// <summary>
/// The CPU time of each part of the moderation filter on <see cref="ModerationBenchmarks"/>' answers, one part at a time over
/// every answer (personal details, skeleton, word list, harm rules, and the whole check), to find what dominates: the least
/// of five repeats, in this thread's CPU time.
/// </summary>
internal static class ModerationParts
{
    public static void Run(int rounds)
    {
        var answers = ModerationBenchmarks.Generate(1_000);
        for (var warm = 0; warm < 30; warm++)
        {
            foreach (var answer in answers)
            {
                Moderator.Check(answer);
            }
        }

        var skeletons = answers.Select(Skeleton.Build).ToArray();
        Time("details (contact + address)", rounds, answers, a => DetailRules.Find(a, null).Count);
        Time("  contact rules", rounds, answers, a =>
        {
            var found = new List<Candidate>();
            ContactRules.Find(a, found, anyLandLine: true, null);
            return found.Count;
        });
        Time("  address rules", rounds, answers, a =>
        {
            var found = new List<Candidate>();
            Rules.Find(a, found, DetailKind.Address);
            return found.Count;
        });
        Time("  presence addresses", rounds, answers, a =>
        {
            var found = new List<Candidate>();
            PresenceRules.FindAddresses(a, found);
            return found.Count;
        });
        Time("  identity needs", rounds, answers, a => DetailRules.IdentityNeedsHold(a) ? 1 : 0);
        Time("  names may be found", rounds, answers, a => NameRules.MayFind(a) ? 1 : 0);
        Time("  names beside schools", rounds, answers, a => DetailRules.IdentityNeedsHold(a) ? PersonalDetailFinder.FindIdentity(a).Count : 0);
        var k = 0;
        foreach (var rule in Rules.All)
        {
            k++;
            if (rule.Kind == DetailKind.Address)
            {
                Time($"    address rule {k}", rounds, answers, a => rule.Needs?.MayMatch(a) == false ? 0 : rule.Pattern.Count(a));
            }
        }

        Time("skeleton", rounds, answers, a => Skeleton.Build(a).Text.Length);
        var i = 0;
        Time("word list", rounds, answers, _ => WordList.Default.Find(skeletons[i++ % skeletons.Length]).Count);
        i = 0;
        Time("harm rules", rounds, answers, a =>
        {
            var words = new List<(ModerationReason, int, int)>();
            HarmRules.Apply(skeletons[i++ % skeletons.Length], a, words);
            return words.Count;
        });
        i = 0;
        Time("rules, no result built", rounds, answers, a =>
        {
            var details = DetailRules.Find(a, null);
            var skeleton = Skeleton.Build(a);
            var words = WordList.Default.Find(skeleton);
            HarmRules.Apply(skeleton, a, words);
            return details.Count + words.Count;
        });
        Time("whole check, rules alone", rounds, answers, a => Moderator.Check(a, null, null).Flagged ? 1 : 0);
        Time("model: normaliser", rounds, answers, a => TextNormaliser.Normalise(a).Text.Length);
        var normalised = answers.Select(TextNormaliser.Normalise).ToArray();
        i = 0;
        Time("model: probability", rounds, answers, _ => LinearModel.Default!.Probability(normalised[i++ % normalised.Length]) > 0.5 ? 1 : 0);
        Time("model: fast path (normalise into a buffer, probability)", rounds, answers, a => LinearModel.Default!.ProbabilityOf(a) > 0.5 ? 1 : 0);
        Time("whole check", rounds, answers, a => Moderator.Check(a).Flagged ? 1 : 0);
    }

    // This thread's CPU time in seconds: the JIT and the GC's threads, which the process's time counts, are left out.
    internal static double ThreadCpu()
    {
        _ = ClockGetTime(3, out var time); // CLOCK_THREAD_CPUTIME_ID
        return time.Seconds + time.Nanoseconds / 1e9;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    // The least CPU time of five repeats of the rounds: on a shared machine the other processes only ever add time.
    private static void Time(string part, int rounds, string[] answers, Func<string, int> work)
    {
        var sink = 0;
        foreach (var answer in answers)
        {
            sink += work(answer);
        }

        var best = double.MaxValue;
        long bytes = 0;
        for (var repeat = 0; repeat < 5; repeat++)
        {
            var cpu = ThreadCpu();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var answer in answers)
                {
                    sink += work(answer);
                }
            }

            best = Math.Min(best, ThreadCpu() - cpu);
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        }

        var count = rounds * answers.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{part,-32} {best * 1e6 / count,6:F2} us  {bytes / count,7:N0} B  (sink {sink})"));
    }
}
