namespace Sajag.Game.Measure;

/// <summary>How a young person described themselves; <see cref="NotSaid"/> is "prefer not to say" or no answer.</summary>
public enum Gender
{
    NotSaid,
    Girl,
    Boy,
}

/// <summary>The self-described age band; <see cref="NotSaid"/> is "prefer not to say" or no answer.</summary>
public enum AgeBand
{
    NotSaid,
    From13To14,
    From15To16,
    From17To18,
}

/// <summary>Whether the school is in a town or a village (from the school, not the young person).</summary>
public enum Area
{
    Urban,
    Rural,
}

/// <summary>
/// Before/after answers of the same young people to the same items, as paired counts: each item a
/// young person answered both before and after the game is one pair.
/// </summary>
public readonly record struct PairCounts(int BothRight, int RightToWrong, int WrongToRight, int BothWrong)
{
    /// <summary>All pairs.</summary>
    public int Pairs => BothRight + RightToWrong + WrongToRight + BothWrong;

    /// <summary>The share right before the game (0 when there are no pairs).</summary>
    public double Before => Pairs == 0 ? 0 : (double)(BothRight + RightToWrong) / Pairs;

    /// <summary>The share right after the game (0 when there are no pairs).</summary>
    public double After => Pairs == 0 ? 0 : (double)(BothRight + WrongToRight) / Pairs;

    /// <summary>After minus before.</summary>
    public double Gain => Pairs == 0 ? 0 : (double)(WrongToRight - RightToWrong) / Pairs;

    /// <summary>Cell-by-cell sum: pairs of different young people or items add up.</summary>
    public static PairCounts operator +(PairCounts left, PairCounts right) => Add(left, right);

    /// <summary>Cell-by-cell sum (the named form of +).</summary>
    public static PairCounts Add(PairCounts left, PairCounts right) => new(
        left.BothRight + right.BothRight,
        left.RightToWrong + right.RightToWrong,
        left.WrongToRight + right.WrongToRight,
        left.BothWrong + right.BothWrong);
}

/// <summary>
/// What one ended session leaves behind after its individual answers are deleted (the aggregates that
/// stay). The people cells partition the session's young people by self-description; the topic cells
/// hold the paired before/after counts per self-description and topic.
/// </summary>
public sealed record SessionFacts(
    Guid SessionId,
    DateOnly Date,
    int SchoolId,
    string School,
    string District,
    Area Area,
    IReadOnlyList<PeopleCell> People,
    IReadOnlyList<TopicCell> Topics,
    IReadOnlyList<CardCell> Cards);

/// <summary>How many young people with one self-description took part.</summary>
public sealed record PeopleCell(Gender Gender, AgeBand AgeBand, int People);

/// <summary>
/// The paired counts of one self-description in one topic. <paramref name="People"/> is the number of
/// young people with at least one before/after pair in the topic.
/// </summary>
public sealed record TopicCell(Gender Gender, AgeBand AgeBand, string TopicId, int People, PairCounts Pairs);

/// <summary>How many answered a card of the game, and how many of them were right.</summary>
public sealed record CardCell(int CardIndex, string CardId, string TopicId, int Answered, int Correct);

/// <summary>Which sessions and young people a programme report covers: dates inclusive, district without regard to case; null means any.</summary>
public sealed record ReportFilter(DateOnly? From, DateOnly? To, string? District, Area? Area, Gender? Gender, AgeBand? AgeBand)
{
    /// <summary>Everything.</summary>
    public static ReportFilter None { get; } = new(null, null, null, null, null, null);
}
