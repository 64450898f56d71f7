using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>Two app instances on different ports, one PostgreSQL, one Redis: one session across both.</summary>
public sealed class ScaleOutTests
{
    private static SajagApp Instance(string postgres, string redis)
    {
        var app = new SajagApp();
        app.Settings["Database:Provider"] = "Postgres";
        app.Settings["Database:ConnectionString"] = postgres;
        app.Settings["Redis:Connection"] = redis;
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private static Uri AddressOf(SajagApp app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Two instances on one new PostgreSQL database and the test Redis; the database is dropped afterwards.</summary>
    private static async Task OnTwoInstancesAsync(Func<SajagApp, SajagApp, Task> test)
    {
        var server = Environment.GetEnvironmentVariable("SAJAG_TEST_POSTGRES");
        var redis = Environment.GetEnvironmentVariable("SAJAG_TEST_REDIS");
        Assert.False(string.IsNullOrEmpty(server) || string.IsNullOrEmpty(redis), "SAJAG_TEST_POSTGRES or SAJAG_TEST_REDIS is not set: run ./test.sh, which starts PostgreSQL and Redis on loopback");
        var postgres = $"{server};Database=sajag_scale_{Guid.NewGuid():N}";
        await using var first = Instance(postgres, redis!);
        await using var second = Instance(postgres, redis!);
        try
        {
            await test(first, second);
        }
        finally
        {
            await using var scope = first.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SajagDb>().Database.EnsureDeletedAsync();
        }
    }

    [Fact]
    public Task FacilitatorOnOneInstance_PlayersOnTheOther_PlayOneSessionThroughRedis() => OnTwoInstancesAsync(async (first, second) =>
    {
        var (a, b) = (AddressOf(first), AddressOf(second));
        Assert.NotEqual(a.Port, b.Port);
        var kitA = new LiveKit(first, a);
        var facilitator = await kitA.FacilitatorAsync();
        Assert.StartsWith("sajag-auth=", facilitator.Cookie, StringComparison.Ordinal);
        var session = await kitA.SessionAsync(facilitator, cards: 2);
        var kitB = new LiveKit(second, b);
        var one = await kitB.JoinAsync(session.Code, "Calm Lotus");
        var two = await kitB.JoinAsync(session.Code);

        await using var staff = await LiveKit.ConnectOverNetworkAsync(a, facilitator.Cookie);
        await using var p1 = await LiveKit.ConnectOverNetworkAsync(b);
        await using var p2 = await LiveKit.ConnectOverNetworkAsync(b);
        await staff.Connection.InvokeAsync<FacilitatorView>("Watch", session.Id);
        var answered = 0;
        staff.Connection.On<int>("Answered", n => Interlocked.Add(ref answered, n));
        await p1.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", one.Token);
        await p2.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", two.Token);

        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await p1.StateAsync(v => v.Phase == "question");
        await p2.StateAsync(v => v.Phase == "question");
        Assert.True((await p1.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 })).Accepted);
        Assert.True((await p2.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 1 })).Accepted);
        for (var i = 0; i < 100 && Volatile.Read(ref answered) < 2; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(2, Volatile.Read(ref answered));
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        var reveal = await p2.StateAsync(v => v.Phase == "reveal");
        Assert.Equal(2, reveal.Reveal!.Answers);
        Assert.Equal(1, reveal.Reveal.Counts[0]);
        var staffView = await staff.StaffAsync(v => v.Session.Phase == "reveal");
        Assert.Equal(["Calm Lotus", two.Nickname], staffView.Players.Select(p => p.Nickname));
    });

    [Fact]
    public Task APlayerRemovedOnOneInstance_HearsNothingMore_WhileConnectedToTheOther() => OnTwoInstancesAsync(async (first, second) =>
    {
        var (a, b) = (AddressOf(first), AddressOf(second));
        var kitA = new LiveKit(first, a);
        var facilitator = await kitA.FacilitatorAsync();
        var session = await kitA.SessionAsync(facilitator, cards: 2);
        var kitB = new LiveKit(second, b);
        var removed = await kitB.JoinAsync(session.Code, "Calm Tiger");
        var staying = await kitB.JoinAsync(session.Code, "Brave Owl");

        await using var staff = await LiveKit.ConnectOverNetworkAsync(a, facilitator.Cookie);
        await using var gone = await LiveKit.ConnectOverNetworkAsync(b);
        await using var stays = await LiveKit.ConnectOverNetworkAsync(b);
        await staff.Connection.InvokeAsync<FacilitatorView>("Watch", session.Id);
        await gone.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", removed.Token);
        await stays.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", staying.Token);

        await staff.Connection.InvokeAsync("Remove", session.Id, removed.PlayerId);
        for (var i = 0; i < 200 && !gone.Removed; i++)
        {
            await Task.Delay(25);
        }

        await Task.Delay(500); // the removal reaches the other instance through Redis
        var heardBefore = gone.StatesReceived;
        var othersBefore = stays.StatesReceived;
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await stays.StateAsync(v => v.Phase == "question");
        await Task.Delay(500); // time for anything still on its way to the removed player

        Assert.True(gone.Removed, "the removed player was told");
        Assert.Equal(HubConnectionState.Connected, gone.Connection.State);
        Assert.True(stays.StatesReceived > othersBefore, "the player who stayed heard the game start");
        Assert.Equal(heardBefore, gone.StatesReceived);
    });
}
