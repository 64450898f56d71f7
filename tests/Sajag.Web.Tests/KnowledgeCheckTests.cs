using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;
using Sajag.Web.Features.Reports;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Tests;

/// <summary>The before/after knowledge check, the session aggregates it leaves, and the retention job.</summary>
public sealed class KnowledgeCheckTests(SajagApp app) : KnowledgeCheckTestsBase(app), IClassFixture<SajagApp>;

/// <summary>The same, on PostgreSQL (run by ./test.sh).</summary>
public sealed class PostgresKnowledgeCheckTests(PostgresApp postgres) : KnowledgeCheckTestsBase(postgres.App), IClassFixture<PostgresApp>;

public abstract class KnowledgeCheckTestsBase(SajagApp app)
{
    private readonly LiveKit _kit = new(app);

    private Sajag.Content.ContentPack Pack => app.Services.GetRequiredService<PackCatalog>().Pack;

    private Sajag.Content.AssessmentItem Item(string id) => Pack.Assessment.First(a => a.Id == id);

    private static int Right(Sajag.Content.AssessmentItem item) => item.Options.ToList().FindIndex(o => o.Correct);

    private static int Wrong(Sajag.Content.AssessmentItem item) => item.Options.ToList().FindIndex(o => !o.Correct);

    // Every item answered right, or every item wrong, or as the function says.
    private CheckSubmission Answers(LiveSession session, CheckStage stage, Func<Sajag.Content.AssessmentItem, int> choose, string? gender = null, string? age = null) =>
        new(stage, session.CheckItems.Split(',').ToDictionary(id => id, id => choose(Item(id))), gender, age);

