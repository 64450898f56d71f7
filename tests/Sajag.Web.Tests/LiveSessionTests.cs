using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

public sealed class LiveSessionTests(SajagApp app) : IClassFixture<SajagApp>
{
    private readonly LiveKit _kit = new(app);

    private async Task<int> StoredAnswersAsync(Guid sessionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SajagDb>().LiveAnswers.CountAsync(a => a.SessionId == sessionId);
    }

    [Fact]
    public async Task ASession_WithRealClients_GoesThroughEveryStateToTheEnd()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator, cards: 3);
        // A known deck: a card with a discussion prompt, a discuss card (nothing to answer), a card without a prompt.
        var pack = app.Services.GetRequiredService<Sajag.Web.Infrastructure.PackCatalog>().Pack;
        var deck = new[]
        {
            pack.Cards.First(c => c.Options.Count > 0 && c.Discuss is not null),
            pack.Cards.First(c => c.Options.Count == 0 && c.Discuss is not null),
            pack.Cards.First(c => c.Options.Count > 0 && c.Discuss is null),
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SajagDb>().LiveSessions.Where(s => s.Id == session.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Deck, string.Join(',', deck.Select(c => c.Id))));
        }

        var joined = await _kit.JoinAsync(session.Code, "Brave Kite");
        var other = await _kit.JoinAsync(session.Code);
        await using var staff = await _kit.ConnectAsync(facilitator.Cookie);
        await using var player = await _kit.ConnectAsync();
        await using var second = await _kit.ConnectAsync();

        var watch = await staff.Connection.InvokeAsync<FacilitatorView>("Watch", session.Id);
        var self = await player.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", joined.Token);
        await second.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", other.Token);

        Assert.Equal("lobby", watch.Session.Phase);
        Assert.Equal(session.Code, watch.Code);
        Assert.Equal("Brave Kite", self.Nickname);
        Assert.False(string.IsNullOrWhiteSpace(other.Nickname));
        await player.StateAsync(v => v.Phase == "lobby");

        var phases = new List<string>();
        var answers = 0;
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        for (var card = 0; card < 3; card++)
        {
            var question = await player.StateAsync(v => v.Phase == "question" && v.Card!.Index == card);
            phases.Add(question.Phase);
            Assert.Null(question.Reveal);
            var answerable = question.Card!.Options.Count > 0;
            if (answerable)
            {
                var ack = await player.Connection.InvokeAsync<AnswerAck>("Answer", card, new[] { 0 });
                Assert.True(ack is { Accepted: true, Duplicate: false });
                var again = await player.Connection.InvokeAsync<AnswerAck>("Answer", card, new[] { 0 });
                Assert.True(again is { Accepted: true, Duplicate: true }, "a retried answer is acknowledged as a duplicate");
                answers++;
            }
            else
            {
                // A discuss card opens a talk: there is nothing to answer.
                var refused = await Assert.ThrowsAsync<HubException>(() => player.Connection.InvokeAsync<AnswerAck>("Answer", card, new[] { 0 }));
                Assert.Contains("live.answer.invalid", refused.Message, StringComparison.Ordinal);
            }

            await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
            var reveal = await player.StateAsync(v => v.Phase == "reveal" && v.Card!.Index == card);
            phases.Add(reveal.Phase);
            Assert.Equal(answerable ? 1 : 0, reveal.Reveal!.Answers);
            Assert.Equal(answerable ? 1 : 0, reveal.Reveal.Counts.Sum());
            Assert.Equal(answerable, reveal.Reveal.Correct.Count > 0);
            var late = await second.Connection.InvokeAsync<AnswerAck>("Answer", card, new[] { 0 });
            Assert.Equal(new AnswerAck(false, false, "live.answer.closed", 0), late);

            await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next);
            var next = await player.StateAsync(v => v.Phase == "ended" || (v.Phase == "discuss" && v.Card!.Index == card) || (v.Phase == "question" && v.Card!.Index == card + 1));
            if (next.Phase == "discuss")
            {
                // The card's Discuss & Rethink prompt comes before the next card.
                phases.Add(next.Phase);
                Assert.Equal(deck[card].Discuss!.In("en"), next.Discuss);
                await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next);
            }
        }

        var ended = await player.StateAsync(v => v.Phase == "ended");
        Assert.Null(ended.Podium); // no ranking of individuals
        Assert.Equal(2, answers);
        Assert.Equal(answers, await StoredAnswersAsync(session.Id));
        Assert.Equal(["question", "reveal", "discuss", "question", "reveal", "discuss", "question", "reveal"], phases);
        var code = await _kit.JoinResponseAsync(session.Code);
        Assert.Equal(HttpStatusCode.NotFound, code.StatusCode);
    }

    [Fact]
    public async Task TheSameAnswerSentManyTimesAtOnce_IsStoredOnce()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var joined = await _kit.JoinAsync(session.Code);
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        var clients = new List<LiveClient>();
        for (var i = 0; i < 5; i++)
        {
            var client = await _kit.ConnectAsync();
            await client.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", joined.Token);
            clients.Add(client);
        }

        var acks = await Task.WhenAll(clients.SelectMany(c => Enumerable.Range(0, 4).Select(_ => c.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 1 }))));

        Assert.All(acks, a => Assert.True(a.Accepted));
        Assert.Single(acks, a => !a.Duplicate);
        Assert.Equal(1, await StoredAnswersAsync(session.Id));
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnAnswerTheDatabaseFailsToStore_IsNotAcknowledged_AndItsResendIsAccepted()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var joined = await _kit.JoinAsync(session.Code);
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await using var player = await _kit.PlayerAsync(joined);

        // A real failure of the database (not a duplicate): a trigger refuses this player's insert.
        async Task SqlAsync(string sql)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SajagDb>().Database.ExecuteSqlRawAsync(sql);
        }

        await SqlAsync($"CREATE TRIGGER refuse_answer BEFORE INSERT ON LiveAnswers WHEN NEW.PlayerId = '{joined.PlayerId.ToString().ToUpperInvariant()}' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;");
        await Assert.ThrowsAnyAsync<Exception>(() => player.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 }));
        Assert.Equal(0, await StoredAnswersAsync(session.Id));

        await SqlAsync("DROP TRIGGER refuse_answer;");
        var resent = await player.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });

        Assert.True(resent is { Accepted: true, Duplicate: false });
        Assert.Equal(1, await StoredAnswersAsync(session.Id));
    }

    [Fact]
    public async Task ARemovedPlayer_IsToldAndCannotComeBackWithTheSameToken()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var joined = await _kit.JoinAsync(session.Code);
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        await using var player = await _kit.PlayerAsync(joined);

        await staff.Connection.InvokeAsync("Remove", session.Id, joined.PlayerId);

        for (var i = 0; i < 100 && !player.Removed; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(player.Removed);
        await using var again = await _kit.ConnectAsync();
        var ex = await Assert.ThrowsAsync<HubException>(() => again.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", joined.Token));
        Assert.Contains("live.player.removed", ex.Message, StringComparison.Ordinal);
        var view = await staff.StaffAsync(v => v.Players.Count == 0);
        Assert.Empty(view.Players);
    }

    [Fact]
    public async Task AWrongCode_ALockedRoomAndAProjectorOnlySession_RefuseToJoinWithAClearReason()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var locked = await _kit.SessionAsync(facilitator);
        var projector = await _kit.SessionAsync(facilitator, mode: SessionMode.ProjectorOnly);
        var group = await _kit.SessionAsync(facilitator, mode: SessionMode.Group);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LiveCommands>().SetLockedAsync(locked.Id, facilitator.Id, true);
        }

        async Task<(HttpStatusCode Status, string Key, string Title)> Refusal(string code, int? members = null)
        {
            using var response = await _kit.JoinResponseAsync(code, null, members);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            return (response.StatusCode, problem.GetProperty("key").GetString()!, problem.GetProperty("title").GetString()!);
        }

        Assert.Equal((HttpStatusCode.NotFound, "live.join.code", "That code does not match an open game. Check the code on the screen."), await Refusal("000000" == locked.Code ? "000001" : "000000"));
        Assert.Equal("live.join.code", (await Refusal("12ab")).Key);
        var lockedRefusal = await Refusal(locked.Code);
        Assert.Equal((HttpStatusCode.BadRequest, "live.join.locked"), (lockedRefusal.Status, lockedRefusal.Key));
        Assert.Equal("live.join.projector", (await Refusal(projector.Code)).Key);
        Assert.Equal("live.join.members", (await Refusal(group.Code)).Key);
        var team = await _kit.JoinAsync(group.Code, "Team Shapla", 4);
        Assert.Equal("Team Shapla", team.Nickname);
    }

    [Fact]
    public async Task ACodeTypedInBengaliDigits_Works()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var bengali = new string(session.Code.Select(c => (char)('০' + (c - '0'))).ToArray());

        var joined = await _kit.JoinAsync(bengali);

        Assert.Equal(session.Id, joined.SessionId);
    }

    [Theory]
    [InlineData("call me 01712345678", "live.name.personal")]
    [InlineData("r01712345678", "live.name.personal")]
    [InlineData("Rina 1712 345 678", "live.name.personal")]
    [InlineData("০১৭১২৩৪৫৬৭৮", "live.name.personal")]
    [InlineData("me@example.com", "live.name.personal")]
    [InlineData("www.site.com", "live.name.personal")]
    [InlineData("f u c k", "live.name.abuse")]
    [InlineData("fuuuck boy", "live.name.abuse")]
    [InlineData("খানকি", "live.name.abuse")]
    [InlineData("choda", "live.name.abuse")]
    [InlineData("x", "live.name.length")]
    public async Task ATypedNickname_WithPersonalDetailsOrAbuse_IsRefused(string nickname, string key)
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);

        using var response = await _kit.JoinResponseAsync(session.Code, nickname);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(key, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("Grape Juice")]
    [InlineData("Imagine")]
    [InlineData("বালক দল")]
    [InlineData("Team 7")]
    [InlineData("শাপলা")]
    public void OrdinaryNicknames_AreAccepted(string nickname) => Assert.Null(Nicknames.Refusal(nickname));

    [Fact]
    public async Task AnOversizedOrMalformedMessage_FailsForThatClientOnly()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var first = await _kit.JoinAsync(session.Code);
        var second = await _kit.JoinAsync(session.Code);
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await using var rude = await _kit.PlayerAsync(first);
        await using var good = await _kit.PlayerAsync(second);

        await Assert.ThrowsAnyAsync<Exception>(() => rude.Connection.InvokeAsync<AnswerAck>("Answer", "zero", "everything"));
        await Assert.ThrowsAnyAsync<Exception>(() => rude.Connection.InvokeAsync<AnswerAck>("Answer", 0, Enumerable.Range(0, 5000).ToArray()));

        var ack = await good.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });
        Assert.True(ack.Accepted);
        Assert.Equal(1, await StoredAnswersAsync(session.Id));
    }

    [Fact]
    public async Task AProjectorOnlySession_ShowsTheCountsTheFacilitatorRecorded()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator, mode: SessionMode.ProjectorOnly);
        await using var staff = await _kit.StaffAsync(facilitator, session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);

        await staff.Connection.InvokeAsync("RecordCount", session.Id, 0, 12);
        await staff.Connection.InvokeAsync("RecordCount", session.Id, 1, 5);
        await staff.Connection.InvokeAsync("RecordCount", session.Id, 1, 7);
        await Assert.ThrowsAsync<HubException>(() => staff.Connection.InvokeAsync("RecordCount", session.Id, 9, 1));
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);

        var reveal = await staff.StaffAsync(v => v.Session.Phase == "reveal");
        Assert.Equal(12, reveal.Session.Reveal!.Counts[0]);
        Assert.Equal(7, reveal.Session.Reveal.Counts[1]);
        Assert.Equal(19, reveal.Session.Reveal.Answers);
    }

    [Fact]
    public async Task AnotherFacilitator_CannotWatchOrControlTheSession()
    {
        var owner = await _kit.FacilitatorAsync();
        var stranger = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(owner);
        await using var client = await _kit.ConnectAsync(stranger.Cookie);
        await using var anonymous = await _kit.ConnectAsync();

        var watch = await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<FacilitatorView>("Watch", session.Id));
        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start));
        await Assert.ThrowsAsync<HubException>(() => anonymous.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start));

        Assert.Contains("live.session.unknown", watch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswords_LockTheAccountAfterTenTries()
    {
        var facilitator = await _kit.FacilitatorAsync();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("", await _kit.LogInAsync(facilitator.Email, "not the password at all"));
        }

        Assert.Equal("", await _kit.LogInAsync(facilitator.Email, LiveKit.Password));
    }
}
