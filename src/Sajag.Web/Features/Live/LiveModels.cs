using Sajag.Data.Entities;

namespace Sajag.Web.Features.Live;

/// <summary>
/// What a facilitator chooses when creating a session. The deck: a ready-made deck of the pack (<paramref name="Preset"/>),
/// the cards picked one by one (<paramref name="Picked"/>, played in the pack's order), or else a shuffle of
/// <paramref name="Cards"/> cards from <paramref name="Topics"/>.
/// </summary>
public sealed record CreateSession(int SchoolId, IReadOnlyList<string> Topics, int Cards, SessionMode Mode, int? TimerSeconds, bool SpeedBonus, string Language, bool KnowledgeCheck = false,
    bool Podium = false, string? Name = null, string? Preset = null, IReadOnlyList<string>? Picked = null);

/// <summary>A join by code: a nickname (generated when empty) and, for a group, its member count.</summary>
public sealed record JoinRequest(string Code, string? Nickname, int? Members);

/// <summary>A joined player: the token stays on the device and identifies the player on every reconnect.</summary>
public sealed record JoinResult(string Token, Guid PlayerId, string Nickname, Guid SessionId, string Language);

/// <summary>A card as the room sees it: no answers until the reveal. <paramref name="Discussion"/>: a Discuss &amp; Rethink step follows its reveal.</summary>
public sealed record CardView(int Index, int Total, string Id, string Topic, string TopicTitle, string Kind, bool Sensitive, string Prompt, IReadOnlyList<string> Options, bool Several, bool Discussion = false);

/// <summary>How the room answered, the right answer and the explanation.</summary>
public sealed record RevealView(IReadOnlyList<int> Correct, IReadOnlyList<int> Counts, int Answers, string Explanation, IReadOnlyList<string?> Feedback);

/// <summary>
/// One step of the podium: its place, the points of cards that are ranked (never a sensitive one), how many groups
/// (or players) share it, and their names; the names are left out when naming them all would put more than three on the podium.
/// </summary>
public sealed record PodiumPlace(int Place, int Score, int Tied, IReadOnlyList<string> Names);

/// <summary>
/// A player's own place among <paramref name="Of"/>, on the points of ranked cards, and how many (this player
/// included) share it: <paramref name="Shared"/> above 1 is a tie, shown as "=1". Sent to that player's phone only, never to the projector.
/// </summary>
public sealed record PlayerStanding(int Place, int Of, int Points, int Shared = 1);

/// <summary>The session as every view of it sees it.</summary>
public sealed record SessionView(
    Guid SessionId, string Phase, string Language, string Mode, bool Locked, int Players, int Answered,
    CardView? Card, RevealView? Reveal, string? Discuss, DateTime? Deadline, IReadOnlyList<PodiumPlace>? Podium, bool KnowledgeCheck = false, bool PodiumOn = false);

/// <summary>A player's own standing, sent only to that player: the score, the answer to the current card, the open answer sent for it, the knowledge check to do now (if any), and the place at the podium.</summary>
public sealed record PlayerSelf(Guid PlayerId, string Nickname, int Score, int? AnsweredCard, IReadOnlyList<int>? Chosen, int? OpenAnswered = null, CheckForm? Check = null,
    PlayerStanding? Standing = null);

/// <summary>The answer to an answer: accepted once; a retry is acknowledged as a duplicate; a late one is refused with a reason.</summary>
public sealed record AnswerAck(bool Accepted, bool Duplicate, string? Refusal, int Score);

/// <summary>A player in the facilitator's list.</summary>
public sealed record PlayerRow(Guid Id, string Nickname, int Members, int Score, bool Answered);

/// <summary>The facilitator's and projector's view: the session, its code, who is in, and the discussion.</summary>
public sealed record FacilitatorView(SessionView Session, string Code, IReadOnlyList<PlayerRow> Players, DiscussionView? Discussion = null);

/// <summary>The messages the server sends to live clients.</summary>
public interface ILiveClient
{
    /// <summary>The session changed (to every player, the projector and the facilitator).</summary>
    Task State(SessionView view);

    /// <summary>The facilitator's and projector's fuller view.</summary>
    Task Facilitator(FacilitatorView view);

    /// <summary>A player answered the current card (to the facilitator and projector).</summary>
    Task Answered(int count);

    /// <summary>This player was removed by the facilitator.</summary>
    Task Removed();
}

/// <summary>A refusal the client shows in its language: the key of an interface text.</summary>
public sealed class LiveException(string key) : Exception(key)
{
    public string Key { get; } = key;
}
