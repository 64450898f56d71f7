using System.Text.RegularExpressions;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>Birthdays: a date said to be a birthday, "today is my birthday", "born in 2010".</summary>
internal static class BirthDateRules
{
    private const string Months = "january|february|march|april|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
        + "জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|অগাস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|"
        + "বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র";

    private static readonly Regex Date = Make(
        $@"{L}(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{1,2}}-\d{{1,2}})(?!\d)"
        + $@"|{L}\d{{1,2}}(?:st|nd|rd|th|শে|ই|লা|রা|ঠা)?\s*(?:of\s+)?(?:{Months}){R}\.?(?:,?\s*\d{{4}}(?!\d))?"
        + $@"|{L}(?:{Months}){R}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s*\d{{4}}(?!\d))?");

    private static readonly Regex Cue = Make(
        $@"{L}(?:birthday|b'?day|bday|birth\s*day|date\s+of\s+birth|d\.?o\.?b|born|birth\s*date|জন্ম[\p{{L}}\p{{M}}]*|jonmo\s*din\w*|jonmo\s*tarikh|jonmo\w*|jonmodin\w*|turn(?:s|ing)?\s+\d{{1,2}}\s+on){R}");

    private static readonly Regex Today = Make(
        $@"{L}(?:(?:today|tomorrow)(?:'s|\s+is)?\s+my\s+(?:birthday|b'?day|bday)|my\s+(?:birthday|b'?day|bday)\s+is\s+(?:today|tomorrow)|it's\s+my\s+(?:birthday|b'?day|bday)\s+today"
        + @"|(?:আজ|আজকে|আগামীকাল|কাল|কালকে)\s+আমার\s+জন্মদিন|(?:aj|aaj|ajke|aajke|kal|kalke)\s+(?:amar|amr)\s+(?:birthday|bday|b'day|jonmodin|jonmo\s+din))" + R);

    private static readonly Regex BornYear = Make(
        $@"{L}born\s+in\s+(?<y>(?:19|20)\d{{2}}){R}|{L}(?<y>(?:19|20)\d{{2}})\s*(?:সালে|সনে|-?এ)\s+(?:আমার\s+)?জন্ম|{L}(?<y>(?:19|20)\d{{2}})\s*(?:sale|e)\s+(?:amar\s+)?jonmo");

    /// <summary>
    /// Adds the birthdays in <paramref name="text"/>; a whole date without a cue counts when its year is a young person's
    /// birth year as of <paramref name="today"/> (the caller's clock), and never when no date is given.
    /// </summary>
    public static void Find(string text, List<Candidate> found, DateOnly? today)
    {
        var start = found.Count;
        Dates(text, found, today);

        // "Tomorrow is my birthday" says the date; beside the date itself ("কালকে আমার জন্মদিন, ১২ এপ্রিল") the date is the finding.
        if (found.Count == start)
        {
            foreach (Match match in Today.Matches(text))
            {
                found.Add(new Candidate(DetailKind.BirthDate, match.Index, match.Index + match.Length));
            }
        }
    }

