using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// What moves a session: the facilitator's commands and the clock's reveals, through <see cref="SessionMachine"/>;
/// and the facilitator's other controls (lock, remove a player, the room's show of hands).
/// </summary>
public sealed class LiveCommands(SajagDb db, PackCatalog catalog, TimeProvider clock, LiveMemory memory)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Moves the session on; only its facilitator may.</summary>
    public async Task CommandAsync(Guid sessionId, string facilitatorId, SessionCommand command, CancellationToken cancel = default)
    {
        var session = await OwnedAsync(sessionId, facilitatorId, cancel);
        try
        {
            await MoveAsync(session, command, cancel);
        }
        catch (DbUpdateConcurrencyException) when (command == SessionCommand.Reveal)
        {
            // The clock revealed the card a moment before: asked again, the reveal is already done and nothing is refused.
            db.ChangeTracker.Clear();
            await MoveAsync(await OwnedAsync(sessionId, facilitatorId, cancel), command, cancel);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another of the facilitator's screens (or instance) moved the session a moment before: the facilitator sees the new state.
            throw new LiveException("live.command.invalid");
        }
    }

    /// <summary>Reveals every timed question whose deadline has passed; returns the sessions it moved.</summary>
    public async Task<IReadOnlyList<Guid>> RevealDueAsync(CancellationToken cancel = default)
    {
        var now = Now;
        var due = await db.LiveSessions.Where(s => s.Phase == LivePhase.Question && s.Deadline != null && s.Deadline <= now).ToListAsync(cancel);
        var moved = new List<Guid>();
        foreach (var session in due)
        {
            try
            {
                await MoveAsync(session, SessionCommand.Reveal, cancel);
                moved.Add(session.Id);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance (or the facilitator) moved it first.
                db.ChangeTracker.Clear();
            }
        }

        return moved;
    }

    private async Task MoveAsync(LiveSession session, SessionCommand command, CancellationToken cancel)
    {
        SessionState next;
        try
        {
            next = SessionMachine.Apply(LiveDeck.StateOf(session), command, LiveDeck.Shape(catalog.Pack, session), Now);
        }
        catch (SessionRuleException)
        {
            throw new LiveException("live.command.invalid");
        }

        if (next == LiveDeck.StateOf(session))
        {
            return;
        }

        session.Phase = next.Kind;
        (session.CardIndex, session.QuestionStartedAt, session.Deadline) = next switch
        {
            SessionState.Question q => (q.CardIndex, (DateTime?)q.StartedAt, q.Deadline),
            SessionState.Reveal r => (r.CardIndex, session.QuestionStartedAt, null),
            SessionState.Discuss d => (d.CardIndex, session.QuestionStartedAt, null),
            SessionState.Podium p => (p.CardIndex, session.QuestionStartedAt, null),
            SessionState.Lobby or SessionState.Ended => (session.CardIndex, session.QuestionStartedAt, (DateTime?)null),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
        if (next is SessionState.Ended)
        {
            session.EndedAt = Now;
        }

        session.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancel);
        Saved(session, over: next is SessionState.Ended);
    }

    // The row as just committed is the session's state: kept (unless the session is over), so the players' view, the staff's
    // view and the first answers to a new card are checked against it without reading it again.
    private void Saved(LiveSession session, bool over = false)
    {
        memory.SessionChanged(session.Id, over);
        if (!over)
        {
            var changes = memory.Changes;
            memory.KeepRow(changes, session, Now);
            memory.Keep(changes, [], [new AnsweringSession(session, catalog.Pack, Now)]);
        }
    }

    public async Task SetLockedAsync(Guid sessionId, string facilitatorId, bool locked, CancellationToken cancel = default)
    {
        var session = await OwnedAsync(sessionId, facilitatorId, cancel);
        session.Locked = locked;
        session.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancel);
        Saved(session);
    }

    /// <summary>Turns the podium on or off; a session with no players (a show of hands) has none to show.</summary>
    public async Task SetPodiumAsync(Guid sessionId, string facilitatorId, bool podium, CancellationToken cancel = default)
    {
        var session = await OwnedAsync(sessionId, facilitatorId, cancel);
        if (podium && session.Mode == SessionMode.ProjectorOnly)
        {
            throw new LiveException("live.podium.projector");
        }

        session.Podium = podium;
        session.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancel);
        Saved(session);
    }

    /// <summary>Removes a player for good: the same token cannot join again.</summary>
    public async Task RemovePlayerAsync(Guid sessionId, string facilitatorId, Guid playerId, CancellationToken cancel = default)
    {
        await OwnedAsync(sessionId, facilitatorId, cancel);
        await db.LivePlayers.Where(p => p.Id == playerId && p.SessionId == sessionId).ExecuteUpdateAsync(u => u.SetProperty(p => p.Removed, true), cancel);
        memory.PlayerChanged(playerId);
    }

    /// <summary>In a projector-only session, records how many hands went up for an option of the current card.</summary>
    public async Task RecordCountAsync(Guid sessionId, string facilitatorId, int option, int count, CancellationToken cancel = default)
    {
        var session = await OwnedAsync(sessionId, facilitatorId, cancel);
        var card = LiveDeck.CardIn(catalog.Pack, session, session.CardIndex);
        if (session.Mode != SessionMode.ProjectorOnly || option < 0 || option >= card.Options.Count || count is < 0 or > 10_000 || session.Phase != LivePhase.Question)
        {
            throw new LiveException("live.count.invalid");
        }

        var row = await db.RoomCounts.FindAsync([sessionId, session.CardIndex, option], cancel);
        if (row is null)
        {
            db.RoomCounts.Add(new RoomCount { SessionId = sessionId, CardIndex = session.CardIndex, Option = option, Count = count });
        }
        else
        {
            row.Count = count;
        }

        await db.SaveChangesAsync(cancel);
    }

    private async Task<LiveSession> OwnedAsync(Guid sessionId, string facilitatorId, CancellationToken cancel) =>
        await db.LiveSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.FacilitatorId == facilitatorId, cancel)
            ?? throw new LiveException("live.session.unknown");
}
