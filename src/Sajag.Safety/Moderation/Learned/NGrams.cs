using Sajag.Safety.Normalise;

namespace Sajag.Safety.Moderation.Learned;

/// <summary>
/// The features the learned moderation model reads: over the shared normaliser's tokens (<see cref="TextNormaliser"/>, so
/// spelling, leetspeak, repeated letters and Banglish variants fold the same way as for the rules), each word ("w hello"),
/// each pair of words in a row ("b shut up") and the character 3- to 5-grams of each word with its edges marked
/// ("c &lt;stu", "c pid&gt;"). The trainer (<c>sajag train-moderation</c>) and <see cref="LinearModel"/> both use this.
/// </summary>
public static class NGrams
{
    private const int MinChars = 3;
    private const int MaxChars = 5;


    /// <summary>Each distinct feature of <paramref name="text"/> with the first token it came from (an index into <see cref="NormalisedText.Spans"/>).</summary>
    public static Dictionary<string, int> Of(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            features.TryAdd("w " + token, i);
            if (i + 1 < tokens.Length)
            {
                features.TryAdd("b " + token + " " + tokens[i + 1], i);
            }

            var marked = "<" + token + ">";
            for (var n = MinChars; n <= MaxChars; n++)
            {
                for (var at = 0; at + n <= marked.Length; at++)
                {
                    features.TryAdd(string.Concat("c ", marked.AsSpan(at, n)), i);
                }
            }
        }

        return features;
    }

    /// <summary>Each distinct feature of <paramref name="text"/>, normalised first.</summary>
    public static Dictionary<string, int> Of(string text) => Of(TextNormaliser.Normalise(text));
}
