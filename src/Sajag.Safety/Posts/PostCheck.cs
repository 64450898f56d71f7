namespace Sajag.Safety.Posts;

/// <summary>A finding as the command line and the API write it.</summary>
/// <param name="Kind">phone, email, birth-date, age, address, school, class, full-name or location.</param>
/// <param name="Start">Where it starts, in UTF-16 code units.</param>
/// <param name="Length">Its length, in UTF-16 code units.</param>
/// <param name="Text">The detail as written.</param>
/// <param name="Why">Why it matters and the guideline behind it, in one line.</param>
public sealed record PostFinding(string Kind, int Start, int Length, string Text, string Why);

/// <summary>What the post check found in a draft.</summary>
public sealed record PostCheckReport(IReadOnlyList<PostFinding> Findings);

/// <summary>The post check: personal details in a draft post, explained. Runs in memory and keeps nothing.</summary>
public static class PostCheck
{
    /// <summary>The longest draft checked, in UTF-16 code units (a long post or a profile is far shorter).</summary>
    public const int MaxLength = 10_000;

    /// <summary>Finds the personal details in <paramref name="text"/> as of <paramref name="today"/> (the caller's clock), except the
    /// <paramref name="safe"/> contacts (the pack's helplines), and explains each in "en" or "bn".</summary>
    public static PostCheckReport Run(string text, DateOnly today, string language = "en", SafeContacts? safe = null)
    {
        var findings = PersonalDetailFinder.Find(text, today, safe)
            .Select(d => new PostFinding(d.Code, d.Start, d.Length, d.Text, PostCheckText.Why(d, language)))
            .ToList();
        return new PostCheckReport(findings);
    }
}
