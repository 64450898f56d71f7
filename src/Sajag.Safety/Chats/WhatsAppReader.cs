using System.Globalization;
using System.Text.RegularExpressions;

namespace Sajag.Safety.Chats;

/// <summary>
/// WhatsApp's "Export chat" text, from Android ("12/03/2024, 21:05 - Name: text") and iOS
/// ("[12/03/2024, 9:05:10 PM] Name: text"), in any of the date and time shapes phones write.
/// </summary>
internal static partial class WhatsAppReader
{
    // Direction marks that Arabic and Hebrew phones put between the parts of a date.
    private const string Marks = @"[\u200E\u200F\u061C]*";

    // Numbers: day, month and year in any order; a year may carry a Japanese era ("R4") or the Buddhist "BE".
    private const string NumericDate = @"(?<a>[0-9]{1,4})" + Marks + @"[./-]" + Marks + @"(?<b>[0-9]{1,2})" + Marks + @"[./-]" + Marks + @"(?<era>[RHST])?(?<c>[0-9]{1,4})(?<be>\s?B\.?E\.?)?";

    // A month's name: "Mar 5", "Mar 5, 2024", "18 Mar", "28 Aug 2013".
    private const string NamedDate = @"(?:(?<mon>[A-Za-z]{3,9})\.?\s(?<day>[0-9]{1,2})(?:,?\s(?<year>[0-9]{4}))?|(?<day>[0-9]{1,2})\s(?<mon>[A-Za-z]{3,9})\.?(?:\s(?<year>[0-9]{4}))?)";

    private const string Date = "(?:" + NumericDate + "|" + NamedDate + ")";

    // 12- or 24-hour time; before am/pm a space, U+202F (newer Android), U+00A0 or a direction mark; am/pm in English, Bangla, Arabic, Vietnamese.
    private const string Time = @"(?<t>[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2})?)(?:[\s\u202F\u00A0\u200E\u200F]*(?<ap>[AaPp]\.?\s?[Mm]\.?|পূর্বাহ্ণ|অপরাহ্ণ|পূর্বাহ্ন|অপরাহ্ন|ص|م|SA|CH))?";

    // Date then time ("12/03/2024, 21:05"), or time then date ("19:23, 28 Aug 2013").
    private const string Stamp = "(?:" + Date + Marks + @"[,،]?" + Marks + @"[\s\u00A0]" + Marks + Time + "|" + Time + @",?[\s\u00A0]" + Date + ")" + Marks;

