using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>The deadline of a timed card is kept at the moment an answer arrives, not when the clock gets round to revealing.</summary>
public sealed class AnswerDeadlineTests
{
    [Fact]
    public async Task AnAnswerOneMillisecondBeforeTheDeadline_IsStored_AndOneMillisecondAfter_IsRefusedAsLate()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new SajagApp { ReplaceServices = s => s.AddSingleton<TimeProvider>(clock) };
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator, timer: 20);
        var early = await kit.JoinAsync(session.Code);
        var late = await kit.JoinAsync(session.Code);
        await using var staff = await kit.StaffAsync(facilitator, session.Id);
        await using var first = await kit.PlayerAsync(early);
        await using var second = await kit.PlayerAsync(late);

        // Half a tick in, so that neither side of the deadline lands on one of the clock's ticks.
        clock.Advance(LiveClock.Tick / 2);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        var question = await first.StateAsync(v => v.Phase == "question");
        var deadline = new DateTimeOffset(DateTime.SpecifyKind(question.Deadline!.Value, DateTimeKind.Utc));
        Assert.Equal(clock.GetUtcNow().AddSeconds(20), deadline);

        clock.Advance(deadline - clock.GetUtcNow() - TimeSpan.FromMilliseconds(1));
        var inTime = await first.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });
        clock.Advance(TimeSpan.FromMilliseconds(2));
        var tooLate = await second.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });

        Assert.True(inTime is { Accepted: true, Duplicate: false, Refusal: null });
        Assert.True(tooLate is { Accepted: false, Duplicate: false });
        Assert.Equal("live.answer.late", tooLate.Refusal);
        var stored = await kit.DbAsync(db => db.LiveAnswers.Where(a => a.SessionId == session.Id).Select(a => a.PlayerId).ToListAsync());
        Assert.Equal([early.PlayerId], stored);
        // The clock had not revealed the card: the answer was refused for its arrival time alone.
        Assert.Equal("question", (await first.StateAsync(_ => true)).Phase);

        // The clock's next tick (moved by the same fake time, no waiting) reveals the card with the one answer.
        clock.Advance(LiveClock.Tick);
        var reveal = await second.StateAsync(v => v.Phase == "reveal");
        Assert.Equal(1, reveal.Reveal!.Answers);
    }

    [Fact]
    public void AnAnswerAtTheDeadlineItself_IsLate_AndTheRulesSayWhy()
    {
        var start = new DateTime(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);
        var question = new SessionState.Question(0, start, start.AddSeconds(20));

        Assert.False(SessionMachine.IsLate(question, start.AddSeconds(20).AddMilliseconds(-1)));
        Assert.True(SessionMachine.IsLate(question, start.AddSeconds(20)));
        Assert.False(SessionMachine.IsLate(question with { Deadline = null }, start.AddHours(1)));
        Assert.Equal("live.answer.late", new AnswerOutcome.Late(3).ToAck().Refusal);
    }
}

/// <summary>A refusal is turned into the client's error once, by the hub filter, for every hub method.</summary>
public sealed class LiveHubFilterTests(SajagApp app) : IClassFixture<SajagApp>
{
    private readonly LiveKit _kit = new(app);

    [Fact]
    public async Task ARefusal_ReachesTheClientAsItsTextKey_FromAnyHubMethod()
    {
        var facilitator = await _kit.FacilitatorAsync();
        await using var staff = await _kit.ConnectAsync(facilitator.Cookie);
        await using var stranger = await _kit.ConnectAsync();

        var unknownSession = await Assert.ThrowsAsync<HubException>(() => staff.Connection.InvokeAsync<FacilitatorView>("Watch", Guid.NewGuid()));
        var notJoined = await Assert.ThrowsAsync<HubException>(() => stranger.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 }));
        var badToken = await Assert.ThrowsAsync<HubException>(() => stranger.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", "not a token"));

        Assert.EndsWith("HubException: live.session.unknown", unknownSession.Message, StringComparison.Ordinal);
        Assert.EndsWith("HubException: live.player.unknown", notJoined.Message, StringComparison.Ordinal);
        Assert.EndsWith("HubException: live.player.unknown", badToken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFilter_MapsOnlyRefusals_AndLetsResultsAndOtherErrorsThrough()
    {
        var filter = new LiveHubFilter();

        var mapped = await Assert.ThrowsAsync<HubException>(async () => await filter.InvokeMethodAsync(null!, _ => throw new LiveException("live.join.locked")));
        var other = await Assert.ThrowsAsync<InvalidOperationException>(async () => await filter.InvokeMethodAsync(null!, _ => throw new InvalidOperationException("database gone")));
        var result = await filter.InvokeMethodAsync(null!, _ => ValueTask.FromResult<object?>(42));

        Assert.Equal("live.join.locked", mapped.Message);
        Assert.Equal("database gone", other.Message);
        Assert.Equal(42, result);
    }
}
