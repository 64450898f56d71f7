using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// Stores answers in batches: when a room answers at once, the answers waiting at that moment are
/// checked with three queries and saved in one transaction (one commit, one fsync), instead of three
/// queries and a commit each. A lone answer is a batch of one. Every answer is acknowledged only after
/// its batch is committed; when a batch fails (another instance stored a copy first, or the database
/// refuses), each of its answers is stored on its own, so one bad answer never costs the others.
/// </summary>
public sealed class AnswerBatcher(
    IServiceScopeFactory scopes, IHubContext<LiveHub, ILiveClient> hub, PackCatalog catalog, TimeProvider clock, ILogger<AnswerBatcher> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    // At: when the answer arrived, which its speed and the deadline are measured from, not when its batch is saved.
    private sealed record Pending(Guid SessionId, Guid PlayerId, int CardIndex, int[] Chosen, DateTime At, TaskCompletionSource<AnswerAck> Done);

    /// <summary>
    /// Queues an answer; completes when it is stored (or found to be a copy, or refused). The session's
    /// facilitator and projector hear of new answers once per batch, not once per answer.
    /// </summary>
    public async Task<AnswerAck> SubmitAsync(Guid sessionId, Guid playerId, int cardIndex, IReadOnlyCollection<int> chosen, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var pending = new Pending(sessionId, playerId, cardIndex, [.. chosen], clock.GetUtcNow().UtcDateTime, new TaskCompletionSource<AnswerAck>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancel);
        return await pending.Done.Task.WaitAsync(cancel);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await TellStaffAsync(await StoreAsync(batch, stoppingToken));
                batch.Clear();
            }
        }
        catch (Exception ex) when (stoppingToken.IsCancellationRequested || ex is not OperationCanceledException)
        {
            if (!stoppingToken.IsCancellationRequested)
            {
                logger.LogCritical(ex, "The answer writer stopped; answers are no longer acknowledged until the app restarts.");
            }

            // Stopping: what was not stored is not acknowledged; the phones send it again to the next instance.
            _queue.Writer.TryComplete();
            foreach (var pending in batch.Concat(Drain()))
            {
                pending.Done.TrySetCanceled(stoppingToken);
            }
        }
    }

    // One "n more answered" per session and batch, to the facilitator and the projector.
    private async Task TellStaffAsync(List<Guid> fresh)
    {
        foreach (var session in fresh.GroupBy(id => id))
        {
            try
            {
                await hub.Clients.Groups(LiveHub.Staff(session.Key), LiveHub.Projector(session.Key)).Answered(session.Count());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A count the facilitator misses is corrected by the next full view.
                logger.LogWarning(ex, "Could not tell session {Session}'s staff about new answers.", session.Key);
            }
        }
    }

    private IEnumerable<Pending> Drain()
    {
        while (_queue.Reader.TryRead(out var pending))
        {
            yield return pending;
        }
    }

    // Stores the batch and returns the session of each answer stored for the first time.
    private async Task<List<Guid>> StoreAsync(List<Pending> batch, CancellationToken cancel)
    {
        var fresh = new List<Guid>();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var acks = await StoreTogetherAsync(scope.ServiceProvider.GetRequiredService<SajagDb>(), batch, cancel);
            foreach (var (pending, outcome) in batch.Zip(acks))
            {
                Complete(pending, outcome, fresh);
            }
        }
        catch (Exception ex) when (!cancel.IsCancellationRequested)
        {
            if (batch.Count > 1)
            {
                logger.LogInformation("A batch of {Count} answers could not be saved together ({Error}); saving them one by one.", batch.Count, ex.GetType().Name);
            }

            foreach (var pending in batch)
            {
                await StoreAloneAsync(pending, fresh, cancel);
            }
        }

        return fresh;
    }

    private async Task StoreAloneAsync(Pending pending, List<Guid> fresh, CancellationToken cancel)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            Complete(pending, await scope.ServiceProvider.GetRequiredService<LiveSessionService>().StoreAnswerAsync(pending.PlayerId, pending.CardIndex, pending.Chosen, cancel), fresh);
        }
        catch (Exception ex)
        {
            pending.Done.TrySetException(ex);
        }
    }

    private static void Complete(Pending pending, object outcome, List<Guid> fresh)
    {
        if (outcome is AnswerAck ack)
        {
            if (ack is { Accepted: true, Duplicate: false })
            {
                fresh.Add(pending.SessionId);
            }

            pending.Done.TrySetResult(ack);
        }
        else
        {
            pending.Done.TrySetException((Exception)outcome);
        }
    }

    // The same rules as LiveSessionService.StoreAnswerAsync, for many answers: each gets an ack or an exception.
    private async Task<List<object>> StoreTogetherAsync(SajagDb db, List<Pending> batch, CancellationToken cancel)
    {
        var playerIds = batch.Select(p => p.PlayerId).Distinct().ToList();
        var cardIndexes = batch.Select(p => p.CardIndex).Distinct().ToList();
        var players = await db.LivePlayers.Where(p => playerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancel);
        var sessionIds = players.Values.Select(p => p.SessionId).Distinct().ToList();
        var sessions = await db.LiveSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancel);
        var stored = (await db.LiveAnswers.Where(a => playerIds.Contains(a.PlayerId) && cardIndexes.Contains(a.CardIndex))
            .Select(a => new { a.PlayerId, a.CardIndex }).ToListAsync(cancel)).Select(a => (a.PlayerId, a.CardIndex)).ToHashSet();
        var outcomes = new List<object>(batch.Count);
        var duplicates = new List<int>();
        foreach (var pending in batch)
        {
            if (!players.TryGetValue(pending.PlayerId, out var player))
            {
                outcomes.Add(new LiveException("live.player.unknown"));
                continue;
            }

            if (player.Removed)
            {
                outcomes.Add(new LiveException("live.player.removed"));
                continue;
            }

            if (!stored.Add((pending.PlayerId, pending.CardIndex)))
            {
                // The retry of a lost acknowledgement, or a copy in this very batch: its score is known after the save.
                duplicates.Add(outcomes.Count);
                outcomes.Add(player);
                continue;
            }

            try
            {
                var ack = LiveSessionService.Record(db, catalog.Pack, sessions[player.SessionId], player, pending.CardIndex, pending.Chosen, pending.At);
                if (!ack.Accepted)
                {
                    stored.Remove((pending.PlayerId, pending.CardIndex));
                }

                outcomes.Add(ack);
            }
            catch (LiveException ex)
            {
                stored.Remove((pending.PlayerId, pending.CardIndex));
                outcomes.Add(ex);
            }
        }

        await db.SaveChangesAsync(cancel);
        foreach (var index in duplicates)
        {
            outcomes[index] = new AnswerAck(true, true, null, ((LivePlayer)outcomes[index]).Score);
        }

        return outcomes;
    }
}
