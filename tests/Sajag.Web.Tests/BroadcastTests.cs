using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>
/// A session's move reaches its whole room as one payload: serialised once for the group, whatever the number of phones
/// (at 10,000 phones a serialisation per connection was the cost the issue named). Counted at the hub protocol itself,
/// with real SignalR clients.
/// </summary>
public sealed class BroadcastTests
{
    [Fact]
    public async Task ARevealToTwentyPhones_IsSerialisedOnce_ForTheGroup()
    {
        var counting = new CountingProtocol();
        await using var app = CountedApp(counting);
        var (kit, facilitator, session, phones) = await RoomAsync(app, 20);

        await using var staff = await kit.StaffAsync(facilitator, session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        foreach (var phone in phones)
        {
            await phone.StateAsync(v => v.Phase == "question");
        }

        // Each phone got its own State when it joined (one serialisation each): the protocol is the one in use.
        Assert.True(counting.States >= 20, $"{counting.States} State messages serialised for 20 joins and a start");

        var before = counting.States;
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        foreach (var phone in phones)
        {
            await phone.StateAsync(v => v.Phase == "reveal");
        }

        Assert.Equal(1, counting.States - before);
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task ARevealsStaffView_IsSerialisedOnce_ForTheFacilitatorAndTheProjector_AfterThePhonesState()
    {
        var counting = new CountingProtocol();
        await using var app = CountedApp(counting);
        var (kit, facilitator, session, phones) = await RoomAsync(app, 5);

        await using var staff = await kit.StaffAsync(facilitator, session.Id);
        await using var projector = await kit.ConnectAsync(facilitator.Cookie);
        await projector.Connection.InvokeAsync<FacilitatorView>("WatchProjector", session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await staff.StaffAsync(v => v.Session.Phase == "question");
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        await staff.StaffAsync(v => v.Session.Phase == "reveal");
        await projector.StaffAsync(v => v.Session.Phase == "reveal");

        // Nothing waits for approval: the facilitator's and the projector's views are the same, one payload for both screens
        // (at 10,000 players, a list of 10,000 rows); it is built once the phones' State has been sent.
        Assert.Equal(["State", "Facilitator"], counting.Reveals);
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public void TheSharedBufferPool_KeepsABufferPerPhone_UnlessSetOutside()
    {
        var outside = Environment.GetEnvironmentVariable(LiveSetup.PoolSetting);
        try
        {
            // Not set: the app sets it before the pool is first used (a reveal holds a buffer per phone at once).
            Environment.SetEnvironmentVariable(LiveSetup.PoolSetting, null);
            LiveSetup.PoolBroadcastBuffers();
            Assert.Equal("16384", Environment.GetEnvironmentVariable(LiveSetup.PoolSetting));
            Assert.True(LiveSetup.PooledBuffers >= 10_000);

            // Set by the operator (systemd, the container): kept.
            Environment.SetEnvironmentVariable(LiveSetup.PoolSetting, "64");
            LiveSetup.PoolBroadcastBuffers();
            Assert.Equal("64", Environment.GetEnvironmentVariable(LiveSetup.PoolSetting));
        }
        finally
        {
            Environment.SetEnvironmentVariable(LiveSetup.PoolSetting, outside);
        }
    }

    [Fact]
    public void TheAppRuns_WithoutDynamicPgo()
    {
        // The app's own runtime settings (copied beside the tests): its instrumented code ran much of a 10,000-player game.
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Join(AppContext.BaseDirectory, "Sajag.Web.runtimeconfig.json")));
        var options = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(options.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Fact]
    public void TheApp_CompilesItsOwnCodeOptimisedAtOnce()
    {
        // Without a quick first compilation: a busy server kept running the app's unoptimised first code (docs/benchmarks.md,
        // issue 11, eleventh step).
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Join(AppContext.BaseDirectory, "Sajag.Web.runtimeconfig.json")));
        var options = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(options.GetProperty("System.Runtime.TieredCompilation.QuickJit").GetBoolean());
    }

    [Fact]
    public void TheApp_CountsCallsFromTheStart()
    {
        // The framework's precompiled code is recompiled optimised during the warm-up, not in a game: the runtime otherwise waits
        // 100 ms (1 s on one core) after any new method before counting calls (docs/benchmarks.md, issue 11, twelfth step).
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Join(AppContext.BaseDirectory, "Sajag.Web.runtimeconfig.json")));
        var options = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.Equal(0, options.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }

