namespace Sajag.Safety.Check;

/// <summary>How worrying a conversation is, by the rule in SIGNS.md.</summary>
public enum Level
{
    /// <summary>Nothing found.</summary>
    None,

    /// <summary>Something to keep an eye on.</summary>
    Caution,

    /// <summary>A pattern that looks like grooming or bullying.</summary>
    Warning,

    /// <summary>Talk to a trusted adult or the helpline now.</summary>
    Danger,
}

/// <summary>The warning signs the check looks for, with their grooming stage and family.</summary>
public static class Signs
{
    public const string PersonalInfoRequest = "personal-info-request";
    public const string IsolationCheck = "isolation-check";
    public const string Secrecy = "secrecy";
    public const string Flattery = "flattery";
    public const string LoveBombing = "love-bombing";
    public const string GiftsMoney = "gifts-money";
    public const string PlatformMove = "platform-move";
    public const string ImageRequest = "image-request";
    public const string SexualTalk = "sexual-talk";
    public const string SexualContentSent = "sexual-content-sent";
    public const string MeetingRequest = "meeting-request";
    public const string ThreatBlackmail = "threat-blackmail";
    public const string PressureCoercion = "pressure-coercion";
    public const string IdentityDeception = "identity-deception";
    public const string BullyingInsult = "bullying-insult";
    public const string BullyingThreat = "bullying-threat";
    public const string BullyingExclusion = "bullying-exclusion";
    public const string SelfHarmRisk = "self-harm-risk";

    /// <summary>Every code, in the order of SIGNS.md.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PersonalInfoRequest, IsolationCheck, Secrecy, Flattery, LoveBombing, GiftsMoney, PlatformMove, ImageRequest, SexualTalk,
        SexualContentSent, MeetingRequest, ThreatBlackmail, PressureCoercion, IdentityDeception, BullyingInsult, BullyingThreat,
        BullyingExclusion, SelfHarmRisk,
    ];

    /// <summary>The grooming stage (O'Connell; Olson et al.) or family a sign belongs to; null for pressure, which can come at any stage.</summary>
    public static string? Stage(string code) => code switch
    {
        IdentityDeception => "friendship-forming",
        Flattery or GiftsMoney => "relationship-forming",
        PersonalInfoRequest or IsolationCheck => "risk-assessment",
        Secrecy or LoveBombing or PlatformMove => "exclusivity",
        ImageRequest or SexualTalk or SexualContentSent => "sexual",
        MeetingRequest => "approach",
        ThreatBlackmail => "sextortion",
        BullyingInsult or BullyingThreat or BullyingExclusion => "cyberbullying",
        SelfHarmRisk => "self-harm",
        _ => null,
    };

    /// <summary>Whether a sign is one of the grooming or sextortion signs (not bullying, not self-harm).</summary>
    public static bool IsGrooming(string code) => code is not (BullyingInsult or BullyingThreat or BullyingExclusion or SelfHarmRisk);

    /// <summary>The conversation's level from the codes its signs reached, by SIGNS.md; <paramref name="insultMessages"/> counts messages with an insult.</summary>
    public static Level LevelOf(IReadOnlyCollection<string> codes, int insultMessages)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
        {
            return Level.None;
        }

        var grooming = codes.Where(IsGrooming).ToHashSet(StringComparer.Ordinal);
        if (codes.Any(c => c is ImageRequest or SexualTalk or SexualContentSent or ThreatBlackmail or SelfHarmRisk)
            || (grooming.Contains(MeetingRequest) && grooming.Count > 1))
        {
            return Level.Danger;
        }

        var groomingStages = grooming.Select(Stage).Where(s => s is not null).Distinct(StringComparer.Ordinal).Count();
        if (codes.Any(c => c is LoveBombing or PressureCoercion or IdentityDeception or BullyingThreat or BullyingExclusion)
            || groomingStages >= 2
            || ((codes.Contains(Secrecy) || codes.Contains(IsolationCheck)) && codes.Count > 1)
            || insultMessages >= 2)
        {
            return Level.Warning;
        }

        return Level.Caution;
    }
}
