using System.Diagnostics;

namespace Sajag.Load;

/// <summary>Everything measured during a run, from many threads at once.</summary>
public sealed class Recorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _ackMs = [];
    private readonly List<double> _revealMs = [];
    private readonly List<long> _ackedAt = [];
    private int _refused;
    private int _failed;
    private int _resent;
    private int _resentNotDuplicate;
    private int _reconnects;
    private int _closed;

    public long StartedAt { get; } = Stopwatch.GetTimestamp();

    public int Refused => _refused;

    public int Failed => _failed;

    public int Resent => _resent;

    public int ResentNotDuplicate => _resentNotDuplicate;

    public int Reconnects => _reconnects;

    public int Closed => _closed;

    /// <summary>An answer's first acknowledgement, <paramref name="sentAt"/> being when it was first sent and <paramref name="now"/> when its acknowledgement arrived.</summary>
    public void Acked(long sentAt, long now)
    {
        lock (_gate)
        {
            _ackMs.Add(Stopwatch.GetElapsedTime(sentAt, now).TotalMilliseconds);
            _ackedAt.Add(now);
        }
    }

    public void Reveal(long sentAt, long receivedAt)
    {
        lock (_gate)
        {
            _revealMs.Add(Stopwatch.GetElapsedTime(sentAt, receivedAt).TotalMilliseconds);
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _joinFailures = new();

    /// <summary>POST /api/live/join requests that failed (other than 429, which is waited out), by status or error.</summary>
    public int JoinRequestsFailed => _joinFailures.Values.Sum();

    public string JoinStatuses => _joinFailures.IsEmpty ? "none" : string.Join(", ", _joinFailures.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"));

    public void JoinFailed(string what) => _joinFailures.AddOrUpdate(what, 1, (_, n) => n + 1);

    public void Refusal() => Interlocked.Increment(ref _refused);

    public void Failure() => Interlocked.Increment(ref _failed);

    public void Resend(bool acknowledgedAsDuplicate)
    {
        Interlocked.Increment(ref _resent);
        if (!acknowledgedAsDuplicate)
        {
            Interlocked.Increment(ref _resentNotDuplicate);
        }
    }

    public void Reconnect() => Interlocked.Increment(ref _reconnects);

    public void Close() => Interlocked.Increment(ref _closed);

    public (double P50, double P95, double P99, double Max, int Count) AckLatency()
    {
        lock (_gate)
        {
            return Percentiles(_ackMs);
        }
    }

    public (double P50, double P95, double P99, double Max, int Count) RevealLatency()
    {
        lock (_gate)
        {
            return Percentiles(_revealMs);
        }
    }

    /// <summary>The most acknowledgements in any one second of the run.</summary>
    public int PeakAnswersPerSecond()
    {
        lock (_gate)
        {
            return _ackedAt.Count == 0 ? 0 : _ackedAt.GroupBy(t => (long)Stopwatch.GetElapsedTime(StartedAt, t).TotalSeconds).Max(g => g.Count());
        }
    }

    // Nearest rank: the smallest value with at least p% of the values at or below it.
    private static (double P50, double P95, double P99, double Max, int Count) Percentiles(List<double> values)
    {
        if (values.Count == 0)
        {
            return (0, 0, 0, 0, 0);
        }

        var sorted = values.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return (At(50), At(95), At(99), sorted[^1], sorted.Length);
    }
}
