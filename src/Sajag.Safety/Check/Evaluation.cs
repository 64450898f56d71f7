using System.Globalization;
using System.Text;

namespace Sajag.Safety.Check;

/// <summary>How one labelled chat fared.</summary>
public sealed record EvaluatedCase(string File, string Expected, string Got, IReadOnlySet<string> ExpectedSigns, IReadOnlySet<string> GotSigns, string? Error);

/// <summary>Precision, recall and F1 of one sign over a labelled set (counted per chat).</summary>
public sealed record SignScore(string Code, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The check measured against a folder of labelled chats (<c>labels.tsv</c>: file, me, level, signs, note).</summary>
public sealed record EvaluationReport(IReadOnlyList<EvaluatedCase> Cases, IReadOnlyList<SignScore> Scores)
{
    private static readonly string[] Risky = ["warning", "danger"];

    /// <summary>The share of chats whose level is exactly the labelled one.</summary>
    public double LevelAccuracy => Ratio(Cases.Count(c => c.Expected == c.Got), Cases.Count);

    public double RiskyRecall => Ratio(Cases.Count(c => Risky.Contains(c.Expected) && Risky.Contains(c.Got)), Cases.Count(c => Risky.Contains(c.Expected)));

    public double BenignFalseAlarmRate => Ratio(Cases.Count(c => c.Expected == "none" && c.Got != "none"), Cases.Count(c => c.Expected == "none"));

    public double MicroPrecision => Ratio(Scores.Sum(s => s.TruePositives), Scores.Sum(s => s.TruePositives + s.FalsePositives));

    public double MicroRecall => Ratio(Scores.Sum(s => s.TruePositives), Scores.Sum(s => s.TruePositives + s.FalseNegatives));

    public double MicroF1 => MicroPrecision + MicroRecall == 0 ? 0 : 2 * MicroPrecision * MicroRecall / (MicroPrecision + MicroRecall);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>
    /// The labelled parts of <paramref name="folder"/>: the folder itself when it holds <c>labels.tsv</c>, else each sub-folder
    /// that does (e.g. <c>tuning/</c> and <c>blind/</c>), by name.
    /// </summary>
    public static IReadOnlyList<(string Name, string Folder)> Parts(string folder)
    {
        if (File.Exists(Path.Join(folder, "labels.tsv")))
        {
            return [(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), folder)];
        }

        return !Directory.Exists(folder)
            ? []
            : Directory.GetDirectories(folder).Where(d => File.Exists(Path.Join(d, "labels.tsv")))
                .Select(d => (Path.GetFileName(d), d)).OrderBy(p => p.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs the check on every labelled chat in <paramref name="folder"/>.</summary>
    public static EvaluationReport Run(string folder)
    {
        var labels = Path.Join(folder, "labels.tsv");
        if (!File.Exists(labels))
        {
            throw new FileNotFoundException($"No labels.tsv in '{folder}'.", labels);
        }

        var cases = new List<EvaluatedCase>();
        foreach (var line in File.ReadAllLines(labels, Encoding.UTF8).Skip(1).Where(l => l.Trim().Length > 0))
        {
            var cells = line.Split('\t');
            if (cells.Length < 4)
            {
                throw new FormatException($"labels.tsv: a line has fewer than 4 columns (file me level signs note): line {cases.Count + 2}.");
            }

            var expected = cells[3].Trim() is "-" or "" ? new HashSet<string>(StringComparer.Ordinal) : cells[3].Split(',').Select(s => s.Trim()).ToHashSet(StringComparer.Ordinal);
            var me = cells[1].Trim() is "-" or "" ? null : cells[1];
            var outcome = ChatCheck.Run(File.ReadAllBytes(Path.Join(folder, cells[0])), cells[0], me);
            var error = outcome.ReadError?.Message ?? outcome.MeError;
            var got = outcome.Result is { } result ? CheckTexts.Name(result.Level) : "unread";
            cases.Add(new EvaluatedCase(cells[0], cells[2].Trim(), got, expected, outcome.Result?.Codes ?? new HashSet<string>(StringComparer.Ordinal), error));
        }

        var scores = Signs.All.Select(code => new SignScore(code,
            cases.Count(c => c.ExpectedSigns.Contains(code) && c.GotSigns.Contains(code)),
            cases.Count(c => !c.ExpectedSigns.Contains(code) && c.GotSigns.Contains(code)),
            cases.Count(c => c.ExpectedSigns.Contains(code) && !c.GotSigns.Contains(code)))).ToList();
        return new EvaluationReport(cases, scores);
    }

    /// <summary>
    /// The report as a text table. Without <paramref name="details"/> only figures over the whole set are printed (what may be
    /// shown of a blind part); with it, each chat that differs from its label is listed by file name.
    /// </summary>
    public string Format(bool details = true)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"{"sign",-24} {"precision",9} {"recall",7} {"F1",5} {"tp",4} {"fp",4} {"fn",4}");
        foreach (var s in Scores)
        {
            b.AppendLine(c, $"{s.Code,-24} {s.Precision,9:0.00} {s.Recall,7:0.00} {s.F1,5:0.00} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4}");
        }

        b.AppendLine();
        b.AppendLine(c, $"chats: {Cases.Count} (none {Cases.Count(x => x.Expected == "none")}, caution {Cases.Count(x => x.Expected == "caution")}, warning {Cases.Count(x => x.Expected == "warning")}, danger {Cases.Count(x => x.Expected == "danger")}; unread {Cases.Count(x => x.Error is not null)})");
        b.AppendLine(c, $"sign micro precision: {MicroPrecision:0.000}  recall: {MicroRecall:0.000}  F1: {MicroF1:0.000}");
        b.AppendLine(c, $"level accuracy: {LevelAccuracy:0.000} ({Cases.Count(x => x.Expected == x.Got)}/{Cases.Count})");
        b.AppendLine(c, $"risky recall (warning or danger): {RiskyRecall:0.000}");
        b.AppendLine(c, $"benign false-alarm rate: {BenignFalseAlarmRate:0.000}");
        var wrong = Cases.Where(x => x.Expected != x.Got || !x.ExpectedSigns.SetEquals(x.GotSigns)).ToList();
        if (details && wrong.Count > 0)
        {
            b.AppendLine();
            b.AppendLine("differences:");
            foreach (var x in wrong)
            {
                var missing = x.ExpectedSigns.Except(x.GotSigns).Order(StringComparer.Ordinal);
                var extra = x.GotSigns.Except(x.ExpectedSigns).Order(StringComparer.Ordinal);
                b.AppendLine(c, $"  {x.File}: level {x.Expected} -> {x.Got}; missing [{string.Join(", ", missing)}]; extra [{string.Join(", ", extra)}]{(x.Error is null ? "" : "; " + x.Error)}");
            }
        }

        return b.ToString();
    }
}
