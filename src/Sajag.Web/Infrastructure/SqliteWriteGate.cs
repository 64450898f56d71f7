using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sajag.Web.Infrastructure;

/// <summary>
/// SQLite takes one writer at a time, and a writer that finds the file busy sleeps before it retries,
/// which turned a classroom's burst of answers into 150 ms-step tail latencies. One process owns the
/// SQLite file, so its writes queue here instead, in order, without sleeping.
/// A write that opens its own transaction (SQLite's BEGIN IMMEDIATE takes the file's write lock at once) holds the
/// gate for the whole transaction (<see cref="HoldAsync"/>): holding the file while waiting here would hold up a
/// writer that holds the gate and waits for the file, each waiting on the other until a timeout.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Set inside HoldAsync's work: its saves do not queue again behind the gate their own transaction holds.
    private readonly AsyncLocal<bool> _held = new();

    /// <summary>Runs <paramref name="work"/> (e.g. a transaction and its saves) holding the gate from start to end.</summary>
    public async Task<T> HoldAsync<T>(Func<Task<T>> work, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_held.Value)
        {
            return await work();
        }

        await _gate.WaitAsync(cancel);
        try
        {
            return await Run(work);
        }
        finally
        {
            _gate.Release();
        }
    }

    // A separate async method, so the flag is set only in the work's own execution context.
    private async Task<T> Run<T>(Func<Task<T>> work)
    {
        _held.Value = true;
        return await work();
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!_held.Value)
        {
            await _gate.WaitAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (!_held.Value)
        {
            _gate.Wait();
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release();
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release();
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release();

    private void Release()
    {
        if (!_held.Value)
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
