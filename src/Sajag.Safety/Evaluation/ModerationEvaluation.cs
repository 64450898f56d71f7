using System.Globalization;
using System.Text;
using Sajag.Safety.Moderation;

namespace Sajag.Safety.Evaluation;

/// <summary>How one labelled answer fared in the moderation filter.</summary>
/// <param name="Id">The row's id.</param>
/// <param name="Label">"flag" or "ok".</param>
/// <param name="Category">For flags insult, threat, coercion, swearing, slur or sexual-harassment; for ok answer, programme, everyday or nickname.</param>
/// <param name="Flagged">Whether the filter found a word of abuse, sex, threat or slur (personal details alone do not flag an answer here).</param>
/// <param name="Details">The personal details that had to be masked.</param>
/// <param name="Unmasked">Those still readable in the masked text.</param>
/// <param name="Text">The answer.</param>
/// <param name="Masked">What the filter made of it.</param>
public sealed record ModerationCase(string Id, string Label, string Category, bool Flagged, IReadOnlyList<string> Details, IReadOnlyList<string> Unmasked, string Text, string Masked)
{
    /// <summary>Whether the learned model, not the rules, flagged it.</summary>
    public bool ByModel { get; init; }
}

/// <summary>
/// The moderation filter measured on labelled answers (TSV: <c>id lang label category pii text note</c>): flag recall per
/// category, false flags per kind of clean answer, and personal details left readable.
/// </summary>
public sealed record ModerationEvaluation(IReadOnlyList<ModerationCase> Cases)
{
    private static readonly string[] Columns = ["id", "lang", "label", "category", "pii", "text"];

    public int Flags => Cases.Count(c => c.Label == "flag");

    public int Clean => Cases.Count(c => c.Label != "flag");

    /// <summary>The share of answers labelled flag that the filter flagged.</summary>
    public double FlagRecall => Ratio(Cases.Count(c => c.Label == "flag" && c.Flagged), Flags);

    /// <summary>The share of answers labelled ok that the filter flagged (a programme word or an everyday word taken for abuse).</summary>
    public double FalseFlagRate => Ratio(Cases.Count(c => c.Label != "flag" && c.Flagged), Clean);

    public int DetailCount => Cases.Sum(c => c.Details.Count);

    public int UnmaskedCount => Cases.Sum(c => c.Unmasked.Count);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>Runs the filter on every row of the files at <paramref name="path"/> (a TSV file or a folder of them).</summary>
    public static ModerationEvaluation Run(string path) => Run(path, Moderator.Check);

    /// <summary>Runs <paramref name="filter"/> on every row of the files at <paramref name="path"/>.</summary>
    public static ModerationEvaluation Run(string path, Func<string, ModerationResult> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var files = LabelledRows.Files(path);
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"No labelled moderation TSV at '{path}'.", path);
        }

        var cases = new List<ModerationCase>();
        foreach (var row in files.SelectMany(f => LabelledRows.Read(f, Columns)))
        {
            var text = row["text"];
            var result = filter(text);
            var details = LabelledRows.Items(row["pii"]);
            var unmasked = details.Where(d => result.Masked.Contains(d, StringComparison.Ordinal)).ToList();
            cases.Add(new ModerationCase(row["id"].Trim(), row["label"].Trim().ToLowerInvariant(), row["category"].Trim().ToLowerInvariant(),
                result.HasHarmfulWords, details, unmasked, text, result.Masked) { ByModel = result.ByModel });
        }

        return new ModerationEvaluation(cases);
    }

    /// <summary>The figures as text; with <paramref name="details"/> also each miss, false flag and unmasked detail (tuning data only).</summary>
    public string Format(bool details = false)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"{"label",-5} {"category",-18} {"rows",5} {"flagged",8} {"rate",6} {"by model",8}");
        foreach (var g in Cases.GroupBy(x => (x.Label, x.Category)).OrderBy(g => g.Key.Label == "flag" ? 0 : 1).ThenBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            var flagged = g.Count(x => x.Flagged);
            b.AppendLine(c, $"{g.Key.Label,-5} {g.Key.Category,-18} {g.Count(),5} {flagged,8} {Ratio(flagged, g.Count()),6:0.000} {g.Count(x => x.ByModel),8}");
        }

        b.AppendLine();
        b.AppendLine(c, $"answers: {Cases.Count} (flag {Flags}, ok {Clean})");
        b.AppendLine(c, $"flag recall: {FlagRecall:0.000} ({Cases.Count(x => x.Label == "flag" && x.Flagged)}/{Flags})");
        b.AppendLine(c, $"false-flag rate: {FalseFlagRate:0.000} ({Cases.Count(x => x.Label != "flag" && x.Flagged)}/{Clean})");
        b.AppendLine(c, $"personal details unmasked: {UnmaskedCount} of {DetailCount}");
        b.AppendLine(c, $"flagged by the rules: {Cases.Count(x => x.Flagged && !x.ByModel)}; by the learned model (the rules found nothing): {Cases.Count(x => x.ByModel)}");
        if (details)
        {
            b.AppendLine();
            foreach (var x in Cases.Where(x => (x.Label == "flag") != x.Flagged || x.Unmasked.Count > 0))
            {
                var what = x.ByModel ? "(model) " : "";
                what += x.Unmasked.Count > 0 ? "unmasked [" + string.Join(" | ", x.Unmasked) + "]" : x.Label == "flag" ? "missed" : "false flag";
                b.AppendLine(c, $"  {x.Id} {x.Category} {what}: {x.Text}  =>  {x.Masked}");
            }
        }

        return b.ToString();
    }
}
