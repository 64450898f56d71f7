namespace Sajag.Safety.Normalise;

/// <summary>Digits as young people in Bangladesh type them: ASCII or Bengali (০-৯), or full-width (０-９) from some keyboards.</summary>
/// <remarks>The one digit table of the detectors: the post check, the moderation filter and the normaliser all fold digits here.</remarks>
public static class Digits
{
    /// <summary>The ASCII digit for a Bengali or full-width digit; any other character as it is.</summary>
    public static char ToAscii(char c) => c switch
    {
        >= '০' and <= '৯' => (char)('0' + (c - '০')),
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        _ => c,
    };

    /// <summary>Whether <paramref name="c"/> is an ASCII or a Bengali digit.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '০' and <= '৯';

    /// <summary>The value 0-9 of an ASCII or Bengali digit, or -1.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '০' and <= '৯' => c - '০',
        _ => -1,
    };

    /// <summary><paramref name="text"/> with every Bengali or full-width digit replaced by its ASCII digit; same length, so offsets hold.</summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('০', '৯') < 0 && text.AsSpan().IndexOfAnyInRange('０', '９') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = ToAscii(source[i]);
            }
        });
    }
}
