using System.Globalization;
using System.Text;

namespace Sajag.Web.Features.Live;

/// <summary>The words of the approved answers for the wall's word cloud: common words left out, sizes 1 to 5 by how often a word comes.</summary>
public static class WordCloud
{
    public const int MaxWords = 30;

    // Words that say nothing on their own, in English, Banglish and Bangla.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "for", "from", "have", "he", "i", "if", "in", "is", "it",
        "me", "my", "not", "of", "on", "or", "our", "she", "should", "so", "that", "the", "them", "they", "this", "to", "we", "what",
        "when", "will", "with", "you", "your", "was", "were", "would", "their", "then", "there", "who", "how", "him", "her", "all",
        "ami", "tumi", "ar", "o", "ki", "na", "ei", "oi", "je", "ta", "ke", "er", "te", "diye", "kore", "hobe", "ache", "nai", "amar", "tomar",
        "আমি", "তুমি", "আর", "ও", "কি", "কী", "না", "এই", "ওই", "যে", "তা", "কে", "এর", "দিয়ে", "করে", "হবে", "আছে", "নেই", "আমার", "তোমার",
        "এবং", "কিন্তু", "যদি", "তাহলে", "সে", "তারা", "আমরা", "একটা", "একটি", "জন্য", "থেকে", "সাথে", "সঙ্গে", "উচিত", "হয়", "হলে",
    };

    public static IReadOnlyList<CloudWord> Build(IEnumerable<string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            // Each answer counts a word once: one long answer does not fill the cloud.
            foreach (var word in Words(answer).Distinct(StringComparer.Ordinal))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxWords).ToList();
        if (top.Count == 0)
        {
            return [];
        }

        var most = top[0].Value;
        return top.Select(c => new CloudWord(c.Key, 1 + (int)Math.Round(4.0 * (c.Value - 1) / Math.Max(1, most - 1)))).ToList();
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        var masked = false;
        foreach (var c in text + " ")
        {
            if (c == '[')
            {
                masked = true;
            }
            else if (c == ']')
            {
                masked = false;
                word.Clear();
            }
            else if (!masked && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                         || c is '\u200C' or '\u200D'))
            {
                word.Append(c);
            }
            else
            {
                // A masked word ("f***") or a placeholder never reaches the cloud.
                if (word.Length >= 2 && c != '*' && !Common.Contains(word.ToString().ToLowerInvariant()))
                {
                    yield return word.ToString().ToLowerInvariant();
                }

                word.Clear();
                if (c == '*')
                {
                    masked = true;
                }
                else if (!masked || c == ' ')
                {
                    masked = false;
                }
            }
        }
    }
}
