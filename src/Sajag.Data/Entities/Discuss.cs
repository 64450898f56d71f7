namespace Sajag.Data.Entities;

/// <summary>Where an open answer is in the facilitator's queue.</summary>
public enum OpenAnswerStatus
{
    /// <summary>Waiting for the facilitator; only adults see it, masked.</summary>
    Pending,

    /// <summary>Shown on the projector's wall.</summary>
    Approved,

    /// <summary>Not shown.</summary>
    Hidden,
}

/// <summary>
/// A typed answer to a Discuss &amp; Rethink prompt. Anonymous to every adult; only the masked text is
/// stored, so a phone number or an email a student typed is never kept.
/// </summary>
public sealed class OpenAnswer
{
    public long Id { get; set; }

    public Guid SessionId { get; set; }

    /// <summary>Keeps one answer per player and card; never shown to anyone.</summary>
    public Guid PlayerId { get; set; }

    public int CardIndex { get; set; }

    public string CardId { get; set; } = "";

    public string TopicId { get; set; } = "";

    /// <summary>The answer with personal details and flagged words masked.</summary>
    public string Text { get; set; } = "";

    public bool Flagged { get; set; }

    /// <summary>What the filter found, comma-separated reason names (e.g. "phone,abuse").</summary>
    public string Reasons { get; set; } = "";

    public OpenAnswerStatus Status { get; set; }

    /// <summary>The idea this answer was starred as, if it was.</summary>
    public long? IdeaId { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A young person's idea a facilitator starred: kept in the organisation's collection, anonymous and unlinked to any session.</summary>
public sealed class Idea
{
    public long Id { get; set; }

    public int OrganisationId { get; set; }

    public string TopicId { get; set; } = "";

    public string CardId { get; set; } = "";

    public string Language { get; set; } = "";

    /// <summary>The masked text of the answer.</summary>
    public string Text { get; set; } = "";

    /// <summary>Only the day it was starred.</summary>
    public DateOnly StarredOn { get; set; }
}

/// <summary>Who exported what, and when: every report and idea export is written here.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>What was done, e.g. "export.session.csv".</summary>
    public string Action { get; set; } = "";

    /// <summary>What it was done to: a session id or the report's filter.</summary>
    public string Target { get; set; } = "";
}
