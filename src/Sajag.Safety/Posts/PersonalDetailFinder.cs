using Sajag.Safety.Normalise;

namespace Sajag.Safety.Posts;

/// <summary>Finds personal details in a draft post or profile, in English, Bangla and Banglish.</summary>
/// <remarks>Explainable rules, not a model: each finding is a span of the draft with its kind. Runs in memory and keeps nothing.</remarks>
public static class PersonalDetailFinder
{
    // When two findings overlap, the surer kind wins: an email beats the name in it, a phone number the date-like digits in it.
    private static readonly DetailKind[] Precedence =
    [
        DetailKind.Email, DetailKind.Link, DetailKind.Phone, DetailKind.Handle, DetailKind.BirthDate, DetailKind.Age, DetailKind.Class,
        DetailKind.Address, DetailKind.School, DetailKind.Location, DetailKind.FullName,
    ];

    /// <summary>The personal details in <paramref name="text"/>, in order, none overlapping, read on <paramref name="today"/>
    /// (the caller's clock: a whole date is a birthday when its year is a young person's birth year as of then).</summary>
    public static IReadOnlyList<PersonalDetail> Find(string text, DateOnly today) => Find(text, today, null, everyones: false);

    /// <summary>The personal details in <paramref name="text"/>, in order, none overlapping, read on <paramref name="today"/>, except
    /// the <paramref name="safe"/> contacts (the content pack's helplines: a post that passes on 1098 gives away nothing of its writer).</summary>
    public static IReadOnlyList<PersonalDetail> Find(string text, DateOnly today, SafeContacts? safe) => Find(text, today, safe, everyones: false);

    /// <summary>
    /// The details in <paramref name="text"/> as the moderation filter reads them: a school or class is kept whoever it belongs
    /// to ("Nusrat Jahan of Viqarunnisa won the quiz" names a child and where she studies, even though the writer tells of someone
    /// else's result), where the post check drops what is not the writer's own. Read without a date: moderation masks no
    /// birthday, so a date with no cue beside it is not read as one (<see cref="BirthDateRules"/>).
    /// </summary>
    internal static IReadOnlyList<PersonalDetail> FindEveryones(string text) => Find(text, null, null, everyones: true);

