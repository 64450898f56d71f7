namespace Sajag.Web.Features.Check;

/// <summary>
/// Gives memory back to the system after a burst of large chat checks. The garbage collector keeps the memory a burst
/// needed and, with nothing more to allocate, never runs again to return it: ten 10 MB checks left a 2-core server
/// 400 MB larger half a minute later. When the checks stop and the process has grown by more than a threshold over
/// the busy spell, one compacting collection that decommits what it frees runs after a short idle wait; a new check
/// starting in the wait cancels it, so it never pauses the server while checks are running.
/// </summary>
public class MemoryTrim(TimeProvider time, ILogger<MemoryTrim> log)
{
    private readonly Lock _gate = new();
    private long _busySince = -1;
    private ITimer? _pending;

    /// <summary>Collections run so far.</summary>
    public int Trims { get; private set; }

    /// <summary>Called when checks start after an idle spell: remembers the process's size and cancels a pending trim.</summary>
    public void Busy()
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
            if (_busySince < 0)
            {
                _busySince = ProcessBytes();
            }
        }
    }

    /// <summary>Called when the last running check ends: schedules a trim if the spell grew the process by more than <paramref name="aboveBytes"/>.</summary>
    public void Idle(TimeSpan after, long aboveBytes)
    {
        lock (_gate)
        {
            if (_busySince < 0 || ProcessBytes() - _busySince <= aboveBytes)
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
            _busySince = -1;
            before = ProcessBytes();
            Trims++;
        }

        Collect();
        log.LogInformation("Gave back memory after large chat checks: {BeforeMegabytes} MB → {AfterMegabytes} MB", before >> 20, ProcessBytes() >> 20);
    }

    /// <summary>The process's resident memory, which is what a small server runs out of.</summary>
    protected virtual long ProcessBytes() => Environment.WorkingSet;

    protected virtual void Collect() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
