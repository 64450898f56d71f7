using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sajag.Data;

namespace Sajag.Web.Infrastructure;

/// <summary>Which database Sajag uses and how to reach it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/sajag.db";

    /// <summary>Apply migrations at start (one instance). Off for rolling updates: run `sajag db migrate` first.</summary>
    public bool MigrateAtStart { get; set; } = true;
}

internal static class DatabaseSetup
{
    public static WebApplicationBuilder AddSajagDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var migrations = MigrationsAssembly.For(options.Provider);
        builder.Services.AddSingleton<SqliteWriteGate>();
        // Worked out once, not for every context: finding the app's folder and making it touches the disk.
        var sqlite = options.Provider == DatabaseProvider.Sqlite ? SqliteConnectionInFolder(options.ConnectionString, builder.Environment.ContentRootPath) : "";
        // Pooled contexts: a join or an answer batch takes a context from the pool instead of building one
        // (with its services) each time; the options are built once, from the app's root services.
        builder.Services.AddDbContextPool<SajagDb>((services, db) =>
        {
            _ = options.Provider switch
            {
                DatabaseProvider.Sqlite => db.UseSqlite(sqlite, o => o.MigrationsAssembly(migrations))
                    .AddInterceptors(services.GetRequiredService<SqliteWriteGate>()),
                DatabaseProvider.Postgres => db.UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(migrations)),
                _ => throw new InvalidOperationException($"Unknown database provider '{options.Provider}'."),
            };
            if (services.GetService<SajagMetrics.DatabaseTimer>() is { } timer)
            {
                db.AddInterceptors(timer); // only when metrics are on
            }
        });

        // Keys in the database: cookies and anti-forgery tokens survive a restart and work on every instance.
        builder.Services.AddDataProtection()
            .SetApplicationName("Sajag")
            .PersistKeysToDbContext<SajagDb>();
        builder.Services.AddHealthChecks().AddDbContextCheck<SajagDb>("database").AddDatabaseWriteCheck();
        return builder;
    }

    /// <summary>
    /// Applies the provider's migrations at start, before the first request; with `Database:MigrateAtStart`
    /// off, refuses to start on a database that lacks some of this version's migrations.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateAtStart)
        {
            await db.Database.MigrateAsync();
            return;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            throw new StartRefusedException(
                $"The database lacks {pending.Count} migration(s) this version needs ({string.Join(", ", pending)}) and Database:MigrateAtStart is false. Run `sajag db migrate` with the same settings, then start the app.");
        }
    }

    // A relative SQLite path is under the repository root when run from a clone (`./data/`), else
    // under the app's folder; SQLite creates the file but not its folder, so make it.
    private static string SqliteConnectionInFolder(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return builder.ToString();
        }

        if (!Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Join(AppRoot(contentRoot), builder.DataSource));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }

    private static string AppRoot(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Sajag.slnx")))
            {
                return dir.FullName;
            }
        }

        return contentRoot;
    }
}
