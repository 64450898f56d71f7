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

    private enum Order
    {
        DayMonthYear,
        MonthDayYear,
        YearMonthDay,
    }

    /// <summary>Day-first or month-first, decided from the whole file: a day above 12 settles it; otherwise the order in which dates only move forward.</summary>
    private static Order DateOrder(List<Header> all)
    {
        var headers = all.Where(h => h.Named is null).ToList();
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
        var time = h.TimeText.Split(':', '.');
        var hour = int.Parse(time[0], CultureInfo.InvariantCulture);
        var minute = int.Parse(time[1], CultureInfo.InvariantCulture);
        var second = time.Length > 2 ? int.Parse(time[2], CultureInfo.InvariantCulture) : 0;
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

            // Among equally common splits the shortest wins ("Karim: Note: bring the form" is Karim's), unless the name
            // starts with a title and a colon ("Dr: Rahim").
            var best = list.Max(n => counts[n]);
            var tied = list.Where(n => counts[n] == best).ToList();
            var shortest = tied.MinBy(n => n.Length)!;
            authors[i] = best >= 2 && Titles.Contains(shortest.TrimEnd('.')) ? tied.MaxBy(n => n.Length) : shortest;
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
    private static bool IsSystemName(string name) => SystemVerbs.Any(v => name.Contains(v, StringComparison.Ordinal));

    private static string StripMarks(string s) => s.Replace("\u200E", "", StringComparison.Ordinal).Replace("\u200F", "", StringComparison.Ordinal);

    private static bool IsSystem(string text) => SystemPhrases.Any(p => text.Contains(p, StringComparison.Ordinal)) && text.Length < 300;

    private static bool IsMedia(string text) => MediaPhrases.Any(p => text.StartsWith(p, StringComparison.Ordinal) || (text.Length < 40 && text.Contains(p, StringComparison.Ordinal)));

    private static bool IsDeleted(string text) => DeletedPhrases.Any(p => text.StartsWith(p, StringComparison.Ordinal));
}
