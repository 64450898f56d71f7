using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sajag.Content;
using Sajag.Data.Entities;
using Sajag.Game.Measure;
using Sajag.Web.Features.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Reports;

[Authorize(Policy = LiveSetup.FacilitatorPolicy)]
public sealed class SessionReportModel(ReportsService reports, DiscussService discussion, PackCatalog catalog, UiLanguage ui) : PageModel
{
    public LiveSession Session { get; private set; } = null!;

    public SessionReport Report { get; private set; } = null!;

    public ReportFormat Format { get; } = new(ui, catalog.Pack);

    public IReadOnlyList<(Card Card, IReadOnlyList<OpenAnswer> Answers)> Discussion { get; private set; } = [];

    public string CardsChart { get; private set; } = "";

    public string TopicsChart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancel)
    {
        if (await reports.ReadableAsync(id, User, cancel) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        Report = SessionReport.Build(await reports.SessionFactsAsync(session, cancel));
        var pack = catalog.Pack;
        // The charts draw only the figures that are shown; the table below says once per row why one is not
        // (a chart row and a table row both saying "fewer than 5" read as two warnings per card).
        var bars = Report.Cards.Select(c => BarRow.From(ChartLabel(c.CardIndex, c.CardId), c.Rate)).OfType<BarRow>().Where(r => r.Value is not null).ToList();
        CardsChart = bars.Count > 0 ? Charts.Bars(bars, Format.Chart("report.chart.cards")) : "";
        var estimates = Topics.Select(t => ChartRow.From(TopicTitle(t.TopicId), t.Estimate)).OfType<ChartRow>().Where(r => r.Estimate is not null).ToList();
        TopicsChart = estimates.Count > 0 ? Charts.BeforeAfter(estimates, Format.Chart("report.chart.before-after")) : "";
        Discussion = (await discussion.ApprovedAsync(id, cancel)).GroupBy(a => a.CardIndex)
            .Select(g => (pack.Cards.FirstOrDefault(c => c.Id == g.First().CardId), (IReadOnlyList<OpenAnswer>)g.ToList()))
            .Where(g => g.Item1 is not null).Select(g => (g.Item1!, g.Item2)).ToList();
        return Page();
    }

    /// <summary>The report's topics in the pack's order.</summary>
    public IReadOnlyList<TopicRow> Topics => Format.InPackOrder(Report.Topics);

    public string TopicTitle(string topicId) => Format.Topic(topicId);

    /// <summary>
    /// A card's label in the chart: its number and the start of its prompt, cut at a word, because a
    /// chart's text does not wrap; the table below gives every prompt in full.
    /// </summary>
    public string ChartLabel(int index, string cardId)
    {
        const int longest = 48;
        var label = CardLabel(index, cardId);
        if (label.Length <= longest)
        {
            return label;
        }

        var cut = label.LastIndexOf(' ', longest - 1);
        return label[..(cut > longest / 2 ? cut : longest - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    public string CardLabel(int index, string cardId) =>
        $"{ui.Digits((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}. {catalog.Pack.Cards.FirstOrDefault(c => c.Id == cardId)?.Prompt.In(ui.Code) ?? cardId}";
}
