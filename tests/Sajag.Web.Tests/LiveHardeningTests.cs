using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Game.Live;

namespace Sajag.Web.Tests;

/// <summary>What the probe found around live sessions: a removed player still listening, a hub open to any site's page, a health check that only read.</summary>
public sealed class LiveHardeningTests : IAsyncLifetime
{
    private readonly SajagApp _app = new();
    private LiveKit _kit = null!;

    public Task InitializeAsync()
    {
        _kit = new LiveKit(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ARemovedPlayer_ReceivesNothingMoreFromTheSession_WhileStillConnected()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var removed = await _kit.JoinAsync(session.Code, "Calm Tiger");
        var staying = await _kit.JoinAsync(session.Code, "Brave Owl");
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        await using var gone = await _kit.PlayerAsync(removed);
        await using var stays = await _kit.PlayerAsync(staying);

        await staff.Connection.InvokeAsync("Remove", session.Id, removed.PlayerId);
        for (var i = 0; i < 200 && !gone.Removed; i++)
        {
            await Task.Delay(25);
        }

        var heardBefore = gone.StatesReceived;
        var othersBefore = stays.StatesReceived;
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        for (var i = 0; i < 400 && stays.StatesReceived == othersBefore; i++)
        {
            await Task.Delay(25);
        }

        await Task.Delay(500); // time for anything still on its way to the removed player

        Assert.True(gone.Removed);
        Assert.Equal(HubConnectionState.Connected, gone.Connection.State);
        Assert.True(stays.StatesReceived > othersBefore, "the player who stayed heard the game start");
        Assert.Equal(heardBefore, gone.StatesReceived);
    }

    [Fact]
    public async Task TheHub_RefusesAWebSocketFromAnotherSitesPage_EvenWithAFacilitatorsCookie()
    {
        await using var app = new SajagApp();
        app.UseKestrel(0);
        app.StartServer();
        var address = Clients.AddressOf(app);
        var facilitator = await new LiveKit(app, address).FacilitatorAsync();
        var hub = new UriBuilder(address) { Scheme = "ws", Path = "/hubs/live" }.Uri;

        using var foreign = new ClientWebSocket();
        foreign.Options.SetRequestHeader("Origin", "https://evil.example");
        foreign.Options.SetRequestHeader("Cookie", facilitator.Cookie);
        foreign.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => foreign.ConnectAsync(hub, CancellationToken.None));

        using var own = new ClientWebSocket();
        own.Options.SetRequestHeader("Origin", $"http://{address.Authority}");
        own.Options.SetRequestHeader("Cookie", facilitator.Cookie);
        await own.ConnectAsync(hub, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.HttpStatusCode);
        Assert.Equal(WebSocketState.Open, own.State);
        await own.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Health_SaysUnhealthyAndWhy_WhileTheDatabaseRefusesWrites_AndHealthyAgainAfter()
    {
        using var client = _app.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));

        string refused;
        HttpStatusCode status;
        await using (var holder = new SqliteConnection($"Data Source={Path.Join(_app.DataFolder, "sajag.db")};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var hold = holder.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE;"; // another writer holds the file: reads still work, writes cannot
            await hold.ExecuteNonQueryAsync();
            using var response = await client.GetAsync("/health");
            (status, refused) = (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("Unhealthy\ndatabase-write: Unhealthy: The database refused a write:", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("\ndatabase:", refused, StringComparison.Ordinal);
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    [Fact]
    public async Task Health_QueuesAtTheWriteGateBeforeTakingTheFile_SoAWriterAheadOfItIsNotHeldUp()
    {
        using var client = _app.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        var gate = _app.Services.GetRequiredService<Sajag.Web.Infrastructure.SqliteWriteGate>();
        Task<string>? health = null;

        // A writer has passed the gate (as an answer batch's SaveChanges does) when the probe arrives; it then begins its
        // transaction, again and again while the probe waits. Were the probe holding the file, the writer's BEGIN IMMEDIATE
        // would find it busy: the hold-up that turned a join into an HTTP 500 under load.
        var writes = await gate.HoldAsync(async () =>
        {
            health = client.GetStringAsync("/health");
            await using var writer = new SqliteConnection($"Data Source={Path.Join(_app.DataFolder, "sajag.db")};Pooling=False");
            await writer.OpenAsync();
            var done = 0;
            for (var i = 0; i < 10; i++)
            {
                await Task.Delay(100);
                await using var begin = writer.CreateCommand();
                begin.CommandTimeout = 2;
                begin.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
                await begin.ExecuteNonQueryAsync();
                done++;
            }

            Assert.False(health.IsCompleted, "the probe wrote without waiting for the gate");
            return done;
        }, CancellationToken.None);

        Assert.Equal(10, writes);
        Assert.Equal("Healthy", await health!);
    }
}
