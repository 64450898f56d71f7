namespace Sajag.Safety.Tests.Posts;

/// <summary>The date the post check's tests read drafts on: fixed, so a birth year's fit to a young person does not move with the year.</summary>
internal static class FixedDate
{
    public static readonly DateOnly Today = new(2026, 12, 8);
}
