using System.Globalization;
using System.Text;
using Sajag.Safety.Posts;

namespace Sajag.Safety.Evaluation;

/// <summary>One labelled personal detail in a draft and whether the post check marked it.</summary>
/// <param name="Kind">The labelled kind (full-name, age, birth-date, phone, email, address, school, class, location, handle, link).</param>
/// <param name="Text">The detail as written in the draft.</param>
/// <param name="Start">Where it is in the draft, or -1 when the label's text is not in the draft.</param>
/// <param name="Marked">Whether a finding of any kind overlaps it.</param>
/// <param name="MarkedAsKind">The kind of the finding that overlaps it, or null.</param>
public sealed record LabelledDetail(string Kind, string Text, int Start, bool Marked, string? MarkedAsKind);

/// <summary>How one labelled draft fared in the post check.</summary>
public sealed record PostCase(string Id, string Draft, IReadOnlyList<LabelledDetail> Details, IReadOnlyList<PersonalDetail> Findings, IReadOnlyList<PersonalDetail> FalseMarks);

/// <summary>
/// The post check measured on labelled drafts (TSV: <c>id lang details text note</c>, details as <c>kind=exact text</c>
/// separated by " || "): recall per kind, and marks on nothing labelled.
/// </summary>
public sealed record PostEvaluation(IReadOnlyList<PostCase> Cases)
{
    private static readonly string[] Columns = ["id", "lang", "details", "text"];

    private IEnumerable<LabelledDetail> Located => Cases.SelectMany(c => c.Details).Where(d => d.Start >= 0);

    /// <summary>The share of labelled details that some finding overlaps.</summary>
    public double Recall => Ratio(Located.Count(d => d.Marked), Located.Count());

    /// <summary>The share of labelled details marked with their own kind.</summary>
    public double KindRecall => Ratio(Located.Count(d => d.MarkedAsKind == d.Kind), Located.Count());

    public int FindingCount => Cases.Sum(c => c.Findings.Count);

    public int FalseMarkCount => Cases.Sum(c => c.FalseMarks.Count);

    /// <summary>The share of findings that overlap no labelled detail.</summary>
    public double FalseMarkRate => FindingCount == 0 ? 0 : (double)FalseMarkCount / FindingCount;

    /// <summary>The share of drafts with no labelled detail in which something was marked.</summary>
    public double CleanDraftsMarked => Ratio(Cases.Count(c => c.Details.Count == 0 && c.Findings.Count > 0), Cases.Count(c => c.Details.Count == 0));

    public int UnlocatedCount => Cases.Sum(c => c.Details.Count(d => d.Start < 0));

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>Runs the post check on every row of the files at <paramref name="path"/> (a TSV file or a folder of them), as of
    /// <paramref name="today"/> (the date decides which whole dates are a young person's birthday).</summary>
    public static PostEvaluation Run(string path, DateOnly today) => Run(path, text => PersonalDetailFinder.Find(text, today));

    /// <summary>Runs <paramref name="finder"/> on every row of the files at <paramref name="path"/>.</summary>
    public static PostEvaluation Run(string path, Func<string, IReadOnlyList<PersonalDetail>> finder)
    {
        ArgumentNullException.ThrowIfNull(finder);
        var files = LabelledRows.Files(path);
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"No labelled post-check TSV at '{path}'.", path);
        }

        var cases = new List<PostCase>();
        foreach (var row in files.SelectMany(f => LabelledRows.Read(f, Columns)))
        {
            var draft = row["text"];
            var findings = finder(draft);
            var labelled = new List<LabelledDetail>();
            var searchFrom = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in LabelledRows.Items(row["details"]))
            {
                var equals = item.IndexOf('=', StringComparison.Ordinal);
                var kind = equals < 0 ? "?" : item[..equals].Trim().ToLowerInvariant();
                var text = equals < 0 ? item : item[(equals + 1)..].Trim();
                // The same text labelled twice is its first and then its second occurrence.
                var from = searchFrom.GetValueOrDefault(text);
                var start = text.Length == 0 ? -1 : draft.IndexOf(text, Math.Min(from, draft.Length), StringComparison.Ordinal);
                if (start < 0 && from > 0)
                {
                    start = draft.IndexOf(text, StringComparison.Ordinal);
                }

                searchFrom[text] = start < 0 ? from : start + text.Length;
                var end = start + text.Length;
                var over = start < 0 ? null : findings.FirstOrDefault(f => f.Start < end && start < f.End);
                labelled.Add(new LabelledDetail(kind, text, start, over is not null, over?.Code));
            }

            // A finding on any occurrence of a labelled text is on that detail: a handle written twice ("tiktok.com/@rifat.edits …
            // @rifat.edits on every app") is the same detail both times, though the label locates its first.
            var occurrences = labelled.Where(d => d.Start >= 0).SelectMany(d => Occurrences(draft, d.Text)).ToList();
            var falseMarks = findings.Where(f => !occurrences.Any(o => f.Start < o.End && o.Start < f.End)).ToList();
            cases.Add(new PostCase(row["id"].Trim(), draft, labelled, findings, falseMarks));
        }

        return new PostEvaluation(cases);
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string draft, string text)
    {
        for (var at = draft.IndexOf(text, StringComparison.Ordinal); at >= 0; at = draft.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            yield return (at, at + text.Length);
        }
    }

    /// <summary>The figures as text; with <paramref name="details"/> also each miss and false mark (tuning data only).</summary>
    public string Format(bool details = false)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"{"kind",-12} {"labelled",8} {"marked",7} {"recall",7} {"as kind",8} {"false marks",12}");
        var kinds = Located.Select(d => d.Kind).Concat(Cases.SelectMany(x => x.Findings).Select(f => f.Code)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            var of = Located.Where(d => d.Kind == kind).ToList();
            var marked = of.Count(d => d.Marked);
            var asKind = of.Count(d => d.MarkedAsKind == kind);
            var falseMarks = Cases.Sum(x => x.FalseMarks.Count(f => f.Code == kind));
            b.AppendLine(c, $"{kind,-12} {of.Count,8} {marked,7} {Ratio(marked, of.Count),7:0.000} {Ratio(asKind, of.Count),8:0.000} {falseMarks,12}");
        }

        b.AppendLine();
        b.AppendLine(c, $"drafts: {Cases.Count} (with no detail {Cases.Count(x => x.Details.Count == 0)}); labelled details: {Located.Count()} (not found in their draft: {UnlocatedCount})");
        b.AppendLine(c, $"post-check recall: {Recall:0.000} ({Located.Count(d => d.Marked)}/{Located.Count()}); with the labelled kind: {KindRecall:0.000}");
        b.AppendLine(c, $"false marks: {FalseMarkRate:0.000} ({FalseMarkCount} of {FindingCount} findings on nothing labelled)");
        b.AppendLine(c, $"drafts with no detail that were marked: {CleanDraftsMarked:0.000}");
        if (details)
        {
            b.AppendLine();
            foreach (var x in Cases)
            {
                foreach (var d in x.Details.Where(d => !d.Marked))
                {
                    b.AppendLine(c, $"  {x.Id} missed {d.Kind}=\"{d.Text}\"{(d.Start < 0 ? " (not in the draft)" : "")}: {x.Draft}");
                }

                foreach (var f in x.FalseMarks)
                {
                    b.AppendLine(c, $"  {x.Id} false {f.Code}=\"{f.Text}\": {x.Draft}");
                }
            }
        }

        return b.ToString();
    }
}
