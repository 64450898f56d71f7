using System.Threading.Channels;

namespace Sajag.Web.Features.Live;

/// <summary>
/// One writer that saves what waits at a moment together: an item is queued, the items waiting when the writer is free (a
/// small batch waits <paramref name="linger"/> for company first) are handed to <see cref="SaveAsync"/> as one batch, and each
/// caller completes when its item is settled. Answers and joins come in bursts (a hall answering, a class joining), and a
/// transaction per item paid a commit and an fsync each.
/// </summary>
public abstract class BatchWriter<TItem, TResult>(TimeSpan linger, int company, ILogger logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>An item and how its caller learns what became of it.</summary>
    protected sealed record Pending(TItem Item, TaskCompletionSource<TResult> Done);

    /// <summary>Queues the item; completes when <see cref="SaveAsync"/> settled it.</summary>
    protected async Task<TResult> EnqueueAsync(TItem item, CancellationToken cancel)
    {
        var pending = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancel);
        return await pending.Done.Task.WaitAsync(cancel);
    }

    /// <summary>Saves a batch and settles every one of its items (a result or an exception each).</summary>
    protected abstract Task SaveAsync(List<Pending> batch, CancellationToken cancel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                Take(batch);
                if (batch.Count < company)
                {
                    // Items arrive a few hundred a second even from a full hall, so a batch taken at once holds one or two and
                    // pays the whole cost of a transaction for each. A moment's wait (real time: coalescing only; answers were
                    // timed when they arrived) lets the batch fill.
                    await Task.Delay(linger, stoppingToken);
                    Take(batch);
                }

                await SaveAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (Exception ex) when (stoppingToken.IsCancellationRequested || ex is not OperationCanceledException)
        {
            if (!stoppingToken.IsCancellationRequested)
            {
                logger.LogCritical(ex, "The {Writer} stopped; what it saves is no longer confirmed until the app restarts.", GetType().Name);
            }

            // Stopping: what was not saved is not confirmed; the phones send it again to the next instance.
            _queue.Writer.TryComplete();
            foreach (var pending in batch)
            {
                pending.Done.TrySetCanceled(stoppingToken);
            }

            while (_queue.Reader.TryRead(out var pending))
            {
                pending.Done.TrySetCanceled(stoppingToken);
            }
        }
    }

    private void Take(List<Pending> batch)
    {
        while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
        {
            batch.Add(pending);
        }
    }
}
