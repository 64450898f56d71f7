using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.SignalR;

namespace Sajag.Web.Features.Live;

/// <summary>How much one hub connection may ask of the server.</summary>
public sealed class HubGuardOptions
{
    public const string Section = "Hub";

    /// <summary>Hub calls one connection may make per second, on average.</summary>
    [Range(1, 10_000)]
    public int CallsPerSecond { get; set; } = 5;

    /// <summary>Hub calls one connection may make at once after a quiet spell (a facilitator tapping counts, a reconnect).</summary>
    [Range(1, 10_000)]
    public int CallBurst { get; set; } = 20;
}

/// <summary>
/// Every hub call passes here first: a connection that calls faster than its budget is refused without any work, and a
/// failing call leaves one short log line (at most a few a second for the whole server), never a stack trace per call,
/// so a flood of calls cannot fill the disk. Calls that fail for a reason the client is told (a <see cref="HubException"/>)
/// are expected; anything else is a fault and keeps its stack trace, within the same budget.
/// </summary>
internal sealed class HubGuard(HubGuardOptions options, TimeProvider clock, ILogger<HubGuard> logger) : IHubFilter
{
    private const string BudgetKey = "call-budget";
    private readonly LogBudget _log = new(clock, linesPerWindow: 10, window: TimeSpan.FromSeconds(10));

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = invocationContext.Context;
        if (connection.Items[BudgetKey] is not CallBudget budget)
        {
            connection.Items[BudgetKey] = budget = new CallBudget(options.CallsPerSecond, options.CallBurst, clock);
        }

        if (!budget.TryTake())
        {
            Note($"Hub call {invocationContext.HubMethodName} refused: connection {connection.ConnectionId} calls faster than {options.CallsPerSecond}/s.");
            throw new HubException("live.slow");
        }

        try
        {
            return await next(invocationContext);
        }
        catch (HubException ex)
        {
            Note($"Hub call {invocationContext.HubMethodName} refused: {ex.Message}.");
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (_log.TryTake(out var skipped))
            {
                logger.LogError(ex, "Hub call {Method} failed ({Skipped} lines skipped before this one).", invocationContext.HubMethodName, skipped);
            }

            throw;
        }
    }

    private void Note(string line)
    {
        if (_log.TryTake(out var skipped))
        {
            logger.LogInformation("{Line} ({Skipped} lines skipped before this one)", line, skipped);
        }
    }
}

/// <summary>A connection's calls: a token bucket, refilled by the clock, with no timer of its own.</summary>
internal sealed class CallBudget(int perSecond, int burst, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private double _tokens = burst;
    private long _at = clock.GetTimestamp();

    public bool TryTake()
    {
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + (clock.GetElapsedTime(_at, now).TotalSeconds * perSecond));
            _at = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}

/// <summary>At most so many log lines per window for the whole server; the lines skipped are counted into the next one written.</summary>
internal sealed class LogBudget(TimeProvider clock, int linesPerWindow, TimeSpan window)
{
    private readonly Lock _gate = new();
    private long _windowStart = clock.GetTimestamp();
    private int _written;
    private int _skipped;

    public bool TryTake(out int skipped)
    {
        lock (_gate)
        {
            if (clock.GetElapsedTime(_windowStart) >= window)
            {
                (_windowStart, _written) = (clock.GetTimestamp(), 0);
            }

            if (_written < linesPerWindow)
            {
                _written++;
                (skipped, _skipped) = (_skipped, 0);
                return true;
            }

            _skipped++;
            skipped = 0;
            return false;
        }
    }
}

internal static class HubGuardSetup
{
    /// <summary>The guard runs before any other hub filter; SignalR's own per-failure error log (a stack trace each) is left to it.</summary>
    public static WebApplicationBuilder AddHubGuard(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HubGuardOptions>().BindConfiguration(HubGuardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => new HubGuard(
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HubGuardOptions>>().Value,
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<HubGuard>>()));
        builder.Services.Configure<HubOptions>(o => o.AddFilter<HubGuard>());
        builder.Logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical);
        return builder;
    }
}
