using System.Buffers;
using System.Text;
using Sajag.Safety.Normalise;
using Sajag.Safety.Posts;

namespace Sajag.Safety.Moderation;

/// <summary>
/// The personal details moderation masks: the contact details the post check finds (<see cref="ContactRules"/>: phones,
/// emails, @handles, links), house, road and village addresses (<see cref="Rules"/>, <see cref="PresenceRules"/>), and a
/// full name set beside a school or a class (the post check's own findings), in the original text's offsets.
/// </summary>
/// <remarks>
/// An anonymous answer shown to the room must not name a child. A school or a class alone names nobody (the room shares
/// them, and "class 9 er boi" is a topic); a full name beside either, or a name, class and school in a nickname, does.
/// </remarks>
internal static class DetailRules
{
    // What Clean drops or changes: invisible characters, Bengali and fullwidth digits.
    private static readonly SearchValues<char> Changed = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD০১২৩৪৫৬৭৮৯０１２３４５６７８９");

    private static readonly DetailKind[] Precedence =
        [DetailKind.Email, DetailKind.Link, DetailKind.Phone, DetailKind.Handle, DetailKind.Address, DetailKind.Class, DetailKind.School, DetailKind.FullName];

    // What a school or a class is written with: only an answer that holds one of them is read for a name beside it (a rule of
    // what is masked, not a shortcut: it holds when the needs are turned off too).
    private static readonly Needs IdentityNeeds = Needs.OneOf(
        "school|college|collegiate|madrasa|madrasah|madrasha|academy|class|grade|roll|স্কুল|কলেজ|মাদ্রাসা|বিদ্যালয়|ক্লাস|শ্রেণি|শ্রেণী|রোল");

    // For the bench's parts.
    internal static bool IdentityNeedsHold(string text) => IdentityNeeds.Holds(text);

    /// <summary>The personal details in <paramref name="text"/>, spans in the original text, none overlapping.</summary>
    public static List<(ModerationReason Reason, int Start, int End)> Find(string text, SafeContacts? safe)
    {
        // Invisible characters go and fullwidth and Bengali digits become ASCII, so "০১৭\u200B১২..." is still a number.
        var (clean, map) = Clean(text);
        var found = new List<Candidate>();
        ContactRules.Find(clean, found, anyLandLine: true, safe);
        Rules.Find(clean, found, DetailKind.Address);
        PresenceRules.FindAddresses(clean, found);
        // A school named by its own word ("Nusrat Jahan of Viqarunnisa") has no school word: the name rules' cheap test first.
        if (IdentityNeeds.Holds(clean) || (NameRules.MayFind(clean) && SchoolNames.Names(clean)))
        {
            Identity(clean, found);
        }
        else if (clean.Length <= Moderator.MaxAnswerLength && NameRules.MayFind(clean))
        {
            NamedWithSection(clean, found);
        }

        if (found.Count == 0)
        {
            return [];
        }

        return PersonalDetailFinder.Settle(clean, found, Precedence)
            .Select(c => map is null ? (Reason(c.Kind), c.Start, c.End) : (Reason(c.Kind), map[c.Start], map[c.End - 1] + 1))
            .ToList();
    }

    // The post check's full name, school and class findings (one detector), kept when a full name stands beside a school or a
    // class; the finder reads the text with its other rules only when both may be there.
    private static void Identity(string clean, List<Candidate> found)
    {
        foreach (var detail in PersonalDetailFinder.FindIdentity(clean))
        {
            found.Add(new Candidate(detail.Kind, detail.Start, detail.End));
        }
    }

    // "Nila Rahman, 10A", "রাহাত হোসেন ৯ক": a full name with a class and section right after it names a child as surely as a
    // school does; the two are masked together. A section alone ("10A") or a name alone is not masked.
    private static void NamedWithSection(string clean, List<Candidate> found)
    {
        var words = Words.Split(clean);
        var names = new List<Candidate>();
        NameRules.Find(clean, words, names);
        foreach (var name in names.Where(n => n.Kind == DetailKind.FullName))
        {
            var next = words.FirstOrDefault(w => w.Start >= name.End);
            if (next.Text is { } section && next.Start - name.End <= 3 && clean.AsSpan(name.End, next.Start - name.End).Trim(" ,-—–").IsEmpty
                && IsClassAndSection(section))
            {
                found.Add(name);
                found.Add(new Candidate(DetailKind.Class, next.Start, next.End));
            }
        }
    }

    // "9B", "10A", "৯ক" (digits made ASCII): a class from 1 to 12 and a section letter.
    private static bool IsClassAndSection(string word) =>
        word.Length is 2 or 3 && word[0] is >= '1' and <= '9' && (word.Length == 2 || word[..2] is "10" or "11" or "12")
        && (word[^1] is >= 'A' and <= 'H' or 'ক' or 'খ' or 'গ' or 'ঘ');

    private static ModerationReason Reason(DetailKind kind) => kind switch
    {
        DetailKind.FullName or DetailKind.School or DetailKind.Class => ModerationReason.Identity,
        DetailKind.Phone => ModerationReason.Phone,
        DetailKind.Email => ModerationReason.Email,
        DetailKind.Handle => ModerationReason.Handle,
        DetailKind.Link => ModerationReason.Link,
        _ => ModerationReason.Address,
    };

    // Null for the map when nothing changes (most answers): the offsets are the text's own and nothing is built.
    private static (string Clean, int[]? Map) Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(Changed) < 0)
        {
            return (text, null);
        }

        // The map is as long as the text; only its first clean.Length entries are read.
        var builder = new StringBuilder(text.Length);
        var map = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            map[builder.Length] = i;
            builder.Append(Digits.ToAscii(c));
        }

        return (builder.ToString(), map);
    }
}
