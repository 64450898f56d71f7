using System.Net;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;
using Sajag.Web.Features.Reports;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Tests;

/// <summary>Session and programme reports, their CSV exports and the audit log, over real sessions played through the hub.</summary>
public sealed class ReportTests(SajagApp app) : ReportTestsBase(app), IClassFixture<SajagApp>;

/// <summary>The same, on PostgreSQL (run by ./test.sh).</summary>
public sealed class PostgresReportTests(PostgresApp postgres) : ReportTestsBase(postgres.App), IClassFixture<PostgresApp>;

public abstract class ReportTestsBase(SajagApp app)
{
    private readonly LiveKit _kit = new(app);

    private Sajag.Content.ContentPack Pack => app.Services.GetRequiredService<PackCatalog>().Pack;

    /// <summary>A session with the knowledge check where each player says who they are, answers all wrong before and all right after, and card 0.</summary>
    private async Task<(LiveKit.Facilitator Facilitator, LiveSession Session)> PlayedAsync(LiveKit.Facilitator? facilitator, params (string Gender, string Age)[] players)
    {
        facilitator ??= await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator, cards: 2, check: true);
        await _kit.DeckAsync(session.Id, Pack.Cards.First(c => c.Options.Count > 0 && c.Discuss is not null), Pack.Cards.Where(c => c.Options.Count > 0).Skip(1).First());
        session = await _kit.DbAsync(db => db.LiveSessions.AsNoTracking().FirstAsync(s => s.Id == session.Id));
        var items = session.CheckItems.Split(',').Select(id => Pack.Assessment.First(a => a.Id == id)).ToList();
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        var clients = new List<LiveClient>();
        foreach (var (gender, age) in players)
        {
            var client = await _kit.PlayerAsync(await _kit.JoinAsync(session.Code));
            clients.Add(client);
            var before = items.ToDictionary(i => i.Id, i => i.Options.ToList().FindIndex(o => !o.Correct));
            Assert.True((await client.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", new CheckSubmission(CheckStage.Before, before, gender, age))).Accepted);
        }

        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        var right = Sajag.Game.Scoring.CorrectOptions(Pack.Cards.First(c => c.Options.Count > 0 && c.Discuss is not null)).ToArray();
        foreach (var client in clients)
        {
            await client.StateAsync(v => v.Phase == "question");
            await client.Connection.InvokeAsync<AnswerAck>("Answer", 0, right);
        }

        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next);
        await clients[0].StateAsync(v => v.Phase == "discuss");
        await clients[0].Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "Ask a teacher, call 01712 345678");
        var row = (await staff.StaffAsync(v => v.Discussion is { Queue.Count: 1 })).Discussion!.Queue[0];
        await staff.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Approve);
        await staff.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Star);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.End);
        foreach (var client in clients)
        {
            await client.StateAsync(v => v.Phase == "ended");
            var after = items.ToDictionary(i => i.Id, i => i.Options.ToList().FindIndex(o => o.Correct));
            Assert.True((await client.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", new CheckSubmission(CheckStage.After, after, null, null))).Accepted);
            await client.DisposeAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionService>().SummariseAsync();
        return (facilitator, session);
    }

    private static readonly (string, string)[] SixGirls = Enumerable.Repeat(("girl", "13-14"), 6).ToArray();

    [Fact]
    public async Task TheSessionReport_ShowsCardsGainsAndApprovedAnswers_InBothLanguages()
    {
        var (facilitator, session) = await PlayedAsync(null, SixGirls);

        var (englishStatus, en) = await _kit.TextAsync($"/reports/sessions/{session.Id}?lang=en", facilitator.Cookie);
        var (banglaStatus, bn) = await _kit.TextAsync($"/reports/sessions/{session.Id}?lang=bn", facilitator.Cookie);

        Assert.Equal(HttpStatusCode.OK, englishStatus);
        Assert.Equal(HttpStatusCode.OK, banglaStatus);
        // Six young people, all wrong before and all right after: 0% to 100%, the card answered by six, 100% right.
        Assert.Contains("<dd>6</dd>", en, StringComparison.Ordinal);
        Assert.Contains("<td>0%</td><td>100%</td><td>+100</td>", en, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">6</td><td class=\"num\">100%</td>", en, StringComparison.Ordinal);
        Assert.Contains("Ask a teacher, call [phone]", en, StringComparison.Ordinal);
        // The placeholder is stored in English and shown in the reader's language.
        Assert.Contains("Ask a teacher, call [ফোন]", bn, StringComparison.Ordinal);
        Assert.DoesNotContain("[phone]", bn, StringComparison.Ordinal);
        Assert.DoesNotContain("345678", en, StringComparison.Ordinal);
        Assert.Contains("<svg", en, StringComparison.Ordinal);
        // Bangla: the words and the digits.
        Assert.Contains("সেশনের প্রতিবেদন", bn, StringComparison.Ordinal);
        Assert.Contains("<dd>৬</dd>", bn, StringComparison.Ordinal);
        Assert.Contains("<td>০%</td><td>১০০%</td><td>+১০০</td>", bn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionOfFourYoungPeople_ShowsNoFigureAboutThem()
    {
        var (facilitator, session) = await PlayedAsync(null, Enumerable.Repeat(("boy", "15-16"), 4).ToArray());

        var (status, html) = await _kit.TextAsync($"/reports/sessions/{session.Id}?lang=en", facilitator.Cookie);
        var (_, text) = await _kit.TextAsync($"/reports/sessions/{session.Id}/csv?lang=en", facilitator.Cookie);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dd>fewer than 5: not shown</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("100%", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dd>4</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1.000", text, StringComparison.Ordinal);
        Assert.Contains("fewer than 5: not shown", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSessionCsv_IsUtf8WithABom_InBangla_AndItsExportIsAudited()
    {
        var (facilitator, session) = await PlayedAsync(null, SixGirls);
        var audited = await _kit.DbAsync(db => db.AuditEntries.CountAsync(a => a.Target == session.Id.ToString()));

        using var response = await _kit.GetAsync($"/reports/sessions/{session.Id}/csv?lang=bn", facilitator.Cookie);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.StartsWith("section,id,name_or_text,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        var checkedTopic = Pack.Assessment.First(a => a.Id == session.CheckItems.Split(',')[0]).TopicId;
        Assert.Contains(Pack.FindTopic(checkedTopic)!.Title.In("bn"), text, StringComparison.Ordinal);
        Assert.Contains("idea,", text, StringComparison.Ordinal);
        Assert.Contains(",0.000,1.000,1.000,", text, StringComparison.Ordinal);
        var entries = await _kit.DbAsync(db => db.AuditEntries.Where(a => a.Target == session.Id.ToString()).OrderBy(a => a.Id).ToListAsync());
        var entry = Assert.Single(entries.Skip(audited));
        Assert.Equal("export.session.csv", entry.Action);
        Assert.Equal(facilitator.Id, entry.UserId);
    }

    [Fact]
    public async Task AnotherFacilitatorsOrOrganisationsSessionReport_IsNotFound_AndWithoutAnAccountItAsksToSignIn()
    {
        var (facilitator, session) = await PlayedAsync(null, SixGirls);
        var other = await _kit.FacilitatorAsync();
        var otherAdmin = await _kit.AdminAsync(other);
        var ownAdmin = await _kit.AdminAsync(facilitator);

        var (otherAdminStatus, _) = await _kit.TextAsync($"/reports/sessions/{session.Id}", otherAdmin);
        var (otherAdminCsv, _) = await _kit.TextAsync($"/reports/sessions/{session.Id}/csv", otherAdmin);
        var (ownAdminStatus, _) = await _kit.TextAsync($"/reports/sessions/{session.Id}", ownAdmin);
        Assert.Equal(HttpStatusCode.NotFound, otherAdminStatus);
        Assert.Equal(HttpStatusCode.NotFound, otherAdminCsv);
        Assert.Equal(HttpStatusCode.OK, ownAdminStatus);

        using var page = await _kit.GetAsync($"/reports/sessions/{session.Id}", other.Cookie);
        using var csv = await _kit.GetAsync($"/reports/sessions/{session.Id}/csv", other.Cookie);
        using var anonymous = await _kit.GetAsync($"/reports/sessions/{session.Id}/csv", null);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Equal("application/problem+json", csv.Content.Headers.ContentType!.MediaType);
        Assert.True(anonymous.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, anonymous.StatusCode.ToString());
        Assert.Equal(0, await _kit.DbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == other.Id)));
    }

    [Fact]
    public async Task TheProgrammeReport_BreaksDownByGroup_SuppressingGroupsUnderFive_AndFilters()
    {
        var facilitator = await _kit.FacilitatorAsync();
        // Over two sessions: 7 girls, 6 who did not say, 3 boys. The boys are never shown; the next smallest
        // group hides too, or the boys could be worked out from the total and the others.
        await PlayedAsync(facilitator, [.. Enumerable.Repeat(("girl", "15-16"), 4), .. Enumerable.Repeat(("notsaid", "15-16"), 3), ("boy", "17-18")]);
        await PlayedAsync(facilitator, [.. Enumerable.Repeat(("girl", "15-16"), 3), .. Enumerable.Repeat(("notsaid", "15-16"), 3), ("boy", "15-16"), ("boy", "15-16")]);
        var admin = await _kit.AdminAsync(facilitator);

        var (status, allHtml) = await _kit.TextAsync("/reports?lang=en", admin);
        var (_, girlsHtml) = await _kit.TextAsync("/reports?lang=en&gender=Girl", admin);
        var (_, boysHtml) = await _kit.TextAsync("/reports?lang=en&gender=Boy", admin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dt>Young people taking part</dt><dd>16</dd>", allHtml, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Girls</th><td>7</td>\n<td>0%</td><td>100%</td>", allHtml, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Boys</th><td>fewer than 5: not shown</td>", allHtml, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Not said</th><td>fewer than 5: not shown</td>", allHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>6</td>", allHtml, StringComparison.Ordinal);
        // The sessions' own day (not the clock's: the test may cross midnight).
        var day = await _kit.DbAsync(db => db.LiveSessions.Where(s => s.FacilitatorId == facilitator.Id).Select(s => s.CreatedAt).ToListAsync());
        var first = day.Min().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var last = day.Max().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = day.Max().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (_, todayHtml) = await _kit.TextAsync($"/reports?lang=en&from={first}&to={last}&district=SATKHIRA&area=Rural", admin);
        var (_, laterHtml) = await _kit.TextAsync($"/reports?lang=en&from={tomorrow}", admin);
        var (_, urbanHtml) = await _kit.TextAsync("/reports?lang=en&area=Urban", admin);
        Assert.Contains("<dt>Young people taking part</dt><dd>16</dd>", todayHtml, StringComparison.Ordinal);
        Assert.Contains("No ended session matches these filters yet.", laterHtml, StringComparison.Ordinal);
        Assert.Contains("No ended session matches these filters yet.", urbanHtml, StringComparison.Ordinal);
        Assert.Contains("<dd>7</dd>", girlsHtml, StringComparison.Ordinal);
        Assert.Contains("<dd>fewer than 5: not shown</dd>", boysHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("100%", boysHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProgrammeReport_FiltersByAgeBandAndByNotSaid_ReadingOnlyThoseCells()
    {
        var facilitator = await _kit.FacilitatorAsync();
        await PlayedAsync(facilitator, [.. Enumerable.Repeat(("girl", "15-16"), 5), .. Enumerable.Repeat(("notsaid", "15-16"), 5), ("boy", "17-18"), ("notsaid", "notsaid"), ("notsaid", "notsaid")]);
        var admin = await _kit.AdminAsync(facilitator);

        foreach (var (query, people) in new[] { ("age=From15To16", "10"), ("gender=NotSaid", "7"), ("gender=NotSaid&age=From15To16", "5"), ("age=From17To18", "fewer than 5: not shown") })
        {
            var (_, html) = await _kit.TextAsync($"/reports?lang=en&{query}", admin);
            Assert.Contains($"<dt>Young people taking part</dt><dd>{people}</dd>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheProgrammeReport_IsForProgrammeStaffOnly_AndABadFilterIsSaidAndLeftOut()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var admin = await _kit.AdminAsync(facilitator);

        using var asFacilitator = await _kit.GetAsync("/reports", facilitator.Cookie);
        using var csvAsFacilitator = await _kit.GetAsync("/reports/programme/csv", facilitator.Cookie);
        using var bad = await _kit.GetAsync("/reports?lang=en&from=yesterday&gender=7&area=Moon", admin);
        using var backwards = await _kit.GetAsync("/reports?lang=en&from=2026-12-01&to=2026-01-01", admin);

        Assert.NotEqual(HttpStatusCode.OK, asFacilitator.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, csvAsFacilitator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("A filter could not be read", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("A filter could not be read", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProgrammeCsvAndTheIdeas_AreExportedForTheOrganisation_AndAudited()
    {
        var facilitator = await _kit.FacilitatorAsync();
        await PlayedAsync(facilitator, SixGirls);
        var admin = await _kit.AdminAsync(facilitator);

        var (status, programmeText) = await _kit.TextAsync("/reports/programme/csv?gender=Girl", admin);
        var (_, ideasPage) = await _kit.TextAsync("/ideas?lang=en", admin);
        var (_, ideasText) = await _kit.TextAsync("/ideas/csv", admin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("summary,people,6,", programmeText, StringComparison.Ordinal);
        Assert.Contains("gender,Girl,Girl,6,", programmeText, StringComparison.Ordinal);
        Assert.Contains("Ask a teacher, call [phone]", ideasPage, StringComparison.Ordinal);
        Assert.Contains("Ask a teacher, call [phone]", ideasText, StringComparison.Ordinal);
        var actions = await _kit.DbAsync(db => db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains("export.programme.csv", actions);
        Assert.Contains("export.ideas.csv", actions);
    }

    [Fact]
    public async Task AnotherOrganisationsAdmin_FindsNoneOfItsSessionsInTheProgrammeReport_OnThePageOrInTheCsv()
    {
        var facilitator = await _kit.FacilitatorAsync();
        await PlayedAsync(facilitator, SixGirls);
        var ownAdmin = await _kit.AdminAsync(facilitator);
        var otherAdmin = await _kit.AdminAsync(await _kit.FacilitatorAsync());

        var (_, own) = await _kit.TextAsync("/reports/programme/csv", ownAdmin);
        var (otherStatus, other) = await _kit.TextAsync("/reports/programme/csv", otherAdmin);
        var (_, otherPage) = await _kit.TextAsync("/reports?lang=en", otherAdmin);
        var (_, ownPage) = await _kit.TextAsync("/reports?lang=en", ownAdmin);
        static string Sessions(string page) => System.Text.RegularExpressions.Regex.Match(page, "<dd>(\\d+)</dd>").Groups[1].Value;

        Assert.Contains("summary,sessions,1,", own, StringComparison.Ordinal);
        Assert.Contains("summary,people,6,", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherStatus);
        Assert.Contains("summary,sessions,0,", other, StringComparison.Ordinal);
        Assert.DoesNotContain("summary,people,6,", other, StringComparison.Ordinal);
        Assert.Equal("1", Sessions(ownPage)); // the page's first figure: sessions
        Assert.True(Sessions(otherPage) is "" or "0", "the other organisation's page counts this session"); // no figures at all, or none
    }
}
