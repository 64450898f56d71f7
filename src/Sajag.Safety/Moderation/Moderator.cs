using Sajag.Safety.Posts;

namespace Sajag.Safety.Moderation;

// PLACEHOLDER: replaced by the moderation branch (the real filter). Same API.
public enum ModerationReason
{
    Abuse,
    Sexual,
    Threat,
    Slur,
    Phone,
    Email,
    Handle,
    Link,
    Address,
}

public sealed record ModerationFinding(ModerationReason Reason, int Start, int Length);

public sealed record ModerationResult(bool Flagged, IReadOnlyList<ModerationReason> Reasons, string Masked, IReadOnlyList<ModerationFinding> Findings);

public static class Moderator
{
    public const int MaxAnswerLength = 280;

    public static ModerationResult Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = PersonalDetailFinder.Find(text).Where(d => d.Kind is DetailKind.Phone or DetailKind.Email).ToList();
        var masked = text;
        foreach (var d in found.OrderByDescending(d => d.Start))
        {
            masked = string.Concat(masked.AsSpan(0, d.Start), d.Kind == DetailKind.Phone ? "[phone]" : "[email]", masked.AsSpan(d.Start + d.Length));
        }

        var reasons = found.Select(d => d.Kind == DetailKind.Phone ? ModerationReason.Phone : ModerationReason.Email).Distinct().ToList();
        return new ModerationResult(reasons.Count > 0, reasons, masked, []);
    }
}
