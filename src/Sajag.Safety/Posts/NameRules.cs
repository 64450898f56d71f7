using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>Full names: a given name with a surname, after "my name is", "আমার নাম", "amar nam", or where a known surname follows a name.</summary>
internal static class NameRules
{
    // "My name is" says a name follows: two name words make a full name.
    private static readonly Regex StrongCue = Make(
        $@"{L}(?:my\s+(?:full\s+)?name\s+is|my\s+name's|full\s+name\s*:|name\s*:|(?:amar|amr)\s+(?:full\s+)?(?:nam|naam|name)\s*(?:holo|hocche|hoilo|is|:)?|আমার\s+(?:পুরো\s+)?নাম\s*(?:হলো|হল|হচ্ছে|:)?){R}\s*:?");

    // "I am" may be followed by anything: only a known surname makes it a full name.
    private static readonly Regex WeakCue = Make($@"{L}(?:i\s+am|i'm|i’m|im|this\s+is|call\s+me|ami|আমি){R}");

    /// <summary>Capitalised words that start sentences and greetings, never given names.</summary>
    private static readonly FrozenSet<string> NotGivenNames = Words.Set("""
        learn about religion dear hello hi hey love respect peace happy thanks thank welcome congratulations congrats proud
        mr mrs miss sir madam team club school college house road city village the my our your his her
        best champion champions winner winners captain students student girls boys head principal teacher congratulations
        """);

    // What every match of the strong cue holds ("name", "nam", "naam", "নাম").
    private static readonly Needs StrongCueNeeds = Needs.OneOf("nam|naam|নাম");

    /// <summary>
    /// Whether <see cref="Find"/> or <see cref="BesideDetails"/> may find a full name in <paramref name="text"/>: the strong cue
    /// ("my name is") matches, or it holds a known surname or two capitalised Latin words side by side. A text without any of them names nobody,
    /// and is read without splitting it into words.
    /// </summary>
    public static bool MayFind(string text)
    {
        if (Needs.Off || (StrongCueNeeds.MayMatch(text) && StrongCue.IsMatch(text)) || MayNameAContact(text))
        {
            return true;
        }

        var capitalisedEnd = -1;
        for (var at = 0; Words.Next(text, ref at) is var (start, end);)
        {
            if (Words.IsIn(Words.Surnames, text.AsSpan(start, end - start)))
            {
                return true;
            }

            // Word.IsLatin and Word.IsCapitalised, and Words.Joined with the capitalised word before.
            if (text[start] < 'ʰ' && char.IsUpper(text[start]))
            {
                if (capitalisedEnd >= 0 && text.AsSpan(capitalisedEnd, start - capitalisedEnd).TrimStart(" \t").IsEmpty)
                {
                    return true;
                }

                capitalisedEnd = end;
            }
            else
            {
                capitalisedEnd = -1;
            }
        }

        return false;
    }

    public static void Find(string text, IReadOnlyList<Word> words, List<Candidate> found)
    {
        foreach (Match cue in StrongCue.Matches(text))
        {
            var name = NameWordsAfter(text, words, cue.Index + cue.Length);
            if (name.Count >= 2)
            {
                found.Add(new Candidate(DetailKind.FullName, name[0].Start, name[^1].End));
            }
        }

        foreach (Match cue in WeakCue.Matches(text))
        {
            var name = NameWordsAfter(text, words, cue.Index + cue.Length);
            var last = name.FindLastIndex(w => Words.Surnames.Contains(w.Folded));
            if (last >= 1)
            {
                found.Add(new Candidate(DetailKind.FullName, name[0].Start, name[last].End));
            }
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (SurnameAfterGivenName(text, words, i) is { } first)
            {
                found.Add(new Candidate(DetailKind.FullName, words[first].Start, words[i].End));
            }
        }
    }

    /// <summary>
    /// "Nabil Hasan, 16", "Ayesha Siddiqua, class 10", "Rafiul Islam | 01711...": two or three capitalised name words set just
    /// before another personal detail (a comma, a bracket or a bar between) are the writer's name, surname list or not.
    /// </summary>
    public static void BesideDetails(string text, IReadOnlyList<Word> words, List<Candidate> found)
    {
        var details = found.Where(c => c.Kind is DetailKind.Age or DetailKind.Class or DetailKind.School or DetailKind.Phone or DetailKind.Email or DetailKind.BirthDate).ToList();
        foreach (var detail in details)
        {
            var next = FirstWordAt(words, detail.Start);
            var last = next < 0 ? words.Count - 1 : next - 1;
            if (detail.Kind == DetailKind.Phone && last >= 1 && words[last].End <= detail.Start && text.AsSpan(words[last].End, detail.Start - words[last].End).Trim().IsEmpty
                && ContactName(text, words, last) is { } contact)
            {
                found.Add(contact);
                continue;
            }

            // A detail that starts inside a word ("r01712345678") has no name before it.
            if (last < 0 || words[last].End > detail.Start || !OnlySeparators(text, words[last].End, detail.Start))
            {
                continue;
            }

            var first = last;
            while (first > 0 && last - first < 2 && Words.Joined(text, words[first - 1], words[first]) && IsCapitalisedName(words[first - 1]))
            {
                first--;
            }

            // The run must be the whole of what stands there: "I met Rafi Ahmed, 16" is found by the surname rule, not here.
            var whole = first == 0 || !Words.Joined(text, words[first - 1], words[first]) || !IsCapitalisedName(words[first - 1]);
            if (last > first && whole && Enumerable.Range(first, last - first + 1).All(i => IsCapitalisedName(words[i])))
            {
                found.Add(new Candidate(DetailKind.FullName, words[first].Start, words[last].End));
            }
        }
    }

