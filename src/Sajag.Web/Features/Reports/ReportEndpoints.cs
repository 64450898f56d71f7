using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Game.Measure;
using Sajag.Web.Features.Accounts;
using Sajag.Web.Features.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Reports;

/// <summary>The CSV exports of reports and ideas: UTF-8 with BOM, each written to the audit log before it is sent.</summary>
public static class ReportEndpoints
{
    public static void MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/sessions/{id:guid}/csv", SessionCsvAsync).RequireAuthorization(LiveSetup.FacilitatorPolicy);
        app.MapGet("/reports/programme/csv", ProgrammeCsvAsync).RequireAuthorization(AccountsSetup.AdminPolicy);
        app.MapGet("/ideas/csv", IdeasCsvAsync).RequireAuthorization(AccountsSetup.AdminPolicy);
    }

    private static async Task<IResult> SessionCsvAsync(Guid id, HttpContext context, ReportsService reports, DiscussService discussion, AuditLog audit, PackCatalog catalog, UiLanguage ui, CancellationToken cancel)
    {
        var user = context.User;
        if (await reports.ReadableAsync(id, user, cancel) is not { } session)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ui["live.session.unknown"]);
        }

        var report = SessionReport.Build(await reports.SessionFactsAsync(session, cancel));
        var fewer = ui["report.fewer"];
        var format = new ReportFormat(ui, catalog.Pack);
        var rows = new List<IReadOnlyList<string>>
        {
            Row("session", "school", report.School, Csv.Format(report.People.People, fewer)),
            Row("session", "district", report.District, ""),
            Row("session", "area", report.Area.ToString(), ""),
            Row("session", "date", report.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ""),
        };
        foreach (var card in report.Cards)
        {
            var text = catalog.Pack.Cards.FirstOrDefault(c => c.Id == card.CardId)?.Prompt.In(ui.Code) ?? card.CardId;
            rows.Add([.. Row("card", card.CardId, text, Csv.Format(card.Rate.Value?.Answered, fewer)), Csv.Format(card.Rate.Value?.Rate, fewer)]);
        }

        foreach (var topic in report.Topics)
        {
            rows.Add([.. Row("topic", topic.TopicId, format.Topic(topic.TopicId), ""), "", .. Csv.Fields(topic.Estimate, fewer)]);
        }

        if (session.KnowledgeCheck)
        {
            rows.Add([.. Row("topic", "all", ui["report.alltopics"], ""), "", .. Csv.Fields(report.AllTopics, fewer)]);
        }

        foreach (var answer in await discussion.ApprovedAsync(id, cancel))
        {
            rows.Add(Row(answer.IdeaId is null ? "discussion" : "idea", answer.CardId, answer.Text, ""));
        }

        await audit.WriteAsync(user, "export.session.csv", session.Id.ToString(), cancel);
        return CsvFile(["section", "id", "name_or_text", "people_or_answered", "correct_rate", "people", "pairs", "before", "after", "gain", "ci_low", "ci_high"], rows,
            $"sajag-session-{session.Code}-{report.Date:yyyy-MM-dd}.csv");
    }

    private static async Task<IResult> ProgrammeCsvAsync(HttpContext context, ReportsService reports, AuditLog audit, PackCatalog catalog, UiLanguage ui, SajagDb db, CancellationToken cancel)
    {
        var filter = ProgrammeReportModel.FilterOf(context.Request.Query, out _);
        var organisation = await OrganisationOfAsync(context.User, db, cancel);
        var report = ProgrammeReport.Build(await reports.ProgrammeFactsAsync(organisation, filter, cancel), filter);
        var fewer = ui["report.fewer"];
        var format = new ReportFormat(ui, catalog.Pack);
        List<IReadOnlyList<string>> rows =
        [
            [.. Row("summary", "sessions", report.Sessions.ToString(CultureInfo.InvariantCulture), ""), .. Empty(7)],
            [.. Row("summary", "schools", report.Schools.ToString(CultureInfo.InvariantCulture), ""), .. Empty(7)],
            [.. Row("summary", "people", Csv.Format(report.People.People, fewer), ""), .. Empty(7)],
            [.. Row("all", "all", ui["report.alltopics"], ""), .. Csv.Fields(report.AllTopics, fewer)],
        ];
        rows.AddRange(report.Topics.Select(t => (IReadOnlyList<string>)["topic", t.TopicId, format.Topic(t.TopicId), "", .. Csv.Fields(t.Estimate, fewer)]));
        rows.AddRange(report.ByArea.Select(g => Group("area", g.Group.ToString(), g.People, g.Estimate, fewer)));
        rows.AddRange(report.ByGender.Select(g => Group("gender", g.Group.ToString(), g.People, g.Estimate, fewer)));
        rows.AddRange(report.ByAgeBand.Select(g => Group("age_band", g.Group.ToString(), g.People, g.Estimate, fewer)));
        await audit.WriteAsync(context.User, "export.programme.csv", context.Request.QueryString.Value ?? "", cancel);
        return CsvFile(["section", "id", "name", "took_part", "people", "pairs", "before", "after", "gain", "ci_low", "ci_high"], rows, "sajag-programme.csv");
    }

    private static async Task<IResult> IdeasCsvAsync(HttpContext context, SajagDb db, AuditLog audit, PackCatalog catalog, UiLanguage ui, CancellationToken cancel)
    {
        var topic = context.Request.Query["topic"].ToString();
        var ideas = await IdeasModel.QueryAsync(db, context.User.FindFirstValue(ClaimTypes.NameIdentifier)!, topic, cancel);
        var format = new ReportFormat(ui, catalog.Pack);
        await audit.WriteAsync(context.User, "export.ideas.csv", topic, cancel);
        return CsvFile(["topic", "topic_title", "card", "language", "starred_on", "idea"],
            ideas.Select(i => (IReadOnlyList<string>)[i.TopicId, format.Topic(i.TopicId), i.CardId, i.Language,
                i.StarredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.Text]),
            "sajag-ideas.csv");
    }

    /// <summary>The organisation whose data an adult may read (null: every organisation, for an admin without one).</summary>
    public static async Task<int?> OrganisationOfAsync(ClaimsPrincipal user, SajagDb db, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(db);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return await db.Users.Where(u => u.Id == id).Select(u => u.OrganisationId).FirstOrDefaultAsync(cancel);
    }

    private static IReadOnlyList<string> Group(string section, string id, Headcount people, Figure<PairedEstimate> estimate, string fewer) =>
        [section, id, id, Csv.Format(people.People, fewer), .. Csv.Fields(estimate, fewer)];

    private static string[] Row(string section, string id, string name, string count) => [section, id, name, count];

    private static string[] Empty(int count) => Enumerable.Repeat("", count).ToArray();

    private static FileContentHttpResult CsvFile(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string name)
    {
        var buffer = new MemoryStream();
        Game.Measure.Csv.Write(buffer, header, rows);
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", name);
    }
}
