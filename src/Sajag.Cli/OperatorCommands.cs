using System.CommandLine;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Web.Features.Reports;
using Sajag.Web.Infrastructure;

namespace Sajag.Cli;

/// <summary>
/// `sajag admin|db|backup|restore|retention`: what an operator does to a running Sajag, never SQL by
/// hand. Each command builds the web app's own services with the web app's configuration
/// (appsettings.json beside the program, appsettings.{Environment}.json, environment variables such as
/// Database__ConnectionString, then `--config FILE`), so it works on the database the app uses.
/// </summary>
public static class OperatorCommands
{
    internal static IEnumerable<Command> Build(TextReader input, TextWriter output, TextWriter error)
    {
        var config = new Option<string?>("--config") { Description = "A JSON settings file read after appsettings.json and the environment, as the web app's --config", Recursive = true };

        var email = new Option<string>("--email") { Description = "The adult's email (their sign-in name)", Required = true };
        var name = new Option<string?>("--name") { Description = "The name shown to others (default: the part of the email before @)" };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation, by name; made if missing. Optional when exactly one exists." };
        var create = new Command("create", "Create an admin (programme staff). The password is asked for, or read from the first line of standard input.");
        create.Options.Add(email);
        create.Options.Add(name);
        create.Options.Add(organisation);
        create.SetAction((parse, cancel) => WithHost(parse.GetValue(config), error, (services, c) =>
            CreateAdminAsync(services, parse.GetValue(email)!, parse.GetValue(name), parse.GetValue(organisation), input, output, error), cancel));
        var resetEmail = new Option<string>("--email") { Description = "The adult's email", Required = true };
        var reset = new Command("reset-password", "Set a new password for an adult account (asked for, or read from standard input) and lift a lockout.");
        reset.Options.Add(resetEmail);
        reset.SetAction((parse, cancel) => WithHost(parse.GetValue(config), error, (services, c) =>
            ResetPasswordAsync(services, parse.GetValue(resetEmail)!, input, output, error), cancel));
        var admin = new Command("admin", "Adult accounts.");
        admin.Options.Add(config);
        admin.Subcommands.Add(create);
        admin.Subcommands.Add(reset);

        var migrate = new Command("migrate", "Apply the configured provider's migrations (then the app may start with Database:MigrateAtStart=false).");
        migrate.SetAction((parse, cancel) => WithHost(parse.GetValue(config), error, (services, c) => MigrateAsync(services, output, c), cancel));
        var db = new Command("db", "The database.");
        db.Options.Add(config);
        db.Subcommands.Add(migrate);

        var outFile = new Option<string>("--out") { Description = "The backup file to write (must not exist yet)", Required = true };
        var backup = new Command("backup", "A consistent copy of the SQLite database, safe while the app runs and writes (SQLite's online backup API). For PostgreSQL use pg_dump.");
        backup.Options.Add(outFile);
        backup.Options.Add(config);
        backup.SetAction((parse, cancel) => WithHost(parse.GetValue(config), error, (services, c) => BackupAsync(services, parse.GetValue(outFile)!, output, error), cancel));

        var file = new Argument<string>("file") { Description = "A backup written by `sajag backup`" };
        var restore = new Command("restore", "Replace the SQLite database with a backup (stop the app first); the database it replaces is kept beside it. For PostgreSQL use pg_restore.");
        restore.Arguments.Add(file);
        restore.Options.Add(config);
        restore.SetAction((parse, cancel) => WithHost(parse.GetValue(config), error, (services, c) => RestoreAsync(services, parse.GetValue(file)!, output, error), cancel));

        var run = new Command("run", "Write the totals of ended sessions and delete the individual answers of sessions past Retention:Days, now.");
        run.SetAction((parse, cancel) => WithHost(parse.GetValue(config), error, (services, c) => RetentionAsync(services, output, c), cancel));
        var retention = new Command("retention", "The retention sweep the app runs every Retention:SweepMinutes.");
        retention.Options.Add(config);
        retention.Subcommands.Add(run);

        return [admin, db, backup, restore, retention];
    }

