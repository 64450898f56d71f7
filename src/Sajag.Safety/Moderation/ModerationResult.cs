namespace Sajag.Safety.Moderation;

/// <summary>Why an answer or a nickname was flagged or masked.</summary>
public enum ModerationReason
{
    /// <summary>Insults and swearing.</summary>
    Abuse,

    /// <summary>Sexual words.</summary>
    Sexual,

    /// <summary>Threats: to hurt, to kill, to leak someone's pictures.</summary>
    Threat,

    /// <summary>Religious, ethnic, caste, gender or disability slurs.</summary>
    Slur,

    /// <summary>A phone number (masked).</summary>
    Phone,

    /// <summary>An email address (masked).</summary>
    Email,

    /// <summary>An @handle (masked).</summary>
    Handle,

    /// <summary>A link or a web address (masked).</summary>
    Link,

    /// <summary>A house, road or flat address (masked).</summary>
    Address,

    /// <summary>A full name set beside a school or a class, which together name one child (masked).</summary>
    Identity,
}

/// <summary>One thing the filter found.</summary>
/// <param name="Reason">What it is.</param>
/// <param name="Start">Where it starts in the original text, in UTF-16 code units.</param>
/// <param name="Length">How long it is in the original text, in UTF-16 code units.</param>
public sealed record ModerationFinding(ModerationReason Reason, int Start, int Length)
{
    /// <summary>The value of <see cref="By"/> for a finding of the rules (word lists, composed roles, contact details).</summary>
    public const string Rules = "rules";

    /// <summary>The value of <see cref="By"/> for a finding of the learned model.</summary>
    public const string Model = "model";

    /// <summary>Which part found it: <see cref="Rules"/> or <see cref="Model"/>.</summary>
    public string By { get; init; } = Rules;

    /// <summary>For a finding of the model, the n-grams with the largest weights towards a flag ("w stupid", "c &lt;pig"), largest first.</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];
}

/// <summary>What the moderation filter made of one text.</summary>
/// <param name="Flagged">Whether anything was found: a word of abuse, sex, threat or slur, or any personal detail.</param>
/// <param name="Reasons">The kinds found, each once, in the order of <see cref="ModerationReason"/>.</param>
/// <param name="Masked">The text with every personal detail replaced by a placeholder (<c>[phone]</c>) and every flagged word masked.</param>
/// <param name="Findings">What was found, in order of position, none overlapping.</param>
public sealed record ModerationResult(bool Flagged, IReadOnlyList<ModerationReason> Reasons, string Masked, IReadOnlyList<ModerationFinding> Findings)
{
    /// <summary>The reasons as written in JSON, the CLI and the interface: "abuse", "sexual", "threat", "slur", "phone", "email", "handle", "link", "address", "identity".</summary>
    public IReadOnlyList<string> ReasonCodes => Reasons.Select(CodeOf).ToList();

    /// <summary>Whether a personal detail (phone, email, handle, link, address) was found.</summary>
    public bool HasPersonalDetail => Reasons.Any(IsPersonalDetail);

    /// <summary>Whether a word of abuse, sex, threat or slur was found.</summary>
    public bool HasHarmfulWords => Reasons.Any(r => !IsPersonalDetail(r));

    /// <summary>A reason's name in JSON and in interface-text keys.</summary>
    public static string CodeOf(ModerationReason reason) => reason switch
    {
        ModerationReason.Abuse => "abuse",
        ModerationReason.Sexual => "sexual",
        ModerationReason.Threat => "threat",
        ModerationReason.Slur => "slur",
        ModerationReason.Phone => "phone",
        ModerationReason.Email => "email",
        ModerationReason.Handle => "handle",
        ModerationReason.Link => "link",
        ModerationReason.Address => "address",
        ModerationReason.Identity => "identity",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>Whether a reason is a personal detail, masked by a placeholder, rather than a word.</summary>
    public static bool IsPersonalDetail(ModerationReason reason) => reason >= ModerationReason.Phone;

    /// <summary>Whether the learned model, not the rules, found the harm.</summary>
    public bool ByModel => Findings.Any(f => f.By == ModerationFinding.Model);
}