    /// <summary>
    /// "Nabila Tasnim of Viqarunnisa", "Tahmid Rahat from Holy Cross", "Viqarunnisa's Nabila Tasnim", "Viqarunnisa r Nabila
    /// Tasnim": two or three capitalised name words joined to a school by "of", "from" or a possessive are a child named beside
    /// where they study, surname list or not.
    /// </summary>
    public static void BesideSchools(string text, IReadOnlyList<Word> words, List<Candidate> found)
    {
        var schools = found.Where(c => c.Kind == DetailKind.School).ToList();
        foreach (var school in schools)
        {
            // Before: "<Name Name> of|from <school>".
            var next = FirstWordAt(words, school.Start);
            if (next >= 3 && words[next - 1].Folded is "of" or "from" && Words.Joined(text, words[next - 1], words[next]))
            {
                var last = next - 2;
                var first = last;
                while (first > 0 && last - first < 2 && Words.Joined(text, words[first - 1], words[first]) && IsCapitalisedName(words[first - 1]))
                {
                    first--;
                }

                if (last > first && Words.Joined(text, words[last], words[next - 1]) && IsCapitalisedName(words[last]) && RunEndsAt(first))
                {
                    found.Add(new Candidate(DetailKind.FullName, words[first].Start, words[last].End));
                }
            }

            // After: "<school>'s|r|er <Name Name>" (the possessive may be inside the school's span: "Viqi's").
            var after = FirstWordAt(words, school.End);
            if (after < 0)
            {
                continue;
            }

            var between = text.AsSpan(school.End, words[after].Start - school.End).Trim();
            if (between is "'s" or "’s" || (between.IsEmpty && words[after].Folded is "r" or "er" && ++after < words.Count))
            {
                var start = after;
                var end = after;
                while (end + 1 < words.Count && end - start < 2 && Words.Joined(text, words[end], words[end + 1]) && IsCapitalisedName(words[end + 1]))
                {
                    end++;
                }

                if (end > start && IsCapitalisedName(words[start]) && (end + 1 == words.Count || !Words.Joined(text, words[end], words[end + 1]) || !IsCapitalisedName(words[end + 1])))
                {
                    found.Add(new Candidate(DetailKind.FullName, words[start].Start, words[end].End));
                }
            }
        }

        // The run must be the whole of what stands there: "Congratulations Best Debater Rafi of ..." names no one surely.
        bool RunEndsAt(int first) => first == 0 || !Words.Joined(text, words[first - 1], words[first]) || !IsCapitalisedName(words[first - 1]);
    }

    // "যোগাযোগ: ফাহিম মুনতাসির ০১৩১৬ ৭৯২ ৪৮৫", "contact: Fahim Muntasir 01316...": two or three name words after a word that says
    // whom to reach, just before the number, are that person's name (in Bengali letters, which have no capitals, as in Latin).
    private static Candidate? ContactName(string text, IReadOnlyList<Word> words, int last)
    {
        var first = last;
        while (first > 0 && last - first < 2 && Words.Joined(text, words[first - 1], words[first]) && IsContactNameWord(words[first - 1]))
        {
            first--;
        }

        for (var start = first; start < last; start++)
        {
            if (Enumerable.Range(start, last - start + 1).All(i => IsContactNameWord(words[i])) && ContactCueBefore.IsMatch(text.AsSpan(0, words[start].Start)))
            {
                return new Candidate(DetailKind.FullName, words[start].Start, words[last].End);
            }
        }

        return null;
    }

    private static bool IsContactNameWord(Word word) =>
        IsNameWord(word) && (word.IsBengali || IsCapitalisedName(word)) && !Words.In(Rules.GenericPlaces, word) && !SchoolWords.Contains(word.Folded);

    private static readonly Needs ContactCueNeeds = Needs.OneOf("যোগাযোগ|contact|jogajog|call|কল|ফোন");

    /// <summary>Whether <paramref name="text"/> holds a word that <see cref="ContactName"/> needs before a name ("যোগাযোগ:", "contact:").</summary>
    private static bool MayNameAContact(string text) => ContactCueNeeds.MayMatch(text) && text.AsSpan().IndexOfAny(":-–") >= 0;

    private static readonly Regex ContactCueBefore = Make($@"{L}(?:যোগাযোগ|যোগাযোগ\s+করুন|যোগাযোগ\s+করো|contact|jogajog|jogajog\s+koro|call|কল\s+দিন|ফোন)\s*[:\-–]\s*$");

