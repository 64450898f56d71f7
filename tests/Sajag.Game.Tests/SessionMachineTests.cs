using Sajag.Game.Live;

namespace Sajag.Game.Tests;

public sealed class SessionMachineTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc);

    // Three cards; the second has a discussion prompt.
    private static readonly DeckShape Deck = new(3, i => i == 1, null);

    private static SessionState Run(params SessionCommand[] commands) =>
        commands.Aggregate<SessionCommand, SessionState>(new SessionState.Lobby(), (s, c) => SessionMachine.Apply(s, c, Deck, Now));

    [Fact]
    public void ASession_GoesThroughEveryStateToTheEnd()
    {
        var states = new List<SessionState> { new SessionState.Lobby() };
        foreach (var command in new[] { SessionCommand.Start, SessionCommand.Reveal, SessionCommand.Next, SessionCommand.Reveal, SessionCommand.Next, SessionCommand.Next, SessionCommand.Reveal, SessionCommand.Next })
        {
            states.Add(SessionMachine.Apply(states[^1], command, Deck, Now));
        }

        Assert.Equal(
            ["lobby", "question", "reveal", "question", "reveal", "discuss", "question", "reveal", "ended"],
            states.Select(s => s.Phase));
        Assert.Equal(new SessionState.Question(2, Now, null), states[6]);
        Assert.Equal(new SessionState.Discuss(1), states[5]);
    }

    [Fact]
    public void WithAPodium_ItComesBetweenCards_AfterTheDiscussion_NeverAfterASensitiveCardOrTheLastCard()
    {
        // Card 0 is sensitive (no podium after it); card 1 has a discussion; card 2 is the last.
        var deck = Deck with { PodiumAfter = i => i != 0 };
        var states = new List<SessionState> { new SessionState.Lobby() };
        foreach (var command in new[] { SessionCommand.Start, SessionCommand.Reveal, SessionCommand.Next, SessionCommand.Reveal, SessionCommand.Next, SessionCommand.Next, SessionCommand.Next, SessionCommand.Reveal, SessionCommand.Next })
        {
            states.Add(SessionMachine.Apply(states[^1], command, deck, Now));
        }

        Assert.Equal(
            ["lobby", "question", "reveal", "question", "reveal", "discuss", "podium", "question", "reveal", "ended"],
            states.Select(s => s.Phase));
        Assert.Equal(new SessionState.Podium(1), states[6]);
        Assert.Equal(1, states[6].ShownCard);
        // A reveal asked at the podium (the clock, a second screen) changes nothing.
        Assert.Equal(states[6], SessionMachine.Apply(states[6], SessionCommand.Reveal, deck, Now));
        Assert.Equal(new SessionState.Podium(1), SessionState.From("podium", 1, null, null));
    }

    [Fact]
    public void ATimedQuestion_HasItsDeadline_AndIsDueWhenItPasses()
    {
        var timed = Deck with { Timer = TimeSpan.FromSeconds(20) };

        var question = SessionMachine.Apply(new SessionState.Lobby(), SessionCommand.Start, timed, Now);

        Assert.Equal(new SessionState.Question(0, Now, Now.AddSeconds(20)), question);
        Assert.False(SessionMachine.IsDue(question, Now.AddSeconds(19)));
        Assert.True(SessionMachine.IsDue(question, Now.AddSeconds(20)));
        Assert.False(SessionMachine.IsDue(Run(SessionCommand.Start), Now.AddHours(1)));
    }

    [Theory]
    [InlineData(SessionCommand.Reveal)]
    [InlineData(SessionCommand.Next)]
    public void TheLobby_CannotRevealOrMoveOn(SessionCommand command)
    {
        var ex = Assert.Throws<SessionRuleException>(() => SessionMachine.Apply(new SessionState.Lobby(), command, Deck, Now));

        Assert.Equal($"A session in its lobby cannot {command.ToString().ToLowerInvariant()}.", ex.Message);
    }

    [Fact]
    public void ARevealAskedAgain_ChangesNothing_SoTheClockAndTheFacilitatorCanBothAskForIt()
    {
        var revealed = Run(SessionCommand.Start, SessionCommand.Reveal);
        var discussing = Run(SessionCommand.Start, SessionCommand.Reveal, SessionCommand.Next, SessionCommand.Reveal, SessionCommand.Next);

        Assert.Equal(new SessionState.Reveal(0), SessionMachine.Apply(revealed, SessionCommand.Reveal, Deck, Now));
        Assert.Equal(new SessionState.Discuss(1), discussing);
        Assert.Equal(discussing, SessionMachine.Apply(discussing, SessionCommand.Reveal, Deck, Now));
    }

    [Fact]
    public void AQuestion_CannotBeSkippedWithoutItsReveal() =>
        Assert.Throws<SessionRuleException>(() => SessionMachine.Apply(Run(SessionCommand.Start), SessionCommand.Next, Deck, Now));

    [Fact]
    public void AnEndedSession_TakesNoMoreCommands()
    {
        var ended = Run(SessionCommand.Start, SessionCommand.End);

        Assert.IsType<SessionState.Ended>(ended);
        Assert.Equal("The session has ended.", Assert.Throws<SessionRuleException>(() => SessionMachine.Apply(ended, SessionCommand.Start, Deck, Now)).Message);
    }

    [Theory]
    [InlineData("lobby", 0)]
    [InlineData("question", 2)]
    [InlineData("reveal", 1)]
    [InlineData("discuss", 1)]
    [InlineData("ended", 0)]
    public void AStoredState_ReadsBackAsItWas(string phase, int index)
    {
        var state = SessionState.From(phase, index, Now, null);

        Assert.Equal(phase, state.Phase);
        Assert.Equal(state, SessionState.From(state.Phase, index, Now, null));
    }
}
