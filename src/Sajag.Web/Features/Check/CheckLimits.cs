using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Sajag.Safety.Chats;

namespace Sajag.Web.Features.Check;

/// <summary>How much checking chats may cost the server: anyone may ask, with no account, so every check is bounded.</summary>
public sealed class CheckOptions
{
    public const string Section = "Check";

    /// <summary>Checks that run at once. A check is CPU work and holds the chat in memory; more at once than cores only adds memory.</summary>
    [Range(1, 1000)]
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Checks that may wait for a free place (their upload is already read); more are refused with 429 at once.</summary>
    [Range(0, 10_000)]
    public int MaxQueued { get; set; } = 8;

    /// <summary>How long a check may wait for a free place before it is refused with 429.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan QueueWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one check may run (reading and checking, after its upload arrived) before it is stopped with 503.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks one client may ask for per minute (the API and the page together).</summary>
    [Range(1, 1_000_000)]
    public int ChecksPerClientPerMinute { get; set; } = 10;

    /// <summary>
    /// How long the gate must stay idle after checks grew the process's memory before that memory is given back to the
    /// system (one compacting collection). Without it a burst of large checks leaves the server hundreds of MB larger.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan TrimAfterIdle { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Growth of the process's memory (MB) over its size once started, or after the last trim, above which the memory is given back when checks stop.</summary>
    [Range(1, 100_000)]
    public int TrimAboveMegabytes { get; set; } = 64;
}

/// <summary>
/// The one door every chat check goes through: at most <see cref="CheckOptions.MaxConcurrent"/> at once, a short queue,
/// and a time budget joined to the request's own cancellation, so a check stops when its time is up or its client leaves.
/// </summary>
public sealed class CheckGate(IOptions<CheckOptions> options, MemoryTrim trim) : IDisposable
{
    public const string RatePolicy = "check";

    /// <summary>A chat inside a .zip may unpack to no more than an upload may be: a zip bomb is refused, not read.</summary>
    public static ChatLimits Limits { get; } = ChatLimits.Default with { MaxChatTextBytes = CheckEndpoints.MaxFileBytes };

    private readonly CheckOptions _options = options.Value;
    private readonly ConcurrencyLimiter _places = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrent,
        QueueLimit = options.Value.MaxQueued,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private int _running;

    /// <summary>Checks running now (after their place was given, until their work has really stopped).</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Seconds a refused client is told to wait.</summary>
    public int RetryAfterSeconds => Math.Max(5, (int)Math.Ceiling(_options.TimeBudget.TotalSeconds / 2));

    /// <summary>Runs <paramref name="work"/> when a place is free, within the time budget. The outcome says which limit, if any, stopped it.</summary>
    public async Task<CheckRun<T>> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken requestAborted)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        wait.CancelAfter(_options.QueueWait);
        RateLimitLease lease;
        try
        {
            lease = await _places.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            return new CheckRun<T>.Busy();
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                return new CheckRun<T>.Busy();
            }

            using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
            budget.CancelAfter(_options.TimeBudget);
            if (Interlocked.Increment(ref _running) == 1)
            {
                trim.Busy();
            }

            try
            {
                // The work is CPU-bound and synchronous; it checks the token between messages.
                return new CheckRun<T>.Done(work(budget.Token));
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !requestAborted.IsCancellationRequested)
            {
                return new CheckRun<T>.OutOfTime();
            }
            finally
            {
                if (Interlocked.Decrement(ref _running) == 0)
                {
                    trim.Idle(_options.TrimAfterIdle, _options.TrimAboveMegabytes * 1024L * 1024);
                }
            }
        }
    }

    public void Dispose() => _places.Dispose();
}

/// <summary>What became of a check at the gate.</summary>
public abstract record CheckRun<T>
{
    private CheckRun()
    {
    }

    public sealed record Done(T Value) : CheckRun<T>;

    /// <summary>Every place was taken and the queue was full or did not move in time.</summary>
    public sealed record Busy : CheckRun<T>;

    /// <summary>The check ran past its time budget and was stopped.</summary>
    public sealed record OutOfTime : CheckRun<T>;
}

internal static class CheckLimitsSetup
{
    public static WebApplicationBuilder AddCheckLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CheckOptions>().BindConfiguration(CheckOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CheckGate>();
        builder.Services.AddSingleton<MemoryTrim>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MemoryTrim>());
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IOptions<CheckOptions>>((o, limits) =>
            // Reading the page is free; only a check does the work.
            o.AddPolicy(CheckGate.RatePolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? Infrastructure.RateLimits.PerClientPerMinute(context, CheckGate.RatePolicy, limits.Value.ChecksPerClientPerMinute)
                : RateLimitPartition.GetNoLimiter("read")));
        return builder;
    }
}

/// <summary>What the check's limits say, in English and Bangla.</summary>
internal static class CheckLimitsText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["check.limit.client"] = (
            "You have checked many chats in a short time. Wait a minute and try again.",
            "তুমি অল্প সময়ে অনেকগুলো চ্যাট যাচাই করেছ। এক মিনিট অপেক্ষা করে আবার চেষ্টা করো।"),
        ["check.limit.busy"] = (
            "Sajag is checking many chats right now. Try again in a minute; nothing you sent was kept.",
            "সজাগ এখন অনেকগুলো চ্যাট যাচাই করছে। এক মিনিট পরে আবার চেষ্টা করো; তুমি যা পাঠিয়েছ তার কিছুই রাখা হয়নি।"),
        ["check.limit.time"] = (
            "This chat took too long to check, so the check was stopped. Try a shorter part of the chat, such as the last few hundred messages.",
            "চ্যাটটা যাচাই করতে অনেক বেশি সময় লাগছিল, তাই যাচাই থামানো হয়েছে। চ্যাটের ছোট একটা অংশ দিয়ে আবার চেষ্টা করো, যেমন শেষের কয়েকশো মেসেজ।"),
        ["check.limit.zip"] = (
            "The chat inside the .zip is larger than 10 MB once unpacked, or the .zip is damaged or made to attack. Export the chat without media, or a shorter part of it.",
            "জিপের ভেতরের চ্যাটটা খোলার পর ১০ MB-এর চেয়ে বড়, অথবা জিপটা নষ্ট বা আক্রমণের জন্য বানানো। মিডিয়া ছাড়া চ্যাটটা এক্সপোর্ট করো, অথবা এর ছোট একটা অংশ।"),
    };
}
