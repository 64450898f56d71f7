using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Tests;

/// <summary>Open answers to Discuss &amp; Rethink prompts, through real SignalR clients and a real database.</summary>
public sealed class DiscussTests(SajagApp app) : IClassFixture<SajagApp>
{
    private readonly LiveKit _kit = new(app);

    private Sajag.Content.ContentPack Pack => app.Services.GetRequiredService<PackCatalog>().Pack;

    // A session at the discussion of a card that has a Discuss & Rethink prompt, with one player in.
    private async Task<(LiveKit.Facilitator Facilitator, LiveSession Session, LiveClient Staff, LiveClient Player, JoinResult Joined)> AtDiscussionAsync()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        await _kit.DeckAsync(session.Id, Pack.Cards.First(c => c.Options.Count > 0 && c.Discuss is not null), Pack.Cards.First(c => c.Options.Count > 0));
        var joined = await _kit.JoinAsync(session.Code);
        var player = await _kit.PlayerAsync(joined);
        var staff = await _kit.StaffAsync(facilitator, session.Id);
        foreach (var command in new[] { SessionCommand.Start, SessionCommand.Reveal, SessionCommand.Next })
        {
            await staff.Connection.InvokeAsync("Command", session.Id, command);
        }

        await player.StateAsync(v => v.Phase == "discuss");
        return (facilitator, session, staff, player, joined);
    }

    [Fact]
    public async Task AnAnswerWithAPhoneNumber_IsStoredMaskedAndFlagged_AndReachesTheWallOnlyWhenApproved()
    {
        var (_, session, staff, player, _) = await AtDiscussionAsync();

        var ack = await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "Tell a teacher. Or call me on 01712-345678");
        Assert.True(ack.Accepted);
        Assert.False(ack.Duplicate);
        Assert.True(ack.DetailsHidden);
        Assert.DoesNotContain("345678", ack.Masked, StringComparison.Ordinal);
        Assert.Contains("[phone]", ack.Masked, StringComparison.Ordinal);

        // What the database keeps is the masked text only.
        var stored = await _kit.DbAsync(db => db.OpenAnswers.SingleAsync(a => a.SessionId == session.Id));
        Assert.Equal(ack.Masked, stored.Text);
        Assert.True(stored.Flagged);
        Assert.Equal("phone", stored.Reasons);
        Assert.Equal(OpenAnswerStatus.Pending, stored.Status);

        // The facilitator's queue shows it, masked and flagged; the wall is still empty.
        var queued = await staff.StaffAsync(v => v.Discussion is { Queue.Count: 1 });
        var row = queued.Discussion!.Queue[0];
        Assert.Equal(ack.Masked, row.Text);
        Assert.True(row.Flagged);
        Assert.Equal(["phone"], row.Reasons);
        Assert.Equal("pending", row.Status);
        Assert.Empty(queued.Discussion.Wall);

        await staff.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Approve);
        var approved = await staff.StaffAsync(v => v.Discussion is { Wall.Count: 1 });
        Assert.Equal([ack.Masked!], approved.Discussion!.Wall);
        Assert.Contains(approved.Discussion.Cloud, w => w.Word == "teacher");
        Assert.DoesNotContain(approved.Discussion.Cloud, w => w.Word.Contains("phone", StringComparison.Ordinal));

        await staff.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Hide);
        var hidden = await staff.StaffAsync(v => v.Discussion is { Wall.Count: 0, Queue: [{ Status: "hidden" }] });
        Assert.Empty(hidden.Discussion!.Wall);
    }

    [Fact]
    public async Task TheProjector_NeverReceivesAnswersWaitingForApproval_OnlyTheWall()
    {
        var (facilitator, session, staff, player, _) = await AtDiscussionAsync();
        await using var projector = await _kit.ConnectAsync(facilitator.Cookie);
        var first = await projector.Connection.InvokeAsync<FacilitatorView>("WatchProjector", session.Id);

        await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "Save the chat, then block");
        var row = (await staff.StaffAsync(v => v.Discussion is { Queue.Count: 1 })).Discussion!.Queue[0];
        await projector.StaffAsync(v => v.Discussion is { Queue.Count: 0 } && v.Players.Count == 1);
        await staff.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Approve);
        var approved = await projector.StaffAsync(v => v.Discussion is { Wall.Count: 1 });

        Assert.Empty(first.Discussion!.Queue);
        Assert.Empty(approved.Discussion!.Queue);
        Assert.Equal(["Save the chat, then block"], approved.Discussion.Wall);
        Assert.True(projector.StaffViews.All(v => v.Discussion is null || v.Discussion.Queue.Count == 0));
    }

    [Fact]
    public async Task TheSameAnswerSentAgain_IsRecognised_NotQueuedTwice()
    {
        var (_, session, _, player, _) = await AtDiscussionAsync();

        var first = await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "Block and tell someone");
        var again = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "Block and tell someone")));

        Assert.True(first.Accepted);
        Assert.All(again, a => Assert.True(a.Accepted && a.Duplicate));
        Assert.Equal(1, await _kit.DbAsync(db => db.OpenAnswers.CountAsync(a => a.SessionId == session.Id)));
    }

    [Theory]
    [InlineData("", "discuss.empty")]
    [InlineData("   ", "discuss.empty")]
    [InlineData(null, "discuss.empty")]
    public async Task AnEmptyAnswer_IsRefusedWithAClearReason(string? text, string key)
    {
        var (_, _, _, player, _) = await AtDiscussionAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, text));

        Assert.EndsWith(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerOver280Letters_IsRefused_AndOneOf280IsTaken()
    {
        var (_, session, _, player, _) = await AtDiscussionAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, new string('a', 281)));
        Assert.EndsWith("discuss.long", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _kit.DbAsync(db => db.OpenAnswers.CountAsync(a => a.SessionId == session.Id)));

        var ack = await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, new string('a', 280));
        Assert.True(ack.Accepted);
    }

    [Fact]
    public async Task AnOpenAnswer_OutsideADiscussion_IsRefused()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var player = await _kit.PlayerAsync(await _kit.JoinAsync(session.Code));
        var staff = await _kit.StaffAsync(facilitator, session.Id);

        var inLobby = await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "hello");
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await player.StateAsync(v => v.Phase == "question");
        var duringAQuestion = await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "hello");

        Assert.Equal("discuss.closed", inLobby.Refusal);
        Assert.Equal("discuss.closed", duringAQuestion.Refusal);
        Assert.Equal(0, await _kit.DbAsync(db => db.OpenAnswers.CountAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task ADiscussCard_TakesOpenAnswersWhileItIsShown()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        await _kit.DeckAsync(session.Id, Pack.Cards.First(c => c.Options.Count == 0));
        var player = await _kit.PlayerAsync(await _kit.JoinAsync(session.Code));
        var staff = await _kit.StaffAsync(facilitator, session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await player.StateAsync(v => v.Phase == "question");

        var ack = await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "আমি বড়দের জানাব");

        Assert.True(ack.Accepted);
        Assert.Equal("আমি বড়দের জানাব", ack.Masked);
    }

    [Fact]
    public async Task AStarredAnswer_GoesToTheOrganisationsIdeas_AnonymousAndUnlinked_AndUnstarringTakesItBack()
    {
        var (_, session, staff, player, _) = await AtDiscussionAsync();
        await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "Schools should have a safe box for questions");
        var row = (await staff.StaffAsync(v => v.Discussion is { Queue.Count: 1 })).Discussion!.Queue[0];

        await staff.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Star);
        await staff.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Star);

        var organisation = await _kit.DbAsync(db => db.Schools.Where(s => s.Id == session.SchoolId).Select(s => s.OrganisationId).FirstAsync());
        var ideas = await _kit.DbAsync(db => db.Ideas.Where(i => i.OrganisationId == organisation).ToListAsync());
        var idea = Assert.Single(ideas);
        Assert.Equal("Schools should have a safe box for questions", idea.Text);
        Assert.Equal(Pack.Cards.First(c => c.Options.Count > 0 && c.Discuss is not null).TopicId, idea.TopicId);
        Assert.True((await staff.StaffAsync(v => v.Discussion is { Queue: [{ Starred: true }] })).Discussion!.Queue[0].Starred);

        await staff.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Unstar);
        Assert.Equal(0, await _kit.DbAsync(db => db.Ideas.CountAsync(i => i.OrganisationId == organisation)));
    }

    [Fact]
    public async Task AnotherFacilitator_CannotModerateTheQueue()
    {
        var (_, session, staff, player, _) = await AtDiscussionAsync();
        await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "Talk to my sister");
        var row = (await staff.StaffAsync(v => v.Discussion is { Queue.Count: 1 })).Discussion!.Queue[0];
        var other = await _kit.FacilitatorAsync();
        await using var intruder = await _kit.ConnectAsync(other.Cookie);

        var error = await Assert.ThrowsAsync<HubException>(() => intruder.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Approve));

        Assert.EndsWith("live.session.unknown", error.Message, StringComparison.Ordinal);
        Assert.Equal(OpenAnswerStatus.Pending, await _kit.DbAsync(db => db.OpenAnswers.Where(a => a.Id == row.Id).Select(a => a.Status).FirstAsync()));
    }

    [Fact]
    public async Task APlayer_CannotModerate()
    {
        var (_, session, staff, player, _) = await AtDiscussionAsync();
        await player.Connection.InvokeAsync<OpenAck>("OpenAnswer", 0, "Talk to my sister");
        var row = (await staff.StaffAsync(v => v.Discussion is { Queue.Count: 1 })).Discussion!.Queue[0];

        await Assert.ThrowsAsync<HubException>(() => player.Connection.InvokeAsync("Moderate", session.Id, row.Id, ModerateAction.Approve));

        Assert.Equal(OpenAnswerStatus.Pending, await _kit.DbAsync(db => db.OpenAnswers.Where(a => a.Id == row.Id).Select(a => a.Status).FirstAsync()));
    }

    [Fact]
    public async Task TheWordCloud_IsTurnedOnForTheProjector()
    {
        var (_, session, staff, _, _) = await AtDiscussionAsync();

        await staff.Connection.InvokeAsync("WordCloud", session.Id, true);

        Assert.True((await staff.StaffAsync(v => v.Discussion is { WordCloud: true })).Discussion!.WordCloud);
    }
}
