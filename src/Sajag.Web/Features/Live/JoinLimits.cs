using System.Threading.RateLimiting;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// Who may try to join, and how often: a whole class behind one school router joins at once, while a client that guesses
/// codes is held to a few wrong ones a minute. Checked in this order, so a refused try spends nothing further down: wrong
/// codes of this address, joins of this address, joins of the whole server.
/// </summary>
internal sealed class JoinLimits(LiveOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _wrongCodes = PerMinute(options.WrongCodesPerAddressPerMinute);
    private readonly PartitionedRateLimiter<string> _perAddress = PerMinute(options.JoinsPerAddressPerMinute);
    private readonly FixedWindowRateLimiter _all = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = options.JoinsPerSecond, Window = TimeSpan.FromSeconds(1), QueueLimit = 0,
    });

    /// <summary>Null when the join may go ahead; else the seconds to wait.</summary>
    public int? Refusal(HttpContext context)
    {
        var client = RateLimits.ClientKey(context);
        // Wrong codes are counted after the fact (a code is only known wrong once looked up), so here only look.
        if (_wrongCodes.GetStatistics(client)?.CurrentAvailablePermits <= 0)
        {
            return 60;
        }

        using var address = _perAddress.AttemptAcquire(client);
        if (!address.IsAcquired)
        {
            return RetryAfter(address, 60);
        }

        using var all = _all.AttemptAcquire();
        return all.IsAcquired ? null : RetryAfter(all, 1);
    }

    /// <summary>Counts a wrong code against the client that sent it.</summary>
    public void WrongCode(HttpContext context)
    {
        using var _ = _wrongCodes.AttemptAcquire(RateLimits.ClientKey(context));
    }

    public void Dispose()
    {
        _wrongCodes.Dispose();
        _perAddress.Dispose();
        _all.Dispose();
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    private static int RetryAfter(RateLimitLease lease, int otherwise) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : otherwise;
}
