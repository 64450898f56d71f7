using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sajag.Content;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game;
using Sajag.Game.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>Which knowledge check a player does: the same items before the game and after it.</summary>
public enum CheckStage
{
    Before,
    After,
}

/// <summary>A knowledge-check item as the player sees it.</summary>
public sealed record CheckItemView(string Id, string Prompt, IReadOnlyList<string> Options);

/// <summary>The knowledge check a player has to do now; the self-description is asked with the first one.</summary>
public sealed record CheckForm(CheckStage Stage, IReadOnlyList<CheckItemView> Items, bool AskAboutYou);

/// <summary>A player's knowledge-check answers: item id to the chosen option; gender and age band optional.</summary>
public sealed record CheckSubmission(CheckStage Stage, IReadOnlyDictionary<string, int> Answers, string? Gender, string? AgeBand);

/// <summary>The answer to a knowledge check: stored once; a retry is recognised.</summary>
public sealed record CheckAck(bool Accepted, bool Duplicate, string? Refusal);

/// <summary>
/// The before/after knowledge check: a few items of the pack's assessment bank for the session's topics,
/// answered before the game and again after it, matched by the player (the token) only.
/// </summary>
public sealed class KnowledgeCheckService(SajagDb db, PackCatalog catalog)
{
    public const int MaxItems = 6;

    public static readonly IReadOnlyList<string> Genders = ["girl", "boy", "notsaid"];

    public static readonly IReadOnlyList<string> AgeBands = ["13-14", "15-16", "17-18", "notsaid"];

    /// <summary>Up to six items covering the deck's topics, most-played topics first, one item per topic in turn.</summary>
    public static IReadOnlyList<string> ChooseItems(ContentPack pack, Deck deck)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(deck);
        var topics = deck.Cards.GroupBy(c => c.TopicId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var byTopic = topics.ToDictionary(t => t, t => new Queue<AssessmentItem>(pack.Assessment.Where(a => a.TopicId == t).OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue))));
        var chosen = new List<string>();
        while (chosen.Count < MaxItems && byTopic.Values.Any(q => q.Count > 0))
        {
            foreach (var topic in topics)
            {
                if (chosen.Count < MaxItems && byTopic[topic].TryDequeue(out var item))
                {
                    chosen.Add(item.Id);
                }
            }
        }

        return chosen;
    }

    /// <summary>The check the player has to do now, or null: before in the lobby, after at the end (only for those who did the first).</summary>
    public async Task<CheckForm?> FormAsync(LiveSession session, Guid playerId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.KnowledgeCheck || session.PurgedAt is not null)
        {
            return null;
        }

        var rows = await db.CheckAnswers.AsNoTracking().Where(a => a.PlayerId == playerId).ToListAsync(cancel);
        var stage = session.Phase switch
        {
            LivePhase.Lobby when rows.Count == 0 => CheckStage.Before,
            LivePhase.Ended when rows.Count > 0 && rows.All(r => r.AfterCorrect is null) => CheckStage.After,
            _ => (CheckStage?)null,
        };
        if (stage is not { } now)
        {
            return null;
        }

        var items = ItemsOf(session).Select(i => new CheckItemView(i.Id, i.Prompt.In(session.Language), i.Options.Select(o => o.Text.In(session.Language)).ToList())).ToList();
        return new CheckForm(now, items, now == CheckStage.Before);
    }

    /// <summary>Stores a player's answers to the check; the before check closes when the game starts, the after check opens when it ends.</summary>
    public async Task<CheckAck> SubmitAsync(Guid playerId, CheckSubmission submission, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var player = await db.LivePlayers.FirstOrDefaultAsync(p => p.Id == playerId, cancel) ?? throw new LiveException("live.player.unknown");
        if (player.Removed)
        {
            throw new LiveException("live.player.removed");
        }

        var session = await db.LiveSessions.AsNoTracking().FirstAsync(s => s.Id == player.SessionId, cancel);
        if (!session.KnowledgeCheck || session.PurgedAt is not null)
        {
            throw new LiveException("check.off");
        }

        var items = ItemsOf(session);
        var answers = submission.Answers ?? new Dictionary<string, int>();
        if (answers.Count != items.Count || items.Any(i => !answers.TryGetValue(i.Id, out var o) || o < 0 || o >= i.Options.Count))
        {
            throw new LiveException("check.invalid");
        }

        var rows = await db.CheckAnswers.Where(a => a.PlayerId == playerId).ToListAsync(cancel);
        if (submission.Stage == CheckStage.Before)
        {
            if (rows.Count > 0)
            {
                return new CheckAck(true, true, null);
            }

            if (session.Phase != LivePhase.Lobby)
            {
                return new CheckAck(false, false, "check.before.closed");
            }

            var gender = submission.Gender ?? "notsaid";
            var age = submission.AgeBand ?? "notsaid";
            if (!Genders.Contains(gender) || !AgeBands.Contains(age))
            {
                throw new LiveException("check.invalid");
            }

            player.Gender = gender;
            player.AgeBand = age;
            db.CheckAnswers.AddRange(items.Select(i => new CheckAnswer
            {
                SessionId = session.Id,
                PlayerId = playerId,
                ItemId = i.Id,
                TopicId = i.TopicId,
                BeforeCorrect = i.Options[answers[i.Id]].Correct,
            }));
        }
        else
        {
            if (session.Phase != LivePhase.Ended)
            {
                return new CheckAck(false, false, "check.after.notyet");
            }

            if (rows.Count == 0)
            {
                return new CheckAck(false, false, "check.after.nobefore");
            }

            if (rows.Any(r => r.AfterCorrect is not null))
            {
                return new CheckAck(true, true, null);
            }

            foreach (var row in rows)
            {
                // An item the pack no longer has stays unpaired rather than counted wrong.
                row.AfterCorrect = items.FirstOrDefault(i => i.Id == row.ItemId) is { } item ? item.Options[answers[item.Id]].Correct : null;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException)
        {
            // Two copies of the before check raced and the unique index kept one.
            db.ChangeTracker.Clear();
            if (!await db.CheckAnswers.AnyAsync(a => a.PlayerId == playerId, cancel))
            {
                throw;
            }

            return new CheckAck(true, true, null);
        }

        if (submission.Stage == CheckStage.After)
        {
            // After the answers are stored: the summary job writes the session's aggregates again.
            await db.LiveSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SummarisedAt, (DateTime?)null), cancel);
        }

        return new CheckAck(true, false, null);
    }

    private List<AssessmentItem> ItemsOf(LiveSession session)
    {
        var ids = session.CheckItems.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return ids.Select(id => catalog.Pack.Assessment.FirstOrDefault(a => a.Id == id)).OfType<AssessmentItem>().ToList();
    }
}
