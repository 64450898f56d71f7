using System.Globalization;
using Sajag.Content;
using Sajag.Game.Measure;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Reports;

/// <summary>How a report writes its numbers and words in the reader's language (Bengali digits in Bangla).</summary>
public sealed class ReportFormat(UiLanguage ui, ContentPack pack)
{
    public string Count(int value) => ui.Digits(value.ToString("N0", CultureInfo.InvariantCulture));

    public string Count(Headcount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return count.People is { } people ? Count(people) : ui["report.fewer"];
    }

    /// <summary>A share as a whole percentage: 0.423 is "42%".</summary>
    public string Percent(double share) => ui.Digits(Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%");

    /// <summary>A change in percentage points with its sign: 0.125 is "+13".</summary>
    public string Points(double change)
    {
        var points = Math.Round(change * 100, MidpointRounding.AwayFromZero);
        return ui.Digits((points > 0 ? "+" : "") + points.ToString("0", CultureInfo.InvariantCulture));
    }

    public string Interval(PairedEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return $"{Points(estimate.Low)} … {Points(estimate.High)}";
    }

    public string Date(DateOnly date) => ui.Digits(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public string Area(Area area) => ui[area == Game.Measure.Area.Urban ? "report.urban" : "report.rural"];

    /// <summary>A topic's title in the reader's language, or its id when the pack no longer has it.</summary>
    public string Topic(string topicId) => pack.FindTopic(topicId)?.Title.In(ui.Code) ?? topicId;

    /// <summary>The topics in the pack's order.</summary>
    public IReadOnlyList<TopicRow> InPackOrder(IEnumerable<TopicRow> topics) =>
        [.. topics.OrderBy(t => pack.Topics.ToList().FindIndex(x => x.Id == t.TopicId))];

    public ChartText Chart(string titleKey) =>
        new(ui[titleKey], ui["report.before"], ui["report.after"], ui["report.gain"], ui["report.interval"], ui["report.fewer"], Percent);
}

/// <summary>A table of before/after estimates: a heading for the first column and one row per topic or group.</summary>
public sealed record EstimateTable(string Heading, IReadOnlyList<(string Label, Figure<PairedEstimate> Figure)> Rows, ReportFormat Format);

/// <summary>A breakdown table: one row per group with its people and its before/after estimate.</summary>
public sealed record GroupTable(string Heading, IReadOnlyList<(string Label, Headcount People, Figure<PairedEstimate> Figure)> Rows, ReportFormat Format);
