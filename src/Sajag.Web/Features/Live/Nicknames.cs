using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Sajag.Safety.Normalise;

namespace Sajag.Web.Features.Live;

/// <summary>Friendly generated nicknames, and the filter for typed ones (replaced by the moderation filter later).</summary>
public static partial class Nicknames
{
    private static readonly string[] AdjectivesEn = ["Brave", "Bright", "Calm", "Clever", "Kind", "Quick", "Swift", "Gentle", "Bold", "Wise", "Happy", "Lucky", "Sunny", "Steady", "Cheerful", "Curious"];
    private static readonly string[] NounsEn = ["Tiger", "River", "Mango", "Kite", "Lotus", "Dolphin", "Falcon", "Banyan", "Moon", "Star", "Shapla", "Hilsa", "Parrot", "Deer", "Cloud", "Boat"];
    private static readonly string[] AdjectivesBn = ["সাহসী", "উজ্জ্বল", "শান্ত", "চতুর", "দয়ালু", "চটপটে", "দ্রুত", "কোমল", "নির্ভীক", "জ্ঞানী", "খুশি", "ভাগ্যবান", "রোদেলা", "স্থির", "হাসিখুশি", "কৌতূহলী"];
    private static readonly string[] NounsBn = ["বাঘ", "নদী", "আম", "ঘুড়ি", "পদ্ম", "শুশুক", "বাজপাখি", "বটগাছ", "চাঁদ", "তারা", "শাপলা", "ইলিশ", "টিয়া", "হরিণ", "মেঘ", "নৌকা"];

    // A first, small list; the discussion issue's moderation filter replaces it. Strong words are
    // refused anywhere, even spelt out with spaces or dots; weak ones only as a whole word, because
    // they hide inside ordinary words ("grape", "imagine", "বালক").
    private static readonly string[] Strong =
        ["fuck", "shit", "bitch", "porn", "slut", "whore", "khanki", "haramjada", "kuttarbaccha", "চুদ", "খানকি", "মাগি", "হারামজাদা", "কুত্তারবাচ্চা"];

    private static readonly string[] Weak =
        ["sex", "sexy", "nude", "dick", "pussy", "rape", "bastard", "shala", "magi", "bal", "chuda", "choda", "শালা", "সেক্স", "বাল"];

    public const int MaxLength = 24;

    /// <summary>A random word pair in the session's language, e.g. "Brave Tiger" or "সাহসী বাঘ".</summary>
    public static string Generate(string language)
    {
        var bangla = language == "bn";
        var adjectives = bangla ? AdjectivesBn : AdjectivesEn;
        var nouns = bangla ? NounsBn : NounsEn;
        return $"{adjectives[RandomNumberGenerator.GetInt32(adjectives.Length)]} {nouns[RandomNumberGenerator.GetInt32(nouns.Length)]}";
    }

    /// <summary>Why a typed nickname is refused (an interface-text key), or null when it may be used.</summary>
    public static string? Refusal(string nickname)
    {
        var name = nickname.Trim();
        if (name.Length < 2 || name.Length > MaxLength)
        {
            return "live.name.length";
        }

        var digits = name.Count(Digits.IsDigit);
        if (digits >= 6 || name.Contains('@', StringComparison.Ordinal) || LinkPattern().IsMatch(name))
        {
            return "live.name.personal";
        }

        var joined = Fold(name);
        var words = WordSplit().Split(name).Select(Fold).ToHashSet(StringComparer.Ordinal);
        var abusive = Strong.Any(w => joined.Contains(Fold(w), StringComparison.Ordinal)) || Weak.Any(w => words.Contains(Fold(w)));
        return abusive ? "live.name.abuse" : null;
    }

    // Lower case, without the spaces, dots and repeated letters people use to slip words past a filter.
    private static string Fold(string text)
    {
        var letters = text.ToLowerInvariant().Where(c => char.IsLetter(c) || c is >= '\u0980' and <= '\u09FF').ToArray();
        return new string(letters.Where((c, i) => i == 0 || c != letters[i - 1]).ToArray());
    }

    [GeneratedRegex(@"[^\p{L}\p{M}]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"(https?://|www\.|\.(com|net|org|bd|me|io)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