    /// <summary>Whether <see cref="BesideDetails"/> may find a name in <paramref name="words"/>: two capitalised name words side by side.</summary>
    public static bool MayFindBesideDetails(string text, IReadOnlyList<Word> words)
    {
        if (MayNameAContact(text))
        {
            return true; // "যোগাযোগ: ফাহিম মুনতাসির ০১৩১৬...": Bengali name words have no capitals
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (IsCapitalisedName(words[i]) && IsCapitalisedName(words[i - 1]) && Words.Joined(text, words[i - 1], words[i]))
            {
                return true;
            }
        }

        return Needs.Off;
    }

    /// <summary>
    /// Drops names that are a public figure's ("Shakib Al Hasan is 37") or an adult's by the age said right after them
    /// ("Aamir Khan was 44", "Rafiq Islam er boyosh 40"): neither is the writer's.
    /// </summary>
    public static void DropPublicFigures(string text, List<Candidate> found)
    {
        if (!found.Exists(c => c.Kind == DetailKind.FullName))
        {
            return;
        }

        foreach (var figure in Words.PublicFigures)
        {
            for (var at = text.IndexOf(figure, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(figure, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + figure.Length;
                found.RemoveAll(c => c.Kind == DetailKind.FullName && c.Start < end && at < c.End);
            }
        }

        found.RemoveAll(c => c.Kind == DetailKind.FullName && AdultAgeAfter.Match(text, c.End) is { Success: true } m && m.Index == c.End
            && int.TryParse(m.Groups["n"].Value, out var years) && years > 25);
    }

    private static readonly Regex AdultAgeAfter = Make(@"\G(?:['’]s)?\s*,?\s*(?:is|was|turned|at|er\s+boyos[h]?|এর\s+বয়স|ের\s+বয়স)?\s*(?:now\s+|already\s+)?(?<n>\d{2,3})(?!\d)");

    private static bool OnlySeparators(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).Trim();
        return between.Length is >= 1 and <= 2 && !between.ContainsAnyExcept(Separators);
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(",(|:-–—");

    /// <summary>Whether <paramref name="text"/> holds a separator that <see cref="BesideDetails"/> needs between a name and its detail,
    /// or a word that <see cref="BesideSchools"/> needs between a name and a school ("of", "from", "'s", "r").</summary>
    public static bool MayHaveSeparator(string text) =>
        Needs.Off || text.AsSpan().IndexOfAny(Separators) >= 0 || text.Contains(" of ", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" from ", StringComparison.OrdinalIgnoreCase) || text.Contains("'s ", StringComparison.Ordinal)
        || text.Contains("’s ", StringComparison.Ordinal) || text.Contains(" r ", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" er ", StringComparison.OrdinalIgnoreCase);

    private static bool IsCapitalisedName(Word word) =>
        word.IsLatin && word.IsCapitalised && IsNameWord(word) && !NotGivenNames.Contains(word.Folded)
        && !Words.In(Rules.GenericPlaces, word) && !SchoolWords.Contains(word.Folded);

    private static readonly FrozenSet<string> SchoolWords = Words.Set("""
        school college collegiate academy institute university madrasa high govt government model public girls boys pilot zilla
        cadet ideal residential international grammar preparatory laboratory lab class grade section roll age dob name
        """);

    // Up to four name words right after the cue, stopping at punctuation or a small word.
    private static List<Word> NameWordsAfter(string text, IReadOnlyList<Word> words, int from)
    {
        var name = new List<Word>();
        var next = FirstWordAt(words, from);
        for (var i = next; i >= 0 && i < words.Count && name.Count < 4; i++)
        {
            var word = words[i];
            var joined = name.Count == 0 ? text.AsSpan(from, word.Start - from).Trim().IsEmpty : Words.Joined(text, name[^1], word);
            if (!joined || !IsNameWord(word))
            {
                break;
            }

            name.Add(word);
        }

        return name;
    }

    // The first word starting at or after `from`, by halving (words are in order): a scan from the start for every cue made
    // "im im im ..." quadratic.
    private static int FirstWordAt(IReadOnlyList<Word> words, int from)
    {
        var (low, high) = (0, words.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (words[middle].Start >= from)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < words.Count ? low : -1;
    }

    private static bool IsNameWord(Word word) =>
        !word.Text.Any(char.IsAsciiDigit) && !Words.Stop.Contains(word.Folded) && word.Text.Length > 1;

    // "Rafi Ahmed", "Md. Karim Hossain", "নুসরাত জাহান": a surname with a name word joined before it.
    private static int? SurnameAfterGivenName(string text, IReadOnlyList<Word> words, int i)
    {
        var surname = words[i];
        var given = words[i - 1];
        if (!Words.Surnames.Contains(surname.Folded) || !Words.Joined(text, given, surname) || !IsNameWord(given) || NotGivenNames.Contains(given.Folded))
        {
            return null;
        }

        if (surname.IsLatin && !(surname.IsCapitalised && given.IsCapitalised))
        {
            return null;
        }

        var first = i - 1;
        if (first > 0 && Words.NamePrefixes.Contains(words[first - 1].Folded) && Words.Joined(text, words[first - 1], given))
        {
            first--;
        }

        return first;
    }
}
