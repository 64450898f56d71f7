using System.Globalization;
using System.Text;
using Sajag.Tests.Fixtures;
using Sajag.Safety.Moderation;
using Sajag.Safety.Moderation.Learned;

namespace Sajag.Bench;

/// <summary>
/// Every finding of the moderation filter (rules alone, rules and the learned model, and the harms the conversation check
/// asks for) on the tuning answers, drafts and chat lines, on the benchmark's answers, and on disguised copies of them, one
/// line each: two dumps made before and after a change to the engine must be the same file.
/// </summary>
/// <remarks>Reads only the tuning parts (never a blind part).</remarks>
internal static class ModerationDump
{
    private static readonly string[] Insertions =
    [
        "01712-345678", "০১৭১২৩৪৫৬৭৮", "rahim at gmail dot com", "fb.com/rahim.k", "@rahim_123", "House 12, Road 5", "f.u.c.k",
        "khanki", "মাগি", "I will kill you", "f***ing", "tor chobi viral kore dibo", "send nudes", "😏", "🔪", "\"you idiot\"",
        "চু দি", "s u c k", "ѕех", "ｆｕｃｋ", "stuuupid", "b!tch", "$ex", "tui ekta gadha", "nobody likes u", "i have ur photos",
    ];

    public static void Run(string root, string output)
    {
        var texts = Texts(root).ToList();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (var text in texts)
        {
            writer.Write(Describe(Moderator.Check(text)));
            writer.Write(" || ");
            writer.Write(Describe(Moderator.Check(text, null, LinearModel.Default)));
            writer.Write(" || ");
            writer.WriteLine(string.Join(";", Moderator.Harms(text).Select(Finding)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{texts.Count:N0} texts written to {output}"));
    }

    private static string Describe(ModerationResult result) =>
        $"{result.Flagged} {string.Join(",", result.Reasons)} | {result.Masked.ReplaceLineEndings("\\n")} | {string.Join(";", result.Findings.Select(Finding))}";

    private static string Finding(ModerationFinding f) => $"{f.Reason}@{f.Start}+{f.Length}/{f.By}/{string.Join(",", f.Cues)}";

    private static IEnumerable<string> Texts(string root) =>
        TuningTexts.WithInsertions(TuningTexts.Rows(root, chatLines: true).Concat(ModerationBenchmarks.Generate(64)).ToList(), Insertions, disguised: true);
}
