namespace Sajag.Game.Live;

/// <summary>The phase of a live session, as stored and as sent: one name per <see cref="SessionState"/> case.</summary>
public enum LivePhase
{
    Lobby,
    Question,
    Reveal,
    Discuss,
    Podium,
    Ended,
}

/// <summary>The stored and wire names of the phases ("lobby", "question", ...).</summary>
public static class LivePhases
{
    /// <summary>The phase's name in the database and in the messages the clients read.</summary>
    public static string Name(this LivePhase phase) => phase switch
    {
        LivePhase.Lobby => "lobby",
        LivePhase.Question => "question",
        LivePhase.Reveal => "reveal",
        LivePhase.Discuss => "discuss",
        LivePhase.Podium => "podium",
        LivePhase.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "unknown session phase"),
    };

    /// <summary>The phase a stored name stands for.</summary>
    public static LivePhase Parse(string name) => name switch
    {
        "lobby" => LivePhase.Lobby,
        "question" => LivePhase.Question,
        "reveal" => LivePhase.Reveal,
        "discuss" => LivePhase.Discuss,
        "podium" => LivePhase.Podium,
        "ended" => LivePhase.Ended,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown session phase"),
    };
}

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

    /// <summary>The top three so far, between a card and the next (only when the facilitator asked for a podium, never after a sensitive card).</summary>
    public sealed record Podium(int CardIndex) : SessionState;

    /// <summary>The session is over; its code no longer works.</summary>
    public sealed record Ended : SessionState;

    /// <summary>The phase this state is in.</summary>
    public LivePhase Kind => this switch
    {
        Lobby => LivePhase.Lobby,
        Question => LivePhase.Question,
        Reveal => LivePhase.Reveal,
        Discuss => LivePhase.Discuss,
        Podium => LivePhase.Podium,
        Ended => LivePhase.Ended,
        // The constructor is private: no other case can exist.
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    /// <summary>The phase's stored and wire name.</summary>
    public string Phase => Kind.Name();

    /// <summary>The index of the card shown in this state, if any.</summary>
    public int? ShownCard => this switch
    {
        Question q => q.CardIndex,
        Reveal r => r.CardIndex,
        Discuss d => d.CardIndex,
        Podium p => p.CardIndex,
        _ => null,
    };

    /// <summary>Rebuilds a state from its stored form.</summary>
    public static SessionState From(LivePhase phase, int cardIndex, DateTime? startedAt, DateTime? deadline) => phase switch
    {
        LivePhase.Lobby => new Lobby(),
        LivePhase.Question => new Question(cardIndex, startedAt ?? DateTime.UnixEpoch, deadline),
        LivePhase.Reveal => new Reveal(cardIndex),
        LivePhase.Discuss => new Discuss(cardIndex),
        LivePhase.Podium => new Podium(cardIndex),
        LivePhase.Ended => new Ended(),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "unknown session phase"),
    };

    /// <summary>Rebuilds a state from its stored name.</summary>
    public static SessionState From(string phase, int cardIndex, DateTime? startedAt, DateTime? deadline) =>
        From(LivePhases.Parse(phase), cardIndex, startedAt, deadline);
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
/// <param name="PodiumAfter">Whether the podium follows the card at an index (the facilitator asked for one and the card is not sensitive); none when null.</param>
public sealed record DeckShape(int Cards, Func<int, bool> HasDiscussion, TimeSpan? Timer, Func<int, bool>? PodiumAfter = null);

/// <summary>Thrown for a command the session cannot take in its state; the message says why.</summary>
public sealed class SessionRuleException(string message) : Exception(message);

/// <summary>
/// The rules of a live session: lobby, then for each card question, reveal, (when the card has one) discussion
/// and (when asked for, after a card that is not sensitive and is not the last) the podium, then the end.
/// </summary>
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
            // Already revealed (the clock fired as the facilitator pressed Reveal): nothing changes, nothing is refused.
            (SessionState.Reveal or SessionState.Discuss or SessionState.Podium, SessionCommand.Reveal) => state,
            (SessionState.Reveal r, SessionCommand.Next) => deck.HasDiscussion(r.CardIndex) ? new SessionState.Discuss(r.CardIndex) : PodiumOrAfter(r.CardIndex, deck, now),
            (SessionState.Discuss d, SessionCommand.Next) => PodiumOrAfter(d.CardIndex, deck, now),
            (SessionState.Podium p, SessionCommand.Next) => After(p.CardIndex, deck, now),
            _ => throw new SessionRuleException($"A session in its {state.Phase} cannot {command.ToString().ToLowerInvariant()}."),
        };
    }

    /// <summary>Whether a timed question's deadline has passed, so the clock reveals it.</summary>
    public static bool IsDue(SessionState state, DateTime now) =>
        state is SessionState.Question { Deadline: { } deadline } && deadline <= now;

    /// <summary>
    /// Whether an answer that arrived at <paramref name="at"/> came too late for a timed question: at the
    /// deadline or after it, even when the clock has not revealed the card yet.
    /// </summary>
    public static bool IsLate(SessionState.Question question, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Deadline is { } deadline && at >= deadline;
    }

    private static SessionState.Question Ask(int index, DeckShape deck, DateTime now) =>
        new SessionState.Question(index, now, deck.Timer is { } timer ? now + timer : null);

    // The podium comes between cards: never after the last (the end shows it), never after a sensitive card.
    private static SessionState PodiumOrAfter(int index, DeckShape deck, DateTime now) =>
        index + 1 < deck.Cards && deck.PodiumAfter is { } podium && podium(index) ? new SessionState.Podium(index) : After(index, deck, now);

    private static SessionState After(int index, DeckShape deck, DateTime now) =>
        index + 1 < deck.Cards ? Ask(index + 1, deck, now) : new SessionState.Ended();
}
