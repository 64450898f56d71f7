using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>A clock the test moves by hand; the app's own clock service reads it.</summary>
internal sealed class AdjustableClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

public sealed class LiveRestartTests
{
    [Fact]
    public async Task ARestartMidCard_KeepsEveryAcknowledgedAnswer_AndTheSessionResumes()
    {
        var folder = Directory.CreateTempSubdirectory("sajag-restart-");
        try
        {
            LiveKit.Facilitator facilitator;
            Guid sessionId;
            JoinResult first, second;
            await using (var before = new SajagApp { SharedFolder = folder.FullName })
            {
                var kit = new LiveKit(before);
                facilitator = await kit.FacilitatorAsync();
                var session = await kit.SessionAsync(facilitator, cards: 2);
                sessionId = session.Id;
                first = await kit.JoinAsync(session.Code, "Swift River");
                second = await kit.JoinAsync(session.Code);
                await using var staff = await kit.ConnectAsync(facilitator.Cookie);
                await staff.Connection.InvokeAsync<FacilitatorView>("Watch", session.Id);
                await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
                await using var player = await kit.ConnectAsync();
                await player.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", first.Token);
                var ack = await player.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });
                Assert.True(ack is { Accepted: true, Duplicate: false });
            }

            // A new process on the same database: the player's token, nickname, answer and the card are all still there.
            await using var after = new SajagApp { SharedFolder = folder.FullName };
            var kitAfter = new LiveKit(after);
            await using var back = await kitAfter.ConnectAsync();
            var self = await back.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", first.Token);
            Assert.Equal("Swift River", self.Nickname);
            Assert.Equal(0, self.AnsweredCard);
            var state = await back.StateAsync(v => v.Phase == "question");
            Assert.Equal(0, state.Card!.Index);
            Assert.Equal(1, state.Answered);

            var retry = await back.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });
            Assert.True(retry is { Accepted: true, Duplicate: true }, "the retry after a restart must not count twice");
            await using var otherPlayer = await kitAfter.ConnectAsync();
            await otherPlayer.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", second.Token);
            Assert.True((await otherPlayer.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 1 })).Accepted);

            var cookie = await kitAfter.LogInAsync(facilitator.Email, LiveKit.Password);
            await using var staffAfter = await kitAfter.ConnectAsync(cookie);
            await staffAfter.Connection.InvokeAsync<FacilitatorView>("Watch", sessionId);
            await staffAfter.Connection.InvokeAsync("Command", sessionId, SessionCommand.Reveal);
            var reveal = await back.StateAsync(v => v.Phase == "reveal");
            Assert.Equal(2, reveal.Reveal!.Answers);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ATimedQuestion_IsRevealedByTheServerClockWhenItsDeadlinePasses()
    {
        var clock = new AdjustableClock();
        await using var app = new SajagApp { ReplaceServices = s => s.AddSingleton<TimeProvider>(clock) };
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator, timer: 20);
        var joined = await kit.JoinAsync(session.Code);
        await using var staff = await kit.ConnectAsync(facilitator.Cookie);
        await using var player = await kit.ConnectAsync();
        await staff.Connection.InvokeAsync<FacilitatorView>("Watch", session.Id);
        await player.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", joined.Token);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);

        var question = await player.StateAsync(v => v.Phase == "question");
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddSeconds(20), question.Deadline!.Value, TimeSpan.FromSeconds(1));
        await Task.Delay(1200);
        Assert.Equal("question", (await player.StateAsync(_ => true)).Phase);

        clock.Advance(TimeSpan.FromSeconds(21));

        var reveal = await player.StateAsync(v => v.Phase == "reveal");
        Assert.Equal(0, reveal.Card!.Index);
        var late = await player.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });
        Assert.Equal("live.answer.closed", late.Refusal);
    }
}
