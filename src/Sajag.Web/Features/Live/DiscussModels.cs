namespace Sajag.Web.Features.Live;

/// <summary>What the facilitator does with an open answer.</summary>
public enum ModerateAction
{
    Approve,
    Hide,
    Star,
    Unstar,
}

/// <summary>The answer to an open answer: received once; the player sees the text as adults will (personal details masked).</summary>
public sealed record OpenAck(bool Accepted, bool Duplicate, string? Refusal, string? Masked, bool DetailsHidden);

/// <summary>An open answer in the facilitator's queue: masked text, what the filter found, where it is. Never who wrote it.</summary>
public sealed record OpenAnswerRow(long Id, string Text, bool Flagged, IReadOnlyList<string> Reasons, string Status, bool Starred);

/// <summary>A word of the wall's word cloud, with its size (1 to 5).</summary>
public sealed record CloudWord(string Word, int Size);

/// <summary>The discussion of the current card: the queue (facilitator), the approved wall (projector), and the knowledge check's progress.</summary>
public sealed record DiscussionView(
    int CardIndex, IReadOnlyList<OpenAnswerRow> Queue, IReadOnlyList<string> Wall, IReadOnlyList<CloudWord> Cloud, bool WordCloud,
    bool KnowledgeCheck, int BeforeDone, int AfterDone);
