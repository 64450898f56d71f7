namespace Sajag.Web.Features.Check;

/// <summary>
/// Gives memory back to the system after a burst of large chat checks. The garbage collector keeps the memory a burst
/// needed and, with nothing more to allocate, never runs again to return it: ten 10 MB checks left a 2-core server
/// 400 MB larger half a minute later. When the checks stop and the process is larger by more than a threshold than it
/// was once started (or after the last trim), one compacting collection that decommits what it frees runs after a
/// short idle wait; a new check starting in the wait cancels it, so it never pauses the server while checks run.
/// The size to compare with is taken at start, not when the first check begins: by then a burst's uploads have
/// already arrived, and the growth they bring would not count.
/// </summary>
public class MemoryTrim(TimeProvider time, ILogger<MemoryTrim> log) : IHostedService
{
    private readonly Lock _gate = new();
    private long _baseline = -1;
    private ITimer? _pending;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _baseline = ProcessBytes();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
        }

        return Task.CompletedTask;
    }

    /// <summary>Called when checks start after an idle spell: cancels a pending trim.</summary>
    public void Busy()
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
            if (_baseline < 0)
            {
                _baseline = ProcessBytes();
            }
        }
    }

    /// <summary>Called when the last running check ends: schedules a trim if the process is larger than its baseline by more than <paramref name="aboveBytes"/>.</summary>
    public void Idle(TimeSpan after, long aboveBytes)
    {
        lock (_gate)
        {
            if (_baseline < 0 || ProcessBytes() - _baseline <= aboveBytes)
            {
                return;
            }

            _pending?.Dispose();
            _pending = time.CreateTimer(_ => Run(), null, after, Timeout.InfiniteTimeSpan);
        }
    }

    private void Run()
    {
        long before;
        lock (_gate)
        {
            if (_pending is null)
            {
                return;
            }

            _pending.Dispose();
            _pending = null;
            before = ProcessBytes();
        }

        Collect();
        long after;
        lock (_gate)
        {
            _baseline = after = ProcessBytes();
        }

        log.LogInformation("Gave back memory after large chat checks: {BeforeMegabytes} MB → {AfterMegabytes} MB", before >> 20, after >> 20);
    }

    /// <summary>The process's resident memory, which is what a small server runs out of.</summary>
    protected virtual long ProcessBytes() => Environment.WorkingSet;

    protected virtual void Collect() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