    private async Task<(LiveKit.Facilitator Facilitator, LiveSession Session, LiveClient Staff)> SessionAsync()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator, cards: 2, check: true);
        session = await _kit.DbAsync(db => db.LiveSessions.AsNoTracking().FirstAsync(s => s.Id == session.Id));
        return (facilitator, session, await _kit.StaffAsync(facilitator, session.Id));
    }

    private static async Task RunAsync(LiveClient staff, Guid sessionId, params SessionCommand[] commands)
    {
        foreach (var command in commands)
        {
            await staff.Connection.InvokeAsync("Command", sessionId, command);
        }
    }

    [Fact]
    public async Task ASessionWithTheCheck_HasAFewItemsOfItsTopics_AndAGroupSessionCannotHaveIt()
    {
        var facilitator = await _kit.FacilitatorAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<LiveAdmission>();

        var two = Pack.Topics.Take(2).Select(t => t.Id).Order(StringComparer.Ordinal).ToArray();
        var session = await service.CreateAsync(facilitator.Id, new CreateSession(facilitator.SchoolId, two, 6, SessionMode.PhoneEach, null, false, "en", KnowledgeCheck: true));
        var refused = await Assert.ThrowsAsync<LiveException>(() =>
            service.CreateAsync(facilitator.Id, new CreateSession(facilitator.SchoolId, [], 6, SessionMode.Group, null, false, "en", KnowledgeCheck: true)));

        var items = session.CheckItems.Split(',');
        Assert.InRange(items.Length, 2, KnowledgeCheckService.MaxItems);
        Assert.Equal(items.Length, items.Distinct().Count());
        Assert.All(items, id => Assert.Contains(Item(id).TopicId, two));
        Assert.Equal(two, items.Select(id => Item(id).TopicId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("live.create.check", refused.Key);
    }

    [Fact]
    public async Task APlayer_AnswersBeforeTheGameAndAfterIt_AndTheAggregatesCountThePairs()
    {
        var (_, session, staff) = await SessionAsync();
        var joined = await _kit.JoinAsync(session.Code);
        await using var player = await _kit.ConnectAsync();
        var self = await player.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", joined.Token);

        // In the lobby the before check is asked, with the optional questions about the player.
        Assert.NotNull(self.Check);
        Assert.Equal(CheckStage.Before, self.Check.Stage);
        Assert.True(self.Check.AskAboutYou);
        Assert.Equal(session.CheckItems.Split(','), self.Check.Items.Select(i => i.Id));
        Assert.Equal(Item(self.Check.Items[0].Id).Prompt.In("en"), self.Check.Items[0].Prompt);

        var before = await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.Before, Wrong, "girl", "13-14"));
        var again = await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.Before, Right, "boy", "17-18"));
        var tooEarly = await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.After, Right));
        Assert.True(before.Accepted);
        Assert.True(again.Duplicate);
        Assert.Equal("check.after.notyet", tooEarly.Refusal);
        Assert.Null((await player.Connection.InvokeAsync<PlayerSelf>("Me")).Check);

        await RunAsync(staff, session.Id, SessionCommand.Start, SessionCommand.End);
        await player.StateAsync(v => v.Phase == "ended");
        var atTheEnd = await player.Connection.InvokeAsync<PlayerSelf>("Me");
        Assert.Equal(CheckStage.After, atTheEnd.Check!.Stage);
        Assert.False(atTheEnd.Check.AskAboutYou);

        var after = await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.After, Right));
        Assert.True(after.Accepted);
        Assert.Null((await player.Connection.InvokeAsync<PlayerSelf>("Me")).Check);

        var stored = await _kit.DbAsync(db => db.CheckAnswers.Where(a => a.SessionId == session.Id).ToListAsync());
        Assert.All(stored, a => Assert.True(a.BeforeCorrect == false && a.AfterCorrect == true));
        var who = await _kit.DbAsync(db => db.LivePlayers.FirstAsync(p => p.Id == joined.PlayerId));
        Assert.Equal(("girl", "13-14"), (who.Gender, who.AgeBand));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SummaryService>().WriteAsync(session.Id);
        }

        var topics = await _kit.DbAsync(db => db.SummaryTopics.Where(t => t.SessionId == session.Id).ToListAsync());
        Assert.NotEmpty(topics);
        Assert.All(topics, t => Assert.Equal(("girl", "13-14", 1, 0, 0), (t.Gender, t.AgeBand, t.People, t.BothRight, t.RightToWrong)));
        Assert.Equal(session.CheckItems.Split(',').Length, topics.Sum(t => t.WrongToRight));
        var people = Assert.Single(await _kit.DbAsync(db => db.SummaryPeople.Where(p => p.SessionId == session.Id).ToListAsync()));
        Assert.Equal(("girl", "13-14", 1), (people.Gender, people.AgeBand, people.People));
    }

    [Fact]
    public async Task TheBeforeCheck_ClosesWhenTheGameStarts_AndTheAfterCheckIsOnlyForThoseWhoDidIt()
    {
        var (_, session, staff) = await SessionAsync();
        var late = await _kit.JoinAsync(session.Code);
        await using var player = await _kit.PlayerAsync(late);
        await RunAsync(staff, session.Id, SessionCommand.Start);
        await player.StateAsync(v => v.Phase == "question");

        var closed = await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.Before, Right));
        await RunAsync(staff, session.Id, SessionCommand.End);
        await player.StateAsync(v => v.Phase == "ended");
        var noBefore = await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.After, Right));

        Assert.Equal("check.before.closed", closed.Refusal);
        Assert.Equal("check.after.nobefore", noBefore.Refusal);
        Assert.Null((await player.Connection.InvokeAsync<PlayerSelf>("Me")).Check);
        Assert.Equal(0, await _kit.DbAsync(db => db.CheckAnswers.CountAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task MalformedCheckAnswers_AreRefusedAndStoreNothing()
    {
        var (_, session, _) = await SessionAsync();
        await using var player = await _kit.PlayerAsync(await _kit.JoinAsync(session.Code));
        var items = session.CheckItems.Split(',');
        var cases = new[]
        {
            new CheckSubmission(CheckStage.Before, items.Skip(1).ToDictionary(i => i, _ => 0), null, null),
            new CheckSubmission(CheckStage.Before, items.ToDictionary(i => i, _ => 99), null, null),
            new CheckSubmission(CheckStage.Before, items.ToDictionary(i => i, _ => -1), null, null),
            new CheckSubmission(CheckStage.Before, items.ToDictionary(i => i + "x", _ => 0), null, null),
            new CheckSubmission(CheckStage.Before, items.ToDictionary(i => i, _ => 0), "woman", null),
            new CheckSubmission(CheckStage.Before, items.ToDictionary(i => i, _ => 0), null, "12"),
        };

        foreach (var submission in cases)
        {
            var error = await Assert.ThrowsAsync<HubException>(() => player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", submission));
            Assert.EndsWith("check.invalid", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, await _kit.DbAsync(db => db.CheckAnswers.CountAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task ASessionWithoutTheCheck_AsksNothingAndRefusesAnswers()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        await using var player = await _kit.ConnectAsync();
        var self = await player.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", (await _kit.JoinAsync(session.Code)).Token);

        var error = await Assert.ThrowsAsync<HubException>(() =>
            player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", new CheckSubmission(CheckStage.Before, new Dictionary<string, int>(), null, null)));

        Assert.Null(self.Check);
        Assert.EndsWith("check.off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionWhoseCardLeftThePack_IsStillSummarisedAndPurged_AndDoesNotStopTheOthers()
    {
        var (_, session, staff) = await SessionAsync();
        await using (var player = await _kit.PlayerAsync(await _kit.JoinAsync(session.Code)))
        {
            await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.Before, Wrong));
            await RunAsync(staff, session.Id, SessionCommand.Start);
            await player.StateAsync(v => v.Phase == "question");
            await player.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });
            await RunAsync(staff, session.Id, SessionCommand.End);
            await player.StateAsync(v => v.Phase == "ended");
            await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.After, Right));
        }

        // The pack was revised: the session's first card is gone. The session ended long ago.
        await _kit.DbAsync(db => db.LiveSessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Deck, "a-card-no-longer-in-the-pack,x").SetProperty(s => s.EndedAt, DateTime.UtcNow.AddDays(-200))));
        await using var scope = app.Services.CreateAsyncScope();
        var retention = scope.ServiceProvider.GetRequiredService<RetentionService>();

        await retention.SummariseAsync();
        await retention.PurgeAsync();

        Assert.Equal(0, await _kit.DbAsync(db => db.LivePlayers.CountAsync(p => p.SessionId == session.Id)));
        Assert.NotNull(await _kit.DbAsync(db => db.LiveSessions.Where(s => s.Id == session.Id).Select(s => s.PurgedAt).FirstAsync()));
        Assert.Equal(session.CheckItems.Split(',').Length, await _kit.DbAsync(db => db.SummaryTopics.Where(t => t.SessionId == session.Id).SumAsync(t => t.WrongToRight)));
        Assert.Equal(0, await _kit.DbAsync(db => db.SummaryCards.CountAsync(c => c.SessionId == session.Id)));
    }

    [Fact]
    public async Task TheRetentionJob_DeletesIndividualAnswersPastThePeriod_AndKeepsAggregatesAndIdeas()
    {
        var (_, old, staff) = await SessionAsync();
        var (_, recent, recentStaff) = await SessionAsync();
        foreach (var (session, facilitator) in new[] { (old, staff), (recent, recentStaff) })
        {
            await using var player = await _kit.PlayerAsync(await _kit.JoinAsync(session.Code));
            await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.Before, Wrong));
            await RunAsync(facilitator, session.Id, SessionCommand.Start);
            await player.StateAsync(v => v.Phase == "question");
            await player.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });
            await RunAsync(facilitator, session.Id, SessionCommand.End);
            await player.StateAsync(v => v.Phase == "ended");
            await player.Connection.InvokeAsync<CheckAck>("KnowledgeCheck", Answers(session, CheckStage.After, Right));
        }

        await _kit.DbAsync(async db =>
        {
            db.Ideas.Add(new Idea { OrganisationId = await db.Organisations.Select(o => o.Id).FirstAsync(), TopicId = "grooming", Text = "An idea", Language = "en" });
            return await db.SaveChangesAsync();
        });
        // The old session ended 181 days ago; the recent one 179.
        var now = DateTime.UtcNow;
        await _kit.DbAsync(db => db.LiveSessions.Where(s => s.Id == old.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now.AddDays(-181))));
        await _kit.DbAsync(db => db.LiveSessions.Where(s => s.Id == recent.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now.AddDays(-179))));
        var ideasBefore = await _kit.DbAsync(db => db.Ideas.CountAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var purged = await scope.ServiceProvider.GetRequiredService<RetentionService>().PurgeAsync();

        Assert.True(purged >= 1);
        foreach (var (session, gone) in new[] { (old, true), (recent, false) })
        {
            var counts = await _kit.DbAsync(async db => (
                Players: await db.LivePlayers.CountAsync(p => p.SessionId == session.Id),
                Answers: await db.LiveAnswers.CountAsync(a => a.SessionId == session.Id),
                Checks: await db.CheckAnswers.CountAsync(a => a.SessionId == session.Id),
                Purged: await db.LiveSessions.Where(s => s.Id == session.Id).Select(s => s.PurgedAt).FirstAsync()));
            Assert.Equal(gone ? (0, 0, 0) : (1, 1, session.CheckItems.Split(',').Length), (counts.Players, counts.Answers, counts.Checks));
            Assert.Equal(gone, counts.Purged is not null);
        }

        // What stays: the aggregates, written before the answers went, and the ideas.
        var topics = await _kit.DbAsync(db => db.SummaryTopics.Where(t => t.SessionId == old.Id).ToListAsync());
        Assert.Equal(old.CheckItems.Split(',').Length, topics.Sum(t => t.WrongToRight));
        Assert.Equal(1, await _kit.DbAsync(db => db.SummaryCards.Where(c => c.SessionId == old.Id).SumAsync(c => c.Answered)));
        Assert.Equal(1, await _kit.DbAsync(db => db.SummaryPeople.Where(c => c.SessionId == old.Id).SumAsync(c => c.People)));
        Assert.Equal(ideasBefore, await _kit.DbAsync(db => db.Ideas.CountAsync()));
    }
}
