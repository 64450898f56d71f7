using Sajag.Content;
using Sajag.Data.Entities;
using Sajag.Game.Live;

namespace Sajag.Web.Features.Live;

/// <summary>What a stored session says about itself: its state and the cards of its deck.</summary>
public static class LiveDeck
{
    /// <summary>The session's state, rebuilt from its stored form.</summary>
    public static SessionState StateOf(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return SessionState.From(session.Phase, session.CardIndex, session.QuestionStartedAt, session.Deadline);
    }

    /// <summary>How many cards the session's deck has.</summary>
    public static int Length(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Ids(session).Length;
    }

    /// <summary>What the session machine needs to know of the session's deck.</summary>
    public static DeckShape Shape(ContentPack pack, LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new DeckShape(Length(session), i => CardIn(pack, session, i).Discuss is not null, Timer(session),
            HasPodium(session) ? i => !CardIn(pack, session, i).Sensitive : null);
    }

    /// <summary>Whether the session shows a podium: the facilitator asked for one, and someone plays (a show of hands ranks no one).</summary>
    public static bool HasPodium(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Podium && session.Mode != SessionMode.ProjectorOnly;
    }

    /// <summary>The time per card, or null when untimed.</summary>
    public static TimeSpan? Timer(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.TimerSeconds is { } t ? TimeSpan.FromSeconds(t) : null;
    }

    /// <summary>The card at a place in the session's deck; refused when there is none.</summary>
    public static Card CardIn(ContentPack pack, LiveSession session, int index)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(session);
        var deck = Ids(session);
        var id = index >= 0 && index < deck.Length ? deck[index] : throw new LiveException("live.answer.invalid");
        return pack.Cards.FirstOrDefault(c => c.Id == id) ?? throw new LiveException("live.session.pack");
    }

    private static string[] Ids(LiveSession session) => session.Deck.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
