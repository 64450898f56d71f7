using System.Text;

namespace Sajag.Safety.Evaluation;

/// <summary>Reads the labelled TSV files of the moderation and post-check sets (a header line, then one row per line).</summary>
public static class LabelledRows
{
    /// <summary>The rows of <paramref name="path"/> as cells by column name; an error names the line, never its text.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path, params string[] required)
    {
        ArgumentNullException.ThrowIfNull(required);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0)
        {
            throw new FormatException($"{path}: empty; expected a header line ({string.Join(' ', required)}).");
        }

        var header = lines[0].Split('\t').Select(h => h.Trim()).ToArray();
        var missing = required.Where(r => !header.Contains(r, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"{path}: the header lacks the column(s) {string.Join(", ", missing)}.");
        }

        var rows = new List<IReadOnlyDictionary<string, string>>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[n].Split('\t');
            if (cells.Length < required.Length)
            {
                throw new FormatException($"{path}: line {n + 1} has {cells.Length} columns, expected at least {required.Length}.");
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < header.Length && k < cells.Length; k++)
            {
                row[header[k]] = cells[k];
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A list cell: items separated by " || ", or "-" (or nothing) for none.</summary>
    public static IReadOnlyList<string> Items(string? cell) =>
        cell is null || cell.Trim() is "-" or ""
            ? []
            : cell.Split(" || ", StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0 && s != "-").ToList();

    /// <summary>The files a path names: the file itself, or every <c>*.tsv</c> in a folder, by name.</summary>
    public static IReadOnlyList<string> Files(string path) =>
        File.Exists(path) ? [path] : Directory.Exists(path) ? Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToList() : [];
}
