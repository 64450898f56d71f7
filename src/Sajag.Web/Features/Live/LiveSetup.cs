using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>Limits on joining: sized so a class of 60 behind one school router joins at once, while a guesser is held back; and the address phones join at.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Join attempts one address may make per minute (every class behind one router or proxy shares it).</summary>
    [Range(1, 1_000_000)]
    public int JoinsPerAddressPerMinute { get; set; } = 300;

    /// <summary>Wrong or unknown codes one address may send per minute before its joins are refused for the rest of the minute.</summary>
    [Range(1, 1_000_000)]
    public int WrongCodesPerAddressPerMinute { get; set; } = 20;

    /// <summary>Join attempts the whole server takes per second.</summary>
    [Range(1, 1_000_000)]
    public int JoinsPerSecond { get; set; } = 100;

    /// <summary>The address phones use to reach the app (e.g. http://192.168.137.1:5000), when the one worked out from the network is not the room's.</summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>Other sites whose pages may connect to the live hub (the app's own host and <see cref="PublicUrl"/> always may).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>The Redis backplane that carries SignalR messages between app instances.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis connection string; empty for a single instance.</summary>
    public string? Connection { get; set; }
}

/// <summary>One accepted answer as stored.</summary>
public sealed record StoredAnswer(Guid PlayerId, int CardIndex);

/// <summary>An instance's memory in MB (now, at its peak, the managed heap), the CPU time its process has used, in ms, and the bytes it has allocated.</summary>
public sealed record ServerMemory(long WorkingSetMb, long PeakWorkingSetMb, long ManagedMb, long CpuMs = 0, long AllocatedBytes = 0);

internal static class LiveSetup
{
    public const string FacilitatorPolicy = "facilitator";

    /// <summary>The runtime's setting for how many buffers of one size its shared pool keeps per core (32 unless set).</summary>
    internal const string PoolSetting = "DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXARRAYSPERPARTITION";

    /// <summary>Buffers of one size the shared pool keeps per core here: one per phone of a 10,000-player session, and more.</summary>
    internal const int PooledBuffers = 16_384;

