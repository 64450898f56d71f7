using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using StackExchange.Redis;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>Limits on joining (per client and for the whole server) and the address phones join at.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Join attempts (right or wrong code) one client may make per minute.</summary>
    [Range(1, 1_000_000)]
    public int JoinsPerClientPerMinute { get; set; } = 20;

    /// <summary>Join attempts the whole server takes per second.</summary>
    [Range(1, 1_000_000)]
    public int JoinsPerSecond { get; set; } = 100;

    /// <summary>The address phones use to reach the app (e.g. http://192.168.137.1:5000), when the one worked out from the network is not the room's.</summary>
    [Url]
    public string? PublicUrl { get; set; }
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

/// <summary>An instance's memory in MB: now, at its peak, and the managed heap.</summary>
public sealed record ServerMemory(long WorkingSetMb, long PeakWorkingSetMb, long ManagedMb);

internal static class LiveSetup
{
    public const string FacilitatorPolicy = "facilitator";
    private const string JoinPolicy = "join";

    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<LiveSessionService>();
        builder.Services.AddSingleton<AnswerBatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AnswerBatcher>());
        builder.Services.AddScoped<Discuss.DiscussService>();
        builder.Services.AddScoped<Reports.KnowledgeCheckService>();
        builder.Services.AddScoped<LiveBroadcaster>();
        builder.Services.AddHostedService<LiveClock>();
        builder.Services.AddSingleton<StaffUpdates>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StaffUpdates>());

        var signalR = builder.Services.AddSignalR(o =>
        {
            // Hub messages are small (an answer is a card index and a few option numbers).
            o.MaximumReceiveMessageSize = 4 * 1024;
            o.EnableDetailedErrors = false;
        }).AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var redis = builder.Configuration.GetSection(RedisOptions.Section).Get<RedisOptions>()?.Connection;
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("sajag"));
        }

        var limits = builder.Configuration.GetSection(LiveOptions.Section).Get<LiveOptions>() ?? new LiveOptions();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(JoinPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.JoinsPerClientPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api/live/join")
                    ? RateLimitPartition.GetFixedWindowLimiter("all-joins", _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.JoinsPerSecond, Window = TimeSpan.FromSeconds(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
            o.OnRejected = async (context, cancel) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10);
                var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var ui = context.HttpContext.RequestServices.GetRequiredService<UiLanguage>();
                await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: ui["live.join.slow"], extensions: new Dictionary<string, object?> { ["key"] = "live.join.slow", ["retryAfter"] = seconds })
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    public static WebApplication MapLive(this WebApplication app)
    {
        app.MapHub<LiveHub>("/hubs/live");
        app.MapPost("/api/live/join", JoinAsync).RequireRateLimiting(JoinPolicy).DisableAntiforgery();
        var staff = app.MapGroup("/api/live").RequireAuthorization(FacilitatorPolicy).WithTags("Live");
        staff.MapGet("/sessions/{sessionId:guid}/answers", AnswersAsync);
        staff.MapGet("/server", Server);
        return app;
    }

    /// <summary>What the database holds for a session: every accepted answer (player, card). The load generator compares it with what it sent.</summary>
    private static async Task<Results<Ok<IReadOnlyList<StoredAnswer>>, NotFound>> AnswersAsync(Guid sessionId, ClaimsPrincipal user, LiveSessionService sessions)
    {
        var answers = await sessions.StoredAnswersAsync(sessionId, user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        return answers is null ? TypedResults.NotFound() : TypedResults.Ok(answers);
    }

    /// <summary>This instance's memory, for the load generator's report.</summary>
    private static Ok<ServerMemory> Server()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return TypedResults.Ok(new ServerMemory(process.WorkingSet64 / (1024 * 1024), process.PeakWorkingSet64 / (1024 * 1024), GC.GetTotalMemory(false) / (1024 * 1024)));
    }

    private static async Task<Results<Ok<JoinResult>, ProblemHttpResult>> JoinAsync(JoinRequest request, LiveSessionService sessions, StaffUpdates staffUpdates, UiLanguage ui)
    {
        try
        {
            var joined = await sessions.JoinAsync(request);
            staffUpdates.Request(joined.SessionId);
            return TypedResults.Ok(joined);
        }
        catch (LiveException ex)
        {
            var status = ex.Key is "live.join.code" ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(statusCode: status, title: ui[ex.Key], extensions: new Dictionary<string, object?> { ["key"] = ex.Key });
        }
    }
}
