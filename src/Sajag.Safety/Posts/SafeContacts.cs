namespace Sajag.Safety.Posts;

/// <summary>
/// Contact details a young person may rightly pass on: the helplines of the content pack (numbers, emails, links). The
/// contact detector never reports them. Built from the pack by its host (the web app, the command line); the library
/// itself knows no number.
/// </summary>
public sealed class SafeContacts
{
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _addresses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sites = new(StringComparer.Ordinal);

    /// <summary>Nothing is safe: every contact detail is reported.</summary>
    public static SafeContacts None { get; } = new([]);

    /// <summary>Safe contacts from the texts the pack gives for its helplines (number, address, and any link or email its texts name).</summary>
    public SafeContacts(IEnumerable<string> helplineTexts)
    {
        ArgumentNullException.ThrowIfNull(helplineTexts);
        foreach (var text in helplineTexts)
        {
            var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length >= 3 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+'))
            {
                _numbers.Add(digits);
                if (digits.StartsWith('0'))
                {
                    _numbers.Add("88" + digits);
                }

                continue;
            }

            var found = new List<Candidate>();
            ContactRules.Find(text, found);
            foreach (var c in found.Where(c => c.Kind is DetailKind.Email or DetailKind.Link))
            {
                var address = Address(text[c.Start..c.End]);
                _addresses.Add(address);
                if (c.Kind == DetailKind.Link && !address.Contains('/', StringComparison.Ordinal))
                {
                    // A whole site (https://takeitdown.ncmec.org): every page of it is safe.
                    _sites.Add(address);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="detail"/>, found as <paramref name="kind"/>, is one of the safe contacts.</summary>
    public bool Contains(string detail, DetailKind kind)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return kind switch
        {
            DetailKind.Phone => _numbers.Contains(new string(detail.Where(char.IsAsciiDigit).ToArray())),
            DetailKind.Email => _addresses.Contains(Address(detail)),
            DetailKind.Link => _addresses.Contains(Address(detail)) || _sites.Contains(Address(detail).Split('/', '?', '#')[0]),
            _ => false,
        };
    }

    // "https://www.Facebook.com/PCSW.PHQ/" and "facebook.com/pcsw.phq" are the same address.
    private static string Address(string detail)
    {
        var lower = detail.ToLowerInvariant().TrimEnd('/', '.');
        var scheme = lower.IndexOf("://", StringComparison.Ordinal);
        lower = scheme >= 0 ? lower[(scheme + 3)..] : lower;
        return lower.StartsWith("www.", StringComparison.Ordinal) ? lower[4..] : lower;
    }
}
