using System.Globalization;
using System.Text;
using Sajag.Safety.Check;
using Sajag.Safety.Lexicons;
using Sajag.Safety.Normalise;
using Sajag.Safety.Posts;

namespace Sajag.Bench;

/// <summary>
/// Every result of the conversation check (on each tuning chat), of each lexicon section and of the post check (on the tuning
/// drafts, answers and chat lines, and disguised copies), one line each: two dumps made before and after a change to the
/// expressions must be the same file.
/// </summary>
/// <remarks>Reads only the tuning parts and the development chats (never a blind part).</remarks>
internal static class DetectorsDump
{
    // A fixed date, so dumps made on different days compare line by line.
    private static readonly DateOnly DumpDate = new(2026, 12, 8);

    public static void Run(string root, string output)
    {
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        var chats = 0;
        foreach (var folder in new[] { Path.Join(root, "eval", "conversations", "tuning"), Path.Join(root, "..", "shared", "eval", "conversations") })
        {
            foreach (var row in File.ReadLines(Path.Join(folder, "labels.tsv")).Skip(1).Select(l => l.Split('\t')))
            {
                var outcome = ChatCheck.RunFile(Path.Join(folder, row[0]), row[1]);
                writer.WriteLine($"chat {row[0]}: " + (outcome.Result is { } result ? CheckReport.From(result).ToJson() : $"{outcome.ReadError?.Message} {outcome.MeError}"));
                chats++;
            }
        }

        var texts = Texts(root).ToList();
        foreach (var (text, language) in texts)
        {
            var normalised = TextNormaliser.Normalise(text);
            var sections = Lexicon.Default.Sections.Select(s => (s, Lexicon.Default.Find(s, normalised))).Where(p => p.Item2 is not null).Select(p => $"{p.s}={p.Item2}");
            var posts = PostCheck.Run(text, DumpDate, language).Findings.Select(f => $"{f.Kind}@{f.Start}+{f.Length}={f.Text}/{f.Why}");
            writer.WriteLine($"{string.Join(";", sections)} || {string.Join(";", posts)}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{chats:N0} chats and {texts.Count:N0} texts written to {output}"));
    }

    private static IEnumerable<(string Text, string Language)> Texts(string root)
    {
        var rows = File.ReadLines(Path.Join(root, "eval", "posts", "tuning.tsv")).Skip(1).Select(l => l.Split('\t')).Select(c => (c[3], c[1]))
            .Concat(File.ReadLines(Path.Join(root, "eval", "moderation", "tuning.tsv")).Skip(1).Select(l => l.Split('\t')).Select(c => (c[5], c[1])))
            .Concat(Directory.EnumerateFiles(Path.Join(root, "eval", "conversations", "tuning"), "*.txt").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadLines).Select(l => (l.Length > 400 ? l[..400] : l, "en")))
            .ToList();
        var random = new Random(17);
        foreach (var (row, language) in rows)
        {
            yield return (row, language is "bn" ? "bn" : "en");
            var at = random.Next(row.Length + 1);
            var other = rows[random.Next(rows.Count)].Item1;
            yield return (row[..at] + " " + other + " " + row[at..], "en");
        }
    }
}