    /// <summary>
    /// Lets the runtime's shared buffer pool keep a buffer per phone. SignalR writes a message for a group into each
    /// connection's own pipe, and each pipe takes a buffer from that pool until its connection has sent the message: a
    /// reveal to 10,000 phones holds 10,000 buffers at once. The pool keeps 32 of a size per core, so about 10,000 new
    /// 4 KB arrays were made at every reveal and thrown away after it (a profile of the reveal: 13 % of its samples in
    /// making them, and the collections after); kept, they are reused at the next card (about 40 MB for 10,000 phones,
    /// given back by the pool's own trimming when unused). The runtime reads the setting once, when the pool is first
    /// used, so this runs first in the app; a value set outside (systemd, the container) stays.
    /// </summary>
    public static void PoolBroadcastBuffers()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PoolSetting)))
        {
            Environment.SetEnvironmentVariable(PoolSetting, PooledBuffers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        // One service per job: who is in, what moves the session, answers, what each screen sees.
        builder.Services.AddScoped<LiveAdmission>();
        builder.Services.AddScoped<LiveCommands>();
        builder.Services.AddSingleton<LiveMemory>();
        builder.Services.AddSingleton<AnswerRecorder>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AnswerRecorder>());
        builder.Services.AddSingleton<PlayerAdmissions>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PlayerAdmissions>());
        builder.Services.AddScoped<LiveViews>();
        builder.Services.AddSingleton<RecentViews>();
        builder.Services.AddScoped<Podiums>();
        builder.Services.AddSingleton<RecentStandings>();
        builder.Services.AddScoped<DiscussService>();
        builder.Services.AddScoped<KnowledgeCheckService>();
        builder.Services.AddScoped<LiveBroadcaster>();
        builder.Services.AddHostedService<LiveClock>();
        builder.Services.AddSingleton<StaffFeed>();
        builder.Services.AddSingleton<PlayerConnections>();
        builder.Services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section);
        builder.Services.AddSingleton<PlayerRemovals>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PlayerRemovals>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StaffFeed>());

        var signalR = builder.Services.AddSignalR(o =>
        {
            // Hub messages are small (an answer is a card index and a few option numbers).
            o.MaximumReceiveMessageSize = 4 * 1024;
            o.EnableDetailedErrors = false;
            // A ping each way every 30 s instead of SignalR's 15 s: a hall of idle phones between cards cost the server
            // about 40 ms of CPU a second per 1,000 connections with 15 s. A phone gone silent is dropped after 60 s (twice
            // the phones' ping, SignalR's rule); live-common.js waits 60 s for the server (twice this ping) and pings every 30 s.
            o.KeepAliveInterval = KeepAlive;
            o.ClientTimeoutInterval = 2 * KeepAlive;
        }).AddHubOptions<LiveHub>(o => o.AddFilter<LiveHubFilter>()).AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var redis = builder.Configuration.GetSection(RedisOptions.Section).Get<RedisOptions>()?.Connection;
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("sajag"));
        }

        builder.Services.AddSingleton(services => new JoinLimits(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiveOptions>>().Value));
        return builder;
    }

    /// <summary>How often the server and the phones ping each other when nothing else was sent; the same in live-common.js.</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    public static WebApplication MapLive(this WebApplication app)
    {
        app.UseHubOriginCheck();
        app.MapHub<LiveHub>("/hubs/live");
        app.MapPost("/api/live/join", JoinAsync).WithMetadata(new RefusalText("live.join.slow")).DisableAntiforgery();
        var staff = app.MapGroup("/api/live").RequireAuthorization(FacilitatorPolicy).WithTags("Live");
        staff.MapGet("/sessions/{sessionId:guid}/answers", AnswersAsync);
        // Process memory says something about the machine: programme staff only.
        staff.MapGet("/server", Server).RequireAuthorization(Accounts.AccountsSetup.AdminPolicy);
        return app;
    }

    /// <summary>What the database holds for a session: every accepted answer (player, card). The load generator compares it with what it sent.</summary>
    private static async Task<Results<Ok<IReadOnlyList<StoredAnswer>>, NotFound>> AnswersAsync(Guid sessionId, ClaimsPrincipal user, LiveViews views)
    {
        var answers = await views.StoredAnswersAsync(sessionId, user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        return answers is null ? TypedResults.NotFound() : TypedResults.Ok(answers);
    }

    /// <summary>This instance's memory and CPU time, for the load generator's report (CPU per answer, comparable on a shared machine).</summary>
    private static Ok<ServerMemory> Server()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return TypedResults.Ok(new ServerMemory(process.WorkingSet64 / (1024 * 1024), process.PeakWorkingSet64 / (1024 * 1024), GC.GetTotalMemory(false) / (1024 * 1024),
            (long)process.TotalProcessorTime.TotalMilliseconds, GC.GetTotalAllocatedBytes()));
    }

    // A refusal (LiveException) becomes problem details in the ProblemDetailsExceptionHandler, with its key.
    private static async Task<Results<Ok<JoinResult>, TooManyRequests>> JoinAsync(
        JoinRequest request, LiveAdmission admission, StaffFeed staff, JoinLimits limits, HttpContext context)
    {
        if (limits.Refusal(context) is { } wait)
        {
            return new TooManyRequests(wait);
        }

        try
        {
            var joined = await admission.JoinAsync(request);
            staff.Changed(joined.SessionId);
            return TypedResults.Ok(joined);
        }
        catch (LiveException ex) when (ex.Key is "live.join.code")
        {
            // Wrong codes are held per address (guessing codes); the refusal itself is mapped like any other.
            limits.WrongCode(context);
            throw;
        }
    }
}
