using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Tests;

/// <summary>The counters are process-wide: this collection runs alone, so a test's before/after difference is its own.</summary>
[CollectionDefinition(nameof(MetricsRunAlone), DisableParallelization = true)]
public sealed class MetricsRunAlone;

/// <summary>What an operator's Prometheus scrapes: off by default, on its own loopback port, numbers and fixed labels only.</summary>
[Collection(nameof(MetricsRunAlone))]
public sealed partial class MetricsTests : IAsyncLifetime
{
    private readonly int _port = Nginx.FreePort();
    private SajagApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new SajagApp();
        _app.Settings["Metrics:Enabled"] = "true";
        _app.Settings["Metrics:Port"] = _port.ToString(CultureInfo.InvariantCulture);
        _ = _app.Server; // starts the app, and the metrics listener with it
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ALiveSessionAndACheck_AreCounted_WithNoTextOfAYoungPerson()
    {
        var kit = new LiveKit(_app);
        var before = await ScrapeAsync();
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator);
        var nicknames = new[] { "Moonfish", "Tigerlily", "Rainbird" };
        var players = new List<LiveClient>();
        foreach (var nickname in nicknames)
        {
            players.Add(await kit.PlayerAsync(await kit.JoinAsync(session.Code, nickname)));
        }

        var staff = await kit.StaffAsync(facilitator, session.Id);
        var connected = await ScrapeAsync();
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await players[^1].StateAsync(v => v.Phase == "question");
        foreach (var player in players)
        {
            Assert.True((await player.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 })).Accepted);
        }

        Assert.True((await players[0].Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 })).Duplicate);
        Assert.Equal("live.answer.closed", (await players[1].Connection.InvokeAsync<AnswerAck>("Answer", 1, new[] { 0 })).Refusal); // a card not yet shown
        const string chat = "[12/05/2026, 21:03] Rafiq Bhai: send me a photo of you, don't tell your parents\n[12/05/2026, 21:04] Me: no";
        using (var client = _app.CreateClient())
        using (var content = new StringContent(chat, Encoding.UTF8, "text/plain"))
        {
            using var response = await client.PostAsync("/api/check?me=Me", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var after = await ScrapeAsync();

        Assert.Equal(3, Value(after, "sajag_live_answers_total", "outcome=\"stored\"") - Value(before, "sajag_live_answers_total", "outcome=\"stored\""));
        Assert.Equal(1, Value(after, "sajag_live_answers_total", "outcome=\"duplicate\"") - Value(before, "sajag_live_answers_total", "outcome=\"duplicate\""));
        Assert.Equal(1, Value(after, "sajag_live_answers_total", "outcome=\"refused\"") - Value(before, "sajag_live_answers_total", "outcome=\"refused\""));
        Assert.Equal(5, Value(after, "sajag_live_answer_batch_size_count") - Value(before, "sajag_live_answer_batch_size_count"));
        Assert.Equal(3, Value(after, "sajag_moderation_duration_seconds_count") - Value(before, "sajag_moderation_duration_seconds_count")); // the typed nicknames
        Assert.Equal(1, Value(after, "sajag_check_duration_seconds_count", "status=\"200\"") - Value(before, "sajag_check_duration_seconds_count", "status=\"200\""));
        Assert.True(Value(after, "sajag_db_command_duration_seconds_count") > Value(before, "sajag_db_command_duration_seconds_count"));
        Assert.True(Value(after, "http_server_request_duration_seconds_count", "http_route=\"/api/check\"") >= 1);
        // SignalR's own meter: the four hub connections of this test were open at the second scrape.
        Assert.Equal(4, Value(connected, "signalr_server_active_connections") - Value(before, "signalr_server_active_connections"));

        // Nothing a young person typed or was given: no nickname, no chat line, no session code, no name.
        foreach (var secret in nicknames.Concat(["Rafiq", "photo", "parents", session.Code, facilitator.Email]))
        {
            Assert.DoesNotContain(secret, after, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var client in players.Append(staff))
        {
            await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnswersWrittenOnTheConnection_AreTimedAsEveryOtherCommand()
    {
        var kit = new LiveKit(_app);
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator);
        var joined = new[] { await kit.JoinAsync(session.Code, "Moonfish"), await kit.JoinAsync(session.Code, "Rainbird") };
        var before = await ScrapeAsync();

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
            var answers = joined.Select(j => new LiveAnswer
            {
                SessionId = session.Id, PlayerId = j.PlayerId, CardIndex = 0, CardId = session.Deck.Split(',')[0], Chosen = "0", AnsweredAt = DateTime.UtcNow,
            }).ToList();
            await new AnswerRows(db).WriteAsync(db, answers, [.. joined.Select(j => (j.PlayerId, 10))], scope.ServiceProvider.GetRequiredService<SqliteWriteGate>(), default);
        }

        var after = await ScrapeAsync();

        // SQLite: a prepared statement run once per row, two answers and two scores, each timed as a command that returns no rows.
        Assert.Equal(4, Value(after, "sajag_db_command_duration_seconds_count", "kind=\"non-query\"") - Value(before, "sajag_db_command_duration_seconds_count", "kind=\"non-query\""));
        Assert.Equal(2, await kit.DbAsync(db => db.LiveAnswers.CountAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task TheAppsOwnPort_DoesNotServeMetrics()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("sajag_", await ScrapeAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsAreOffByDefault()
    {
        await using var plain = new SajagApp();
        _ = plain.Server;

        Assert.Null(plain.Services.GetService<MeterProvider>());
        Assert.NotNull(_app.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("70000", "127.0.0.1")]
    [InlineData("9464", "not a host name!")]
    public void AnAddressThatIsNotOne_RefusesToStart_AndSaysWhichSetting(string port, string host)
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
        builder.Configuration["Metrics:Enabled"] = "true";
        builder.Configuration["Metrics:Port"] = port;
        builder.Configuration["Metrics:Host"] = host;

        var ex = Assert.Throws<StartRefusedException>(() => builder.AddSajagMetrics());

        Assert.Contains("Metrics:Port", ex.Message, StringComparison.Ordinal);
        Assert.Contains(host, ex.Message, StringComparison.Ordinal);
    }

    private async Task<string> ScrapeAsync()
    {
        using var client = new HttpClient();
        return await client.GetStringAsync(new Uri($"http://127.0.0.1:{_port}/metrics"));
    }

    // The sum of a metric's samples whose labels include every one given (0 when there is none yet).
    private static double Value(string exposition, string metric, params string[] labels) =>
        exposition.Split('\n')
            .Select(line => SampleLine().Match(line))
            .Where(m => m.Success && m.Groups["name"].Value == metric && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})?\s+(?<value>[-+0-9.eE]+|NaN|[+-]Inf)(\s+\d+)?$")]
    private static partial Regex SampleLine();
}
