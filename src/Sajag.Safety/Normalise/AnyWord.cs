using System.Buffers;
using System.Text;

namespace Sajag.Safety.Normalise;

/// <summary>
/// Whether a text holds any of some words, compared as <see cref="StringComparison.OrdinalIgnoreCase"/> compares them, and
/// as fast as the words allow: the ASCII words in one vectorised search, the words without case (Bengali) in an ordinal
/// one, and the rest only when the text holds a character outside ASCII that one of them needs.
/// </summary>
/// <remarks>
/// One search of mixed English and Bengali words ignoring case walks the text a character at a time; split this way, an
/// English or Banglish text costs one vectorised pass and a Bengali one an ordinal pass.
/// </remarks>
internal sealed class AnyWord
{
    // Characters that some other character upper-cases to ("K" for "k", "S" for "ſ"): a word holding one has a case.
    private static readonly bool[] UpperOfAnother = UppersOfOthers();

    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _uncased;
    private readonly SearchValues<string>? _cased;
    private readonly bool _casedNeedsNonAscii;

    /// <summary>A search for <paramref name="words"/> (none empty).</summary>
    public AnyWord(IEnumerable<string> words)
    {
        var all = words.Distinct(StringComparer.Ordinal).ToList();
        if (all.Exists(w => w.Length == 0))
        {
            throw new ArgumentException("An empty word is in every text: decide that before searching.", nameof(words));
        }

        var ascii = all.Where(w => Ascii.IsValid(w)).ToArray();
        var uncased = all.Where(w => !Ascii.IsValid(w) && w.All(Uncased)).ToArray();
        var cased = all.Where(w => !Ascii.IsValid(w) && !w.All(Uncased)).ToArray();
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _uncased = uncased.Length > 0 ? SearchValues.Create(uncased, StringComparison.Ordinal) : null;
        _cased = cased.Length > 0 ? SearchValues.Create(cased, StringComparison.OrdinalIgnoreCase) : null;
        // Under OrdinalIgnoreCase a character matches one outside ASCII only if both upper-case alike; a word holding a
        // character whose upper case is outside ASCII cannot be found in an ASCII text.
        _casedNeedsNonAscii = cased.All(w => w.Any(c => char.ToUpperInvariant(c) > '\u007F'));
    }

    /// <summary>Whether <paramref name="text"/> holds one of the words, as <c>IndexOfAny(SearchValues.Create(words, OrdinalIgnoreCase)) &gt;= 0</c> would say.</summary>
    public bool In(ReadOnlySpan<char> text)
    {
        if (_ascii is not null && text.IndexOfAny(_ascii) >= 0)
        {
            return true;
        }

        if (_uncased is null && _cased is null)
        {
            return false;
        }

        // Only a text with a character outside ASCII can hold a word that has one (an uncased one matches only itself).
        if (Ascii.IsValid(text))
        {
            return _cased is not null && !_casedNeedsNonAscii && text.IndexOfAny(_cased) >= 0;
        }

        return (_uncased is not null && text.IndexOfAny(_uncased) >= 0) || (_cased is not null && text.IndexOfAny(_cased) >= 0);
    }

    // A character is uncased when it is its own upper and lower case and no other character upper-cases to it: ordinal and
    // ignore-case comparison then agree on it.
    private static bool Uncased(char c) =>
        char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c && !UpperOfAnother[c];

    private static bool[] UppersOfOthers()
    {
        var uppers = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var upper = char.ToUpperInvariant((char)c);
            if (upper != c)
            {
                uppers[upper] = true;
            }
        }

        return uppers;
    }
}
