using System.Text.RegularExpressions;

namespace Sajag.Safety.Posts;

/// <summary>Builds the post check's regular expressions: case-insensitive, and deaf to how য়, ড়, ঢ় were typed.</summary>
internal static class Patterns
{
    /// <summary>No letter, mark or digit just before (\b does not work inside Bengali words: vowel signs are not \w).</summary>
    public const string L = @"(?<![\p{L}\p{M}\p{Nd}])";

    /// <summary>No letter, mark or digit just after.</summary>
    public const string R = @"(?![\p{L}\p{M}\p{Nd}])";

    /// <summary>Where a word of a place or a name may start: not inside a word, nor just after its inner ' - / # (Cox's, 4/B, H#23).</summary>
    public const string WordStart = @"(?<![\p{L}\p{M}\p{Nd}]|[\p{L}\p{M}\p{Nd}]['’\-/#])";

    /// <summary>A word of a place or a name, at most 40 characters.</summary>
    /// <remarks>
    /// The start rule and the bound keep the rules linear: a word may hold ' - / #, so without them "A'A'A'..." was read again
    /// from every letter (a 10,000-character draft took seconds). Every loop in these patterns either stops at what may start
    /// a match or has a bound; PostCheckTimeTests holds the rules to that.
    /// </remarks>
    public const string W = WordStart + @"[\p{L}\p{M}\p{Nd}][\p{L}\p{M}\p{Nd}'’\-/#]{0,39}";

    /// <summary>Up to <paramref name="most"/> words separated by spaces, captured as "p".</summary>
    public static string Place(int most, bool lazy) => $@"(?<p>{W}(?:,?[ \t]+{W}){{0,{most - 1}}}{(lazy ? "?" : "")})";

    // No match timeout. A timeout counts wall-clock time (the first match's compiling included), so on a busy machine it
    // tripped on ordinary drafts and turned a check into an exception. The work is bounded by the patterns instead: each
    // loop is bounded or stops at what may start a match, so a match costs at most a constant per position of the text;
    // PostCheckTimeTests and PatternsTests hold every rule to that on repeated pieces and long texts. (The look-arounds
    // these rules need rule out RegexOptions.NonBacktracking.)
    public static Regex Make(string pattern, bool caseSensitive = false) =>
        new(Nukta(pattern), (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            Regex.InfiniteMatchTimeout);

    // য় ড় ঢ় arrive as one code point or as a letter plus nukta, depending on the keyboard: accept both.
    private static string Nukta(string pattern) => pattern
        .Replace("\u09AF\u09BC", "\u09DF", StringComparison.Ordinal)
        .Replace("\u09A1\u09BC", "\u09DC", StringComparison.Ordinal)
        .Replace("\u09A2\u09BC", "\u09DD", StringComparison.Ordinal)
        .Replace("\u09DF", "(?:\u09DF|\u09AF\u09BC)", StringComparison.Ordinal)
        .Replace("\u09DC", "(?:\u09DC|\u09A1\u09BC)", StringComparison.Ordinal)
        .Replace("\u09DD", "(?:\u09DD|\u09A2\u09BC)", StringComparison.Ordinal);
}
