using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenTelemetry.Metrics;

namespace Sajag.Web.Infrastructure;

/// <summary>
/// What an operator can watch (OpenTelemetry metrics, scraped by Prometheus): answers stored, acknowledged and
/// refused, batch sizes, database time, check and moderation durations; with ASP.NET Core's own requests, Kestrel
/// connections and SignalR hub connections. Numbers and fixed labels only: never a young person's text, a
/// nickname, a session code or an address.
/// </summary>
public static class SajagMetrics
{
    /// <summary>The name of Sajag's meter.</summary>
    public const string MeterName = "Sajag";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> Answers = Meter.CreateCounter<long>("sajag.live.answers", "{answer}",
        "Answers that reached a decision, by outcome: stored, duplicate (acknowledged again), late, refused, or failed (not acknowledged; the phone sends it again).");

    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("sajag.live.answer_batch.size", "{answer}",
        "Answers decided and saved together in one transaction.", advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 256] });

    private static readonly Histogram<double> DatabaseTime = Meter.CreateHistogram<double>("sajag.db.command.duration", "s",
        "Time the database took for one command, by kind (query, non-query, scalar).", advice: SecondsAdvice());

    private static readonly Histogram<double> CheckTime = Meter.CreateHistogram<double>("sajag.check.duration", "s",
        "Time to read and check one chat sent to /api/check, by result status code.", advice: SecondsAdvice());

    private static readonly Histogram<double> ModerationTime = Meter.CreateHistogram<double>("sajag.moderation.duration", "s",
        "Time the moderation filter took for one typed answer or nickname.", advice: SecondsAdvice());

    /// <summary>Counts an answer's outcome (a fixed label, one of five).</summary>
    public static void Answer(string outcome) => Answers.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Records how many answers went into one transaction.</summary>
    public static void Batch(int size) => BatchSize.Record(size);

    /// <summary>Records how long moderating one text took, since <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public static void Moderated(long started) => ModerationTime.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);

    internal static void Checked(long started, int status) =>
        CheckTime.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("status", status));

    internal static void Command(TimeSpan duration, string kind) =>
        DatabaseTime.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));

    private static InstrumentAdvice<double> SecondsAdvice() =>
        new() { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] };

    /// <summary>
    /// Metrics on when `Metrics:Enabled` is true (off by default): a Prometheus scrape endpoint on its own listener,
    /// `Metrics:Host` and `Metrics:Port` (default 127.0.0.1 and 9464, path /metrics), never on the app's public port, so
    /// only the machine (or the network the operator chooses) can read it.
    /// </summary>
    public static WebApplicationBuilder AddSajagMetrics(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue("Metrics:Enabled", false))
        {
            return builder;
        }

        var host = builder.Configuration["Metrics:Host"] is { Length: > 0 } h ? h : "127.0.0.1";
        var port = builder.Configuration.GetValue("Metrics:Port", 9464);
        if (port is < 1 or > 65535 || Uri.CheckHostName(host) is UriHostNameType.Unknown)
        {
            throw new StartRefusedException($"Metrics:Host and Metrics:Port must name the metrics listener's address, such as 127.0.0.1 and 9464 (they were \"{host}\" and {port}).");
        }

        builder.Services.AddSingleton<DatabaseTimer>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MeterName,
                "Microsoft.AspNetCore.Hosting",                // http.server.request.duration, active requests
                "Microsoft.AspNetCore.Server.Kestrel",         // connections
                "Microsoft.AspNetCore.Http.Connections",       // signalr.server.active_connections, connection duration
                "Microsoft.AspNetCore.RateLimiting",
                "System.Runtime")                               // memory, GC, thread pool
            .AddPrometheusHttpListener(o =>
            {
                o.Host = host;
                o.Port = port;
                o.ScrapeEndpointPath = "/metrics";
                o.ScrapeResponseCacheDurationMilliseconds = 0;
            }));
        return builder;
    }

    /// <summary>Times every database command (registered with the database context when metrics are on).</summary>
    internal sealed class DatabaseTimer : DbCommandInterceptor
    {
        /// <summary>Times a command run on the context's connection directly (not through EF Core), since <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp).</summary>
        public static void Executed(long started, string kind) => Command(Stopwatch.GetElapsedTime(started), kind);

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            Command(eventData.Duration, "query");
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Command(eventData.Duration, "query");
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Command(eventData.Duration, "non-query");
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Command(eventData.Duration, "non-query");
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            Command(eventData.Duration, "scalar");
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Command(eventData.Duration, "scalar");
            return ValueTask.FromResult(result);
        }
    }
}
