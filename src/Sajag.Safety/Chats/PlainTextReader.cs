namespace Sajag.Safety.Chats;

/// <summary>Text pasted by hand: "Name: message" on each line, or lines with no names at all.</summary>
internal static class PlainTextReader
{
    private const int MaxNameLength = 40;

    // Most distinct names counted; a file with more is not a conversation between named people.
    private const int MaxNames = 10_000;

    /// <summary>What the first pass learns: which names are real.</summary>
    internal sealed class Profile
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public int Lines { get; set; }

        public int Named { get; set; }

        public bool AnyNames { get; set; }

        // Names are real when they repeat, or when most lines carry one; "note: bring the form" once is a message.
        public bool IsName(string? n) =>
            n is not null && Counts.TryGetValue(n, out var count) && (count >= 2 || Named * 2 >= Lines) && Counts.Count <= Math.Max(3, (Named * 2 + 2) / 3);
    }

    public static Profile Scan(TextSource source, CancellationToken cancellationToken)
    {
        var profile = new Profile();
        using var reader = source.OpenText();
        foreach (var line in Trimmed(reader, cancellationToken))
        {
            profile.Lines++;
            if (NameOf(line) is { } name)
            {
                profile.Named++;
                if (profile.Counts.TryGetValue(name, out var count))
                {
                    profile.Counts[name] = count + 1;
                }
                else if (profile.Counts.Count <= MaxNames)
                {
                    profile.Counts[name] = 1;
                }
            }
        }

        profile.AnyNames = profile.Counts.Keys.Any(profile.IsName);
        return profile;
    }

    public static IEnumerable<RawMessage> Messages(TextSource source, Profile profile, CancellationToken cancellationToken)
    {
        using var reader = source.OpenText();
        string? author = null;
        var body = new System.Text.StringBuilder();
        var open = false;
        foreach (var line in Trimmed(reader, cancellationToken))
        {
            var name = NameOf(line);
            if (profile.AnyNames && profile.IsName(name))
            {
                if (open)
                {
                    yield return new RawMessage(author, body.ToString(), null, MessageKind.Text);
                }

                (author, open) = (name, true);
                body.Clear().Append(line[(name!.Length + 1)..].TrimStart());
            }
            else if (profile.AnyNames && open)
            {
                if (body.Length < WhatsAppReader.MaxMessageChars)
                {
                    body.Append('\n').Append(line);
                }
            }
            else
            {
                if (open)
                {
                    yield return new RawMessage(author, body.ToString(), null, MessageKind.Text);
                }

                (author, open) = (null, true);
                body.Clear().Append(line);
            }
        }

        if (open)
        {
            yield return new RawMessage(author, body.ToString(), null, MessageKind.Text);
        }
    }

    private static IEnumerable<string> Trimmed(TextReader reader, CancellationToken cancellationToken)
    {
        foreach (var line in TextSource.Lines(reader, cancellationToken))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
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
