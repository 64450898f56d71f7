namespace Sajag.Safety.Chats;

/// <summary>
/// Text typed with the legacy Bijoy keyboard for an ANSI font (SutonnyMJ and friends) reaches us as Latin
/// letters and symbols: "Avwg †Zvgv‡K fvjevwm" for আমি তোমাকে ভালবাসি. It cannot be analysed as Bangla, so it is
/// detected and explained instead.
/// </summary>
public static class Bijoy
{
    // Symbols that Bijoy uses for vowel signs and conjuncts (e-kar is †/‡, ya-phala ¨, reph ©) and that ordinary
    // English or Banglish chat never has.
    private const string Symbols = "†‡ˆ‰Š¨©ª¯¸»¼½¾¿¤¦§¢¥Ö×ØÙÚÛÜÝÞß";

    // The commonest words of everyday Bangla as Bijoy writes them (আমি, তুমি, আমার, কি, কী, না, আছে, ভালো, ...).
    private static readonly System.Buffers.SearchValues<char> SymbolValues = System.Buffers.SearchValues.Create(Symbols);

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Avwg", "Zzwg", "ZzB", "Avgvi", "Avgv‡K", "Avcwb", "Avcbvi", "wK", "Kx", "bv", "Av‡Q", "Ki", "Kwi", "K‡iv", "fvj", "fv‡jv",
        "GB", "GUv", "Avi", "GKv", "Qwe", "UvKv", "`vI", "ej", "e‡jv", "n‡e", "w`e", "GLb", "Kvj", "AvR", "evmv", "evmvq", "fvB", "Avcy",
        "Zvi", "Zviv", "Zv‡K", "Avgiv", "†Kb", "†Kgb", "†Kv_vq", "†Zvgvi", "†Zvgv‡K", "Ges", "wKš‘",
    };

    /// <summary>Whether <paramref name="text"/> looks like Bijoy-keyboard output rather than English, Banglish or Unicode Bangla.</summary>
    public static bool Looks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tally = new Tally();
        tally.Add(text);
        return tally.Looks;
    }

    /// <summary>Counts a chat's words message by message, so a long chat is judged without joining its text.</summary>
    internal sealed class Tally
    {
        private int _latin;
        private int _bijoy;

        /// <summary>Whether the words counted so far look like Bijoy-keyboard output.</summary>
        public bool Looks => _latin >= 3 && _bijoy >= 2 && _bijoy >= _latin * 0.25;

        public void Add(string text)
        {
            Count(text, ref _latin, ref _bijoy);
        }
    }

    private static void Count(string text, ref int latin, ref int bijoy)
    {
        // Span by span, no copies: this runs on every message of a chat.
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in text.AsSpan().SplitAny(" \n\r\t,.?!\"'"))
        {
            var token = text.AsSpan(range);
            if (token.IsEmpty)
            {
                continue;
            }

            var hasBengali = token.ContainsAnyInRange('\u0980', '\u09FF');
            if (hasBengali)
            {
                // Real Bangla script: whatever else is here, it is not Bijoy output.
                latin -= 1;
                continue;
            }

            var hasLatin = token.ContainsAnyInRange('A', 'Z') || token.ContainsAnyInRange('a', 'z');
            var hasSymbol = token.ContainsAny(SymbolValues);
            if (!hasLatin && !hasSymbol)
            {
                continue;
            }

            latin++;
            if (hasSymbol || words.Contains(token))
            {
                bijoy++;
            }
        }
    }
}
