namespace Sajag.Safety.Chats;

/// <summary>Text pasted by hand: "Name: message" on each line, or lines with no names at all.</summary>
internal static class PlainTextReader
{
    private const int MaxNameLength = 40;

    public static Chat Read(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r').Trim()).Where(l => l.Length > 0).ToList();
        var names = lines.Select(NameOf).ToList();
        var counts = names.Where(n => n is not null).GroupBy(n => n!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var named = names.Count(n => n is not null);

        // Names are real when they repeat, or when most lines carry one; "note: bring the form" once is a message.
        bool IsName(string? n) => n is not null && (counts[n] >= 2 || named * 2 >= lines.Count) && counts.Count <= Math.Max(3, (named * 2 + 2) / 3);

        var messages = new List<(string? Author, List<string> Lines)>();
        var anyNames = names.Any(IsName);
        for (var i = 0; i < lines.Count; i++)
        {
            if (anyNames && IsName(names[i]))
            {
                messages.Add((names[i], [lines[i][(names[i]!.Length + 1)..].TrimStart()]));
            }
            else if (anyNames && messages.Count > 0)
            {
                messages[^1].Lines.Add(lines[i]);
            }
            else
            {
                messages.Add((null, [lines[i]]));
            }
        }

        return Chat.From("plain", messages.Select(m => (m.Author, string.Join('\n', m.Lines), (DateTime?)null, MessageKind.Text)));
    }

    private static string? NameOf(string line)
    {
        var at = line.IndexOf(':', StringComparison.Ordinal);
        if (at <= 0 || at > MaxNameLength || (at + 1 < line.Length && line[at + 1] != ' '))
        {
            return null; // "10:30", "https://..." and long sentences are not names
        }

        var name = line[..at].Trim();
        return name.Length == 0 || name.Contains("http", StringComparison.OrdinalIgnoreCase) || name.Count(c => c == ' ') > 4 ? null : name;
    }
}