    [GeneratedRegex(@"^" + Stamp + @"[\s\u202F\u00A0]?[-–][\s\u00A0](?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AndroidHeader();

    [GeneratedRegex(@"^\[" + Stamp + @"\][\s\u00A0]?(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IosHeader();

    // Old iOS: "7/1/16, 4:56:55 PM: Name: text".
    [GeneratedRegex(@"^" + Stamp + @": (?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OldIosHeader();

    private static readonly HashSet<string> Titles = new(["Dr", "Mr", "Mrs", "Ms", "Md", "Prof", "Engr", "Adv", "Sir"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] SystemVerbs =
    [
        " changed ", " added ", " removed ", " created ", " joined ", " left ", " deleted ", " turned ", " pinned ", " started ", " reset ",
        " settings", "end-to-end", "security code",
    ];

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

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

    /// <summary>The longest message kept; the rest of a longer one is left out (WhatsApp itself allows 65,536 characters).</summary>
    public const int MaxMessageChars = 65536;

    /// <summary>Most distinct author names counted; past that a new name is no longer counted (a damaged or hostile file).</summary>
    private const int MaxNames = 10_000;

    /// <summary>What one pass over the file learns before any message is given: the date order and how common each possible author is.</summary>
    internal sealed class Profile
    {
        internal Order Order { get; set; }

        internal Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public bool Ios { get; set; }
    }

    /// <summary>The first pass: date order, iOS or Android, and the possible authors' counts.</summary>
    public static Profile Scan(TextSource source, CancellationToken cancellationToken)
    {
        var profile = new Profile();
        var dates = new DateOrderTally();
        int headers = 0, ios = 0;
        using var reader = source.OpenText();
        foreach (var line in TextSource.Lines(reader, cancellationToken))
        {
            if (ParseHeader(line) is not { } header)
            {
                continue;
            }

            headers++;
            ios += header.Ios ? 1 : 0;
            dates.Add(header);
            foreach (var name in Candidates(header.Rest))
            {
                if (profile.Counts.TryGetValue(name, out var count))
                {
                    profile.Counts[name] = count + 1;
                }
                else if (profile.Counts.Count < MaxNames)
                {
                    profile.Counts[name] = 1;
                }
            }
        }

        profile.Order = dates.Order;
        profile.Ios = ios * 2 > headers;
        return profile;
    }

    /// <summary>The second pass: the messages, one at a time.</summary>
    public static IEnumerable<RawMessage> Messages(TextSource source, Profile profile, CancellationToken cancellationToken)
    {
        using var reader = source.OpenText();
        Header? current = null;
        var body = new System.Text.StringBuilder();
        foreach (var line in TextSource.Lines(reader, cancellationToken))
        {
            if (ParseHeader(line) is { } header)
            {
                if (current is not null && Message(current, body, profile) is { } message)
                {
                    yield return message;
                }

                current = header;
                body.Clear();
            }
            else if (current is not null && body.Length < MaxMessageChars)
            {
                body.Append('\n').Append(line, 0, Math.Min(line.Length, MaxMessageChars - body.Length));
            }
        }

        if (current is not null && Message(current, body, profile) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>A header and its continuation lines as a message, or null for a system line.</summary>
    private static RawMessage? Message(Header header, System.Text.StringBuilder more, Profile profile)
    {
        var author = ChooseAuthor(Candidates(header.Rest), profile.Counts);
        if (author is null)
        {
            return null; // a system line: "X created group", the encryption notice
        }

        var first = header.Rest[Math.Min(header.Rest.Length, author.Length + 2)..];
        var body = more.Length == 0 ? first : first + more.ToString();
        var plain = StripMarks(body).Trim();
        if (body.TrimStart().StartsWith('\u200E') && IsSystem(plain) && !IsMedia(plain))
        {
            return null; // iOS writes group events and the encryption notice under the chat's own name
        }

        if (plain.Length < 200 && plain.StartsWith("Messages and calls", StringComparison.Ordinal) && IsSystem(plain))
        {
            return null;
        }

        if (plain is "Missed voice call" or "Missed video call" or "Voice call" or "Video call")
        {
            return null;
        }

        var kind = IsDeleted(plain) ? MessageKind.Deleted : IsMedia(plain) ? MessageKind.Media : MessageKind.Text;
        return new RawMessage(StripMarks(author).Trim(), plain, When(header, profile.Order), kind);
    }

    private static IEnumerable<string> Lines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            yield return line.TrimEnd('\r');
        }
    }

    /// <summary>A message's first line. A, B, C are the numeric date's parts as written (C already a Gregorian year when it carried an era); a date with a month's name is settled at once.</summary>
    private sealed record Header(bool Ios, int A, int B, int C, int LengthA, string TimeText, string? AmPm, string Rest, DateOnly? Named = null, bool NoYear = false);

    private static Header? ParseHeader(string line)
    {
        var trimmed = line.TrimStart('\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\uFEFF', ' ');
        if (trimmed.Length < 10 || !(char.IsDigit(trimmed[0]) || trimmed[0] == '[' || char.IsAsciiLetter(trimmed[0])))
        {
            return null;
        }

        // Every script's digits (Bengali, Arabic-Indic, Devanagari...) become ASCII one for one, so offsets into the line still hold.
        var ascii = AsciiDigits(trimmed);
        if (Plain(ascii, trimmed) is { } plain)
        {
            return plain;
        }

        var ios = ascii[0] == '[';
        var match = ios ? IosHeader().Match(ascii) : AndroidHeader().Match(ascii);
        if (!match.Success && !ios)
        {
            match = OldIosHeader().Match(ascii);
            ios = match.Success;
        }

        if (!match.Success)
        {
            return null;
        }

        var rest = trimmed[match.Groups["rest"].Index..];
        var time = match.Groups["t"].Value;
        var ap = match.Groups["ap"].Success ? match.Groups["ap"].Value : null;
        if (match.Groups["mon"].Success)
        {
            var month = Array.IndexOf(MonthNames, match.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            var day = Number(match.Groups["day"].Value);
            var hasYear = match.Groups["year"].Success;
            var year = hasYear ? Number(match.Groups["year"].Value) : 2000; // a leap year, so 29 Feb is a date
            if (month == 0 || day is < 1 or > 31 || year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            return new Header(ios, 0, 0, 0, 0, time, ap, rest, new DateOnly(year, month, day), !hasYear);
        }

        var c = Number(match.Groups["c"].Value);
        if (match.Groups["era"].Success)
        {
            // Japanese eras: Reiwa, Heisei, Showa, Taisho.
            c += match.Groups["era"].Value switch { "R" => 2018, "H" => 1988, "S" => 1925, _ => 1911 };
        }
        else if (match.Groups["be"].Success || c >= 2400)
        {
            c -= 543; // the Buddhist calendar (Thailand)
        }

        var a = match.Groups["a"].Value;
        return new Header(ios, Number(a), Number(match.Groups["b"].Value), c, a.Length, time, ap, rest);
    }

    /// <summary>
    /// The usual header ("12/03/2024, 21:05 - ", "[12/03/2024, 9:05:10 PM] ") read without the expression, or null to leave
    /// the line to it. It accepts only lines on which the expression's first try (every part at its longest, no direction
    /// marks, no era, no month name) succeeds, so it gives the very same header; anything else goes to the expression.
    /// </summary>
    private static Header? Plain(string ascii, string trimmed)
    {
        var ios = ascii[0] == '[';
        var i = ios ? 1 : 0;
        if (!Digits(ascii, ref i, 1, 4, out var a, out var lengthA) || !Next(ascii, ref i, '/', '.', '-')
            || !Digits(ascii, ref i, 1, 2, out var b, out _) || !Next(ascii, ref i, '/', '.', '-')
            || !Digits(ascii, ref i, 1, 4, out var c, out _))
        {
            return null;
        }

        Next(ascii, ref i, ',', '،', ',');
        var timeStart = i + 1;
        if (!Next(ascii, ref i, ' ', ' ', ' ') || !Digits(ascii, ref i, 1, 2, out _, out _) || !Next(ascii, ref i, ':', '.', ':') || !Digits(ascii, ref i, 2, 2, out _, out _))
        {
            return null;
        }

        if (Next(ascii, ref i, ':', '.', ':') && !Digits(ascii, ref i, 2, 2, out _, out _))
        {
            return null;
        }

        var time = ascii[timeStart..i];
        string? ap = null;
        var gap = i < ascii.Length && ascii[i] is ' ' or '\u202F' or '\u00A0' ? 1 : 0;
        if (i + gap + 1 < ascii.Length && ascii[i + gap] is 'A' or 'a' or 'P' or 'p' && ascii[i + gap + 1] is 'M' or 'm')
        {
            ap = ascii.Substring(i + gap, 2);
            i += gap + 2;
        }

        var closed = ios
            ? Next(ascii, ref i, ']', ']', ']') && (i >= ascii.Length || !char.IsWhiteSpace(ascii[i]) || Next(ascii, ref i, ' ', ' ', ' '))
            : Next(ascii, ref i, ' ', ' ', ' ') && Next(ascii, ref i, '-', '–', '-') && Next(ascii, ref i, ' ', ' ', ' ');
        if (!closed)
        {
            return null;
        }

        return new Header(ios, a, b, c >= 2400 ? c - 543 : c, lengthA, time, ap, trimmed[i..]);
    }

    /// <summary>A run of ASCII digits at <paramref name="i"/>, whole, of <paramref name="least"/> to <paramref name="most"/> digits.</summary>
    private static bool Digits(string text, ref int i, int least, int most, out int value, out int length)
    {
        var start = i;
        value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            value = i - start < 4 ? value * 10 + (text[i] - '0') : value;
            i++;
        }

        length = i - start;
        return length >= least && length <= most;
    }

    private static bool Next(string text, ref int i, char one, char two, char three)
    {
        if (i < text.Length && (text[i] == one || text[i] == two || text[i] == three))
        {
            i++;
            return true;
        }

        return false;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string AsciiDigits(string text)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, 64));
        var any = false;
        foreach (var ch in span)
        {
            any |= ch > '\u007F' && char.IsDigit(ch);
        }

        if (!any)
        {
            return text;
        }

        return string.Create(text.Length, text, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var ch = source[i];
                target[i] = ch > '\u007F' && char.IsDigit(ch) ? (char)('0' + (int)char.GetNumericValue(ch)) : ch;
            }
        });
    }

    internal enum Order
    {
        DayMonthYear,
        MonthDayYear,
        YearMonthDay,
    }

    /// <summary>Day-first or month-first, decided from the whole file: a day above 12 settles it; otherwise the order in which dates only move forward.</summary>
    private sealed class DateOrderTally
    {
        private int _numeric, _yearFirst, _backwardsDmy, _backwardsMdy;
        private bool _firstOver12, _secondOver12;
        private Header? _previous;

        public void Add(Header h)
        {
            if (h.Named is not null)
            {
                return;
            }

            _numeric++;
            _yearFirst += h.LengthA == 4 ? 1 : 0;
            _firstOver12 |= h.A > 12;
            _secondOver12 |= h.B > 12;
            if (_previous is { } p)
            {
                _backwardsDmy += Compare(p.C, p.B, p.A, h.C, h.B, h.A) > 0 ? 1 : 0;
                _backwardsMdy += Compare(p.C, p.A, p.B, h.C, h.A, h.B) > 0 ? 1 : 0;
            }

            _previous = h;
        }

        public Order Order =>
            _numeric == 0 || _yearFirst * 2 > _numeric ? Order.YearMonthDay
            : _firstOver12 != _secondOver12 ? (_firstOver12 ? Order.DayMonthYear : Order.MonthDayYear)
            : _firstOver12 ? Order.DayMonthYear // inconsistent file: Bangladesh writes day first
            : _backwardsMdy < _backwardsDmy ? Order.MonthDayYear : Order.DayMonthYear;
    }

    private static int Compare(int y1, int m1, int d1, int y2, int m2, int d2) =>
        y1 != y2 ? y1.CompareTo(y2) : m1 != m2 ? m1.CompareTo(m2) : d1.CompareTo(d2);

    private static DateTime? When(Header h, Order order)
    {
        if (h.Named is { } named)
        {
            return h.NoYear ? null : Clock(h, named.Year, named.Month, named.Day);
        }

        var (year, month, day) = order switch
        {
            Order.YearMonthDay => (h.A, h.B, h.C),
            Order.MonthDayYear => (h.C, h.A, h.B),
            _ => (h.C, h.B, h.A),
        };
        return Clock(h, year < 100 ? year + 2000 : year, month, day);
    }

    private static DateTime? Clock(Header h, int year, int month, int day)
    {
        // "9:05", "21.05", "9:05:10": the header's pattern guarantees two or three groups of ASCII digits.
        var time = h.TimeText.AsSpan();
        Span<Range> parts = stackalloc Range[4];
        var count = time.SplitAny(parts, ":.");
        var hour = int.Parse(time[parts[0]], CultureInfo.InvariantCulture);
        var minute = int.Parse(time[parts[1]], CultureInfo.InvariantCulture);
        var second = count > 2 ? int.Parse(time[parts[2]], CultureInfo.InvariantCulture) : 0;
        if (h.AmPm is { } ap)
        {
            var pm = ap[0] is 'p' or 'P' or 'م' || ap is "CH" || ap.StartsWith("অপ", StringComparison.Ordinal);
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
    }

    /// <summary>
    /// Where a line's author ends. A name may itself hold ": " ("Dr: Rahim"), so among the possible splits the one that
    /// most lines share wins; a line with no ": " at all is a system line.
    /// </summary>
    private static string? ChooseAuthor(List<string> list, Dictionary<string, int> counts)
    {
        if (list.Count == 0)
        {
            return null;
        }

        // Among equally common splits the shortest wins ("Karim: Note: bring the form" is Karim's), unless the name
        // starts with a title and a colon ("Dr: Rahim").
        if (list.Count == 1)
        {
            return list[0]; // the usual line: one possible split
        }

        int Count(string n) => counts.TryGetValue(n, out var c) ? c : 1;
        var best = list.Max(Count);
        var tied = list.Where(n => Count(n) == best).ToList();
        var shortest = tied.MinBy(n => n.Length)!;
        return best >= 2 && Titles.Contains(shortest.TrimEnd('.')) ? tied.MaxBy(n => n.Length) : shortest;
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
                if (rest.EndsWith(':') && rest.Length - 1 <= 80 && list.Count == 0 && !IsSystemName(rest[..^1]))
                {
                    list.Add(rest[..^1]);
                }

                break;
            }

            if (at > 80)
            {
                break;
            }

            if (at > 0 && !IsSystemName(rest[..at]))
            {
                list.Add(rest[..at]);
            }

            from = at + 2;
        }

        return list;
    }

    /// <summary>An Android system line holding ": " ("You changed the group description: ...") is not a person.</summary>
    private static bool IsSystemName(string name) => ContainsAny(name, SystemVerbs);

    private static string StripMarks(string s) => s.Replace("\u200E", "", StringComparison.Ordinal).Replace("\u200F", "", StringComparison.Ordinal);

    private static bool IsSystem(string text) => text.Length < 300 && ContainsAny(text, SystemPhrases);

    private static bool IsMedia(string text)
    {
        foreach (var p in MediaPhrases)
        {
            if (text.StartsWith(p, StringComparison.Ordinal) || (text.Length < 40 && text.Contains(p, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeleted(string text)
    {
        foreach (var p in DeletedPhrases)
        {
            if (text.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Loops rather than LINQ: these run on every line of a chat.
    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var p in phrases)
        {
            if (text.Contains(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
