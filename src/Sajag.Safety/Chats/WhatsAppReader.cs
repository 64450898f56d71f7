using System.Globalization;
using System.Text.RegularExpressions;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Chats;

/// <summary>
/// WhatsApp's "Export chat" text, from Android ("12/03/2024, 21:05 - Name: text") and iOS
/// ("[12/03/2024, 9:05:10 PM] Name: text"), in any of the date and time shapes phones write.
/// </summary>
internal static partial class WhatsAppReader
{
    private const string Date = @"(?<d>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})";

    // 12- or 24-hour time; before am/pm a space, U+202F (newer Android), U+00A0 or a direction mark.
    private const string Time = @"(?<t>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?:[\s\u202F\u00A0\u200E\u200F]*(?<ap>[AaPp]\.?\s?[Mm]\.?|পূর্বাহ্ণ|অপরাহ্ণ|পূর্বাহ্ন|অপরাহ্ন))?";

    [GeneratedRegex(@"^" + Date + @",?[\s\u00A0]" + Time + @"[\s\u202F\u00A0]?[-–][\s\u00A0](?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AndroidHeader();

    [GeneratedRegex(@"^\[" + Date + @",?[\s\u00A0]" + Time + @"\][\s\u00A0]?(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IosHeader();

    private static readonly string[] SystemPhrases =
    [
        "Messages and calls are end-to-end encrypted", "Messages to this group are now secured", "created group", "created this group",
        " added ", " removed ", " left", "joined using this group", "changed the subject", "changed this group's icon", "changed the group",
        "deleted this group's icon", "changed their phone number", "security code", "now an admin", "Missed voice call", "Missed video call",
        "Voice call", "Video call", "Disappearing messages", "business account", "pinned a message", "এন্ড-টু-এন্ড", "এনক্রিপ্ট",
    ];

    private static readonly string[] MediaPhrases =
    [
        "<Media omitted>", "image omitted", "video omitted", "audio omitted", "sticker omitted", "GIF omitted", "document omitted",
        "Contact card omitted", "<attached:", "(file attached)", "Location:", "live location shared", "<মিডিয়া বাদ দেওয়া হয়েছে>", "মিডিয়া বাদ",
    ];

    private static readonly string[] DeletedPhrases =
    [
        "This message was deleted", "You deleted this message", "এই মেসেজটি মুছে ফেলা হয়েছে", "আপনি এই মেসেজটি মুছে দিয়েছেন",
    ];

    /// <summary>Whether the text's first lines are WhatsApp message headers.</summary>
    public static bool Recognises(string text)
    {
        var lines = 0;
        foreach (var line in Lines(text))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (ParseHeader(line) is not null)
            {
                return true;
            }

            if (++lines >= 5)
            {
                return false;
            }
        }

        return false;
    }

    public static Chat Read(string text, string? title)
    {
        var headers = new List<Header>();
        var bodies = new List<List<string>>();
        foreach (var line in Lines(text))
        {
            if (ParseHeader(line) is { } header)
            {
                headers.Add(header);
                bodies.Add([header.Rest]);
            }
            else if (bodies.Count > 0)
            {
                bodies[^1].Add(line);
            }
        }

        var order = DateOrder(headers);
        var authors = ChooseAuthors(headers.Select(h => h.Rest).ToList());
        var ios = headers.Count(h => h.Ios) * 2 > headers.Count;
        var messages = new List<(string?, string, DateTime?, MessageKind)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var author = authors[i];
            if (author is null)
            {
                continue; // a system line: "X created group", the encryption notice
            }

            var first = headers[i].Rest[Math.Min(headers[i].Rest.Length, author.Length + 2)..];
            var body = string.Join('\n', bodies[i].Skip(1).Prepend(first));
            var plain = StripMarks(body).Trim();
            if (body.TrimStart().StartsWith('\u200E') && IsSystem(plain) && !IsMedia(plain))
            {
                continue; // iOS writes group events and the encryption notice under the chat's own name
            }

            if (IsSystem(plain) && plain.Length < 200 && plain.StartsWith("Messages and calls", StringComparison.Ordinal))
            {
                continue;
            }

            if (plain is "Missed voice call" or "Missed video call" or "Voice call" or "Video call")
            {
                continue;
            }

            var kind = IsDeleted(plain) ? MessageKind.Deleted : IsMedia(plain) ? MessageKind.Media : MessageKind.Text;
            messages.Add((StripMarks(author).Trim(), plain, When(headers[i], order), kind));
        }

        return Chat.From(ios ? "whatsapp-ios" : "whatsapp-android", messages, title);
    }

    private static IEnumerable<string> Lines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            yield return line.TrimEnd('\r');
        }
    }

    private sealed record Header(bool Ios, int A, int B, int C, int LengthA, string TimeText, string? AmPm, string Rest);

