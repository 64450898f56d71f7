using BenchmarkDotNet.Attributes;
using Sajag.Game.Measure;

namespace Sajag.Bench;

/// <summary>The programme report over 100,000 young people: 2,500 sessions of 40, 8 topics, 64 districts.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReportBenchmarks
{
    private static readonly ReportFilter RuralGirlsIn2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, Area.Rural, Gender.Girl, null);
    private static readonly ReportFilter OneDistrict = new(null, null, "district-7", null, null, null);

    private List<SessionFacts> _sessions = [];

    /// <summary>
    /// Sessions over two years in 64 districts, a third rural; each of 40 young people gets a random
    /// self-description (10% say neither gender nor age) and answers 2 items before and after in each
    /// of 8 topics, right before with 45% and after with 70%.
    /// </summary>
    public static List<SessionFacts> Generate(int sessions, int peoplePerSession, int seed = 42)
    {
        var random = new Random(seed);
        var genders = Enum.GetValues<Gender>();
        var ageBands = Enum.GetValues<AgeBand>();
        var topics = Enumerable.Range(1, 8).Select(t => $"topic-{t}").ToArray();
        var result = new List<SessionFacts>(sessions);
        for (var s = 0; s < sessions; s++)
        {
            var people = new Dictionary<(Gender, AgeBand), int>();
            var cells = new Dictionary<(Gender, AgeBand, string), (int People, PairCounts Pairs)>();
            for (var p = 0; p < peoplePerSession; p++)
            {
                var quiet = random.Next(10) == 0;
                var who = (quiet ? Gender.NotSaid : genders[random.Next(1, genders.Length)], quiet ? AgeBand.NotSaid : ageBands[random.Next(1, ageBands.Length)]);
                people[who] = people.GetValueOrDefault(who) + 1;
                foreach (var topic in topics)
                {
                    var pairs = default(PairCounts);
                    for (var item = 0; item < 2; item++)
                    {
                        bool before = random.NextDouble() < 0.45, after = random.NextDouble() < 0.7;
                        pairs += new PairCounts(before && after ? 1 : 0, before && !after ? 1 : 0, !before && after ? 1 : 0, !before && !after ? 1 : 0);
                    }

                    var key = (who.Item1, who.Item2, topic);
                    var cell = cells.GetValueOrDefault(key);
                    cells[key] = (cell.People + 1, cell.Pairs + pairs);
                }
            }

            var district = random.Next(64);
            result.Add(new SessionFacts(
                new Guid(s, 0, 0, new byte[8]),
                new DateOnly(2025, 1, 1).AddDays(random.Next(730)),
                random.Next(600),
                "school",
                $"district-{district}",
                district % 3 == 0 ? Area.Rural : Area.Urban,
                [.. people.Select(p => new PeopleCell(p.Key.Item1, p.Key.Item2, p.Value))],
                [.. cells.Select(c => new TopicCell(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value.People, c.Value.Pairs))],
                [.. Enumerable.Range(0, 20).Select(i => new CardCell(i, $"card-{i}", topics[i % 8], peoplePerSession, random.Next(peoplePerSession)))]));
        }

        return result;
    }

    [GlobalSetup]
    public void Setup()
    {
        _sessions = Generate(2_500, 40);
        var report = ProgrammeReport.Build(_sessions, ReportFilter.None);
        if (report.People.People != 100_000 || report.Topics.Count != 8 || report.AllTopics.Value!.Pairs != 1_600_000)
        {
            throw new InvalidOperationException($"The generated facts are not 100,000 young people in 8 topics: {report.People.People}, {report.Topics.Count}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Unfiltered() => ProgrammeReport.Build(_sessions, ReportFilter.None).People.People ?? 0;

    [Benchmark]
    public int RuralGirlsInOneYear() => ProgrammeReport.Build(_sessions, RuralGirlsIn2026).People.People ?? 0;

    [Benchmark]
    public int OneDistrictOfSixtyFour() => ProgrammeReport.Build(_sessions, OneDistrict).People.People ?? 0;
}
