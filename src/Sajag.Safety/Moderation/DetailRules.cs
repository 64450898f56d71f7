using System.Text;
using System.Text.RegularExpressions;
using Sajag.Safety.Posts;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Moderation;

/// <summary>
/// The personal details moderation masks: phone numbers, emails and house or road addresses as the post check finds them
/// (<see cref="ContactRules"/>, <see cref="Rules"/>), and what a discussion answer adds: @handles, links, and emails
/// spelt out ("rahim at gmail dot com", "rahim জিমেইল ডট কম").
/// </summary>
internal static class DetailRules
{
    // Not after a letter, digit, dot or @: the @ of an email is not a handle.
    private static readonly Regex Handle = Make(@"(?<![\p{L}\p{M}\p{Nd}_.@])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![a-z0-9_])");

    // A scheme or www. takes the rest of the word; a bare domain needs a well-known ending, and the short endings that are
    // also words or typos ("end.me", "go.to") count only with a path (wa.me/880..., t.me/name).
    private static readonly Regex Link = Make(
        @"(?:https?://|www\.)[^\s<>""]+"
        + @"|(?<![\p{L}\p{M}\p{Nd}@._\-])(?:[a-z0-9\-]+\.)+(?:com|net|org|bd|ly|io|info|xyz|gg|edu|gov|biz)(?![\p{L}\p{M}\p{Nd}\-])(?:/[^\s]*)?"
        + @"|(?<![\p{L}\p{M}\p{Nd}@._\-])(?:[a-z0-9\-]+\.)+(?:me|to|co|tv|app|in|us|uk|link|page|site|gl|be)/[^\s]+");

    private const string Providers = "gmail|yahoo|hotmail|outlook|ymail|icloud|proton|protonmail|জিমেইল|ইয়াহু|হটমেইল|আউটলুক";
    private const string Dot = @"(?:\.|dot|\(dot\)|\[dot\]|ডট)";

    // "rahim at gmail dot com" needs the "at"; without it ("rahim জিমেইল ডট কম") only a Latin name before a Bengali
    // provider, or a name with a digit, is an address: "I use gmail dot com" is not. A name in Bengali script needs
    // the Bengali "at" (রহিম অ্যাট জিমেইল ডট কম).
    private static readonly Regex SpokenEmail = Make(
        $@"(?<![\p{{L}}\p{{M}}\p{{Nd}}._])[a-z0-9._]{{2,}}\s*(?:\(at\)|\[at\]|(?<=\s)at(?=\s)|@|অ্যাট|এট)\s*(?:{Providers})\s*{Dot}\s*(?:com|net|কম)(?![\p{{L}}\p{{M}}\p{{Nd}}])"
        + $@"|(?<![\p{{L}}\p{{M}}\p{{Nd}}._])(?:[a-z._]*\d[a-z0-9._]*\s+(?:{Providers})|[a-z0-9._]{{2,}}\s+(?:জিমেইল|ইয়াহু|হটমেইল|আউটলুক))\s*{Dot}\s*(?:com|net|কম)(?![\p{{L}}\p{{M}}\p{{Nd}}])"
        + $@"|(?<![\p{{L}}\p{{M}}\p{{Nd}}._])[\p{{L}}\p{{M}}\p{{Nd}}._]{{2,}}\s*(?:অ্যাট|এট)\s*(?:{Providers})\s*{Dot}\s*(?:com|net|কম)(?![\p{{L}}\p{{M}}\p{{Nd}}])");

    // A mobile number however it is disguised: letters that look like digits (O for 0, l or I for 1), a letter stuck
    // before it ("r01712345678"), the leading 0 left out ("1712 345 678"). Kept only when its digits have the shape of a
    // Bangladeshi mobile number, so dates, years and prices stay.
    private static readonly Regex DigitRun = Make(@"\+?[0-9oil](?:[ \-.]?[0-9oil]){8,15}");
    private static readonly Regex MobileShape = new(@"^(?:88)?0?1[3-9][0-9]{8}$", RegexOptions.CultureInvariant);

    private static readonly DetailKind[] Precedence = [DetailKind.Email, DetailKind.Phone, DetailKind.Address];