    private static void Dates(string text, List<Candidate> found, DateOnly? today)
    {
        foreach (Match match in BornYear.Matches(text))
        {
            var year = match.Groups["y"];
            found.Add(new Candidate(DetailKind.BirthDate, year.Index, year.Index + year.Length));
        }

        var cues = Cue.Matches(text).Where(cue => !SomeoneElses(text, cue.Index, found)).ToList();
        // Without a cue, only a year of birth or a crowd's word makes a date a birthday: most texts hold neither, and the date
        // expression is not run on them.
        if (cues.Count == 0 && (today is null || !MayHoldBirthYear(text)) && !text.Contains("gang", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("squad", StringComparison.OrdinalIgnoreCase) && !text.Contains("gng", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (Match date in Date.Matches(text))
        {
            // A date beside a cue; a birthday crowd ("7 Nov 2009 gang"); or a whole date whose year a young person was born in
            // ("Nafisa Tabassum Mou 🦋 2 January 2009"), which no exam, match or fair of a young person's year carries.
            if (cues.Any(cue => Near(text, cue, date)) || Gang.IsMatch(text, date.Index + date.Length) || (BirthYear(date.Value, today) && !SomeoneElses(text, date.Index, found)))
            {
                found.Add(new Candidate(DetailKind.BirthDate, date.Index, date.Index + date.Length));
            }
        }
    }

    // Whether some "19" or "20" is followed by two more digits (Bengali digits are ASCII here).
    private static bool MayHoldBirthYear(string text)
    {
        if (Needs.Off)
        {
            return true;
        }

        for (var i = 0; i + 3 < text.Length; i++)
        {
            if (text[i] is '1' or '2' && text[i + 1] is '9' or '0' && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Regex Gang = Make(@"\G\s*(?:gang|squad|gng)" + R);

    private static readonly Regex Year = new(@"(?:19|20)\d{2}$", RegexOptions.CultureInvariant);

    // A whole date (day, month and year) with the year a young person (5 to 25, as ages are) was born in, as of today.
    private static bool BirthYear(string date, DateOnly? today)
    {
        var year = Year.Match(date.TrimEnd());
        return today is { } now && year.Success && int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) is var y
            && now.Year - y is >= 5 and <= 25;
    }

    // "Messi's birthday", "Bangabandhu er jonmodin", "নজরুল ইসলামের জন্মদিন": a birthday that belongs to someone named, not to
    // the writer or the writer's own people ("my sister's birthday", "ammur jonmodin", "আমার বোনের জন্মদিন" stay).
    private static readonly Regex Owner = Make(
        @"(?<w>[\p{L}\p{M}]{2,})(?:['’]s|\s*-?er|\s+r|ের|এর|-এর)\s*$|(?<w>[\p{L}\p{M}]{2,})(?<=[^\s]র)\s*$", caseSensitive: false);

    private static readonly Regex MyBefore = Make(@"(?:^|[^\p{L}\p{M}])(?:my|our|amar|amr|amader|আমার|আমাদের|tomar|তোমার)\s+(?:[\p{L}\p{M}'’]+\s+){0,2}$");

    private static readonly System.Collections.Frozen.FrozenSet<string> Own = Words.Set("""
        me my mine i our amar amr amader ammu abbu amma abba mom mum mother dad father sister sis brother bro bestie bff best friend friends cousin
        baby son daughter wife husband bon bhai apu vaiya bhaiya bhaia nanu dadu nani dadi khala mama chacha fupu bondhu ma baba
        আমার আমাদের আমি আম্মু আব্বু মা মায়ের বাবা বাবার বোন বোনের ভাই ভাইয়ের আপু আপুর ভাইয়া ভাইয়ার বন্ধু বন্ধুর নানু দাদু নানি দাদি খালা মামা চাচা ফুপু
        """);

    private static bool SomeoneElses(string text, int cueIndex, List<Candidate> found)
    {
        var before = text[Math.Max(0, cueIndex - 40)..cueIndex];
        var owner = Owner.Match(before);
        if (!owner.Success)
        {
            return false;
        }

        // "Sharmin Akter Nodi er bday", "Tanisha Rahman er jonmodin": a young person named in full, not a public figure, is
        // someone whose birthday is a detail to keep back.
        var ownerAt = cueIndex - before.Length + owner.Index;
        if (found.Exists(c => c.Kind == DetailKind.FullName && c.Start < ownerAt + owner.Length && c.End >= ownerAt - 12 && c.End <= cueIndex)
            && !Words.PublicFigures.Any(f => text.AsSpan(Math.Max(0, cueIndex - 60), Math.Min(60, cueIndex)).Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var word = Words.Fold(owner.Groups["w"].Value);
        var bare = word.TrimEnd('r');
        var full = Words.Fold(owner.Value.Trim()).Replace("'s", "", StringComparison.Ordinal);
        if (Own.Contains(full) || Own.Contains(word) || Own.Contains(bare) || Own.Contains(Words.Stem(word)) || word.Length < 3)
        {
            return false;
        }

        return !MyBefore.IsMatch(before[..owner.Index]);
    }

    // A cue just before the date ("born on 12/03/2010") or just after it ("১২ মার্চ আমার জন্মদিন"), in the same sentence.
    private static bool Near(string text, Match cue, Match date)
    {
        var cueEnd = cue.Index + cue.Length;
        var dateEnd = date.Index + date.Length;
        if (cueEnd <= date.Index && date.Index - cueEnd <= 30)
        {
            return SameSentence(text, cueEnd, date.Index);
        }

        return cue.Index >= dateEnd && cue.Index - dateEnd <= 25 && SameSentence(text, dateEnd, cue.Index);
    }

    private static bool SameSentence(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '!' or '?' or '।' or '\n' || (text[i] == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }
}
