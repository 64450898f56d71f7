namespace Sajag.Content;

/// <summary>The warning-sign vocabulary shared by lessons, cards and the conversation check.</summary>
public static class SignCodes
{
    /// <summary>Every sign code, in the order of the vocabulary.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "personal-info-request", "isolation-check", "secrecy", "flattery", "love-bombing",
        "gifts-money", "platform-move", "image-request", "sexual-talk", "sexual-content-sent",
        "meeting-request", "threat-blackmail", "pressure-coercion", "identity-deception",
        "bullying-insult", "bullying-threat", "bullying-exclusion", "self-harm-risk",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is in the vocabulary.</summary>
    public static bool IsKnown(string code) => Known.Contains(code);
}
