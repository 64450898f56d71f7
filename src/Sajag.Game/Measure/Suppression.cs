namespace Sajag.Game.Measure;

/// <summary>
/// A figure shown in a report. When it stands for fewer than <see cref="Suppression.MinimumGroup"/>
/// young people it is suppressed: it carries neither its value nor its head count, so no page or export
/// can show them by mistake. A figure with nobody behind it is empty: no value, 0 people, not
/// suppressed (it tells nothing about anyone). Only <see cref="Suppression"/> makes figures.
/// </summary>
public sealed record Figure<T>
    where T : class
{
    private Figure(T? value, int? people, bool suppressed)
    {
        Value = value;
        People = people;
        Suppressed = suppressed;
    }

    /// <summary>The value; null when suppressed or empty.</summary>
    public T? Value { get; }

    /// <summary>The young people behind the value; null when suppressed, 0 when empty.</summary>
    public int? People { get; }

    /// <summary>Whether the group is too small to show.</summary>
    public bool Suppressed { get; }

    internal static Figure<T> Hidden { get; } = new(null, null, suppressed: true);

    internal static Figure<T> Empty { get; } = new(null, 0, suppressed: false);

    internal static Figure<T> Shown(T value, int people) => new(value, people, suppressed: false);
}

/// <summary>A number of young people, suppressed under <see cref="Suppression.MinimumGroup"/>.</summary>
public sealed record Headcount
{
    private Headcount(int? people) => People = people;

    /// <summary>The number; null when suppressed.</summary>
    public int? People { get; }

    /// <summary>Whether the group is too small to show.</summary>
    public bool Suppressed => People is null;

    internal static Headcount Hidden { get; } = new((int?)null);

    internal static Headcount Shown(int people) => new(people);
}

/// <summary>A card's correct answers out of those who answered it.</summary>
public sealed record CardRate(int Answered, int Correct)
{
    /// <summary>Correct over answered (0 when nobody answered).</summary>
    public double Rate => Answered == 0 ? 0 : (double)Correct / Answered;
}

/// <summary>The rule that no figure shows a group of fewer than five young people.</summary>
public static class Suppression
{
    /// <summary>The smallest group a figure may show.</summary>
    public const int MinimumGroup = 5;

    /// <summary>A head count, hidden under the minimum.</summary>
    public static Headcount Count(int people) => people < MinimumGroup ? Headcount.Hidden : Headcount.Shown(people);

    /// <summary>A value for a number of young people: empty when there is nobody or no value, hidden under the minimum.</summary>
    public static Figure<T> Of<T>(T? value, int people)
        where T : class => value is null || people <= 0 ? Figure<T>.Empty : people < MinimumGroup ? Figure<T>.Hidden : Figure<T>.Shown(value, people);

    /// <summary>
    /// Which rows of a breakdown to hide, given each row's head count. The rows must partition a total
    /// that the report shows (people, or paired counts), so a hidden row could be recovered by
    /// subtracting the shown rows from the total. Complementary suppression: a row under the minimum is
    /// hidden, and while that leaves exactly one hidden row, or hidden rows that together count fewer
    /// than the minimum, the smallest shown row is hidden as well (the first of equals), so the
    /// subtraction only gives the sum of rows that together count at least the minimum. We hide a second row
    /// rather than the total because the total is the figure programme staff need most. Rows with
    /// nobody in them belong to no young person and are left out by the callers, so they never force a
    /// second row to be hidden.
    /// </summary>
    public static bool[] Hide(IReadOnlyList<int> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var hidden = people.Select(p => p < MinimumGroup).ToArray();
        // Hide the smallest shown row while the hidden rows are one, or together fewer than the
        // minimum (two rows of 2 and 1 would otherwise be recoverable as a group of 3).
        while (hidden.Any(h => h) && hidden.Any(h => !h)
               && (hidden.Count(h => h) == 1 || Enumerable.Range(0, people.Count).Where(i => hidden[i]).Sum(i => people[i]) < MinimumGroup))
        {
            var smallest = Enumerable.Range(0, people.Count).Where(i => !hidden[i]).MinBy(i => people[i]);
            hidden[smallest] = true;
        }

        return hidden;
    }
}
