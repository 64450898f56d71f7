using System.Text.RegularExpressions;
using Sajag.Content;

namespace Sajag.Web.Infrastructure;

/// <summary>Links a glossary term, where it first appears in a rendered lesson, to its entry on the glossary page.</summary>
internal static partial class GlossaryLinks
{
    public static string Anchor(GlossaryTerm term) => "term-" + term.Id;

    /// <summary>The lesson's HTML with the term's first appearance in text (outside any link) linked, or null when it does not appear.</summary>
    public static string? LinkFirst(string html, GlossaryTerm term, string language)
    {
        var parts = TagPattern().Split(html);
        var insideLink = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.StartsWith('<'))
            {
                insideLink += part.StartsWith("<a ", StringComparison.Ordinal) || part == "<a>" ? 1 : part == "</a>" ? -1 : 0;
                continue;
            }

            if (insideLink > 0 || FirstSpelling(part, term, language) is not { } found)
            {
                continue;
            }

            var (at, length) = found;
            parts[i] = $"{part[..at]}<a class=\"term\" href=\"/learn/glossary#{Anchor(term)}\">{part.Substring(at, length)}</a>{part[(at + length)..]}";
            return string.Concat(parts);
        }

        return null;
    }

    private static (int At, int Length)? FirstSpelling(string text, GlossaryTerm term, string language)
    {
        // Latin text is matched whole-word and in any case; Bangla takes endings (গ্রুমিংয়ের), so only its start is bounded.
        var latin = language == "en";
        (int, int)? best = null;
        foreach (var spelling in term.Spellings(language))
        {
            // A space in a spelling matches any white space: a lesson's Markdown may wrap a term onto the next line.
            var pattern = string.Join(@"\s+", spelling.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
            var options = RegexOptions.CultureInvariant | (latin ? RegexOptions.IgnoreCase : RegexOptions.None);
            foreach (Match match in Regex.Matches(text, pattern, options))
            {
                var (at, end) = (match.Index, match.Index + match.Length);
                var startsWord = at == 0 || !char.IsLetter(text[at - 1]) && char.GetUnicodeCategory(text[at - 1]) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
                var endsWord = !latin || end == text.Length || !char.IsLetter(text[end]);
                if (startsWord && endsWord)
                {
                    if (best is null || at < best.Value.Item1)
                    {
                        best = (at, match.Length);
                    }

                    break;
                }
            }
        }

        return best;
    }

    [GeneratedRegex("(<[^>]*>)")]
    private static partial Regex TagPattern();
}
