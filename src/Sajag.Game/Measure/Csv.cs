using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sajag.Game.Measure;

/// <summary>
/// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Bangla), CRLF line ends, RFC 4180
/// quoting, and a guard against formula injection.
/// </summary>
public static class Csv
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create("\",\r\n");
    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789.");

    /// <summary>Writes the header and the rows. The stream is left open.</summary>
    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        Line(writer, header);
        foreach (var row in rows)
        {
            Line(writer, row);
        }
    }

    /// <summary>
    /// One field as written: a field that a spreadsheet would run as a formula (starting with =, +, -, @,
    /// a tab or a carriage return) gets a leading apostrophe, except a negative plain number such as -0.250
    /// (a report's gains), which no spreadsheet runs; then a field with a quote, comma, CR or LF is quoted, its quotes doubled.
    /// </summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(text))
        {
            text = "'" + text;
        }

        return text.AsSpan().ContainsAny(NeedQuotes) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>A share or gain with 3 decimals (invariant culture), or the caller's text when suppressed or empty.</summary>
    public static string Format(double? value, string suppressed) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : suppressed;

    /// <summary>A head count, or the caller's text when suppressed.</summary>
    public static string Format(int? value, string suppressed) =>
        value is { } v ? v.ToString(CultureInfo.InvariantCulture) : suppressed;

    /// <summary>
    /// An estimate's fields for a CSV row: people, pairs, before, after, gain, low, high. A suppressed
    /// figure writes the caller's text in every field; an empty one (no pairs) writes 0 people and
    /// leaves the rest blank.
    /// </summary>
    public static IReadOnlyList<string> Fields(Figure<PairedEstimate> figure, string suppressed)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Suppressed)
        {
            return Enumerable.Repeat(suppressed, 7).ToArray();
        }

        var e = figure.Value;
        return
        [
            Format(figure.People, suppressed), Format(e?.Pairs, string.Empty), Format(e?.Before, string.Empty), Format(e?.After, string.Empty),
            Format(e?.Gain, string.Empty), Format(e?.Low, string.Empty), Format(e?.High, string.Empty),
        ];
    }

    private static void Line(StreamWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(fields[i]));
        }

        writer.WriteLine();
    }

    private static bool IsPlainNumber(string text)
    {
        var digits = text.AsSpan(text[0] == '-' ? 1 : 0);
        var point = digits.IndexOf('.');
        return digits.Length > 0
            && digits[0] != '.' && digits[^1] != '.'
            && (point < 0 || digits[(point + 1)..].IndexOf('.') < 0)
            && !digits.ContainsAnyExcept(NumberChars);
    }
}
