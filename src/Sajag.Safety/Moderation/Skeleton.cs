using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
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

    // Where each character of Text came from: [2k] the start of its span in the original text, [2k+1] the end; -1 for the
    // spaces and the fence.
    private readonly int[] _spans;

    private Skeleton(string text, int[] spans)
    {
        Text = text;
        _spans = spans;
    }

    /// <summary>" word  word  ... ", the words without their disguises.</summary>
    public string Text { get; }

    /// <summary>The span of the original text that [index, index+length) of <see cref="Text"/> came from.</summary>
    public (int Start, int End) SpanOf(int index, int length)
    {
        var first = index;
        var last = index + length - 1;
        while (first <= last && _spans[2 * first] < 0)
        {
            first++;
        }

        while (last >= first && _spans[2 * last] < 0)
        {
            last--;
        }

        return first > last ? (0, 0) : (_spans[2 * first], _spans[(2 * last) + 1]);
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
        // The letters, words and spelt-out words go into buffers this thread keeps (a Skeleton keeps none of them): only the
        // text and its map back are made for each answer.
        var units = t_units ??= new Units(256);
        units.Clear();
        Read(text, units);
        var words = t_words ??= new List<(int Start, int Count)>(64);
        Words(units, words);
        var spelt = t_spelt ??= new List<(int Start, int Count)>(4);
        SpeltOut(text, units, words, spelt);
        var length = 0;
        foreach (var (_, count) in CollectionsMarshal.AsSpan(words))
        {
            length += count + 2;
        }

        foreach (var (_, count) in CollectionsMarshal.AsSpan(spelt))
        {
            length += count + 2;
        }

        length += spelt.Count > 0 ? 3 : 0;
        var spans = new int[2 * length];
        var at = 0;
        var chars = length <= 512 ? stackalloc char[length] : new char[length];
        foreach (var word in CollectionsMarshal.AsSpan(words))
        {
            Append(word, chars, spans, units, ref at);
        }

        if (spelt.Count > 0)
        {
            Put(' ', -1, -1, chars, spans, ref at);
            Put(Fence, -1, -1, chars, spans, ref at);
            Put(' ', -1, -1, chars, spans, ref at);
            foreach (var word in CollectionsMarshal.AsSpan(spelt))
            {
                Append(word, chars, spans, units, ref at);
            }
        }

        return new Skeleton(new string(chars), spans);

        static void Append((int Start, int Count) word, Span<char> chars, int[] spans, Units units, ref int at)
        {
            Put(' ', -1, -1, chars, spans, ref at);
            foreach (var unit in units.Span.Slice(word.Start, word.Count))
            {
                Put(unit.C, unit.From, unit.To, chars, spans, ref at);
            }

            Put(' ', -1, -1, chars, spans, ref at);
        }

        static void Put(char c, int start, int end, Span<char> chars, int[] spans, ref int at)
        {
            chars[at] = c;
            spans[2 * at] = start;
            spans[(2 * at) + 1] = end;
            at++;
        }
    }

    [ThreadStatic]
    private static Units? t_units;

    [ThreadStatic]
    private static List<(int Start, int Count)>? t_words;

    [ThreadStatic]
    private static List<(int Start, int Count)>? t_spelt;

    /// <summary>A term of the word list in the same shape as a message's words (no leetspeak: the lists are spelt plainly).</summary>
    public static string Fold(string term)
    {
        var builder = new StringBuilder(term.Length);
        var units = new Units(term.Length);
        Read(term, units);
        foreach (var unit in units.Span)
        {
            if (unit.C is not ('.' or '-' or '_' or '\'' or '’'))
            {
                builder.Append(unit.C);
            }
        }

        return builder.ToString();
    }

    private readonly record struct Unit(char C, int From, int To);

    /// <summary>A growable run of units, read and rewritten in place as a span.</summary>
    private sealed class Units(int capacity)
    {
        private Unit[] _items = new Unit[Math.Max(capacity, 16)];

        public int Count { get; private set; }

        public Span<Unit> Span => _items.AsSpan(0, Count);

        public Unit this[int index]
        {
            get => _items[index];
            set => _items[index] = value;
        }

        public void Clear()
        {
            // A long answer's buffer is not kept for every later short one.
            if (_items.Length > 4096)
            {
                _items = new Unit[256];
            }

            Count = 0;
        }

        public void Add(Unit unit)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = unit;
        }
    }

    private static void Read(string text, Units units)
    {
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

            var value = rune.Value;
            if (value < 0x80)
            {
                // Most characters are ASCII or Bengali: their plain form without a string made for each.
                units.Add(new Unit((char)value is >= 'A' and <= 'Z' ? (char)(value + 32) : (char)value, i, i + consumed));
            }
            else if (value is >= 0x0980 and <= 0x09FF and not (0x09DF or 0x09DC or 0x09DD))
            {
                units.Add(new Unit(TextNormaliser.Fold((char)value), i, i + consumed));
            }
            else
            {
                foreach (var c in PlainOf(rune))
                {
                    units.Add(new Unit(c, i, i + consumed));
                }
            }

            i += consumed;
        }
    }

    // Plain's answer for each character of the first plane and of the emoji blocks, worked out on first need: it asks the
    // case tables and the compatibility decomposition, which cost more than the rest of the skeleton for a Bangla answer's
    // "।" or an emoji. Plain depends on the character alone, so a racing thread writes the same string.
    private const int EmojiFirst = 0x1F000;
    private const int EmojiLast = 0x1FAFF;
    private static readonly string?[] PlainBmp = new string?[char.MaxValue + 1];
    private static readonly string?[] PlainEmoji = new string?[EmojiLast - EmojiFirst + 1];

    private static string PlainOf(Rune rune)
    {
        var value = rune.Value;
        if (value <= char.MaxValue)
        {
            return PlainBmp[value] ??= Plain(rune);
        }

        return value is >= EmojiFirst and <= EmojiLast ? PlainEmoji[value - EmojiFirst] ??= Plain(rune) : Plain(rune);
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
        // য় ড় ঢ় arrive as one code point or as a letter and a nukta: always two here.
        '\u09DF' => "\u09AF\u09BC",
        '\u09DC' => "\u09A1\u09BC",
        '\u09DD' => "\u09A2\u09BC",
        _ => TextNormaliser.Fold(c).ToString(),
    };

    /// <summary>The words: each a range of <paramref name="units"/>, which loses its joiners (and gets its leetspeak undone) in place.</summary>
    private static void Words(Units units, List<(int Start, int Count)> words)
    {
        words.Clear();
        var write = 0;
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

            // The word's units are moved down over what was read (write never passes a), without its joiners.
            var first = write;
            bool letter = false, latin = false;
            for (var k = a; k < b; k++)
            {
                var unit = units[k];
                if (Kind(unit.C) == CharKind.Joiner)
                {
                    continue;
                }

                letter |= char.IsLetter(unit.C);
                latin |= char.IsAsciiLetter(unit.C);
                units[write++] = unit;
            }

            if (!letter)
            {
                write = first;
                continue;
            }

            if (latin)
            {
                Leet(units, first, write - first);
            }

            words.Add((first, write - first));
        }
    }

    private enum CharKind : byte
    {
        Space,
        Word,
        Joiner,
    }

    // The kind of every character of the first plane, worked out once: Words asks it several times of each character.
    private static readonly CharKind[] Kinds = Enumerable.Range(0, char.MaxValue + 1).Select(c => KindOf((char)c)).ToArray();

    private static CharKind Kind(char c) => Kinds[c];

    private static CharKind KindOf(char c)
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

    private static void Leet(Units units, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            var c = units[k].C switch
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
            units[k] = units[k] with { C = c };
        }
    }

    // Three or more words of one letter each ("f u c k", "খা ন কি"), one to three spaces, dots or dashes apart, spell a word.
    // A spelt word is added to the end of <paramref name="units"/> (after every word's units) and listed as a range of it.
    private static void SpeltOut(string text, Units units, List<(int Start, int Count)> words, List<(int Start, int Count)> spelt)
    {
        spelt.Clear();
        var runStart = 0;
        var runCount = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (IsOneLetter(units, word) && (runCount == 0 || CloseEnough(Last(words[w - 1]), units[word.Start])))
            {
                runStart = runCount == 0 ? w : runStart;
                runCount++;
                continue;
            }

            Flush();
            if (IsOneLetter(units, word))
            {
                (runStart, runCount) = (w, 1);
            }
        }

        Flush();

        Unit Last((int Start, int Count) word) => units[word.Start + word.Count - 1];

        void Flush()
        {
            if (runCount >= 3)
            {
                var start = units.Count;
                for (var w = runStart; w < runStart + runCount; w++)
                {
                    for (var k = words[w].Start; k < words[w].Start + words[w].Count; k++)
                    {
                        units.Add(units[k]);
                    }
                }

                spelt.Add((start, units.Count - start));
            }

            runCount = 0;
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

    private static bool IsOneLetter(Units units, (int Start, int Count) word)
    {
        var letters = 0;
        for (var k = word.Start; k < word.Start + word.Count; k++)
        {
            var c = units[k].C;
            if (char.IsLetter(c) || c == '*')
            {
                letters++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }

        return letters == 1;
    }

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
