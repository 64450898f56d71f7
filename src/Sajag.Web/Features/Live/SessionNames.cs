namespace Sajag.Web.Features.Live;

/// <summary>A facilitator's name for a session: one line of plain text, shown on staff pages only.</summary>
public static class SessionNames
{
    public const int MaxLength = 80;

    /// <summary>The name as kept: control characters and runs of spaces made single spaces, trimmed; empty for none.</summary>
    public static string Clean(string? name) =>
        string.Join(' ', new string((name ?? "").Select(c => char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
