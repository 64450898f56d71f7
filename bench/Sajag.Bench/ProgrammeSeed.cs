using Sajag.Content;
using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Bench;

/// <summary>
/// Fills a migrated database with what 2,500 ended sessions of 40 young people leave behind, the same
/// every time (a fixed seed): one organisation, 60 schools in 20 districts (one urban and two rural
/// schools in each), sessions over 2025 and 2026, each with 2-4 of the pack's topics and 10 of their
/// cards. Made-up numbers only: no young person's data.
/// </summary>
internal static class ProgrammeSeed
{
    public const int Sessions = 2_500;
    public const int PeoplePerSession = 40;
    public const int Schools = 60;

    public static readonly string[] Districts =
    [
        "Dhaka", "Chattogram", "Khulna", "Rajshahi", "Sylhet", "Barishal", "Rangpur", "Mymensingh", "Cumilla", "Gazipur",
        "Narayanganj", "Bogura", "Jashore", "Dinajpur", "Cox's Bazar", "Tangail", "Noakhali", "Faridpur", "Kushtia", "Pabna",
    ];

    private static readonly string[] AgeBands = ["13-14", "15-16", "17-18"];

    /// <summary>Seeds the database and returns the organisation's id.</summary>
    public static async Task<int> SeedAsync(SajagDb db, ContentPack pack)
    {
        var random = new Random(20261129);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var organisation = new Organisation { Name = "Benchmark NGO" };
        var schools = Enumerable.Range(0, Schools).Select(i => new School
        {
            Name = $"School {i + 1}",
            District = Districts[i % Districts.Length],
            Setting = i < Districts.Length ? SchoolSetting.Urban : SchoolSetting.Rural,
        }).ToList();
        organisation.Schools.AddRange(schools);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        var topics = pack.Topics.Select(t => t.Id).ToArray();
        var items = pack.Assessment.GroupBy(i => i.TopicId).ToDictionary(g => g.Key, g => g.Select(i => i.Id).ToArray());
        int peopleRows = 0, topicRows = 0, cardRows = 0;
        for (var s = 0; s < Sessions; s++)
        {
            var created = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc).AddDays(random.Next(730)).AddMinutes(random.Next(8 * 60));
            var chosen = topics.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).ToArray();
            var deck = pack.Cards.Where(c => chosen.Contains(c.TopicId)).OrderBy(_ => random.Next()).Take(10).ToArray();
            var checkItems = chosen.SelectMany(t => items.GetValueOrDefault(t, []).Take(2)).ToArray();
            var session = new LiveSession
            {
                Id = NextGuid(random),
                Code = random.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                FacilitatorId = "benchmark-facilitator",
                SchoolId = schools[random.Next(schools.Count)].Id,
                Mode = SessionMode.PhoneEach,
                Language = random.Next(4) == 0 ? "en" : "bn",
                Deck = string.Join(',', deck.Select(c => c.Id)),
                PackVersion = pack.Info.Version,
                Phase = Sajag.Game.Live.LivePhase.Ended,
                CardIndex = deck.Length - 1,
                CreatedAt = created,
                EndedAt = created.AddMinutes(75),
                Version = NextGuid(random),
                KnowledgeCheck = true,
                CheckItems = string.Join(',', checkItems),
                SummarisedAt = created.AddMinutes(76),
                // Sessions past the 180-day retention have had their individual answers deleted.
                PurgedAt = created < new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) ? created.AddDays(181) : null,
            };
            db.LiveSessions.Add(session);

            var people = new Dictionary<(string, string), int>();
            var cells = new Dictionary<(string, string, string), SummaryTopic>();
            for (var p = 0; p < PeoplePerSession; p++)
            {
                var g = random.NextDouble();
                var gender = g < 0.46 ? "girl" : g < 0.92 ? "boy" : "notsaid";
                var ageBand = random.Next(10) == 0 ? "notsaid" : AgeBands[random.Next(AgeBands.Length)];
                people[(gender, ageBand)] = people.GetValueOrDefault((gender, ageBand)) + 1;
                foreach (var topic in chosen)
                {
                    // Some leave before the after check: no pair in the topic.
                    if (random.Next(100) < 7)
                    {
                        continue;
                    }

                    if (!cells.TryGetValue((gender, ageBand, topic), out var cell))
                    {
                        cells[(gender, ageBand, topic)] = cell = new SummaryTopic { SessionId = session.Id, Gender = gender, AgeBand = ageBand, TopicId = topic };
                    }

                    cell.People++;
                    for (var item = 0; item < 2; item++)
                    {
                        var before = random.NextDouble() < 0.5;
                        var after = random.NextDouble() < (before ? 0.9 : 0.6);
                        _ = (before, after) switch
                        {
                            (true, true) => cell.BothRight++,
                            (true, false) => cell.RightToWrong++,
                            (false, true) => cell.WrongToRight++,
                            (false, false) => cell.BothWrong++,
                        };
                    }
                }
            }

            db.SummaryPeople.AddRange(people.Select(p => new SummaryPeople { SessionId = session.Id, Gender = p.Key.Item1, AgeBand = p.Key.Item2, People = p.Value }));
            db.SummaryTopics.AddRange(cells.Values);
            db.SummaryCards.AddRange(deck.Select((c, i) => new SummaryCard
            {
                SessionId = session.Id,
                CardIndex = i,
                CardId = c.Id,
                TopicId = c.TopicId,
                Answered = PeoplePerSession - random.Next(5),
                Correct = random.Next(15, PeoplePerSession - 4),
            }));
            (peopleRows, topicRows, cardRows) = (peopleRows + people.Count, topicRows + cells.Count, cardRows + deck.Length);

            if ((s + 1) % 250 == 0)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        Console.WriteLine($"// Seeded {Sessions:N0} sessions, {Sessions * PeoplePerSession:N0} young people, {Schools} schools in {Districts.Length} districts: " +
            $"{peopleRows:N0} SummaryPeople, {topicRows:N0} SummaryTopic and {cardRows:N0} SummaryCard rows.");
        return organisation.Id;
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
