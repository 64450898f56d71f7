using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sajag.Web.Infrastructure;

/// <summary>How often one client may use the tools that do work for anyone who asks (no account needed).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Drafts one client may have checked per minute (POST /api/post-check and the page's form).</summary>
    [Range(1, 1_000_000)]
    public int PostChecksPerClientPerMinute { get; set; } = 30;
}

/// <summary>The interface text a refusal shows, when it is not the general "too many tries".</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RefusalText(string key) : Attribute
{
    public string Key { get; } = key;
}

/// <summary>A refusal for going too fast, written as <see cref="RateLimits.WriteRefusalAsync(HttpContext, int, string?)"/> writes it.</summary>
internal sealed class TooManyRequests(int retryAfterSeconds, string? key = null) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status429TooManyRequests;

    public Task ExecuteAsync(HttpContext httpContext) => RateLimits.WriteRefusalAsync(httpContext, retryAfterSeconds, key).AsTask();
}

/// <summary>Per-client limits: who a client is, the policies, and the one way a refusal is written.</summary>
internal static class RateLimits
{
    public const string PostCheck = "post-check";
    private const string DefaultRefusal = "limits.slow";

    /// <summary>
    /// Who the client is, for a limit: its address as the forwarded-headers step left it (the real client behind a trusted
    /// proxy, else the connection's peer). An IPv6 client counts by its /64, the block one home or phone network is given,
    /// so rotating through its own addresses does not buy more tries.
    /// </summary>
    public static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    /// <summary>A fixed one-minute window of <paramref name="permits"/> per client, refusing at once (no queue).</summary>
    public static RateLimitPartition<string> PerClientPerMinute(HttpContext context, string policy, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(policy + "|" + ClientKey(context),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    public static WebApplicationBuilder AddSajagRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => WriteRefusalAsync(context.HttpContext, context.Lease);
        });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
            // Reading the form is free; only a check does the work.
            o.AddPolicy(PostCheck, context => HttpMethods.IsPost(context.Request.Method)
                ? PerClientPerMinute(context, PostCheck, limits.Value.PostChecksPerClientPerMinute)
                : RateLimitPartition.GetNoLimiter("read")));
        return builder;
    }

    /// <summary>429 with Retry-After, and what to do in the reader's language: problem details for the API, a line of text for a page.</summary>
    public static async ValueTask WriteRefusalAsync(HttpContext context, RateLimitLease lease)
    {
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10);
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        await WriteRefusalAsync(context, seconds);
    }

    public static async ValueTask WriteRefusalAsync(HttpContext context, int retryAfterSeconds, string? key = null)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var ui = context.RequestServices.GetRequiredService<UiLanguage>();
        key ??= context.GetEndpoint()?.Metadata.GetMetadata<RefusalText>()?.Key ?? DefaultRefusal;
        if (ProblemDetailsSetup.IsApi(context))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: ui[key],
                    extensions: new Dictionary<string, object?> { ["key"] = key, ["retryAfter"] = retryAfterSeconds })
                .ExecuteAsync(context);
        }
        else
        {
            await TypedResults.Text(ui[key], "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
        }
    }
}
