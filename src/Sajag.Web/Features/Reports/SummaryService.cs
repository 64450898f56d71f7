using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game;
using Sajag.Web.Features.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Reports;

/// <summary>
/// Writes what a session leaves behind: how many young people took part, the before/after pairs per
/// topic and how each card went, per self-description. Reports read these; they stay when the
/// individual answers are deleted.
/// </summary>
public sealed class SummaryService(SajagDb db, PackCatalog catalog, TimeProvider clock)
{
    /// <summary>Computes the session's aggregates from its individual answers and stores them (replacing earlier ones).</summary>
    public async Task WriteAsync(Guid sessionId, CancellationToken cancel = default)
    {
        var session = await db.LiveSessions.FirstAsync(s => s.Id == sessionId, cancel);
        if (session.PurgedAt is not null)
        {
            // The individual answers are gone: the stored aggregates are all there is.
            return;
        }

        var (people, topics, cards) = await ComputeAsync(session, cancel);

        Replace(db.SummaryPeople, await db.SummaryPeople.Where(s => s.SessionId == sessionId).ToListAsync(cancel), people,
            p => (p.Gender, p.AgeBand, ""), (old, now) => old.People = now.People);
        Replace(db.SummaryTopics, await db.SummaryTopics.Where(s => s.SessionId == sessionId).ToListAsync(cancel), topics,
            t => (t.Gender, t.AgeBand, t.TopicId), (old, now) =>
            {
                (old.People, old.BothRight, old.RightToWrong, old.WrongToRight, old.BothWrong) = (now.People, now.BothRight, now.RightToWrong, now.WrongToRight, now.BothWrong);
            });
        Replace(db.SummaryCards, await db.SummaryCards.Where(s => s.SessionId == sessionId).ToListAsync(cancel), cards,
            c => (c.CardIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), "", ""), (old, now) =>
            {
                (old.CardId, old.TopicId, old.Answered, old.Correct) = (now.CardId, now.TopicId, now.Answered, now.Correct);
            });
        session.SummarisedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancel);

        // An after check stored while this ran (it marks the session after its own commit, which this
        // save may have overwritten) shows as more pairs than counted: mark the session again.
        var pairs = await (from a in db.CheckAnswers
                           join p in db.LivePlayers on a.PlayerId equals p.Id
                           where a.SessionId == sessionId && !p.Removed && a.BeforeCorrect != null && a.AfterCorrect != null
                           select a.Id).CountAsync(cancel);
        if (pairs != topics.Sum(t => t.BothRight + t.RightToWrong + t.WrongToRight + t.BothWrong))
        {
            await db.LiveSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.SummarisedAt, (DateTime?)null), cancel);
        }
    }

    /// <summary>The session's aggregates computed from its individual answers, without storing them.</summary>
    public async Task<(List<SummaryPeople> People, List<SummaryTopic> Topics, List<SummaryCard> Cards)> ComputeAsync(LiveSession session, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return (await PeopleAsync(session, cancel), await TopicsAsync(session, cancel), await CardsAsync(session, cancel));
    }

    // Updates rows in place, adds new ones and removes those gone: one SaveChanges, one transaction.
    private static void Replace<T>(DbSet<T> set, List<T> existing, List<T> fresh, Func<T, (string, string, string)> key, Action<T, T> update)
        where T : class
    {
        var byKey = existing.ToDictionary(key);
        foreach (var row in fresh)
        {
            if (byKey.Remove(key(row), out var old))
            {
                update(old, row);
            }
            else
            {
                set.Add(row);
            }
        }

        set.RemoveRange(byKey.Values);
    }

    private async Task<List<SummaryPeople>> PeopleAsync(LiveSession session, CancellationToken cancel)
    {
        if (session.Mode == SessionMode.ProjectorOnly)
        {
            // No devices: the most hands counted on one card is the room's size.
            var hands = await db.RoomCounts.Where(c => c.SessionId == session.Id).GroupBy(c => c.CardIndex).Select(g => g.Sum(c => c.Count)).ToListAsync(cancel);
            return hands.Count == 0 || hands.Max() == 0 ? [] : [new SummaryPeople { SessionId = session.Id, People = hands.Max() }];
        }

        var players = await db.LivePlayers.AsNoTracking().Where(p => p.SessionId == session.Id && !p.Removed)
            .Select(p => new { p.Gender, p.AgeBand, p.Members }).ToListAsync(cancel);
        return players.GroupBy(p => (p.Gender, p.AgeBand))
            .Select(g => new SummaryPeople { SessionId = session.Id, Gender = g.Key.Gender, AgeBand = g.Key.AgeBand, People = g.Sum(p => p.Members) }).ToList();
    }

    private async Task<List<SummaryTopic>> TopicsAsync(LiveSession session, CancellationToken cancel)
    {
        var pairs = await (from a in db.CheckAnswers.AsNoTracking()
                           join p in db.LivePlayers.AsNoTracking() on a.PlayerId equals p.Id
                           where a.SessionId == session.Id && !p.Removed && a.BeforeCorrect != null && a.AfterCorrect != null
                           select new { a.PlayerId, a.TopicId, p.Gender, p.AgeBand, Before = a.BeforeCorrect!.Value, After = a.AfterCorrect!.Value })
            .ToListAsync(cancel);
        return pairs.GroupBy(p => (p.Gender, p.AgeBand, p.TopicId)).Select(g => new SummaryTopic
        {
            SessionId = session.Id,
            Gender = g.Key.Gender,
            AgeBand = g.Key.AgeBand,
            TopicId = g.Key.TopicId,
            People = g.Select(p => p.PlayerId).Distinct().Count(),
            BothRight = g.Count(p => p.Before && p.After),
            RightToWrong = g.Count(p => p.Before && !p.After),
            WrongToRight = g.Count(p => !p.Before && p.After),
            BothWrong = g.Count(p => !p.Before && !p.After),
        }).ToList();
    }

    private async Task<List<SummaryCard>> CardsAsync(LiveSession session, CancellationToken cancel)
    {
        var deck = session.Deck.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var cards = new List<SummaryCard>();
        if (session.Mode == SessionMode.ProjectorOnly)
        {
            var counts = await db.RoomCounts.AsNoTracking().Where(c => c.SessionId == session.Id).ToListAsync(cancel);
            foreach (var byCard in counts.GroupBy(c => c.CardIndex))
            {
                if (CardOrNull(session, byCard.Key) is not { } card)
                {
                    continue;
                }

                var right = Scoring.CorrectOptions(card);
                // A show of hands cannot say who chose all the right options of a card with several.
                if (right.Count == 1)
                {
                    cards.Add(Card(session, byCard.Key, card, byCard.Sum(c => c.Count), byCard.Where(c => c.Option == right[0]).Sum(c => c.Count)));
                }
            }

            return cards;
        }

        var answers = await (from a in db.LiveAnswers.AsNoTracking()
                             join p in db.LivePlayers.AsNoTracking() on a.PlayerId equals p.Id
                             where a.SessionId == session.Id && !p.Removed
                             select new { a.CardIndex, a.Correct, p.Members }).ToListAsync(cancel);
        foreach (var byCard in answers.GroupBy(a => a.CardIndex).Where(g => g.Key < deck.Length))
        {
            // A card the pack no longer has is left out of the card figures; the rest of the session is summarised.
            if (CardOrNull(session, byCard.Key) is not { } card)
            {
                continue;
            }

            cards.Add(Card(session, byCard.Key, card, byCard.Sum(a => a.Members), byCard.Where(a => a.Correct).Sum(a => a.Members)));
        }

        return cards;
    }

    private Content.Card? CardOrNull(LiveSession session, int index)
    {
        try
        {
            return LiveDeck.CardIn(catalog.Pack, session, index);
        }
        catch (LiveException)
        {
            return null;
        }
    }

    private static SummaryCard Card(LiveSession session, int index, Content.Card card, int answered, int correct) =>
        new() { SessionId = session.Id, CardIndex = index, CardId = card.Id, TopicId = card.TopicId, Answered = answered, Correct = correct };
}
