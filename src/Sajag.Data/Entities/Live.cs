namespace Sajag.Data.Entities;

// Times are UTC DateTime, not DateTimeOffset: SQLite can compare and order those in queries.

/// <summary>How the room takes part.</summary>
public enum SessionMode
{
    /// <summary>Every student on a phone.</summary>
    PhoneEach,

    /// <summary>One device per group; a group joins with a name and its member count.</summary>
    Group,

    /// <summary>No phones: the facilitator records the room's show of hands.</summary>
    ProjectorOnly,
}

/// <summary>A live classroom session. Its state lives here so a restart or a second instance loses nothing.</summary>
public sealed class LiveSession
{
    public Guid Id { get; set; }

    /// <summary>The facilitator's name for the session ("Class 8, Dhaka Model School"): staff pages only, never the projector or a phone.</summary>
    public string Name { get; set; } = "";

    /// <summary>The 6-digit join code; it works only while the session is open.</summary>
    public string Code { get; set; } = "";

    public string FacilitatorId { get; set; } = "";

    public int SchoolId { get; set; }

    public SessionMode Mode { get; set; }

    public string Language { get; set; } = "bn";

    /// <summary>Seconds per card, or null for no timer (the default).</summary>
    public int? TimerSeconds { get; set; }

    public bool SpeedBonus { get; set; }

    /// <summary>The deck's card ids, comma-separated, in play order.</summary>
    public string Deck { get; set; } = "";

    public string PackVersion { get; set; } = "";

    /// <summary>Where the session is; stored by its name (lobby, question, reveal, discuss or ended).</summary>
    public Sajag.Game.Live.LivePhase Phase { get; set; } = Sajag.Game.Live.LivePhase.Lobby;

    public int CardIndex { get; set; }

    public DateTime? QuestionStartedAt { get; set; }

    public DateTime? Deadline { get; set; }

    public bool Locked { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Changed on every state change: two instances cannot both move the session.</summary>
    public Guid Version { get; set; }

    /// <summary>Whether players answer the knowledge check before and after the game.</summary>
    public bool KnowledgeCheck { get; set; }

    /// <summary>The knowledge-check items' ids, comma-separated.</summary>
    public string CheckItems { get; set; } = "";

    /// <summary>When the wall shows a word cloud instead of the list.</summary>
    public bool WordCloud { get; set; }

    /// <summary>Whether the top three (groups, or players) are shown between cards and at the end; never after a sensitive card, never counting one.</summary>
    public bool Podium { get; set; }

    /// <summary>When the session's aggregates were last written.</summary>
    public DateTime? SummarisedAt { get; set; }

    /// <summary>When the individual answers were deleted (the retention period ended).</summary>
    public DateTime? PurgedAt { get; set; }
}

/// <summary>A player (a student or a group): a random token kept on the device and a nickname. No account, no real name.</summary>
public sealed class LivePlayer
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    /// <summary>SHA-256 of the player's token; the token itself is only on the device.</summary>
    public string TokenHash { get; set; } = "";

    public string Nickname { get; set; } = "";

    /// <summary>Members of a group in group mode; 1 otherwise.</summary>
    public int Members { get; set; } = 1;

    public int Score { get; set; }

    public bool Removed { get; set; }

    public DateTime JoinedAt { get; set; }

    /// <summary>Optional self-description: girl, boy or notsaid (also when not answered).</summary>
    public string Gender { get; set; } = "notsaid";

    /// <summary>Optional self-description: 13-14, 15-16, 17-18 or notsaid.</summary>
    public string AgeBand { get; set; } = "notsaid";
}

/// <summary>One player's answer to one card; accepted once (unique per player and card).</summary>
public sealed class LiveAnswer
{
    public long Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid PlayerId { get; set; }

    public int CardIndex { get; set; }

    public string CardId { get; set; } = "";

    /// <summary>The chosen options' indexes, comma-separated.</summary>
    public string Chosen { get; set; } = "";

    public bool Correct { get; set; }

    public int Points { get; set; }

    public DateTime AnsweredAt { get; set; }
}

/// <summary>In a projector-only session, how many hands went up for an option.</summary>
public sealed class RoomCount
{
    public Guid SessionId { get; set; }

    public int CardIndex { get; set; }

    public int Option { get; set; }

    public int Count { get; set; }
}
