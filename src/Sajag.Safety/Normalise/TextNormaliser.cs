using System.Globalization;
using System.Text;

namespace Sajag.Safety.Normalise;

/// <summary>
/// A message's words in one canonical spelling, so one lexicon entry matches the ways young people type it:
/// lower case, Bengali digits as ASCII, leetspeak undone ("s3nd" → "send"), letters typed many times once
/// ("pleeease", "bhaiii"), common Banglish spelling variants merged (sh/s, bh/v, th/t, dh/d, gh/g, jh/j, ph/f,
/// z/j; not in an English word that the merge would make into another, "thong" against "tong") and Bengali long and
/// short vowels, ণ/ন and শ/ষ/স merged.
/// </summary>
/// <remarks><see cref="Text"/> is the tokens joined by single spaces with a space at each end, so a phrase
/// matches as " word word ". <see cref="Spans"/> maps each token back to the original text.</remarks>
public sealed class NormalisedText
{
    private readonly int[] _starts;

    internal NormalisedText(string original, string text, int[] starts, (int Start, int Length)[] spans)
    {
        Original = original;
        Text = text;
        _starts = starts;
        Spans = spans;
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>Which lexicon sections may match this text (Lexicons.Anchors), worked out once and kept for the next look-up.</summary>
    internal bool[]? Sections { get; set; }

    /// <summary>The lexicon anchors <see cref="Sections"/> was worked out for.</summary>
    internal object? SectionsOwner { get; set; }

    /// <summary>" token token ... ", the normalised tokens.</summary>
    public string Text { get; }

    /// <summary>Where each token is in <see cref="Original"/>.</summary>
    public IReadOnlyList<(int Start, int Length)> Spans { get; }

    /// <summary>The original words covered by the normalised range [start, start+length).</summary>
    public string OriginalOf(int start, int length)
    {
        var first = TokenAt(start);
        var last = TokenAt(Math.Max(start, start + length - 1));
        if (first < 0 || last < 0)
        {
            return "";
        }

        var from = Spans[first].Start;
        var to = Spans[last].Start + Spans[last].Length;
        return Original[from..to];
    }

    private int TokenAt(int offset)
    {
        var i = Array.BinarySearch(_starts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i < 0 || i >= _starts.Length ? -1 : i;
    }
}

/// <summary>Builds <see cref="NormalisedText"/>; lexicon phrases go through the same steps as messages.</summary>
public static class TextNormaliser
{
    /// <summary>Normalises a message.</summary>
    public static NormalisedText Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        var starts = new List<int>();
        var spans = new List<(int, int)>();
        var i = 0;
        while (NextWord(text, ref i) is var start and >= 0)
        {

            var token = Token(text.AsSpan(start, i - start));
            if (token.Length == 0)
            {
                continue;
            }

            starts.Add(builder.Length);
            spans.Add((start, i - start));
            builder.Append(token).Append(' ');
        }

        if (builder.Length == 1)
        {
            builder.Append(' ');
        }

        return new NormalisedText(text, builder.ToString(), [.. starts], [.. spans]);
    }

    // The next word of `text` at or after `i`: its start (-1 when none is left), with `i` moved to its end (word and joiner characters).
    private static int NextWord(string text, ref int i)
    {
        while (i < text.Length && !IsWordChar(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return -1;
        }

        var start = i;
        while (i < text.Length && (IsWordChar(text, i) || IsJoiner(text, i)))
        {
            i++;
        }

        return start;
    }

    /// <summary>
    /// <see cref="NormalisedText.Text"/> of <see cref="Normalise(string)"/>, written into <paramref name="buffer"/> (grown when
    /// short) with no string made for a token: what the learned model reads of every answer the rules pass. The length written.
    /// </summary>
    internal static int NormaliseInto(string text, ref char[] buffer)
    {
        // Each token is at most its word long before the composition (which may lengthen it: য় is two code points in form C).
        var length = 0;
        Put(ref buffer, ref length, ' ');
        var i = 0;
        Span<char> small = stackalloc char[128];
        while (NextWord(text, ref i) is var start and >= 0)
        {

            var word = text.AsSpan(start, i - start);
            var scratch = word.Length <= small.Length ? small[..word.Length] : new char[word.Length];
            var token = scratch[..Spell(word, scratch)];
            if (token.Length == 0)
            {
                continue;
            }

            if (token.ContainsAnyExceptInRange('\0', '\u007F') && !IsComposed(token))
            {
                // Rare (a letter with a nukta typed as two code points, accented Latin): the composition as Token makes it.
                token = new string(token).Normalize(NormalizationForm.FormC).ToCharArray();
            }

            foreach (var c in token)
            {
                Put(ref buffer, ref length, c);
            }

            Put(ref buffer, ref length, ' ');
        }

        if (length == 1)
        {
            Put(ref buffer, ref length, ' ');
        }

        return length;

        static void Put(ref char[] buffer, ref int length, char c)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(64, buffer.Length * 2));
            }

            buffer[length++] = c;
        }
    }

    /// <summary>
    /// Whether <paramref name="token"/> is certainly in Unicode normal form C already, judged without the ICU tables: every
    /// character ASCII or Bengali, none of the Bengali ones that form C changes or reorders (য় ড় ঢ় as one code point, the
    /// nukta, the sandhi mark) and no vowel sign that composes with an e-kar before it (ে + া is ো, ে + ৗ is ৌ). Anything
    /// else is asked of the tables (<see cref="string.IsNormalized()"/>).
    /// </summary>
    internal static bool IsComposed(ReadOnlySpan<char> token)
    {
        var previous = '\0';
        foreach (var c in token)
        {
            if (c >= '\u0080' && (c is < '\u0980' or > '\u09FF' or '\u09BC' or '\u09DC' or '\u09DD' or '\u09DF' or '\u09FE'
                || (c is '\u09BE' or '\u09D7' && previous == '\u09C7')))
            {
                return token.IsNormalized(NormalizationForm.FormC);
            }

            previous = c;
        }

        return true;
    }

    /// <summary>One word in canonical spelling.</summary>
    public static string Token(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var token = buffer[..Spell(word, buffer)];
        return token.ContainsAnyExceptInRange('\0', '\u007F') ? new string(token).Normalize(NormalizationForm.FormC) : new string(token);
    }

    // The canonical spelling of a word before composition, written into buffer (at least as long as the word); its length.
    private static int Spell(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var raw in word)
        {
            var c = raw;
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\'' or '’' or '‘')
            {
                continue;
            }

            buffer[n++] = Lower(Fold(c));
        }

        var s = buffer[..n];
        Leet(s);

        // In place, each step writing no further than it reads: letters typed many times once ("pleeease", "bhaiii", "নাাা").
        var length = Collapse(s);
        if (length > 1 && s[..length].ContainsAnyInRange('a', 'z') && !Unfolded.Contains(s[..length]))
        {
            length = Banglish(s[..length]);
        }

        return length;
    }

    /// <summary>
    /// English words that the Banglish folding would turn into another English word ("thong" into "tong", a tea stall;
    /// "shame" into "same"; "then" into "ten"): a folding that makes one real word of another is wrong, so these keep
    /// their spelling (`Normalise/unfolded.txt`, written by `make-unfolded.py` from a public English word list).
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Unfolded = LoadUnfolded();

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadUnfolded()
    {
        using var stream = typeof(TextNormaliser).Assembly.GetManifestResourceStream("Sajag.Safety.Normalise.unfolded.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Bengali letters that are often written for one another as one (ী ি, ূ ু, ঈ ই, ঊ উ, ণ ন, শ ষ স) and a Bengali or
    /// full-width digit as ASCII; any other character unchanged. The moderation skeleton folds with it too.
    /// </summary>
    internal static char Fold(char c) => c switch
    {
        >= '০' and <= '৯' or >= '０' and <= '９' => Digits.ToAscii(c),
        'ী' => 'ি',
        'ূ' => 'ু',
        'ঈ' => 'ই',
        'ঊ' => 'উ',
        'ণ' => 'ন',
        'শ' or 'ষ' => 'স',
        _ => c,
    };

    // ASCII, Bengali letters and surrogates (emoji) have no case to change: answered without the culture tables, which
    // cost more than the rest of a token's work. Anything else is lowered as before.
    private static char Lower(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c,
        >= '\u0980' and <= '\u09FF' => c,
        _ when char.IsSurrogate(c) => c,
        _ => char.ToLowerInvariant(c),
    };

    private static int Collapse(Span<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (n > 0 && s[n - 1] == c && !char.IsAsciiDigit(c))
            {
                continue;
            }

            s[n++] = c;
        }

        return n;
    }

    private static void Leet(Span<char> s)
    {
        // Digits and symbols between letters are letters in disguise: s3nd, n00ds, h@te. Plain numbers stay numbers.
        for (var k = 1; k < s.Length - 1; k++)
        {
            if (!char.IsAsciiLetterLower(s[k - 1]))
            {
                continue;
            }

            var end = k;
            while (end < s.Length && s[end] is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$')
            {
                end++;
            }

            if (end > k && end < s.Length && char.IsAsciiLetterLower(s[end]))
            {
                for (var j = k; j < end; j++)
                {
                    s[j] = s[j] switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', _ => 's' };
                }
            }
        }
    }

    private static int Banglish(Span<char> s)
    {
        var n = 0;
        for (var k = 0; k < s.Length; k++)
        {
            var c = s[k];
            var next = k + 1 < s.Length ? s[k + 1] : '\0';
            if (next == 'h' && c is 's' or 'b' or 't' or 'd' or 'g' or 'j' or 'p' or 'k')
            {
                s[n++] = c switch { 'b' => 'v', 'p' => 'f', 'k' => 'k', _ => c };
                k++;
                continue;
            }

            s[n++] = c == 'z' ? 'j' : c;
        }

        // Merging may create doubles again ("shsh", "bhv"): collapse once more.
        return Collapse(s[..n]);
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return true;
        }

        // Leet symbols count inside a word ("h@te"), not alone; a "+" after digits keeps "18+".
        return (c is '@' or '$' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            || (c == '+' && i > 0 && char.IsDigit(text[i - 1]));
    }

    private static bool IsJoiner(string text, int i) =>
        text[i] is '\'' or '’' or '\u200C' or '\u200D' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
}
