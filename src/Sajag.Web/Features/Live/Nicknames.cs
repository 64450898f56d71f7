using System.Security.Cryptography;
using Sajag.Safety.Moderation;
using Sajag.Safety.Normalise;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>Friendly generated nicknames, and the filter for typed ones (the moderation filter of open answers).</summary>
public static class Nicknames
{
    private static readonly string[] AdjectivesEn = ["Brave", "Bright", "Calm", "Clever", "Kind", "Quick", "Swift", "Gentle", "Bold", "Wise", "Happy", "Lucky", "Sunny", "Steady", "Cheerful", "Curious"];
    private static readonly string[] NounsEn = ["Tiger", "River", "Mango", "Kite", "Lotus", "Dolphin", "Falcon", "Banyan", "Moon", "Star", "Shapla", "Hilsa", "Parrot", "Deer", "Cloud", "Boat"];
    private static readonly string[] AdjectivesBn = ["সাহসী", "উজ্জ্বল", "শান্ত", "চতুর", "দয়ালু", "চটপটে", "দ্রুত", "কোমল", "নির্ভীক", "জ্ঞানী", "খুশি", "ভাগ্যবান", "রোদেলা", "স্থির", "হাসিখুশি", "কৌতূহলী"];
    private static readonly string[] NounsBn = ["বাঘ", "নদী", "আম", "ঘুড়ি", "পদ্ম", "শুশুক", "বাজপাখি", "বটগাছ", "চাঁদ", "তারা", "শাপলা", "ইলিশ", "টিয়া", "হরিণ", "মেঘ", "নৌকা"];

    public const int MaxLength = 24;

    /// <summary>A random word pair in the session's language, e.g. "Brave Tiger" or "সাহসী বাঘ".</summary>
    public static string Generate(string language)
    {
        var bangla = language == "bn";
        var adjectives = bangla ? AdjectivesBn : AdjectivesEn;
        var nouns = bangla ? NounsBn : NounsEn;
        return $"{adjectives[RandomNumberGenerator.GetInt32(adjectives.Length)]} {nouns[RandomNumberGenerator.GetInt32(nouns.Length)]}";
    }

    /// <summary>
    /// The typed nickname without what a reader cannot see: direction controls (U+202E turns "Tiger" into a name read backwards
    /// on the projector), zero-width spaces and joiners, soft hyphens. A joiner between two Bengali letters stays: it shapes
    /// the letters (র‍্য).
    /// </summary>
    public static string Clean(string nickname)
    {
        ArgumentNullException.ThrowIfNull(nickname);
        var kept = new System.Text.StringBuilder(nickname.Length);
        for (var i = 0; i < nickname.Length; i++)
        {
            var c = nickname[i];
            var joiner = c is '\u200C' or '\u200D';
            if (joiner && i > 0 && i + 1 < nickname.Length && IsBengali(nickname[i - 1]) && IsBengali(nickname[i + 1]))
            {
                kept.Append(c);
            }
            else if (!joiner && !Invisible(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Trim();

        static bool IsBengali(char c) => c is >= '\u0980' and <= '\u09FF';

        static bool Invisible(char c) => c is '\u00AD' or '\u061C' or '\u180E' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
            or (>= '\u2060' and <= '\u2069') or '\uFEFF';
    }

    /// <summary>Why a typed nickname is refused (an interface-text key), or null when it may be used.</summary>
    public static string? Refusal(string nickname)
    {
        var name = Clean(nickname);
        if (name.Length < 2 || name.Length > MaxLength)
        {
            return "live.name.length";
        }

        // A nickname is shown to the class without anyone approving it: six digits or more is refused
        // whatever their shape ("r01712345678", "1712 345 678"), as a number someone could call.
        if (name.Count(Digits.IsDigit) >= 6)
        {
            return "live.name.personal";
        }

        // The moderation filter every open answer passes: personal details first (a number is refused even beside a rude word).
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var check = Moderator.Check(name);
        SajagMetrics.Moderated(started);
        if (check.HasPersonalDetail)
        {
            return "live.name.personal";
        }

        if (check.HasHarmfulWords)
        {
            return "live.name.abuse";
        }

        // A real full name ("Rafi Ahmed", "নুসরাত জাহান") tells the class, and whoever sees the projector, who this is.
        return Sajag.Safety.Posts.PersonalDetailFinder.NamesSomeone(name) ? "live.name.real" : null;
    }
}
