using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// Saves admitted players. A class joins in a burst (60 phones at once, 10,000 in a district event), and a commit per
/// player paid a transaction and an fsync each: the players waiting at a moment are inserted in one transaction, and
/// each join completes only after the commit. When a batch fails, each of its players is saved on its own, so one bad
/// row never costs the others their join.
/// </summary>
public sealed class PlayerAdmissions(IServiceScopeFactory scopes, LiveMemory memory, SqliteWriteGate gate, ILogger<PlayerAdmissions> logger)
    : BatchWriter<LivePlayer, bool>(Linger, Company, logger)
{
    /// <summary>A batch smaller than this waits <see cref="Linger"/> for more players before it is saved.</summary>
    private const int Company = 16;

    /// <summary>How long a small batch waits for company: nothing beside the time a phone takes to join.</summary>
    internal static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(10);

    // Every column, the id included (the app chooses it): written as plain inserts, not through EF Core's change tracker, which
    // was a fifth of the server's CPU during a burst of 10,000 joins (docs/benchmarks.md, issue 11).
    private ModelRows<LivePlayer>? _rows;

    /// <summary>Saves the player; completes when the row is committed.</summary>
    public Task AddAsync(LivePlayer player, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(player);
        return EnqueueAsync(player, cancel);
    }

    protected override async Task SaveAsync(List<Pending> batch, CancellationToken cancel)
    {
        if (batch.Count > 1)
        {
            try
            {
                await InsertAsync(batch, cancel);
                return;
            }
            catch (Exception ex) when (!cancel.IsCancellationRequested)
            {
                logger.LogInformation("A batch of {Count} players could not be saved together ({Error}); saving them one by one.", batch.Count, ex.GetType().Name);
            }
        }

        foreach (var pending in batch)
        {
            try
            {
                await InsertAsync([pending], cancel);
            }
            catch (Exception ex) when (!cancel.IsCancellationRequested)
            {
                pending.Done.TrySetException(ex);
            }
        }
    }

    private async Task InsertAsync(IReadOnlyList<Pending> batch, CancellationToken cancel)
    {
        var changes = memory.Changes;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        await (_rows ??= new ModelRows<LivePlayer>(db, _ => true)).InsertAsync(db, [.. batch.Select(p => p.Item)], gate, cancel);
        memory.Admitted(changes, batch.Select(p => p.Item));
        foreach (var pending in batch)
        {
            pending.Done.TrySetResult(true);
        }
    }
}
