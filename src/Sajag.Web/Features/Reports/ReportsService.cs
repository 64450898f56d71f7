using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Game.Measure;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Features.Reports;

/// <summary>Reads what reports need: a session's facts (from its answers while they are kept, from its aggregates after), and many sessions' facts.</summary>
public sealed class ReportsService(SajagDb db, SummaryService summaries)
{
    /// <summary>The session, when this adult may read its report: its facilitator, or an admin of its school's organisation (an admin without one: any).</summary>
    public async Task<LiveSession?> ReadableAsync(Guid sessionId, ClaimsPrincipal user, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var admin = user.IsInRole(Roles.Admin);
        var session = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancel);
        if (session is null || session.FacilitatorId == userId)
        {
            return session;
        }

        if (!admin)
        {
            return null;
        }

        var mine = await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).FirstOrDefaultAsync(cancel);
        var theirs = await db.Schools.Where(s => s.Id == session.SchoolId).Select(s => (int?)s.OrganisationId).FirstOrDefaultAsync(cancel);
        return mine is null || mine == theirs ? session : null;
    }

    public async Task<SessionFacts> SessionFactsAsync(LiveSession session, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var school = await db.Schools.AsNoTracking().FirstAsync(s => s.Id == session.SchoolId, cancel);
        List<SummaryPeople> people;
        List<SummaryTopic> topics;
        List<SummaryCard> cards;
        if (session.PurgedAt is null)
        {
            // The answers are still kept: the report is exact at this moment, even while the session runs.
            (people, topics, cards) = await summaries.ComputeAsync(session, cancel);
        }
        else
        {
            people = await db.SummaryPeople.AsNoTracking().Where(p => p.SessionId == session.Id).ToListAsync(cancel);
            topics = await db.SummaryTopics.AsNoTracking().Where(p => p.SessionId == session.Id).ToListAsync(cancel);
            cards = await db.SummaryCards.AsNoTracking().Where(p => p.SessionId == session.Id).ToListAsync(cancel);
        }

        return new SessionFacts(session.Id, DateOnly.FromDateTime(session.CreatedAt), school.Id, school.Name, school.District, AreaOf(school.Setting),
            people.Select(p => new PeopleCell(GenderOf(p.Gender), AgeBandOf(p.AgeBand), p.People)).ToList(),
            topics.Select(t => new TopicCell(GenderOf(t.Gender), AgeBandOf(t.AgeBand), t.TopicId, t.People, new PairCounts(t.BothRight, t.RightToWrong, t.WrongToRight, t.BothWrong))).ToList(),
            cards.Select(c => new CardCell(c.CardIndex, c.CardId, c.TopicId, c.Answered, c.Correct)).ToList());
    }

    /// <summary>
    /// The facts of every ended session of an organisation (every organisation when null) that the
    /// filter's dates, district and area keep, read from the stored aggregates.
    /// </summary>
    public async Task<IReadOnlyList<SessionFacts>> ProgrammeFactsAsync(int? organisationId, ReportFilter filter, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sessions = from s in db.LiveSessions.AsNoTracking()
                       join school in db.Schools.AsNoTracking() on s.SchoolId equals school.Id
                       where s.Phase == LivePhase.Ended && s.SummarisedAt != null
                       select new { SessionId = s.Id, s.CreatedAt, SchoolId = school.Id, school.Name, school.District, school.Setting, school.OrganisationId };
        if (organisationId is { } organisation)
        {
            sessions = sessions.Where(s => s.OrganisationId == organisation);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            sessions = sessions.Where(s => s.CreatedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            sessions = sessions.Where(s => s.CreatedAt < end);
        }

        if (filter.Area is { } area)
        {
            var setting = area == Area.Urban ? SchoolSetting.Urban : SchoolSetting.Rural;
            sessions = sessions.Where(s => s.Setting == setting);
        }

        if (filter.District is { Length: > 0 } district)
        {
            // The organisation's district names as stored, matched here without regard to case or spaces.
            var matching = (await DistrictsAsync(organisationId, cancel)).Where(d => string.Equals(d.Trim(), district.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            sessions = sessions.Where(s => matching.Contains(s.District));
        }

        var chosen = await sessions.ToListAsync(cancel);
        var ids = sessions.Select(s => s.SessionId);

        // Reading rows is most of a request's time (100,000 young people are about 100,000 rows): read
        // straight into the report's cells, and only the self-descriptions the filter keeps.
        var people = (await Keeping(db.SummaryPeople.AsNoTracking().Where(p => ids.Contains(p.SessionId)), filter)
            .Select(p => new { p.SessionId, Cell = new PeopleCell(GenderOf(p.Gender), AgeBandOf(p.AgeBand), p.People) })
            .ToListAsync(cancel)).ToLookup(p => p.SessionId, p => p.Cell);
        var topics = (await Keeping(db.SummaryTopics.AsNoTracking().Where(t => ids.Contains(t.SessionId)), filter)
            .Select(t => new { t.SessionId, Cell = new TopicCell(GenderOf(t.Gender), AgeBandOf(t.AgeBand), t.TopicId, t.People, new PairCounts(t.BothRight, t.RightToWrong, t.WrongToRight, t.BothWrong)) })
            .ToListAsync(cancel)).ToLookup(t => t.SessionId, t => t.Cell);
        return chosen.Select(s => new SessionFacts(s.SessionId, DateOnly.FromDateTime(s.CreatedAt), s.SchoolId, s.Name, s.District, AreaOf(s.Setting),
            [.. people[s.SessionId]], [.. topics[s.SessionId]], [])).ToList();
    }

    // Leaves out the cells of the genders and age bands the filter does not keep. Values it does not
    // know stay in (they read as "not said"): the report applies the same filter to what it gets.
    private static IQueryable<T> Keeping<T>(IQueryable<T> cells, ReportFilter filter)
        where T : class
    {
        if (filter.Gender is { } gender)
        {
            var others = KnowledgeCheckService.Genders.Where(v => GenderOf(v) != gender).ToList();
            cells = cells.Where(c => !others.Contains(EF.Property<string>(c, nameof(SummaryPeople.Gender))));
        }

        if (filter.AgeBand is { } ageBand)
        {
            var others = KnowledgeCheckService.AgeBands.Where(v => AgeBandOf(v) != ageBand).ToList();
            cells = cells.Where(c => !others.Contains(EF.Property<string>(c, nameof(SummaryPeople.AgeBand))));
        }

        return cells;
    }

    /// <summary>The districts of the organisation's schools, for the filter.</summary>
    public async Task<IReadOnlyList<string>> DistrictsAsync(int? organisationId, CancellationToken cancel = default) =>
        await db.Schools.AsNoTracking().Where(s => organisationId == null || s.OrganisationId == organisationId)
            .Select(s => s.District).Distinct().OrderBy(d => d).ToListAsync(cancel);

    public static Gender GenderOf(string value) => value switch
    {
        "girl" => Gender.Girl,
        "boy" => Gender.Boy,
        _ => Gender.NotSaid,
    };

    public static AgeBand AgeBandOf(string value) => value switch
    {
        "13-14" => AgeBand.From13To14,
        "15-16" => AgeBand.From15To16,
        "17-18" => AgeBand.From17To18,
        _ => AgeBand.NotSaid,
    };

    public static Area AreaOf(SchoolSetting setting) => setting == SchoolSetting.Urban ? Area.Urban : Area.Rural;
}
