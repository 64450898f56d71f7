using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sajag.Data;
using Sajag.Game.Measure;
using Sajag.Web.Features.Accounts;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Reports;

[Authorize(Policy = AccountsSetup.AdminPolicy)]
public sealed class ProgrammeReportModel(ReportsService reports, SajagDb db, PackCatalog catalog, UiLanguage ui) : PageModel
{
    public ProgrammeReport Report { get; private set; } = null!;

    public ReportFormat Format { get; } = new(ui, catalog.Pack);

    public IReadOnlyList<string> Districts { get; private set; } = [];

    public bool BadFilter { get; private set; }

    public string TopicsChart { get; private set; } = "";

    public string GroupsChart { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var filter = FilterOf(Request.Query, out var bad);
        BadFilter = bad;
        var organisation = await ReportEndpoints.OrganisationOfAsync(User, db, cancel);
        Districts = await reports.DistrictsAsync(organisation, cancel);
        Report = ProgrammeReport.Build(await reports.ProgrammeFactsAsync(organisation, filter, cancel), filter);
        TopicsChart = Charts.BeforeAfter(Topics.Select(t => ChartRow.From(TopicTitle(t.TopicId), t.Estimate)).OfType<ChartRow>().ToList(), Format.Chart("report.chart.before-after"));
        GroupsChart = Charts.BeforeAfter(
            Report.ByArea.Select(g => ChartRow.From(Format.Area(g.Group), g.Estimate))
                .Concat(Report.ByGender.Select(g => ChartRow.From(ui[$"report.gender.{g.Group}"], g.Estimate)))
                .Concat(Report.ByAgeBand.Select(g => ChartRow.From(ui[$"report.age.{g.Group}"], g.Estimate))).OfType<ChartRow>().ToList(),
            Format.Chart("report.chart.groups"));
    }

    /// <summary>The report's topics in the pack's order.</summary>
    public IReadOnlyList<TopicRow> Topics => Format.InPackOrder(Report.Topics);

    public string TopicTitle(string topicId) => Format.Topic(topicId);

    /// <summary>The filter from the query string; a value that cannot be read is left out and <paramref name="bad"/> says so.</summary>
    public static ReportFilter FilterOf(IQueryCollection query, out bool bad)
    {
        ArgumentNullException.ThrowIfNull(query);
        var wrong = false;
        DateOnly? Date(string key)
        {
            var text = query[key].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(Sajag.Safety.Normalise.Digits.ToAscii(text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            wrong = true;
            return null;
        }

        T? Choice<T>(string key)
            where T : struct, Enum
        {
            var text = query[key].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
            {
                return value;
            }

            wrong = true;
            return null;
        }

        var district = query["district"].ToString().Trim();
        var filter = new ReportFilter(Date("from"), Date("to"), district.Length is > 0 and <= 100 ? district : null, Choice<Area>("area"), Choice<Gender>("gender"), Choice<AgeBand>("age"));
        bad = wrong || district.Length > 100 || filter.From > filter.To;
        return filter;
    }
}
