namespace Sajag.Data.Entities;

/// <summary>
/// One player's before and after answer to one knowledge-check item, matched by the player (token) only.
/// Deleted with the player when the retention period ends; the session's aggregates stay.
/// </summary>
public sealed class CheckAnswer
{
    public long Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid PlayerId { get; set; }

    public string ItemId { get; set; } = "";

    public string TopicId { get; set; } = "";

    public bool? BeforeCorrect { get; set; }

    public bool? AfterCorrect { get; set; }
}

// The aggregates a session leaves behind: what reports read, and all that stays after the retention
// period. A cell is a self-description (gender and age band, "notsaid" when not given); cells
// partition a session's young people, so their counts add up.

/// <summary>How many young people took part, per self-description.</summary>
public sealed class SummaryPeople
{
    public Guid SessionId { get; set; }

    public string Gender { get; set; } = "notsaid";

    public string AgeBand { get; set; } = "notsaid";

    public int People { get; set; }
}

/// <summary>Before/after pairs of one topic, per self-description.</summary>
public sealed class SummaryTopic
{
    public Guid SessionId { get; set; }

    public string Gender { get; set; } = "notsaid";

    public string AgeBand { get; set; } = "notsaid";

    public string TopicId { get; set; } = "";

    /// <summary>Young people with at least one before/after pair in the topic.</summary>
    public int People { get; set; }

    public int BothRight { get; set; }

    public int RightToWrong { get; set; }

    public int WrongToRight { get; set; }

    public int BothWrong { get; set; }
}

/// <summary>How a card went in a session.</summary>
public sealed class SummaryCard
{
    public Guid SessionId { get; set; }

    public int CardIndex { get; set; }

    public string CardId { get; set; } = "";

    public string TopicId { get; set; } = "";

    public int Answered { get; set; }

    public int Correct { get; set; }
}
