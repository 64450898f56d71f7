using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Tests;

/// <summary>A room answering at once: answers stored together, each acknowledged on its own merits.</summary>
public sealed class AnswerBatchTests(SajagApp app) : IClassFixture<SajagApp>
{
    private readonly LiveKit _kit = new(app);

    private async Task<(LiveSession Session, List<(JoinResult Joined, LiveClient Client)> Players, LiveClient Staff, LiveKit.Facilitator Facilitator)> RoomAsync(int players)
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var room = new List<(JoinResult, LiveClient)>();
        for (var i = 0; i < players; i++)
        {
            var joined = await _kit.JoinAsync(session.Code);
            room.Add((joined, await _kit.PlayerAsync(joined)));
        }

        var staff = await _kit.StaffAsync(facilitator, session.Id);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        await room[^1].Item2.StateAsync(v => v.Phase == "question");
        return (session, room, staff, facilitator);
    }

    [Fact]
    public async Task ThirtyPlayersAnsweringAtOnce_AreAllStoredOnce_WithTheirOwnScores()
    {
        var (session, players, staff, _) = await RoomAsync(30);
        var card = app.Services.GetRequiredService<PackCatalog>().Pack.Cards.First(c => c.Id == session.Deck.Split(',')[0]);
        var right = Sajag.Game.Scoring.CorrectOptions(card).ToArray();
        var wrong = Enumerable.Range(0, card.Options.Count).Where(i => !right.Contains(i)).Take(1).ToArray();

        // Even players right, odd players wrong, and every answer sent twice at the same moment.
        var sends = players.SelectMany((p, i) => Enumerable.Repeat((Index: i, p.Client), 2))
            .Select(async x => (x.Index, Ack: await x.Client.Connection.InvokeAsync<AnswerAck>("Answer", 0, x.Index % 2 == 0 ? right : wrong))).ToList();
        var acks = await Task.WhenAll(sends);

        Assert.All(acks, a => Assert.True(a.Ack.Accepted));
        Assert.Equal(30, acks.Count(a => !a.Ack.Duplicate));
        foreach (var group in acks.GroupBy(a => a.Index))
        {
            // Both copies report the same score: the one stored.
            Assert.Single(group.Select(a => a.Ack.Score).Distinct());
            Assert.Equal(group.Key % 2 == 0, group.First().Ack.Score > 0);
        }

        var stored = await _kit.DbAsync(db => db.LiveAnswers.Where(a => a.SessionId == session.Id).ToListAsync());
        Assert.Equal(30, stored.Count);
        Assert.Equal(15, stored.Count(a => a.Correct));
        var scores = await _kit.DbAsync(db => db.LivePlayers.Where(p => p.SessionId == session.Id).ToDictionaryAsync(p => p.Id, p => p.Score));
        Assert.All(players.Select((p, i) => (p.Joined.PlayerId, i)), x => Assert.Equal(x.i % 2 == 0, scores[x.PlayerId] > 0));
        await staff.DisposeAsync();
    }

    [Fact]
    public async Task InOneBurst_ARemovedPlayerAndALateCardAreRefused_AndTheOthersStored()
    {
        var (session, players, staff, _) = await RoomAsync(6);
        await staff.Connection.InvokeAsync("Remove", session.Id, players[0].Joined.PlayerId);

        var removed = Assert.ThrowsAsync<HubException>(() => players[0].Client.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 }));
        var wrongCard = players[1].Client.Connection.InvokeAsync<AnswerAck>("Answer", 1, new[] { 0 });
        var badOption = Assert.ThrowsAsync<HubException>(() => players[2].Client.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 9 }));
        var good = players.Skip(3).Select(p => p.Client.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 })).ToList();

        Assert.EndsWith("live.player.removed", (await removed).Message, StringComparison.Ordinal);
        Assert.Equal("live.answer.closed", (await wrongCard).Refusal);
        Assert.EndsWith("live.answer.invalid", (await badOption).Message, StringComparison.Ordinal);
        Assert.All(await Task.WhenAll(good), a => Assert.True(a is { Accepted: true, Duplicate: false }));
        Assert.Equal(3, await _kit.DbAsync(db => db.LiveAnswers.CountAsync(a => a.SessionId == session.Id)));
    }

    [Fact]
    public async Task WhatTheInstanceKeepsInMemory_FollowsTheCommands_TheRemovals_AndTheScoresStored()
    {
        var (session, players, staff, _) = await RoomAsync(3);
        var pack = app.Services.GetRequiredService<PackCatalog>().Pack;
        var deck = session.Deck.Split(',').Select(id => pack.Cards.First(c => c.Id == id)).ToArray();
        var right = deck.Select(c => Sajag.Game.Scoring.CorrectOptions(c).ToArray()).ToArray();
        var (a, b, c) = (players[0].Client.Connection, players[1].Client.Connection, players[2].Client.Connection);

        // Card 0: a and b answered (their players and the session are now in memory), c not yet.
        var a0 = await a.InvokeAsync<AnswerAck>("Answer", 0, right[0]);
        var b0 = await b.InvokeAsync<AnswerAck>("Answer", 0, right[0]);
        Assert.True(a0 is { Accepted: true, Duplicate: false } && a0.Score > 0);

        // Revealed: the session kept in memory moved with it, so the card no longer takes answers.
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        Assert.Equal("live.answer.closed", (await c.InvokeAsync<AnswerAck>("Answer", 0, right[0])).Refusal);
        Assert.Equal("live.answer.closed", (await a.InvokeAsync<AnswerAck>("Answer", 1, right[1])).Refusal);

        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next);
        if (deck[0].Discuss is not null)
        {
            await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next);
        }

        await players[0].Client.StateAsync(v => v.Phase == "question" && v.Card!.Index == 1);

        // A player in memory who is removed is refused at once; the others' scores add up from what was kept.
        await staff.Connection.InvokeAsync("Remove", session.Id, players[1].Joined.PlayerId);
        var removed = await Assert.ThrowsAsync<HubException>(() => b.InvokeAsync<AnswerAck>("Answer", 1, right[1]));
        Assert.EndsWith("live.player.removed", removed.Message, StringComparison.Ordinal);
        var a1 = await a.InvokeAsync<AnswerAck>("Answer", 1, right[1]);
        var again = await a.InvokeAsync<AnswerAck>("Answer", 1, right[1]);
        Assert.True(a1 is { Accepted: true, Duplicate: false } && a1.Score > a0.Score);
        Assert.True(again is { Accepted: true, Duplicate: true } && again.Score == a1.Score);

        // The database holds what the acknowledgements said: two answers of a, one of b, none of c; a's score as acknowledged.
        var stored = await _kit.DbAsync(db => db.LiveAnswers.Where(x => x.SessionId == session.Id).Select(x => new { x.PlayerId, x.CardIndex }).ToListAsync());
        Assert.Equal(2, stored.Count(x => x.PlayerId == players[0].Joined.PlayerId));
        Assert.Single(stored, x => x.PlayerId == players[1].Joined.PlayerId);
        Assert.DoesNotContain(stored, x => x.PlayerId == players[2].Joined.PlayerId);
        var scores = await _kit.DbAsync(db => db.LivePlayers.Where(p => p.SessionId == session.Id).ToDictionaryAsync(p => p.Id, p => p.Score));
        Assert.Equal(a1.Score, scores[players[0].Joined.PlayerId]);
        Assert.Equal(b0.Score, scores[players[1].Joined.PlayerId]);
        await staff.DisposeAsync();
    }

    [Fact]
    public async Task ABurstWrittenWithoutTheChangeTracker_ReadsBackThroughTheModel_ColumnByColumn()
    {
        var (session, players, staff, _) = await RoomAsync(5);
        var card = app.Services.GetRequiredService<PackCatalog>().Pack.Cards.First(c => c.Id == session.Deck.Split(',')[0]);
        var right = Sajag.Game.Scoring.CorrectOptions(card).ToArray();
        var before = DateTime.UtcNow.AddSeconds(-1);
        var acks = await Task.WhenAll(players.Select((p, i) => p.Client.Connection.InvokeAsync<AnswerAck>("Answer", 0, i == 0 ? right : new[] { card.Options.Count - 1, 0 })));
        var after = DateTime.UtcNow.AddSeconds(1);
        Assert.All(acks, a => Assert.True(a is { Accepted: true, Duplicate: false }));

        // Each column queried as EF Core queries it (a Guid, a time, text, a flag): the rows are found, as SaveChanges wrote them.
        foreach (var ((joined, _), i) in players.Select((p, i) => (p, i)))
        {
            var id = joined.PlayerId;
            var row = await _kit.DbAsync(db => db.LiveAnswers.AsNoTracking().SingleAsync(a => a.PlayerId == id && a.SessionId == session.Id && a.CardIndex == 0
                && a.CardId == card.Id && a.AnsweredAt >= before && a.AnsweredAt <= after));
            Assert.Equal(i == 0 ? string.Join(',', right.Order()) : $"0,{card.Options.Count - 1}", row.Chosen);
            Assert.Equal(acks[i].Score, row.Points);
            Assert.Equal(row.Points > 0, row.Correct);
            Assert.Equal(acks[i].Score, await _kit.DbAsync(db => db.LivePlayers.Where(p => p.Id == id).Select(p => p.Score).SingleAsync()));
        }

        // The right answer scored: its row is the one marked correct above.
        Assert.True(acks[0].Score > 0);
        await staff.DisposeAsync();
    }

    [Fact]
    public async Task WhenTheDatabaseRefusesOneAnswerOfABurst_OnlyThatOneIsNotAcknowledged()
    {
        var (session, players, _, _) = await RoomAsync(8);
        var refused = players[3].Joined.PlayerId.ToString().ToUpperInvariant();
        // A real failure of the database for one player's insert (DDL takes no parameters; the id is a Guid).
        var trigger = $"CREATE TRIGGER refuse_one BEFORE INSERT ON LiveAnswers WHEN NEW.PlayerId = '{refused}' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;";
        await _kit.DbAsync(db => db.Database.ExecuteSqlRawAsync(trigger));
        try
        {
            var sends = players.Select(p => p.Client.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 })).ToList();
            foreach (var (send, i) in sends.Select((s, i) => (s, i)))
            {
                if (i == 3)
                {
                    await Assert.ThrowsAnyAsync<Exception>(() => send);
                }
                else
                {
                    Assert.True((await send) is { Accepted: true, Duplicate: false });
                }
            }

            Assert.Equal(7, await _kit.DbAsync(db => db.LiveAnswers.CountAsync(a => a.SessionId == session.Id)));
        }
        finally
        {
            await _kit.DbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_one;"));
        }
    }

    [Fact]
    public async Task PlayersJoiningTogether_WrittenWithoutTheChangeTracker_ReadBackThroughTheModel_ColumnByColumn()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        var before = DateTime.UtcNow.AddSeconds(-1);
        // Joining at once, so several are saved in one batch; typed names, half of them in Bengali letters.
        var names = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? $"Kite {i}" : $"ঘুড়ি {i}").ToList();
        var joins = await Task.WhenAll(names.Select(n => _kit.JoinAsync(session.Code, n)));
        var after = DateTime.UtcNow.AddSeconds(1);

        // Each column queried as EF Core queries it (a Guid, a time, text): the rows are found, as SaveChanges wrote them.
        foreach (var (joined, i) in joins.Select((j, i) => (j, i)))
        {
            var id = joined.PlayerId;
            var hash = LiveAdmission.Hash(joined.Token);
            var row = await _kit.DbAsync(db => db.LivePlayers.AsNoTracking().SingleAsync(p => p.Id == id && p.SessionId == session.Id && p.TokenHash == hash
                && p.JoinedAt >= before && p.JoinedAt <= after && !p.Removed));
            Assert.Equal(names[i], row.Nickname);
            Assert.Equal((1, 0, "notsaid", "notsaid"), (row.Members, row.Score, row.Gender, row.AgeBand));
        }

        // And the phones are known by their tokens (read from the database, not from what the join kept in memory).
        var client = await _kit.PlayerAsync(joins[^1]);
        await client.DisposeAsync();
        Assert.Equal(12, await _kit.DbAsync(db => db.LivePlayers.CountAsync(p => p.SessionId == session.Id)));
    }

    [Fact]
    public async Task WhenTheDatabaseRefusesOnePlayerOfABurst_OnlyThatJoinFails()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var session = await _kit.SessionAsync(facilitator);
        // A real failure of the database for one player's insert.
        const string trigger = "CREATE TRIGGER refuse_one_player BEFORE INSERT ON LivePlayers WHEN NEW.Nickname = 'Kite 4' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;";
        await _kit.DbAsync(db => db.Database.ExecuteSqlRawAsync(trigger));
        try
        {
            // Names of one kind, so the other nine show the name itself is not refused before the database.
            var names = Enumerable.Range(0, 10).Select(i => $"Kite {i}").ToList();
            var responses = await Task.WhenAll(names.Select(n => _kit.JoinResponseAsync(session.Code, n)));
            try
            {
                Assert.All(responses.Select((r, i) => (r, i)), x => Assert.Equal(x.i != 4, x.r.IsSuccessStatusCode));
            }
            finally
            {
                foreach (var response in responses)
                {
                    response.Dispose();
                }
            }

            var stored = await _kit.DbAsync(db => db.LivePlayers.Where(p => p.SessionId == session.Id).Select(p => p.Nickname).ToListAsync());
            Assert.Equal(names.Where(n => n != "Kite 4").Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        }
        finally
        {
            await _kit.DbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_one_player;"));
        }
    }
}
