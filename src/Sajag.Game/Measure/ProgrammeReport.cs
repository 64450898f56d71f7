namespace Sajag.Game.Measure;

/// <summary>One group of a breakdown (an area, a gender, an age band): how many took part, and their gain over all topics (whose people are those with at least one pair, a lower bound).</summary>
public sealed record GroupRow<TGroup>(TGroup Group, Headcount People, Figure<PairedEstimate> Estimate);

/// <summary>
/// What changed across many sessions: how many took part, each topic's before and after, and
/// breakdowns by area, gender and age band, every figure suppressed under 5 young people.
/// </summary>
public sealed record ProgrammeReport(
    ReportFilter Filter,
    int Sessions,
    int Schools,
    Headcount People,
    Figure<PairedEstimate> AllTopics,
    IReadOnlyList<TopicRow> Topics,
    IReadOnlyList<GroupRow<Area>> ByArea,
    IReadOnlyList<GroupRow<Gender>> ByGender,
    IReadOnlyList<GroupRow<AgeBand>> ByAgeBand)
{
    private static readonly Gender[] Genders = Enum.GetValues<Gender>();
    private static readonly AgeBand[] AgeBands = Enum.GetValues<AgeBand>();

    /// <summary>
    /// Builds the report over the sessions the filter keeps (dates inclusive, district without regard to
    /// case; blank means any; area) and, within them, the young people it keeps (gender, age band). Sessions and schools
    /// count those with at least one young person kept. A breakdown lists only groups with someone in
    /// them; each breakdown gets complementary suppression (see <see cref="Suppression.Hide"/>), and a
    /// group hidden by it shows neither its people nor its estimate.
    /// </summary>
    public static ProgrammeReport Build(IEnumerable<SessionFacts> sessions, ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(filter);
        var areas = new Tally[2];
        var genders = new Tally[Genders.Length];
        var ageBands = new Tally[AgeBands.Length];
        var total = new Tally();
        var topics = new Dictionary<string, (int People, PairCounts Pairs)>(StringComparer.Ordinal);
        var schools = new HashSet<int>();
        var sessionCount = 0;

        // Per session and self-description (gender x age band): people, pairs, and the largest topic count.
        var tookPart = new int[Genders.Length, AgeBands.Length];
        var pairs = new PairCounts[Genders.Length, AgeBands.Length];
        var withPairs = new int[Genders.Length, AgeBands.Length];
        foreach (var session in sessions)
        {
            if (!Keeps(filter, session))
            {
                continue;
            }

            Array.Clear(tookPart);
            Array.Clear(pairs);
            Array.Clear(withPairs);
            var kept = 0;
            foreach (var cell in session.People)
            {
                if (Keeps(filter, cell.Gender, cell.AgeBand))
                {
                    tookPart[(int)cell.Gender, (int)cell.AgeBand] += cell.People;
                    kept += cell.People;
                }
            }

            foreach (var cell in session.Topics)
            {
                if (!Keeps(filter, cell.Gender, cell.AgeBand))
                {
                    continue;
                }

                int g = (int)cell.Gender, a = (int)cell.AgeBand;
                pairs[g, a] += cell.Pairs;
                withPairs[g, a] = Math.Max(withPairs[g, a], cell.People);
                var topic = topics.GetValueOrDefault(cell.TopicId);
                topics[cell.TopicId] = (topic.People + cell.People, topic.Pairs + cell.Pairs);
            }

            if (kept == 0)
            {
                continue;
            }

            sessionCount++;
            schools.Add(session.SchoolId);
            for (var g = 0; g < Genders.Length; g++)
            {
                for (var a = 0; a < AgeBands.Length; a++)
                {
                    var cell = new Tally { TookPart = tookPart[g, a], WithPairs = withPairs[g, a], Pairs = pairs[g, a] };
                    total.Add(cell);
                    areas[(int)session.Area].Add(cell);
                    genders[g].Add(cell);
                    ageBands[a].Add(cell);
                }
            }
        }

        return new ProgrammeReport(
            filter,
            sessionCount,
            schools.Count,
            Suppression.Count(total.TookPart),
            Suppression.Of(PairedProportions.Estimate(total.Pairs), total.WithPairs),
            Aggregation.Topics(topics.Select(t => (t.Key, t.Value.People, t.Value.Pairs))),
            Breakdown(Enum.GetValues<Area>(), areas),
            Breakdown(Genders, genders),
            Breakdown(AgeBands, ageBands));
    }

    private static bool Keeps(ReportFilter filter, SessionFacts session) =>
        (filter.From is not { } from || session.Date >= from)
        && (filter.To is not { } to || session.Date <= to)
        && (string.IsNullOrWhiteSpace(filter.District) || string.Equals(session.District.Trim(), filter.District.Trim(), StringComparison.OrdinalIgnoreCase))
        && (filter.Area is not { } area || session.Area == area);

    private static bool Keeps(ReportFilter filter, Gender gender, AgeBand ageBand) =>
        (filter.Gender is not { } g || gender == g) && (filter.AgeBand is not { } a || ageBand == a);

    private static List<GroupRow<TGroup>> Breakdown<TGroup>(TGroup[] groups, Tally[] tallies)
    {
        var present = Enumerable.Range(0, groups.Length).Where(i => tallies[i].TookPart > 0).ToList();

        // A group is at risk if either of its two head counts is small; a group with no pairs at all
        // (no knowledge check) shows its people and an empty estimate.
        var atRisk = present.Select(i => tallies[i].WithPairs == 0 ? tallies[i].TookPart : Math.Min(tallies[i].TookPart, tallies[i].WithPairs)).ToList();
        var hidden = Suppression.Hide(atRisk);
        return present.Select((i, row) => hidden[row]
            ? new GroupRow<TGroup>(groups[i], Headcount.Hidden, Figure<PairedEstimate>.Hidden)
            : new GroupRow<TGroup>(groups[i], Suppression.Count(tallies[i].TookPart), Suppression.Of(PairedProportions.Estimate(tallies[i].Pairs), tallies[i].WithPairs)))
            .ToList();
    }

    private struct Tally
    {
        public int TookPart;
        public int WithPairs;
        public PairCounts Pairs;

        public void Add(Tally other)
        {
            TookPart += other.TookPart;
            WithPairs += other.WithPairs;
            Pairs += other.Pairs;
        }
    }
}
