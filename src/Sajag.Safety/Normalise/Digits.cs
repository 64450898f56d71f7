namespace Sajag.Safety.Normalise;

/// <summary>Digits as young people in Bangladesh type them: ASCII or Bengali (০-৯).</summary>
public static class Digits
{
    /// <summary>Whether <paramref name="c"/> is an ASCII or a Bengali digit.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '০' and <= '৯';

    /// <summary>The value 0-9 of an ASCII or Bengali digit, or -1.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '০' and <= '৯' => c - '০',
        _ => -1,
    };

    /// <summary><paramref name="text"/> with every Bengali digit replaced by its ASCII digit; same length, so offsets hold.</summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => c is >= '০' and <= '৯'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '০' and <= '৯' ? (char)('0' + (c - '০')) : c;
            }
        });
    }
}
