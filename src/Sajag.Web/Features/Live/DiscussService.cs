using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Safety.Moderation;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// Open answers to Discuss &amp; Rethink prompts: moderated before any adult reads them (only the masked
/// text is stored), approved by the facilitator before the projector shows them, starred into the
/// organisation's idea collection.
/// </summary>
public sealed class DiscussService(SajagDb db, PackCatalog catalog, TimeProvider clock, LiveMemory memory)
{
    /// <summary>The longest masked text stored (the column's size).</summary>
    public const int MaxStored = 600;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A player's typed answer to the current card's discussion; a retry is recognised.</summary>
    public async Task<OpenAck> SubmitAsync(Guid playerId, int cardIndex, string? text, CancellationToken cancel = default)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0)
        {
            throw new LiveException("discuss.empty");
        }

        if (typed.Length > Moderator.MaxAnswerLength)
        {
            throw new LiveException("discuss.long");
        }

        var player = await db.LivePlayers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == playerId, cancel)
            ?? throw new LiveException("live.player.unknown");
        if (player.Removed)
        {
            throw new LiveException("live.player.removed");
        }

        if (await ExistingAsync(playerId, cardIndex, cancel) is { } existing)
        {
            return existing;
        }

        var session = await db.LiveSessions.AsNoTracking().FirstAsync(s => s.Id == player.SessionId, cancel);
        if (session.CardIndex != cardIndex || !IsOpen(session))
        {
            return new OpenAck(false, false, "discuss.closed", null, false);
        }

        var card = LiveDeck.CardIn(catalog.Pack, session, cardIndex);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = Moderator.Check(typed, catalog.SafeContacts);
        SajagMetrics.Moderated(started);
        // Placeholders are longer than what they hide ("@a" becomes "[handle]"): keep within the column.
        var masked = result.Masked.Length <= MaxStored ? result.Masked : result.Masked[..(MaxStored - 1)] + "…";
        db.OpenAnswers.Add(new OpenAnswer
        {
            SessionId = session.Id,
            PlayerId = playerId,
            CardIndex = cardIndex,
            CardId = card.Id,
            TopicId = card.TopicId,
            Text = masked,
            Flagged = result.Flagged,
            Reasons = string.Join(',', result.ReasonCodes),
            Status = OpenAnswerStatus.Pending,
            CreatedAt = Now,
        });
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException)
        {
            // Two copies raced and the unique index kept one: this is the duplicate. Anything else fails the call.
            db.ChangeTracker.Clear();
            return await ExistingAsync(playerId, cardIndex, cancel) ?? throw new LiveException("discuss.failed");
        }

        return new OpenAck(true, false, null, masked, result.HasPersonalDetail);
    }

    /// <summary>Whether the session takes open answers now: a discuss card's question, or any card's Discuss &amp; Rethink step.</summary>
    public bool IsOpen(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Phase switch
        {
            LivePhase.Discuss => true,
            LivePhase.Question => LiveDeck.CardIn(catalog.Pack, session, session.CardIndex).Options.Count == 0,
            LivePhase.Lobby or LivePhase.Reveal or LivePhase.Podium or LivePhase.Ended => false,
            _ => throw new ArgumentOutOfRangeException(nameof(session), session.Phase, "unknown session phase"),
        };
    }

    private async Task<OpenAck?> ExistingAsync(Guid playerId, int cardIndex, CancellationToken cancel)
    {
        var existing = await db.OpenAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.PlayerId == playerId && a.CardIndex == cardIndex, cancel);
        return existing is null ? null : new OpenAck(true, true, null, existing.Text, false);
    }

    /// <summary>Approves, hides, stars or unstars an answer of the facilitator's own session.</summary>
    public async Task ModerateAsync(Guid sessionId, string facilitatorId, long answerId, ModerateAction action, CancellationToken cancel = default)
    {
        var session = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.FacilitatorId == facilitatorId, cancel)
            ?? throw new LiveException("live.session.unknown");
        var answer = await db.OpenAnswers.FirstOrDefaultAsync(a => a.Id == answerId && a.SessionId == sessionId, cancel)
            ?? throw new LiveException("discuss.unknown");
        switch (action)
        {
            case ModerateAction.Approve:
                answer.Status = OpenAnswerStatus.Approved;
                break;
            case ModerateAction.Hide:
                answer.Status = OpenAnswerStatus.Hidden;
                break;
            case ModerateAction.Star when answer.IdeaId is null:
                var organisation = await db.Schools.Where(s => s.Id == session.SchoolId).Select(s => s.OrganisationId).FirstAsync(cancel);
                var idea = new Idea
                {
                    OrganisationId = organisation,
                    TopicId = answer.TopicId,
                    CardId = answer.CardId,
                    Language = session.Language,
                    Text = answer.Text,
                    StarredOn = DateOnly.FromDateTime(Now),
                };
                db.Ideas.Add(idea);
                await db.SaveChangesAsync(cancel);
                answer.IdeaId = idea.Id;
                break;
            case ModerateAction.Unstar when answer.IdeaId is { } ideaId:
                await db.Ideas.Where(i => i.Id == ideaId).ExecuteDeleteAsync(cancel);
                answer.IdeaId = null;
                break;
            case ModerateAction.Star or ModerateAction.Unstar:
                // Already starred, or not starred: nothing to change.
                break;
            default:
                throw new LiveException("discuss.unknown");
        }

        await db.SaveChangesAsync(cancel);
    }

    /// <summary>Switches the projector's wall between the list and the word cloud.</summary>
    public async Task SetWordCloudAsync(Guid sessionId, string facilitatorId, bool cloud, CancellationToken cancel = default)
    {
        var changed = await db.LiveSessions.Where(s => s.Id == sessionId && s.FacilitatorId == facilitatorId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.WordCloud, cloud), cancel);
        if (changed == 0)
        {
            throw new LiveException("live.session.unknown");
        }

        // The staff's view reads the word cloud's switch from the kept row.
        memory.SessionChanged(sessionId);
    }

    /// <summary>The current card's queue and wall, and the knowledge check's progress.</summary>
    public async Task<DiscussionView> ViewAsync(LiveSession session, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        // Typed answers come in a card's discussion: in the lobby there are none to read.
        var rows = session.Phase == LivePhase.Lobby
            ? []
            : await db.OpenAnswers.AsNoTracking().Where(a => a.SessionId == session.Id && a.CardIndex == session.CardIndex)
                .OrderBy(a => a.Id).ToListAsync(cancel);
        var queue = rows.Select(a => new OpenAnswerRow(a.Id, a.Text, a.Flagged, a.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries),
            a.Status.ToString().ToLowerInvariant(), a.IdeaId is not null)).ToList();
        var wall = rows.Where(a => a.Status == OpenAnswerStatus.Approved).Select(a => a.Text).ToList();
        int before = 0, after = 0;
        if (session.KnowledgeCheck)
        {
            var progress = await db.CheckAnswers.Where(a => a.SessionId == session.Id).GroupBy(a => a.PlayerId)
                .Select(g => new { Before = g.All(a => a.BeforeCorrect != null), After = g.Any(a => a.AfterCorrect != null) }).ToListAsync(cancel);
            before = progress.Count(p => p.Before);
            after = progress.Count(p => p.After);
        }

        return new DiscussionView(session.CardIndex, queue, wall, WordCloud.Build(wall), session.WordCloud, session.KnowledgeCheck, before, after);
    }

    /// <summary>The approved answers of a session, by card, for its report.</summary>
    public async Task<IReadOnlyList<OpenAnswer>> ApprovedAsync(Guid sessionId, CancellationToken cancel = default) =>
        await db.OpenAnswers.AsNoTracking().Where(a => a.SessionId == sessionId && a.Status == OpenAnswerStatus.Approved)
            .OrderBy(a => a.CardIndex).ThenBy(a => a.Id).ToListAsync(cancel);
}