    // Help a young person may rightly pass on (CONTEXT.md): never masked. Hosts match whole or as a parent domain.
    private static readonly string[] SafeHosts = ["takeitdown.ncmec.org", "police.gov.bd", "dss.gov.bd", "mowca.gov.bd"];
    private static readonly string[] SafeNumbers = ["01320000888", "8801320000888"];

    /// <summary>The personal details in <paramref name="text"/>, spans in the original text, overlapping ones included.</summary>
    public static List<(ModerationReason Reason, int Start, int End)> Find(string text)
    {
        // Invisible characters go and fullwidth and Bengali digits become ASCII, so "০১৭\u200B১২..." is still a number.
        var (clean, map) = Clean(text);
        var found = new List<Candidate>();
        ContactRules.Find(clean, found, anyLandLine: true);
        Rules.Find(clean, found, DetailKind.Address);
        var details = new List<(ModerationReason Reason, int Start, int End)>();
        foreach (var c in PersonalDetailFinder.Settle(clean, found, Precedence))
        {
            var reason = c.Kind switch
            {
                DetailKind.Phone => ModerationReason.Phone,
                DetailKind.Email => ModerationReason.Email,
                _ => ModerationReason.Address,
            };
            details.Add((reason, c.Start, c.End));
        }

        foreach (Match match in DigitRun.Matches(clean))
        {
            // A look-alike letter that ends a word ("to 1712...") is the word's, not the number's.
            var start = match.Index;
            var end = match.Index + match.Length;
            while (start < end && start > 0 && char.IsLetter(clean[start]) && char.IsLetter(clean[start - 1]))
            {
                start++;
                while (start < end && clean[start] is ' ' or '-' or '.')
                {
                    start++;
                }
            }

            while (end > start && !char.IsAsciiDigit(clean[end - 1]))
            {
                end--;
            }

            var digits = new string(clean[start..end].Select(c => char.ToLowerInvariant(c) switch { 'o' => '0', 'i' or 'l' => '1', _ => c }).Where(char.IsAsciiDigit).ToArray());
            if (end > start && MobileShape.IsMatch(digits))
            {
                details.Add((ModerationReason.Phone, start, end));
            }
        }

        Add(SpokenEmail, ModerationReason.Email);
        Add(Link, ModerationReason.Link);
        Add(Handle, ModerationReason.Handle);
        return details
            .Where(d => !IsSafe(clean[d.Start..d.End], d.Reason))
            .Select(d => (d.Reason, map[d.Start], map[d.End - 1] + 1))
            .ToList();

        void Add(Regex pattern, ModerationReason reason)
        {
            foreach (Match match in pattern.Matches(clean))
            {
                var end = match.Index + match.Length;
                while (end > match.Index && clean[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '।' or '\'' or '"')
                {
                    end--;
                }

                if (end > match.Index)
                {
                    details.Add((reason, match.Index, end));
                }
            }
        }
    }

    private static bool IsSafe(string detail, ModerationReason reason)
    {
        if (reason == ModerationReason.Phone)
        {
            var digits = new string(detail.Where(char.IsAsciiDigit).ToArray());
            return SafeNumbers.Contains(digits);
        }

        if (reason is ModerationReason.Link or ModerationReason.Email)
        {
            var lower = detail.ToLowerInvariant();
            var host = lower[(lower.IndexOf("://", StringComparison.Ordinal) is var s and >= 0 ? s + 3 : 0)..];
            host = host[(host.LastIndexOf('@') + 1)..];
            host = host.Split('/', '?', '#')[0];
            if (host.StartsWith("www.", StringComparison.Ordinal))
            {
                host = host[4..];
            }

            return SafeHosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal))
                || lower.Contains("facebook.com/pcsw.phq", StringComparison.Ordinal) && lower.TrimEnd('/').EndsWith("pcsw.phq", StringComparison.Ordinal);
        }

        return false;
    }

    private static (string Clean, int[] Map) Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            builder.Append(c switch
            {
                >= '০' and <= '৯' => (char)('0' + (c - '০')),
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                _ => c,
            });
            map.Add(i);
        }

        return (builder.ToString(), [.. map]);
    }
}
