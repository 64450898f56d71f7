namespace Sajag.Game.Measure;

/// <summary>One topic's before and after.</summary>
public sealed record TopicRow(string TopicId, Figure<PairedEstimate> Estimate);

/// <summary>One card's correct rate in the game.</summary>
public sealed record CardRow(int CardIndex, string CardId, string TopicId, Figure<CardRate> Rate);

/// <summary>
/// The report of one session: who took part, how each card went, and what the young people knew
/// before and after, per topic and over all topics (whose people are those with at least one pair, a
/// lower bound: see <see cref="Aggregation.PeopleWithPairs"/>).
/// </summary>
public sealed record SessionReport(
    Guid SessionId,
    DateOnly Date,
    string School,
    string District,
    Area Area,
    Headcount People,
    IReadOnlyList<CardRow> Cards,
    IReadOnlyList<TopicRow> Topics,
    Figure<PairedEstimate> AllTopics)
{
    /// <summary>
    /// Builds the report. A card's rate is suppressed when fewer than 5 answered it; a topic when fewer
    /// than 5 young people have a pair in it, with complementary suppression over the topics because
    /// their pairs add up to <see cref="AllTopics"/>.
    /// </summary>
    public static SessionReport Build(SessionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var people = facts.People.Sum(c => c.People);
        var cards = facts.Cards
            .OrderBy(c => c.CardIndex)
            .Select(c => new CardRow(c.CardIndex, c.CardId, c.TopicId, Suppression.Of(new CardRate(c.Answered, c.Correct), c.Answered)))
            .ToList();
        var topics = Aggregation.Topics(facts.Topics.GroupBy(c => c.TopicId, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(c => c.People), g.Aggregate(default(PairCounts), (sum, c) => sum + c.Pairs))));
        var all = facts.Topics.Aggregate(default(PairCounts), (sum, c) => sum + c.Pairs);
        var allPeople = Aggregation.PeopleWithPairs(facts.Topics);
        return new SessionReport(
            facts.SessionId,
            facts.Date,
            facts.School,
            facts.District,
            facts.Area,
            Suppression.Count(people),
            cards,
            topics,
            Suppression.Of(PairedProportions.Estimate(all), allPeople));
    }
}

/// <summary>Sums shared by the session and programme reports.</summary>
internal static class Aggregation
{
    /// <summary>
    /// The young people with at least one pair in any topic. Cells count people per topic, and one young
    /// person may have pairs in several topics, so the exact number is not in the facts: within one
    /// self-description the largest topic count is a lower bound, and self-descriptions are different
    /// people, so their bounds add up. A lower bound suppresses more, never less.
    /// </summary>
    public static int PeopleWithPairs(IEnumerable<TopicCell> cells) =>
        cells.GroupBy(c => (c.Gender, c.AgeBand)).Sum(g => g.Max(c => c.People));

    /// <summary>Topic rows in topic order, without topics nobody answered, with complementary suppression.</summary>
    public static List<TopicRow> Topics(IEnumerable<(string TopicId, int People, PairCounts Pairs)> topics)
    {
        var rows = topics.Where(t => t.People > 0).OrderBy(t => t.TopicId, StringComparer.Ordinal).ToList();
        var hidden = Suppression.Hide(rows.Select(t => t.People).ToList());
        return rows.Select((t, i) => new TopicRow(t.TopicId, hidden[i] ? Figure<PairedEstimate>.Hidden : Suppression.Of(PairedProportions.Estimate(t.Pairs), t.People))).ToList();
    }
}