    [Fact]
    public async Task ACommand_ReadsTheSessionsRowOnce_ThePhonesAndTheStaffGetViewsOfTheRowItSaved()
    {
        // The clock stands still: the kept row is never too old here, whatever the machine's load.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new SajagApp { ReplaceServices = s => s.AddSingleton<TimeProvider>(clock) };
        // Every statement the app runs, as EF Core logs it.
        app.Settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        var (kit, facilitator, session, phones) = await RoomAsync(app, 3);
        await using var staff = await kit.StaffAsync(facilitator, session.Id);

        var before = SessionReads(app);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        foreach (var phone in phones)
        {
            Assert.Equal(0, (await phone.StateAsync(v => v.Phase == "question")).Card!.Index);
        }

        var seen = await staff.StaffAsync(v => v.Session.Phase == "question");
        Assert.Equal(3, seen.Players.Count);
        // The first answer to the new card is checked against the row the command committed too.
        Assert.True((await phones[0].Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 })) is { Accepted: true, Duplicate: false });
        Assert.Equal(1, await kit.DbAsync(db => db.LiveAnswers.CountAsync(a => a.SessionId == session.Id)));

        // The command's own read (it checks the facilitator and the version); the players' view, the staff's and the answer's
        // check are built on the row it committed, not read again (at 100 sessions, three reads per move of every session).
        Assert.Equal(1, SessionReads(app) - before);

        // A change made without a command (the word cloud's switch) is seen by the staff at once: it forgets the kept row.
        await staff.Connection.InvokeAsync("WordCloud", session.Id, true);
        Assert.True((await staff.StaffAsync(v => v.Discussion?.WordCloud == true)).Discussion!.WordCloud);
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task ARename_ForgetsTheSessionsKeptRow()
    {
        // The clock stands still: the row the join kept is never too old here, so only the rename can make it go.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new SajagApp { ReplaceServices = s => s.AddSingleton<TimeProvider>(clock) };
        var (kit, facilitator, session, phones) = await RoomAsync(app, 1);
        var memory = app.Services.GetRequiredService<LiveMemory>();
        Assert.NotNull(memory.Row(session.Id));

        using var renamed = await kit.PostFormAsync($"/facilitator/sessions/{session.Id}?lang=en&handler=Name", facilitator.Cookie, ("Name", "Class 9, Rose"));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Class 9, Rose", await kit.DbAsync(db => db.LiveSessions.Where(s => s.Id == session.Id).Select(s => s.Name).SingleAsync()));
        Assert.True(memory.Row(session.Id) is null or { Name: "Class 9, Rose" });
        await phones[0].DisposeAsync();
    }

    [Fact]
    public async Task ATypedAnswer_CountsOnTheStaffsView_EvenWhenItCameInTheSameRoundAsAMove_AndAtTheReveal()
    {
        await using var app = new SajagApp();
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator);
        await kit.DeckAsync(session.Id, app.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack.Cards.First(c => c.Options.Count == 0));
        await using var phone = await kit.PlayerAsync(await kit.JoinAsync(session.Code));
        await using var staff = await kit.StaffAsync(facilitator, session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        var moved = await phone.StateAsync(v => v.Phase == "question");
        Assert.Equal(0, moved.Answered);

        Assert.True((await phone.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "We tell a teacher we trust")).Accepted);
        await staff.StaffAsync(v => v.Session.Answered == 1);

        // A move and a change that land in one round of the staff feed (a typed answer a moment after Start, on a busy
        // server): the move's view, from before the answer, must not stand for the change, or the staff keep "0 answered"
        // until something else happens.
        var feed = app.Services.GetRequiredService<StaffFeed>();
        var seen = staff.StaffViews.Count;
        feed.Moved(session.Id, moved);
        feed.Changed(session.Id);
        // Fails (times out) when the only view after these calls is the move's, with its 0.
        await staff.StaffAsync(v => v.Session.Answered == 1, after: seen);

        // At the reveal the room's count is of the typed answers too (the reveal's view said 0 answered).
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        Assert.Equal(1, (await phone.StateAsync(v => v.Phase == "reveal")).Answered);
    }

    // The session rows the app has read so far (the clock's search for due questions aside).
    private static int SessionReads(SajagApp app) =>
        app.Logs.Lines.Count(l => l.Contains("Executed DbCommand", StringComparison.Ordinal) && l.Contains("SELECT", StringComparison.Ordinal)
            && l.Contains("FROM \"LiveSessions\"", StringComparison.Ordinal) && !l.Contains("\"Deadline\" <=", StringComparison.Ordinal));

    private static SajagApp CountedApp(CountingProtocol counting) => new()
    {
        ReplaceServices = s => s.AddSingleton<IHubProtocol>(sp =>
            counting.Around(new JsonHubProtocol(sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>()))),
    };

    // A facilitator's session and its phones, joined and connected.
    private static async Task<(LiveKit Kit, LiveKit.Facilitator Facilitator, LiveSession Session, List<LiveClient> Phones)> RoomAsync(SajagApp app, int phones)
    {
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator);
        var clients = new List<LiveClient>();
        for (var i = 0; i < phones; i++)
        {
            clients.Add(await kit.PlayerAsync(await kit.JoinAsync(session.Code)));
        }

        return (kit, facilitator, session, clients);
    }

    /// <summary>The JSON hub protocol, counting the State messages it serialises (by either of its two ways).</summary>
    private sealed class CountingProtocol
    {
        private readonly List<string> _reveals = [];
        private int _states;

        public int States => Volatile.Read(ref _states);

        /// <summary>The messages of the reveal phase serialised, in order: State for the phones, Facilitator for the staff's screens.</summary>
        public IReadOnlyList<string> Reveals
        {
            get
            {
                lock (_reveals)
                {
                    return [.. _reveals];
                }
            }
        }

        public IHubProtocol Around(IHubProtocol inner) => new Counted(inner, this);

        private void Saw(HubMessage message)
        {
            if (message is InvocationMessage { Target: "State" })
            {
                Interlocked.Increment(ref _states);
            }

            if (message is InvocationMessage { Target: "State", Arguments: [SessionView { Phase: "reveal" }] }
                or InvocationMessage { Target: "Facilitator", Arguments: [FacilitatorView { Session.Phase: "reveal" }] })
            {
                lock (_reveals)
                {
                    _reveals.Add(((InvocationMessage)message).Target);
                }
            }
        }

        private sealed class Counted(IHubProtocol inner, CountingProtocol counts) : IHubProtocol
        {
            public string Name => inner.Name;

            public int Version => inner.Version;

            public TransferFormat TransferFormat => inner.TransferFormat;

            public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

            public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
                inner.TryParseMessage(ref input, binder, out message);

            public void WriteMessage(HubMessage message, IBufferWriter<byte> output)
            {
                counts.Saw(message);
                inner.WriteMessage(message, output);
            }

            public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message)
            {
                counts.Saw(message);
                return inner.GetMessageBytes(message);
            }
        }
    }
}
