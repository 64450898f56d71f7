namespace Sajag.Game.Live;

/// <summary>Where a live session is. A closed hierarchy: every switch on it is exhaustive.</summary>
public abstract record SessionState
{
    private SessionState()
    {
    }

    /// <summary>Players are joining; nothing has been shown.</summary>
    public sealed record Lobby : SessionState;

    /// <summary>A card is shown and answers are accepted until the reveal (or the deadline, when timed).</summary>
    public sealed record Question(int CardIndex, DateTime StartedAt, DateTime? Deadline) : SessionState;

    /// <summary>How the room answered, the right answer and the explanation; answers are closed.</summary>
    public sealed record Reveal(int CardIndex) : SessionState;

    /// <summary>The card's Discuss &amp; Rethink prompt.</summary>
    public sealed record Discuss(int CardIndex) : SessionState;

    /// <summary>The session is over; its code no longer works.</summary>
    public sealed record Ended : SessionState;

    /// <summary>The name stored in the database.</summary>
    public string Phase => this switch
    {
        Lobby => "lobby",
        Question => "question",
        Reveal => "reveal",
        Discuss => "discuss",
        Ended => "ended",
        // The constructor is private: no other case can exist.
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    /// <summary>Rebuilds a state from its stored form.</summary>
    public static SessionState From(string phase, int cardIndex, DateTime? startedAt, DateTime? deadline) => phase switch
    {
        "lobby" => new Lobby(),
        "question" => new Question(cardIndex, startedAt ?? DateTime.UnixEpoch, deadline),
        "reveal" => new Reveal(cardIndex),
        "discuss" => new Discuss(cardIndex),
        "ended" => new Ended(),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "unknown session phase"),
    };
}

/// <summary>What a facilitator (or the clock) can ask of a session.</summary>
public enum SessionCommand
{
    Start,
    Reveal,
    Next,
    End,
}

/// <summary>What the machine needs to know of the deck.</summary>
/// <param name="Cards">How many cards the deck has.</param>
/// <param name="HasDiscussion">Whether the card at an index has a Discuss &amp; Rethink prompt.</param>
/// <param name="Timer">The time per card, or null when untimed.</param>
public sealed record DeckShape(int Cards, Func<int, bool> HasDiscussion, TimeSpan? Timer);

/// <summary>Thrown for a command the session cannot take in its state; the message says why.</summary>
public sealed class SessionRuleException(string message) : Exception(message);

/// <summary>The rules of a live session: lobby, then for each card question, reveal and (when the card has one) discussion, then the end.</summary>
public static class SessionMachine
{
    public static SessionState Apply(SessionState state, SessionCommand command, DeckShape deck, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(deck);
        return (state, command) switch
        {
            (SessionState.Ended, _) => throw new SessionRuleException("The session has ended."),
            (_, SessionCommand.End) => new SessionState.Ended(),
            (SessionState.Lobby, SessionCommand.Start) => deck.Cards > 0 ? Ask(0, deck, now) : throw new SessionRuleException("The deck has no cards."),
            (SessionState.Question q, SessionCommand.Reveal) => new SessionState.Reveal(q.CardIndex),
            (SessionState.Reveal r, SessionCommand.Next) => deck.HasDiscussion(r.CardIndex) ? new SessionState.Discuss(r.CardIndex) : After(r.CardIndex, deck, now),
            (SessionState.Discuss d, SessionCommand.Next) => After(d.CardIndex, deck, now),
            _ => throw new SessionRuleException($"A session in its {state.Phase} cannot {command.ToString().ToLowerInvariant()}."),
        };
    }

    /// <summary>Whether a timed question's deadline has passed, so the clock reveals it.</summary>
    public static bool IsDue(SessionState state, DateTime now) =>
        state is SessionState.Question { Deadline: { } deadline } && deadline <= now;

    private static SessionState.Question Ask(int index, DeckShape deck, DateTime now) =>
        new SessionState.Question(index, now, deck.Timer is { } timer ? now + timer : null);

    private static SessionState After(int index, DeckShape deck, DateTime now) =>
        index + 1 < deck.Cards ? Ask(index + 1, deck, now) : new SessionState.Ended();
}
