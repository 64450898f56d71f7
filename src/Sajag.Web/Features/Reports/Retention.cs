using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sajag.Data;
using Sajag.Game.Live;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Features.Reports;

/// <summary>How long individual answers are kept, and how often the jobs look.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Days after a session ends before its individual answers are deleted; the aggregates stay.</summary>
    [Range(1, 3650)]
    public int Days { get; set; } = 180;

    /// <summary>Minutes between two sweeps for sessions past the retention period.</summary>
    [Range(1, 1440)]
    public int SweepMinutes { get; set; } = 60;

    /// <summary>Seconds between two looks for ended sessions whose aggregates need writing.</summary>
    [Range(1, 3600)]
    public int SummarySeconds { get; set; } = 30;
}

/// <summary>Deletes the individual answers of sessions past the retention period, keeping their aggregates.</summary>
public sealed class RetentionService(SajagDb db, SummaryService summaries, LiveMemory memory, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> logger)
{
    /// <summary>Ended sessions whose aggregates are missing or out of date get them written; returns how many.</summary>
    public async Task<int> SummariseAsync(CancellationToken cancel = default)
    {
        var due = await db.LiveSessions.Where(s => s.Phase == LivePhase.Ended && s.SummarisedAt == null && s.PurgedAt == null).OrderBy(s => s.EndedAt).Select(s => s.Id).Take(100).ToListAsync(cancel);
        foreach (var id in due)
        {
            try
            {
                await summaries.WriteAsync(id, cancel);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One session that cannot be summarised must not stop the others (nor the retention sweep).
                db.ChangeTracker.Clear();
                logger.LogError(ex, "Could not write the totals of session {Session}.", id);
            }
        }

        return due.Count;
    }

    /// <summary>Purges every session that ended (or, never ended, was created) more than the retention period ago; returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancel = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var limit = now.AddDays(-options.Value.Days);
        var due = await db.LiveSessions.Where(s => s.PurgedAt == null && ((s.EndedAt != null && s.EndedAt < limit) || (s.EndedAt == null && s.CreatedAt < limit)))
            .Select(s => s.Id).ToListAsync(cancel);
        foreach (var id in due)
        {
            // A session left open that long is over: it is ended, its aggregates written, then its answers deleted.
            await db.LiveSessions.Where(s => s.Id == id && s.EndedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Phase, LivePhase.Ended).SetProperty(s => s.EndedAt, now).SetProperty(s => s.Version, Guid.NewGuid()), cancel);
            memory.SessionChanged(id, over: true);
            try
            {
                await summaries.WriteAsync(id, cancel);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The retention period is a promise: the answers go even when their totals cannot be written.
                db.ChangeTracker.Clear();
                logger.LogError(ex, "Could not write the totals of session {Session} before deleting its answers.", id);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            await db.OpenAnswers.Where(a => a.SessionId == id).ExecuteDeleteAsync(cancel);
            await db.CheckAnswers.Where(a => a.SessionId == id).ExecuteDeleteAsync(cancel);
            await db.LiveAnswers.Where(a => a.SessionId == id).ExecuteDeleteAsync(cancel);
            await db.LivePlayers.Where(p => p.SessionId == id).ExecuteDeleteAsync(cancel);
            await db.LiveSessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.PurgedAt, now), cancel);
            await transaction.CommitAsync(cancel);
        }

        return due.Count;
    }
}

/// <summary>The background job: writes ended sessions' aggregates every few seconds and purges past the retention period every hour.</summary>
public sealed class MeasureJob(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<MeasureJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var nextSweep = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.SummarySeconds), clock);
        do
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<RetentionService>().SummariseAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The measure job could not write totals; it tries again at its next turn.");
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var retention = scope.ServiceProvider.GetRequiredService<RetentionService>();
                if (clock.GetUtcNow() >= nextSweep)
                {
                    var purged = await retention.PurgeAsync(stoppingToken);
                    if (purged > 0)
                    {
                        logger.LogInformation("Deleted the individual answers of {Count} session(s) past the {Days}-day retention period.", purged, settings.Days);
                    }

                    nextSweep = clock.GetUtcNow().AddMinutes(settings.SweepMinutes);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The measure job failed; it tries again at its next turn.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
