using System.Text;
using Sajag.Safety.Evaluation;

namespace Sajag.Tests.Fixtures;

/// <summary>
/// The texts the equivalence tests and the bench's dumps compare two paths on: the tuning answers and drafts (and, when asked,
/// the tuning chats' lines cut to an answer's length), each followed by copies with a random insertion put in. One builder
/// (linked into Sajag.Bench), so the tests and the dumps read the same corpus the same way.
/// </summary>
/// <remarks>Reads only the tuning parts (never a blind part).</remarks>
internal static class TuningTexts
{
    /// <summary>The texts of eval/moderation/tuning.tsv and eval/posts/tuning.tsv, then with <paramref name="chatLines"/> every line of the tuning chats (at most 280 characters).</summary>
    public static List<string> Rows(string root, bool chatLines)
    {
        string Eval(params string[] parts) => Path.Join([root, "eval", .. parts]);
        var rows = LabelledRows.Read(Eval("moderation", "tuning.tsv"), "text").Select(r => r["text"])
            .Concat(LabelledRows.Read(Eval("posts", "tuning.tsv"), "text").Select(r => r["text"]));
        if (chatLines)
        {
            rows = rows.Concat(Directory.EnumerateFiles(Eval("conversations", "tuning"), "*.txt").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadLines).Select(l => l.Length > 280 ? l[..280] : l));
        }

        return rows.ToList();
    }

    /// <summary>
    /// Each row, then a copy with one of <paramref name="insertions"/> put in at a random place between spaces, one with another
    /// put in with none, and with <paramref name="disguised"/> one with its letters stretched, starred, upper-cased or spaced out;
    /// then each insertion alone. The same seed every time, so two runs read the same texts.
    /// </summary>
    public static IEnumerable<string> WithInsertions(IReadOnlyList<string> rows, IReadOnlyList<string> insertions, bool disguised = false)
    {
        var random = new Random(17);
        foreach (var row in rows)
        {
            yield return row;
            var at = random.Next(row.Length + 1);
            yield return row[..at] + " " + insertions[random.Next(insertions.Count)] + " " + row[at..];
            yield return row[..at] + insertions[random.Next(insertions.Count)] + row[at..];
            if (disguised)
            {
                yield return Disguise(row, random);
            }
        }

        foreach (var insertion in insertions)
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
