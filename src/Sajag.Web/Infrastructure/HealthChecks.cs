using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Web.Infrastructure;

/// <summary>
/// Ready means the database takes a write, not only that it answers a read: a locked, read-only or full database
/// still answers reads while every answer, join and sign-in fails. The probe writes one audit row inside a
/// transaction and rolls it back, so it leaves nothing behind. On SQLite the probe queues at <see cref="SqliteWriteGate"/>
/// like every other write, before its transaction takes the file's write lock.
/// </summary>
internal sealed class DatabaseWriteCheck(SajagDb db, TimeProvider clock, SqliteWriteGate gate) : IHealthCheck
{
    public const string Name = "database-write";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A busy SQLite file is retried for the command timeout: keep the answer quick enough for a load balancer.
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(3));
        try
        {
            return db.Database.IsSqlite() ? await gate.HoldAsync(() => ProbeAsync(cancellationToken), cancellationToken) : await ProbeAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database refused a write: " + (ex.InnerException ?? ex).Message);
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        db.AuditEntries.Add(new AuditEntry { At = clock.GetUtcNow().UtcDateTime, Action = "health.write-probe" });
        await db.SaveChangesAsync(cancel);
        await transaction.RollbackAsync(cancel);
        return HealthCheckResult.Healthy();
    }
}

internal static class HealthChecks
{
    public static IHealthChecksBuilder AddDatabaseWriteCheck(this IHealthChecksBuilder builder) =>
        builder.AddCheck<DatabaseWriteCheck>(DatabaseWriteCheck.Name, HealthStatus.Unhealthy, timeout: TimeSpan.FromSeconds(10));

    /// <summary>"/health": "Healthy", or "Unhealthy" and, for each failing check, its name and what it found.</summary>
    public static IEndpointConventionBuilder MapSajagHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Status).Append(": ")
                .Append(entry.Description ?? entry.Exception?.Message ?? "no answer in time");
        }

        return context.Response.WriteAsync(text.ToString());
    }
}