    /// <summary>The web app's services on its configuration, not started (no listening, no background jobs).</summary>
    public static WebApplication Host(string? config)
    {
        var builder = SajagHosting.CreateBuilder(config is null ? [] : ["--config", config], AppContext.BaseDirectory);
        builder.Logging.ClearProviders();
        builder.AddSajag();
        return builder.Build();
    }

    private static async Task<int> WithHost(string? config, TextWriter error, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancel)
    {
        WebApplication app;
        try
        {
            app = Host(config);
        }
        catch (Exception ex) when (ex is StartRefusedException or Sajag.Content.InvalidPackException or InvalidOperationException)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }

        await using (app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider, cancel);
        }
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, TextWriter output, CancellationToken cancel)
    {
        var db = services.GetRequiredService<SajagDb>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancel)).ToList();
        await db.Database.MigrateAsync(cancel);
        await output.WriteLineAsync(pending.Count == 0
            ? "The database is up to date: no migration to apply."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
        return 0;
    }

    private static async Task<bool> ReadyAsync(IServiceProvider services, TextWriter error)
    {
        if ((await services.GetRequiredService<SajagDb>().Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("The database lacks migrations: run `sajag db migrate` with the same settings first.");
            return false;
        }

        return true;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string email, string? name, string? organisationName, TextReader input, TextWriter output, TextWriter error)
    {
        if (!await ReadyAsync(services, error))
        {
            return 1;
        }

        var db = services.GetRequiredService<SajagDb>();
        var users = services.GetRequiredService<UserManager<AdultUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (await users.FindByEmailAsync(email.Trim()) is not null)
        {
            await error.WriteLineAsync($"An account with {email.Trim()} exists already: use `sajag admin reset-password --email {email.Trim()}`.");
            return 1;
        }

        Organisation? organisation;
        if (organisationName is { Length: > 0 })
        {
            organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == organisationName.Trim());
            if (organisation is null)
            {
                organisation = new Organisation { Name = organisationName.Trim() };
                db.Organisations.Add(organisation);
                await db.SaveChangesAsync();
            }
        }
        else
        {
            var all = await db.Organisations.OrderBy(o => o.Name).ToListAsync();
            if (all.Count != 1)
            {
                await error.WriteLineAsync(all.Count == 0
                    ? "No organisation exists yet: give its name with --organisation NAME."
                    : $"Say which organisation with --organisation NAME: {string.Join(", ", all.Select(o => o.Name))}.");
                return 1;
            }

            organisation = all[0];
        }

        var password = ReadPassword(input, output, "Password for the new admin (at least 12 characters): ");
        if (password is null)
        {
            await error.WriteLineAsync("No password given (type it, or give it on the first line of standard input).");
            return 1;
        }

        foreach (var role in new[] { Roles.Admin, Roles.Facilitator })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var user = new AdultUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = name?.Trim() is { Length: > 0 } n ? n : email.Trim().Split('@')[0], OrganisationId = organisation.Id };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync("The account was not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.AddToRolesAsync(user, [Roles.Admin, Roles.Facilitator]);
        await output.WriteLineAsync($"Created admin {user.Email} of {organisation.Name}. They sign in at /account/login.");
        return 0;
    }

    private static async Task<int> ResetPasswordAsync(IServiceProvider services, string email, TextReader input, TextWriter output, TextWriter error)
    {
        if (!await ReadyAsync(services, error))
        {
            return 1;
        }

        var users = services.GetRequiredService<UserManager<AdultUser>>();
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await error.WriteLineAsync($"No account has the email {email.Trim()}.");
            return 1;
        }

        var password = ReadPassword(input, output, $"New password for {user.Email} (at least 12 characters): ");
        if (password is null)
        {
            await error.WriteLineAsync("No password given (type it, or give it on the first line of standard input).");
            return 1;
        }

        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            await error.WriteLineAsync("The password was not changed: " + string.Join(" ", reset.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await output.WriteLineAsync($"The password of {user.Email} is changed and any lockout lifted.");
        return 0;
    }

    // Typed at a terminal: not echoed. Piped in (scripts, tests): the first line of standard input.
    private static string? ReadPassword(TextReader input, TextWriter output, string prompt)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            var line = input.ReadLine();
            return string.IsNullOrEmpty(line) ? null : line;
        }

        output.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return typed.Length == 0 ? null : typed.ToString();
    }

    private static async Task<string?> SqlitePathAsync(IServiceProvider services, string other, TextWriter error)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            await error.WriteLineAsync($"The database is PostgreSQL: use its own tools, which copy it consistently while the app runs ({other}).");
            return null;
        }

        return new SqliteConnectionStringBuilder(services.GetRequiredService<SajagDb>().Database.GetConnectionString()).DataSource;
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string outFile, TextWriter output, TextWriter error)
    {
        if (await SqlitePathAsync(services, "pg_dump --format=custom --file=FILE DATABASE", error) is not { } source)
        {
            return 2;
        }

        var target = Path.GetFullPath(outFile);
        if (!File.Exists(source))
        {
            await error.WriteLineAsync($"There is no database at {source} to back up.");
            return 1;
        }

        if (File.Exists(target))
        {
            await error.WriteLineAsync($"{target} exists already: give a new file name, so no earlier backup is overwritten.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        // One backup step copies every page under one read lock: a snapshot between two of the app's
        // commits, however busy it is (its writers wait the few milliseconds this takes).
        Copy(source, partial);
        var check = Check(partial);
        if (check is not null)
        {
            File.Delete(partial);
            await error.WriteLineAsync($"The copy failed its check ({check}); nothing was written to {target}.");
            return 1;
        }

        File.Move(partial, target);
        await output.WriteLineAsync($"Backed up {source} to {target} ({new FileInfo(target).Length:N0} bytes). Restore it with `sajag restore {target}`.");
        return 0;
    }

    private static async Task<int> RestoreAsync(IServiceProvider services, string file, TextWriter output, TextWriter error)
    {
        if (await SqlitePathAsync(services, "pg_restore --clean --dbname DATABASE FILE", error) is not { } target)
        {
            return 2;
        }

        var backup = Path.GetFullPath(file);
        if (!File.Exists(backup))
        {
            await error.WriteLineAsync($"There is no file {backup}.");
            return 1;
        }

        if (Check(backup) is { } problem)
        {
            await error.WriteLineAsync($"{backup} is not a Sajag backup ({problem}); the database was not touched.");
            return 1;
        }

        string? kept = null;
        if (File.Exists(target))
        {
            kept = $"{target}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}";
            Copy(target, kept);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Copy(backup, target);
        await output.WriteLineAsync($"Restored {backup} into {target}."
            + (kept is null ? "" : $" The database it replaced is kept at {kept}.")
            + " Start the app (it applies newer migrations at start), or run `sajag db migrate` first.");
        return 0;
    }

    private static void Copy(string from, string to)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = to, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>Null when the file is a whole SQLite database with Sajag's tables; else what is wrong.</summary>
    private static string? Check(string file)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var integrity = connection.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            if (integrity.ExecuteScalar() as string is not "ok" and var result)
            {
                return $"integrity check: {result}";
            }

            using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            return Convert.ToInt64(tables.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1 ? null : "no Sajag tables";
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }

    private static async Task<int> RetentionAsync(IServiceProvider services, TextWriter output, CancellationToken cancel)
    {
        var retention = services.GetRequiredService<RetentionService>();
        var summarised = await retention.SummariseAsync(cancel);
        var purged = await retention.PurgeAsync(cancel);
        var days = services.GetRequiredService<IOptions<RetentionOptions>>().Value.Days;
        await output.WriteLineAsync($"Totals written for {summarised} ended session(s); individual answers deleted from {purged} session(s) past the {days}-day retention period.");
        return 0;
    }
}
