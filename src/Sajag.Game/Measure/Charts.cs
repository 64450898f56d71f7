using System.Globalization;
using System.Security;
using System.Text;

namespace Sajag.Game.Measure;

/// <summary>One row of a before/after chart: a label (a topic or a group) and its estimate, null when suppressed.</summary>
public sealed record ChartRow(string Label, PairedEstimate? Estimate)
{
    /// <summary>
    /// A row from a report figure: a suppressed figure draws the "fewer than 5" text; an empty one (a
    /// group with no before/after pairs) gives null, to be left out of the chart.
    /// </summary>
    public static ChartRow? From(string label, Figure<PairedEstimate> figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Suppressed || figure.Value is not null ? new ChartRow(label, figure.Value) : null;
    }
}

/// <summary>One bar: a label (a card) and a share between 0 and 1, null when suppressed.</summary>
public sealed record BarRow(string Label, double? Value)
{
    /// <summary>A card's bar from its report row; null for a card nobody answered, to be left out.</summary>
    public static BarRow? From(string label, Figure<CardRate> figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Suppressed || figure.Value is not null ? new BarRow(label, figure.Value?.Rate) : null;
    }
}

/// <summary>
/// The words of a chart in the reader's language and how it writes numbers: <paramref name="Percent"/>
/// formats a share or a difference (e.g. 0.12 as "12%", or "১২%" in Bangla; negative values too).
/// </summary>
public sealed record ChartText(string Title, string Before, string After, string Gain, string Interval, string FewerThanFive, Func<double, string> Percent);

/// <summary>
/// Charts as inline SVG for a server-rendered page: viewBox-based (360 wide, so it fits a phone and
/// scales), role="img" with a title and an aria-label that reads out every figure, labels as text
/// (font inherited, no letter-spacing, so Bangla renders), colours only through the classes before,
/// after, ci and suppressed (the CSP forbids inline styles). Every text is XML-escaped.
/// </summary>
public static class Charts
{
    private const int Width = 360;
    // Bars take at most 210 of the 360 so the value written after a full bar still fits.
    private const int Plot = 210;
    private const int BarHeight = 14;
    private const int SuppressedRowHeight = 44;

    /// <summary>Before and after bars per row, with the gain's 95% interval drawn from the before value.</summary>
    public static string BeforeAfter(IReadOnlyList<ChartRow> rows, ChartText text)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(text);
        return Chart(text, rowHeight: 84, rows.Select(r => (r.Label, r.Estimate is { } e ? (body, top) => Estimate(body, top, e, text) : (Drawer?)null)));
    }

    /// <summary>One bar per row (e.g. each card's correct rate), its value written after it.</summary>
    public static string Bars(IReadOnlyList<BarRow> rows, ChartText text)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(text);
        return Chart(text, rowHeight: 44, rows.Select(r => (r.Label, r.Value is { } v ? (body, top) => Bar(body, top + 18, v, "after", text.Percent(v)) : (Drawer?)null)));
    }

    /// <summary>Draws one row's figure below its label and returns how the aria-label reads it.</summary>
    private delegate string Drawer(StringBuilder body, int top);

    /// <summary>A label per row, then its figure, or the "fewer than 5" text when the row has none.</summary>
    private static string Chart(ChartText text, int rowHeight, IEnumerable<(string Label, Drawer? Draw)> rows)
    {
        var body = new StringBuilder();
        var summary = new List<string>();
        var top = 8;
        foreach (var (label, draw) in rows)
        {
            Text(body, 0, top + 12, label, "label");
            if (draw is null)
            {
                Text(body, 0, top + 32, text.FewerThanFive, "suppressed");
            }

            summary.Add($"{label}: {draw?.Invoke(body, top) ?? text.FewerThanFive}");
            top += draw is null ? SuppressedRowHeight : rowHeight;
        }

        var title = summary.Count == 0 ? text.Title : $"{text.Title}. {string.Join("; ", summary)}.";
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {top}\" role=\"img\" aria-label=\"{Escape(title)}\"><title>{Escape(text.Title)}</title>{body}</svg>";
    }

    private static string Estimate(StringBuilder body, int top, PairedEstimate e, ChartText text)
    {
        var before = $"{text.Before} {text.Percent(e.Before)}";
        var after = $"{text.After} {text.Percent(e.After)}";
        // The interval of the gain, laid from the before value: where the after value plausibly lies.
        var low = X(e.Before + e.Low);
        var high = X(e.Before + e.High);
        Bar(body, top + 18, e.Before, "before", before);
        Bar(body, top + 36, e.After, "after", after, textFrom: high);
        var middle = top + 36 + (BarHeight / 2);
        body.Append(CultureInfo.InvariantCulture, $"<path class=\"ci\" d=\"M{low:0.#} {middle - 5}v10M{low:0.#} {middle}H{high:0.#}M{high:0.#} {middle - 5}v10\"/>");
        var gain = GainText(e, text);
        Text(body, 0, top + 68, gain, "gain");
        return $"{before}, {after}, {gain}";
    }

    private static string GainText(PairedEstimate e, ChartText text) =>
        $"{text.Gain} {(e.Gain > 0 ? "+" : string.Empty)}{text.Percent(e.Gain)} ({text.Interval} {text.Percent(e.Low)} – {text.Percent(e.High)})";

    private static double X(double share) => Math.Clamp(share, 0, 1) * Plot;

    /// <summary>A bar and its value written after it (or after <paramref name="textFrom"/>, the interval's end, when that is further right).</summary>
    private static string Bar(StringBuilder body, int top, double share, string css, string label, double textFrom = 0)
    {
        var width = X(share);
        body.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"0\" y=\"{top}\" width=\"{width:0.#}\" height=\"{BarHeight}\"/>");
        Text(body, Math.Max(width, textFrom) + 4, top + BarHeight - 2, label, "value");
        return label;
    }

    private static void Text(StringBuilder body, double x, int y, string text, string css) =>
        body.Append(CultureInfo.InvariantCulture, $"<text class=\"{css}\" x=\"{x:0.#}\" y=\"{y}\">{Escape(text)}</text>");

    // Control characters are not allowed in XML at all, so they become spaces before escaping.
    private static string Escape(string text) =>
        SecurityElement.Escape(string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        })) ?? string.Empty;
}