    // Without a date (null), a whole date is a birthday only with a cue beside it.
    internal static List<PersonalDetail> Find(string text, DateOnly? today, SafeContacts? safe, bool everyones)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Bengali digits become ASCII one for one, so every offset found here is an offset in the draft.
        var ascii = Digits.ToAscii(text);
        var words = Words.Split(ascii);
        var found = new List<Candidate>();
        FindNamesAndSchools(ascii, words, found);
        FindOthers(ascii, found, safe, today);
        return Details(text, Settled(ascii, words, found, everyones));
    }

    /// <summary>
    /// What <see cref="FindEveryones"/> finds of full names, schools and classes in <paramref name="text"/> when a full name is
    /// among them with a school or a class (a child named beside where they study); nothing otherwise.
    /// </summary>
    /// <remarks>
    /// The moderation filter asks this of answers with a school or class word. The name rules run first, then the school and
    /// class rules, and only a text with a full name found (or two capitalised name words, which a detail after them makes a
    /// full name) and a school or a class found is read by the other rules (which settle overlaps: a
    /// phone number beats the digits of a class, a name beside an age is found by the age): the same findings as the whole
    /// finder, at the cost of the whole finder only for the few texts that need it.
    /// </remarks>
    internal static IReadOnlyList<PersonalDetail> FindIdentity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var ascii = Digits.ToAscii(text);
        if (!NameRules.MayFind(ascii))
        {
            return [];
        }

        // No full name found and none that a detail beside it could make, or no school or class: nothing to return.
        var words = Words.Split(ascii);
        var found = new List<Candidate>();
        NameRules.Find(ascii, words, found);
        if (found.Count == 0 && !NameRules.MayFindBesideDetails(ascii, words))
        {
            return [];
        }

        FindSchools(ascii, words, found);
        if (!found.Exists(c => c.Kind is DetailKind.School or DetailKind.Class))
        {
            return [];
        }

        FindOthers(ascii, found, null, today: null);
        var identity = Details(text, Settled(ascii, words, found, everyones: true))
            .Where(d => d.Kind is DetailKind.FullName or DetailKind.School or DetailKind.Class)
            .ToList();
        return identity.Exists(d => d.Kind == DetailKind.FullName) && identity.Exists(d => d.Kind != DetailKind.FullName) ? identity : [];
    }

    /// <summary>
    /// Whether the finder finds a full name in <paramref name="text"/> (a typed nickname that is someone's real name): the same
    /// answer as <see cref="Find(string, DateOnly)"/> read without a date, with the whole finder run only for a text where a name
    /// rule finds one.
    /// </summary>
    /// <remarks>
    /// A full name comes from the name rules (a cue, a known surname) or from two capitalised name words set just before another
    /// detail with a separator between (<see cref="NameRules.BesideDetails"/>). A text that may hold neither (<see
    /// cref="NameRules.MayFind"/>), or where the name rules find none and there are not two capitalised name words side by side
    /// or no separator stands anywhere, names nobody. Otherwise the whole finder settles it: a name found may still lose to an
    /// overlapping detail or be a public figure's.
    /// </remarks>
    public static bool NamesSomeone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var ascii = Digits.ToAscii(text);
        if (!NameRules.MayFind(ascii))
        {
            return false;
        }

        var words = Words.Split(ascii);
        var found = new List<Candidate>();
        NameRules.Find(ascii, words, found);
        if (found.Count == 0 && (!NameRules.MayFindBesideDetails(ascii, words) || !NameRules.MayHaveSeparator(ascii)))
        {
            return false;
        }

        return Find(text, null, null, everyones: false).Any(d => d.Kind == DetailKind.FullName);
    }

    // The name, school and class rules. Find's findings do not depend on the order the rules run in: Settled orders them.
    private static void FindNamesAndSchools(string ascii, List<Word> words, List<Candidate> found)
    {
        NameRules.Find(ascii, words, found);
        FindSchools(ascii, words, found);
    }

    private static void FindSchools(string ascii, List<Word> words, List<Candidate> found)
    {
        Rules.Find(ascii, found, DetailKind.Class);
        Rules.Find(ascii, found, DetailKind.School);
        PresenceRules.Find(ascii, found, DetailKind.School);
        SchoolRules.Find(ascii, words, found);
        SchoolNames.Find(ascii, found);
    }

    // Every other rule: contact details, birthdays, ages, addresses and where someone is.
    private static void FindOthers(string ascii, List<Candidate> found, SafeContacts? safe, DateOnly? today)
    {
        ContactRules.Find(ascii, found, safe: safe);
        BirthDateRules.Find(ascii, found, today);
        Rules.Find(ascii, found, DetailKind.Age);
        Rules.Find(ascii, found, DetailKind.Address);
        Rules.Find(ascii, found, DetailKind.Location);
        PresenceRules.Find(ascii, found, DetailKind.Age);
        PresenceRules.Find(ascii, found, DetailKind.Address);
        PresenceRules.Find(ascii, found, DetailKind.Location);
        LivePlaces.Find(ascii, found);
    }

    private static List<PersonalDetail> Details(string text, List<Candidate> settled) =>
        settled.Select(c => new PersonalDetail(c.Kind, c.Start, c.End - c.Start, text[c.Start..c.End])).ToList();

    // The findings that are the writer's, settled.
    private static List<Candidate> Settled(string ascii, List<Word> words, List<Candidate> found, bool everyones)
    {
        // An age outside 5-25 is a parent's, a pet's or a film star's ("Shakib er boyosh 37", "my cat is 3 years old"), not a young person's.
        found.RemoveAll(c => c.Kind == DetailKind.Age && !IsYoungAge(ascii, c));
        // A child named beside a school is found before whose the school is is judged: the name makes it that child's.
        NameRules.BesideSchools(ascii, words, found);
        NotTheWriters.Drop(ascii, found, keepSchoolsAndClasses: everyones);
        NameRules.BesideDetails(ascii, words, found);
        NameRules.DropPublicFigures(ascii, found);

        // "নুসরাত জাহান, ঢাকায় থাকি": a full name before a comma is a person, not the area of an address that starts with it.
        found.RemoveAll(c => c.Kind == DetailKind.Address && found.Exists(n => n.Kind == DetailKind.FullName && n.Start == c.Start));

        // A map link is a live location before it is a link.
        found.RemoveAll(c => c.Kind == DetailKind.Link && found.Exists(l => l.Kind == DetailKind.Location && l.Start <= c.Start && c.End <= l.End + 1));
        return Settle(ascii, found, Precedence);
    }

    private static bool IsYoungAge(string text, Candidate age)
    {
        var span = text.AsSpan(age.Start, age.End - age.Start);
        var at = span.IndexOfAnyInRange('0', '9');
        if (at < 0)
        {
            return true; // an age in words: "sixteen", "ষোলো"
        }

        var end = at;
        while (end < span.Length && char.IsAsciiDigit(span[end]))
        {
            end++;
        }

        return int.TryParse(span[at..end], out var years) && years is >= 5 and <= 25;
    }

    /// <summary>
    /// The findings trimmed of edge punctuation, overlaps settled (the kind earlier in <paramref name="precedence"/> wins, then the
    /// longer), same-kind overlaps joined, and the parts of one address or class merged; in order of position.
    /// </summary>
    internal static List<Candidate> Settle(string text, List<Candidate> found, IReadOnlyList<DetailKind> precedence)
    {
        var kept = new List<Candidate>();
        // Which kept finding covers each character (the earliest kept, where two do): an overlap is found by reading the
        // candidate's own characters, not every finding kept so far, so a draft of a thousand findings stays linear.
        var owner = new int[text.Length];
        Array.Fill(owner, -1);
        foreach (var candidate in found.Select(Trim).Where(c => c.End > c.Start)
                     .OrderBy(c => IndexOf(precedence, c.Kind)).ThenByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            var overlapping = FirstOwner(owner, candidate.Start, candidate.End);
            if (overlapping < 0)
            {
                kept.Add(candidate);
                Own(owner, kept.Count - 1, candidate.Start, candidate.End);
            }
            else if (kept[overlapping].Kind == candidate.Kind)
            {
                kept[overlapping] = kept[overlapping] with { Start = Math.Min(kept[overlapping].Start, candidate.Start), End = Math.Max(kept[overlapping].End, candidate.End) };
                Own(owner, overlapping, candidate.Start, candidate.End);
            }
        }

        return Merge(text, kept.OrderBy(c => c.Start).ToList());

        static int FirstOwner(int[] owner, int start, int end)
        {
            var first = -1;
            for (var i = start; i < end; i++)
            {
                if (owner[i] >= 0 && (first < 0 || owner[i] < first))
                {
                    first = owner[i];
                }
            }

            return first;
        }

        static void Own(int[] owner, int index, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                owner[i] = owner[i] < 0 ? index : Math.Min(owner[i], index);
            }
        }

        Candidate Trim(Candidate c)
        {
            var (start, end) = (c.Start, c.End);
            while (end > start && text[end - 1] is ' ' or '\t' or '\n' or '\r' or ',' or '.' or ';' or ':' or '!' or '?' or '।' or '-' or ')')
            {
                end--;
            }

            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return c with { Start = start, End = end };
        }
    }

    private static int IndexOf(IReadOnlyList<DetailKind> precedence, DetailKind kind)
    {
        for (var i = 0; i < precedence.Count; i++)
        {
            if (precedence[i] == kind)
            {
                return i;
            }
        }

        return precedence.Count;
    }

    // Parts of one address or one class ("House 12, Road 5", "class 9, section B") become one finding.
    private static List<Candidate> Merge(string text, List<Candidate> sorted)
    {
        var merged = new List<Candidate>();
        foreach (var c in sorted)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Kind == c.Kind && c.Kind is DetailKind.Address or DetailKind.Class
                && c.Start - last.End <= 3 && text.AsSpan(last.End, c.Start - last.End).Trim(" ,;/-(") .IsEmpty)
            {
                merged[^1] = last with { End = c.End };
            }
            else
            {
                merged.Add(c);
            }
        }

        return merged;
    }
}