    private static Header? ParseHeader(string line)
    {
        var trimmed = line.TrimStart('\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\uFEFF', ' ');
        if (trimmed.Length < 10 || !(Digits.IsDigit(trimmed[0]) || trimmed[0] == '['))
        {
            return null;
        }

        // Bengali digits become ASCII one for one, so offsets into the line still hold.
        var ascii = Digits.ToAscii(trimmed);
        var ios = ascii[0] == '[';
        var match = ios ? IosHeader().Match(ascii) : AndroidHeader().Match(ascii);
        if (!match.Success)
        {
            return null;
        }

        var parts = match.Groups["d"].Value.Split('.', '/', '-');
        if (parts.Length != 3)
        {
            return null;
        }

        var rest = trimmed[match.Groups["rest"].Index..];
        return new Header(ios, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture), parts[0].Length, match.Groups["t"].Value,
            match.Groups["ap"].Success ? match.Groups["ap"].Value : null, rest);
    }

    private enum Order
    {
        DayMonthYear,
        MonthDayYear,
        YearMonthDay,
    }

    /// <summary>Day-first or month-first, decided from the whole file: a day above 12 settles it; otherwise the order in which dates only move forward.</summary>
    private static Order DateOrder(List<Header> headers)
    {
        if (headers.Count == 0 || headers.Count(h => h.LengthA == 4) * 2 > headers.Count)
        {
            return Order.YearMonthDay;
        }

        var firstOver12 = headers.Any(h => h.A > 12);
        var secondOver12 = headers.Any(h => h.B > 12);
        if (firstOver12 != secondOver12)
        {
            return firstOver12 ? Order.DayMonthYear : Order.MonthDayYear;
        }

        if (firstOver12)
        {
            return Order.DayMonthYear; // inconsistent file: Bangladesh writes day first
        }

        int backwardsDmy = 0, backwardsMdy = 0;
        for (var i = 1; i < headers.Count; i++)
        {
            var (p, q) = (headers[i - 1], headers[i]);
            backwardsDmy += Compare(p.C, p.B, p.A, q.C, q.B, q.A) > 0 ? 1 : 0;
            backwardsMdy += Compare(p.C, p.A, p.B, q.C, q.A, q.B) > 0 ? 1 : 0;
        }

        return backwardsMdy < backwardsDmy ? Order.MonthDayYear : Order.DayMonthYear;
    }

    private static int Compare(int y1, int m1, int d1, int y2, int m2, int d2) =>
        y1 != y2 ? y1.CompareTo(y2) : m1 != m2 ? m1.CompareTo(m2) : d1.CompareTo(d2);

    private static DateTime? When(Header h, Order order)
    {
        var (year, month, day) = order switch
        {
            Order.YearMonthDay => (h.A, h.B, h.C),
            Order.MonthDayYear => (h.C, h.A, h.B),
            _ => (h.C, h.B, h.A),
        };
        if (year < 100)
        {
            year += 2000;
        }

        var time = h.TimeText.Split(':', '.');
        var hour = int.Parse(time[0], CultureInfo.InvariantCulture);
        var minute = int.Parse(time[1], CultureInfo.InvariantCulture);
        var second = time.Length > 2 ? int.Parse(time[2], CultureInfo.InvariantCulture) : 0;
        if (h.AmPm is { } ap)
        {
            var pm = ap[0] is 'p' or 'P' || ap.StartsWith("অপ", StringComparison.Ordinal);
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (month is < 1 or > 12 || day < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
    }

    /// <summary>
    /// Where each line's author ends. A name may itself hold ": " ("Dr: Rahim"), so among the possible splits the one that
    /// most lines share wins; a line with no ": " at all is a system line.
    /// </summary>
    private static string?[] ChooseAuthors(List<string> rests)
    {
        var candidates = rests.Select(Candidates).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in candidates.SelectMany(c => c).Distinct())
        {
            counts[name] = 0;
        }

        foreach (var list in candidates)
        {
            foreach (var name in list)
            {
                counts[name]++;
            }
        }

        var authors = new string?[rests.Count];
        for (var i = 0; i < rests.Count; i++)
        {
            var list = candidates[i];
            if (list.Count == 0)
            {
                continue;
            }

            var best = list.Max(n => counts[n]);
            var tied = list.Where(n => counts[n] == best).ToList();
            authors[i] = best >= 2 ? tied.MaxBy(n => n.Length) : tied.MinBy(n => n.Length);
        }

        return authors;
    }

    private static List<string> Candidates(string rest)
    {
        var list = new List<string>(3);
        var from = 0;
        while (list.Count < 3)
        {
            var at = rest.IndexOf(": ", from, StringComparison.Ordinal);
            if (at < 0)
            {
                if (rest.EndsWith(':') && rest.Length - 1 <= 80 && list.Count == 0)
                {
                    list.Add(rest[..^1]);
                }

                break;
            }

            if (at > 80)
            {
                break;
            }

            if (at > 0)
            {
                list.Add(rest[..at]);
            }

            from = at + 2;
        }

        return list;
    }

    private static string StripMarks(string s) => s.Replace("\u200E", "", StringComparison.Ordinal).Replace("\u200F", "", StringComparison.Ordinal);

    private static bool IsSystem(string text) => SystemPhrases.Any(p => text.Contains(p, StringComparison.Ordinal)) && text.Length < 300;

    private static bool IsMedia(string text) => MediaPhrases.Any(p => text.StartsWith(p, StringComparison.Ordinal) || (text.Length < 40 && text.Contains(p, StringComparison.Ordinal)));

    private static bool IsDeleted(string text) => DeletedPhrases.Any(p => text.StartsWith(p, StringComparison.Ordinal));
}
