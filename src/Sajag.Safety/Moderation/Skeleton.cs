using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Moderation;

/// <summary>
/// A text's words with the disguises taken off, each character mapped back to where it came from: invisible characters
/// dropped, look-alike letters (Cyrillic "ѕех", fullwidth "ｆｕｃｋ", accents) made plain Latin, lower case, Bengali spelling
/// variants merged (ী/ি, ূ/ু, ণ/ন, শ/ষ/স, য় typed as one or two code points), dots and dashes inside a word removed
/// ("s.e.x"), leetspeak undone in words with a Latin letter ("sh1t", "$ex", "@ss", "b!tch"), and letters spelt out one by
/// one ("f u c k", "খা ন কি") joined into one more word.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is " word  word  ... ": each word between two spaces of its own, so a whole word is a match between
/// two spaces, matches of neighbouring words do not share a space, and no lookaround is needed (the word list runs
/// without backtracking). Repeated letters are kept ("fuuuck"): the word list matches any number of each letter instead, so "ass" and "as"
/// stay different words. A '*' stays in a word as a letter the writer hid ("f*ck").
/// </remarks>
internal sealed class Skeleton
{
    // Separates the joined spelt-out words from the rest, so no phrase runs from one into the other.
    private const char Fence = '\u0001';

    private readonly int[] _from;
    private readonly int[] _to;

    private Skeleton(string text, int[] from, int[] to)
    {
        Text = text;
        _from = from;
        _to = to;
    }

    /// <summary>" word  word  ... ", the words without their disguises.</summary>
    public string Text { get; }

