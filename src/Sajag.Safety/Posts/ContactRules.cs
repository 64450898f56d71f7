using System.Text.RegularExpressions;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>Phone numbers (Bangladeshi and international, with spaces, dashes or Bengali digits) and email addresses.</summary>
internal static class ContactRules
{
    // A run of digits with single spaces, dashes, dots or brackets between them; what it is, is decided below.
    private static readonly Regex DigitRun = Make(@"(?<![\p{L}\p{M}\p{Nd}+])(?:\+|00)?\(?\d(?:[ .\-]?\(?\)?[ .\-]?\d){6,16}(?![\p{L}\p{M}\p{Nd}])");

    private static readonly Regex PhoneCue = Make($@"{L}(?:phone|mobile|mob|cell|number|num|no|nmbr|nombor|nambar|call|whatsapp|wa|imo|viber|telegram|bkash|nagad|rocket|contact|ফোন|মোবাইল|নম্বর|নাম্বার|কল|বিকাশ|নগদ|রকেট|হোয়াটসঅ্যাপ|ইমো|যোগাযোগ)[\p{{L}}\p{{M}}]*\s*[:\-#.]?\s*$");

    // Bounded as an address is (64 before the @, labels of 63): the local part has no start boundary, so an unbounded run
    // would be read again from every character of a long "a.a.a.a...".
    private static readonly Regex Email = Make(@"[a-z0-9._%+\-]{1,64}(?:@|\s?[(\[]at[)\]]\s?)[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){0,8}\.[a-z]{2,24}(?![a-z0-9])");

    private static readonly Regex BangladeshMobile = Make(@"^(?:88)?01[3-9]\d{8}$");

    /// <summary>Adds the emails and phone numbers in <paramref name="text"/> (Bengali digits already ASCII).</summary>
    /// <param name="text">The text.</param>
    /// <param name="found">Where to add them.</param>
    /// <param name="anyLandLine">Also count a bare number shaped like a Bangladeshi land line (0, then 8-10 digits: 02-9123456)
    /// without a word such as "call" before it. Moderation masks those; the post check, which explains each finding, asks for the cue.</param>
    public static void Find(string text, List<Candidate> found, bool anyLandLine = false)
    {
        foreach (Match match in Email.Matches(text))
        {
            found.Add(new Candidate(DetailKind.Email, match.Index, match.Index + match.Length));
        }

        foreach (Match match in DigitRun.Matches(text))
        {
            if (IsPhone(text, match, anyLandLine))
            {
                found.Add(new Candidate(DetailKind.Phone, match.Index, match.Index + match.Length));
            }
        }
    }

    private static bool IsPhone(string text, Match match, bool anyLandLine)
    {
        var raw = match.Value;
        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        if (raw.StartsWith('+') || raw.StartsWith("00", StringComparison.Ordinal))
        {
            return digits.Length is >= 8 and <= 15;
        }

        if (BangladeshMobile.IsMatch(digits) || (anyLandLine && digits.Length is >= 9 and <= 11 && digits[0] == '0'))
        {
            return true;
        }

        // Any other number counts only after a word that says it is one: "call 02-9876543", "বিকাশ: 1234567".
        var before = text[Math.Max(0, match.Index - 20)..match.Index];
        return digits.Length is >= 7 and <= 13 && PhoneCue.IsMatch(before);
    }
}
