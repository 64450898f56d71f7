using System.Globalization;
using System.Text;
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

    private static IEnumerable<string> Texts(string root)
    {
        var rows = File.ReadLines(Path.Join(root, "eval", "moderation", "tuning.tsv")).Skip(1).Select(l => l.Split('\t')[5])
            .Concat(File.ReadLines(Path.Join(root, "eval", "posts", "tuning.tsv")).Skip(1).Select(l => l.Split('\t')[3]))
            .Concat(Directory.EnumerateFiles(Path.Join(root, "eval", "conversations", "tuning"), "*.txt").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadLines).Select(l => l.Length > 280 ? l[..280] : l))
            .Concat(ModerationBenchmarks.Generate(64))
            .ToList();
        var random = new Random(17);
        foreach (var row in rows)
        {
            yield return row;
            var at = random.Next(row.Length + 1);
            yield return row[..at] + " " + Insertions[random.Next(Insertions.Length)] + " " + row[at..];
            yield return row[..at] + Insertions[random.Next(Insertions.Length)] + row[at..];
            yield return Disguise(row, random);
        }

        foreach (var insertion in Insertions)
        {
            yield return insertion;
        }
    }

    // Letters stretched, starred, upper-cased or spelt out one by one, at random.
    private static string Disguise(string row, Random random)
    {
        var builder = new StringBuilder(row.Length + 16);
        foreach (var c in row)
        {
            var roll = random.Next(40);
            builder.Append(roll switch
            {
                0 => new string(c, 3),
                1 when char.IsLetter(c) => "*",
                2 => char.ToUpperInvariant(c).ToString(),
                3 when char.IsLetter(c) => c + " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