    /// <summary>Each word of <see cref="Text"/>: where it is in <see cref="Text"/> and how long; the fence before spelt-out words is a word of its own.</summary>
    public List<(int Index, int Length)> WordSpans()
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < Text.Length)
        {
            if (Text[i] == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < Text.Length && Text[i] != ' ')
            {
                i++;
            }

            spans.Add((start, i - start));
        }

        return spans;
    }

    /// <summary>The span of the original text that [index, index+length) of <see cref="Text"/> came from.</summary>
    public (int Start, int End) SpanOf(int index, int length)
    {
        var first = index;
        var last = index + length - 1;
        while (first <= last && _from[first] < 0)
        {
            first++;
        }

        while (last >= first && _from[last] < 0)
        {
            last--;
        }

        return first > last ? (0, 0) : (_from[first], _to[last]);
    }

    /// <summary>Where the word of <see cref="Text"/> that holds <paramref name="index"/> starts, and how long it is.</summary>
    public (int Start, int Length) WordAt(int index)
    {
        var start = Text.LastIndexOf(' ', index) + 1;
        var end = Text.IndexOf(' ', index);
        return (start, (end < 0 ? Text.Length : end) - start);
    }

    public static Skeleton Build(string text)
    {
        var units = Units(text);
        var words = Words(units);
        var builder = new StringBuilder(text.Length + 16);
        var from = new List<int>();
        var to = new List<int>();
        foreach (var word in words)
        {
            Append(word);
        }

        var spelt = SpeltOut(text, words);
        if (spelt.Count > 0)
        {
            builder.Append(' ').Append(Fence).Append(' ');
            from.AddRange([-1, -1, -1]);
            to.AddRange([-1, -1, -1]);
            foreach (var word in spelt)
            {
                Append(word);
            }
        }

        return new Skeleton(builder.ToString(), [.. from], [.. to]);

        void Append(List<Unit> word)
        {
            builder.Append(' ');
            from.Add(-1);
            to.Add(-1);
            foreach (var unit in word)
            {
                builder.Append(unit.C);
                from.Add(unit.From);
                to.Add(unit.To);
            }

            builder.Append(' ');
            from.Add(-1);
            to.Add(-1);
        }
    }

    /// <summary>A term of the word list in the same shape as a message's words (no leetspeak: the lists are spelt plainly).</summary>
    public static string Fold(string term)
    {
        var builder = new StringBuilder(term.Length);
        foreach (var unit in Units(term))
        {
            if (unit.C is not ('.' or '-' or '_' or '\'' or '’'))
            {
                builder.Append(unit.C);
            }
        }

        return builder.ToString();
    }

    private readonly record struct Unit(char C, int From, int To);

    private static List<Unit> Units(string text)
    {
        var units = new List<Unit>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            // A lone surrogate decodes as U+FFFD with one code unit consumed: never throws.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            consumed = Math.Max(1, consumed);
            if (text[i] == '\u09C7' && i + 1 < text.Length && text[i + 1] is '\u09BE' or '\u09D7')
            {
                // ো and ৌ typed as two vowel signs (ে + া, ে + ৗ) are one letter.
                units.Add(new Unit(text[i + 1] == '\u09BE' ? '\u09CB' : '\u09CC', i, i + 2));
                i += 2;
                continue;
            }

            foreach (var c in Plain(rune))
            {
                units.Add(new Unit(c, i, i + consumed));
            }

            i += consumed;
        }

        return units;
    }

    /// <summary>The plain characters a character stands for: none for an invisible one, "ss" for "ß".</summary>
    private static string Plain(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x80)
        {
            return ((char)value is >= 'A' and <= 'Z' ? (char)(value + 32) : (char)value).ToString();
        }

        if (value is >= 0x0980 and <= 0x09FF)
        {
            return Bengali((char)value);
        }

        if (Invisible.Contains(value))
        {
            return "";
        }

        var lower = Rune.ToLowerInvariant(rune);
        if (lower.IsBmp && LookAlikes.TryGetValue((char)lower.Value, out var latin))
        {
            return latin.ToString();
        }

        // Fullwidth, mathematical and accented letters: their compatibility decomposition without the marks ("ｆ" → "f", "ú" → "u").
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return kept.Length > 0 && kept.ToString().All(char.IsAscii) ? kept.ToString() : lower.ToString();
    }

    private static string Bengali(char c) => c switch
    {
        >= '০' and <= '৯' => Digits.ToAscii(c).ToString(),
        'ী' => "ি",
        'ূ' => "ু",
        'ঈ' => "ই",
        'ঊ' => "উ",
        'ণ' => "ন",
        'শ' or 'ষ' => "স",
        // য় ড় ঢ় arrive as one code point or as a letter and a nukta: always two here.
        '\u09DF' => "\u09AF\u09BC",
        '\u09DC' => "\u09A1\u09BC",
        '\u09DD' => "\u09A2\u09BC",
        _ => c.ToString(),
    };

    private static List<List<Unit>> Words(List<Unit> units)
    {
        var words = new List<List<Unit>>();
        var i = 0;
        while (i < units.Count)
        {
            if (Kind(units[i].C) == CharKind.Space)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < units.Count && Kind(units[i].C) != CharKind.Space)
            {
                i++;
            }

            // Joiners and "!" or "|" at either end are punctuation ("word!", "-word"); inside a word they are disguise.
            var (a, b) = (start, i);
            while (a < b && Kind(units[a].C) == CharKind.Joiner || a < b && units[a].C is '!' or '|')
            {
                a++;
            }

            while (b > a && Kind(units[b - 1].C) == CharKind.Joiner || b > a && units[b - 1].C is '!' or '|')
            {
                b--;
            }

            var word = units.GetRange(a, b - a).Where(u => Kind(u.C) != CharKind.Joiner).ToList();
            if (word.Any(u => char.IsLetter(u.C)))
            {
                if (word.Any(u => char.IsAsciiLetter(u.C)))
                {
                    Leet(word);
                }

                words.Add(word);
            }
        }

        return words;
    }

    private enum CharKind
    {
        Space,
        Word,
        Joiner,
    }

    private static CharKind Kind(char c)
    {
        if (char.IsLetterOrDigit(c) || c is '*' or '$' or '@' or '!' or '|')
        {
            return CharKind.Word;
        }

        if (c is '.' or '-' or '_' or '\'' or '’' or '‘')
        {
            return CharKind.Joiner;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            ? CharKind.Word
            : CharKind.Space;
    }

    private static void Leet(List<Unit> word)
    {
        for (var k = 0; k < word.Count; k++)
        {
            var c = word[k].C switch
            {
                '0' => 'o',
                '1' or '!' or '|' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                '8' => 'b',
                var other => other,
            };
            word[k] = word[k] with { C = c };
        }
    }

    // Three or more words of one letter each ("f u c k", "খা ন কি"), one to three spaces, dots or dashes apart, spell a word.
    private static List<List<Unit>> SpeltOut(string text, List<List<Unit>> words)
    {
        var spelt = new List<List<Unit>>();
        var run = new List<List<Unit>>();
        foreach (var word in words)
        {
            if (IsOneLetter(word) && (run.Count == 0 || CloseEnough(run[^1][^1], word[0])))
            {
                run.Add(word);
                continue;
            }

            Flush();
            if (IsOneLetter(word))
            {
                run.Add(word);
            }
        }

        Flush();
        return spelt;

        void Flush()
        {
            if (run.Count >= 3)
            {
                spelt.Add(run.SelectMany(w => w).ToList());
            }

            run.Clear();
        }

        bool CloseEnough(Unit left, Unit right)
        {
            var gap = text.AsSpan(left.To, Math.Max(0, right.From - left.To));
            var shown = 0;
            foreach (var c in gap)
            {
                if (Invisible.Contains(c))
                {
                    continue;
                }

                if (c is not (' ' or '.' or '-' or '_' or '/' or ',') || ++shown > 3)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool IsOneLetter(List<Unit> word) =>
        word.Count(u => char.IsLetter(u.C) || u.C == '*') == 1
        && word.All(u => char.IsLetter(u.C) || u.C == '*' || CharUnicodeInfo.GetUnicodeCategory(u.C) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    private static readonly FrozenSet<int> Invisible = new[]
    {
        0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3164, 0xFEFF, 0xFFA0,
    }.ToFrozenSet();

    // Cyrillic and Greek letters that look like Latin ones (lower case; upper case is lowered first).
    private static readonly FrozenDictionary<char, char> LookAlikes = new Dictionary<char, char>
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd',
        ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h', ['ӏ'] = 'l', ['ɡ'] = 'g', ['ı'] = 'i', ['ʏ'] = 'y',
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['γ'] = 'y', ['ω'] = 'w', ['ϲ'] = 'c',
    }.ToFrozenDictionary();
}
