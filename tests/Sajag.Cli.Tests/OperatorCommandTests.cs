using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Cli.Tests;

/// <summary>The operator commands on a real SQLite database, chosen the way an operator would: a --config file.</summary>
public sealed class OperatorCommandTests : IDisposable
{
    private const string Password = "a long enough password";
    private readonly string _folder = Path.Join(Path.GetTempPath(), "sajag-cli-" + Guid.NewGuid().ToString("N"));

    public OperatorCommandTests() => Directory.CreateDirectory(_folder);

    private string Database(string name = "sajag.db") => Path.Join(_folder, name);

    private string Config(string database)
    {
        var file = Path.Join(_folder, Path.GetFileNameWithoutExtension(database) + ".json");
        File.WriteAllText(file, $$$"""{"Database": {"Provider": "Sqlite", "ConnectionString": "Data Source={{{database.Replace("\\", "\\\\", StringComparison.Ordinal)}}}"}, "Retention": {"Days": 180}}""");
        return file;
    }

    private static (int Exit, string Output, string Error) Run(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SajagCli.Run(args, reader, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<T> WithDbAsync<T>(string config, Func<IServiceProvider, Task<T>> action)
    {
        await using var app = OperatorCommands.Host(config);
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    [Fact]
    public void DbMigrate_CreatesTheDatabase_ThenHasNothingMoreToApply()
    {
        var config = Config(Database());

        var first = Run("", "db", "migrate", "--config", config);
        var second = Run("", "db", "migrate", "--config", config);

        Assert.Equal(0, first.Exit);
        Assert.Contains("Applied", first.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Database()));
        Assert.Equal(0, second.Exit);
        Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCreate_ReadsThePasswordFromStandardInput_AndTheAdminCanSignIn()
    {
        var config = Config(Database());
        Run("", "db", "migrate", "--config", config);

        var created = Run(Password + "\n", "admin", "create", "--email", "lead@cwcs.example", "--organisation", "CWCS", "--config", config);
        var again = Run(Password + "\n", "admin", "create", "--email", "lead@cwcs.example", "--config", config);

        Assert.Equal(0, created.Exit);
        Assert.Contains("Created admin lead@cwcs.example of CWCS", created.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.Exit);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
        var (passwordOk, roles) = await WithDbAsync(config, async services =>
        {
            var users = services.GetRequiredService<UserManager<AdultUser>>();
            var user = (await users.FindByEmailAsync("lead@cwcs.example"))!;
            return (await users.CheckPasswordAsync(user, Password), await users.GetRolesAsync(user));
        });
        Assert.True(passwordOk);
        Assert.Equal([Roles.Admin, Roles.Facilitator], roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AdminCreate_WithAShortPasswordOrNoOrganisation_IsRefusedAndSaysWhy()
    {
        var config = Config(Database());
        Run("", "db", "migrate", "--config", config);

        var noOrganisation = Run(Password + "\n", "admin", "create", "--email", "a@cwcs.example", "--config", config);
        var shortPassword = Run("short\n", "admin", "create", "--email", "a@cwcs.example", "--organisation", "CWCS", "--config", config);

        Assert.Equal(1, noOrganisation.Exit);
        Assert.Contains("--organisation", noOrganisation.Error, StringComparison.Ordinal);
        Assert.Equal(1, shortPassword.Exit);
        Assert.Contains("12", shortPassword.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCommands_OnADatabaseNotMigrated_AskForDbMigrate()
    {
        var config = Config(Database());

        var result = Run(Password + "\n", "admin", "create", "--email", "a@cwcs.example", "--organisation", "CWCS", "--config", config);

        Assert.Equal(1, result.Exit);
        Assert.Contains("sajag db migrate", result.Error, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task ResetPassword_SetsTheNewPassword_AndLiftsALockout()
    {
        var config = Config(Database());
        Run("", "db", "migrate", "--config", config);
        Run(Password + "\n", "admin", "create", "--email", "lead@cwcs.example", "--organisation", "CWCS", "--config", config);
        await WithDbAsync(config, async services =>
        {
            var users = services.GetRequiredService<UserManager<AdultUser>>();
            return await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("lead@cwcs.example"))!, DateTimeOffset.UtcNow.AddHours(1));
        });

        var reset = Run("another long password\n", "admin", "reset-password", "--email", "lead@cwcs.example", "--config", config);
        var unknown = Run("another long password\n", "admin", "reset-password", "--email", "nobody@cwcs.example", "--config", config);

        Assert.Equal(0, reset.Exit);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("No account", unknown.Error, StringComparison.Ordinal);
        var (oldOk, newOk, locked) = await WithDbAsync(config, async services =>
        {
            var users = services.GetRequiredService<UserManager<AdultUser>>();
            var user = (await users.FindByEmailAsync("lead@cwcs.example"))!;
            return (await users.CheckPasswordAsync(user, Password), await users.CheckPasswordAsync(user, "another long password"), await users.IsLockedOutAsync(user));
        });
        Assert.False(oldOk);
        Assert.True(newOk);
        Assert.False(locked);
    }

    [Fact]
    public async Task Backup_TakenWhileAnswersAreWritten_RestoresEveryAnswerCommittedBeforeItStarted()
    {
        var config = Config(Database());
        Run("", "db", "migrate", "--config", config);
        var (sessionId, players) = await SeedSessionAsync(config, players: 400, endedDaysAgo: null);

        // The app's writes: one answer per commit, as the one-by-one answer path stores them. The writer
        // goes on (card after card) until the backup has finished, so however fast the machine, the
        // backup is always taken while answers are being committed.
        var committed = new System.Collections.Concurrent.ConcurrentQueue<(Guid Player, int Card)>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            await using var app = OperatorCommands.Host(config);
            for (var card = 0; !stop.IsCancellationRequested; card++)
            {
                foreach (var player in players)
                {
                    if (stop.IsCancellationRequested)
                    {
                        break;
                    }

                    await using var scope = app.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
                    db.LiveAnswers.Add(new LiveAnswer { SessionId = sessionId, PlayerId = player, CardIndex = card, CardId = "c" + card, Chosen = "0", AnsweredAt = DateTime.UtcNow });
                    await db.SaveChangesAsync();
                    committed.Enqueue((player, card));
                }
            }
        });
        while (committed.Count < 50)
        {
            await Task.Delay(5);
        }

        var beforeBackup = committed.ToHashSet();
        var backupFile = Path.Join(_folder, "backups", "sajag-backup.db");
        var backup = Run("", "backup", "--out", backupFile, "--config", config);
        var writerStillRunning = !writer.IsCompleted;
        var afterBackup = committed.Count;
        while (committed.Count == afterBackup && !writer.IsCompleted)
        {
            await Task.Delay(5); // at least one more commit after the backup, so "later answers are absent" is tested
        }

        await stop.CancelAsync();
        await writer;

        Assert.Equal(0, backup.Exit);
        Assert.Contains("Backed up", backup.Output, StringComparison.Ordinal);
        Assert.True(writerStillRunning, "answers were being written while the backup ran");
        var allCommitted = committed.ToHashSet();
        Assert.True(allCommitted.Count > beforeBackup.Count);
        var restoredDb = Database("restored.db");
        var restoredConfig = Config(restoredDb);
        var restore = Run("", "restore", backupFile, "--config", restoredConfig);
        Assert.Equal(0, restore.Exit);
        var restored = (await WithDbAsync(restoredConfig, async services =>
            await services.GetRequiredService<SajagDb>().LiveAnswers.Where(a => a.SessionId == sessionId).Select(a => new { a.PlayerId, a.CardIndex }).ToListAsync()))
            .Select(a => (a.PlayerId, a.CardIndex)).ToList();
        Assert.Subset(restored.ToHashSet(), beforeBackup);
        Assert.Subset(allCommitted, restored.ToHashSet());
        Assert.Equal(restored.Count, restored.Distinct().Count());
    }

    [Fact]
    public void Backup_RefusesToOverwrite_AndRestoreRefusesAFileThatIsNotABackup()
    {
        var config = Config(Database());
        Run("", "db", "migrate", "--config", config);
        var existing = Path.Join(_folder, "existing.db");
        File.WriteAllText(existing, "an earlier backup");
        var notABackup = Path.Join(_folder, "notes.txt");
        File.WriteAllText(notABackup, "not a database");
        var before = File.ReadAllBytes(Database());

        var overwrite = Run("", "backup", "--out", existing, "--config", config);
        var restore = Run("", "restore", notABackup, "--config", config);

        Assert.Equal(1, overwrite.Exit);
        Assert.Equal("an earlier backup", File.ReadAllText(existing));
        Assert.Equal(1, restore.Exit);
        Assert.Contains("not a Sajag backup", restore.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Database()));
    }

    [Fact]
    public void Restore_KeepsTheDatabaseItReplaces()
    {
        var config = Config(Database());
        Run("", "db", "migrate", "--config", config);
        var backupFile = Path.Join(_folder, "b.db");
        Assert.Equal(0, Run("", "backup", "--out", backupFile, "--config", config).Exit);

        var restore = Run("", "restore", backupFile, "--config", config);

        Assert.Equal(0, restore.Exit);
        Assert.Single(Directory.GetFiles(_folder, "sajag.db.before-restore-*"));
    }

    [Fact]
    public void BackupAndRestore_OnPostgres_SayToUsePgDump()
    {
        var config = Path.Join(_folder, "pg.json");
        File.WriteAllText(config, """{"Database": {"Provider": "Postgres", "ConnectionString": "Host=127.0.0.1;Database=sajag"}}""");

        var backup = Run("", "backup", "--out", Path.Join(_folder, "x.dump"), "--config", config);
        var restore = Run("", "restore", Path.Join(_folder, "x.dump"), "--config", config);

        Assert.Equal(2, backup.Exit);
        Assert.Contains("pg_dump", backup.Error, StringComparison.Ordinal);
        Assert.Equal(2, restore.Exit);
        Assert.Contains("pg_restore", restore.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_ThatDoesNotExist_IsAClearError()
    {
        var result = Run("", "db", "migrate", "--config", Path.Join(_folder, "missing.json"));

        Assert.Equal(1, result.Exit);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetentionRun_DeletesTheAnswersOfSessionsPastTheRetentionPeriod_AndKeepsRecentOnes()
    {
        var config = Config(Database());
        Run("", "db", "migrate", "--config", config);
        var (old, _) = await SeedSessionAsync(config, players: 3, endedDaysAgo: 200);
        var (recent, _) = await SeedSessionAsync(config, players: 3, endedDaysAgo: 10);

        var result = Run("", "retention", "run", "--config", config);

        Assert.Equal(0, result.Exit);
        Assert.Contains("deleted from 1 session(s) past the 180-day", result.Output, StringComparison.Ordinal);
        var (oldPlayers, recentPlayers, purged) = await WithDbAsync(config, async services =>
        {
            var db = services.GetRequiredService<SajagDb>();
            return (await db.LivePlayers.CountAsync(p => p.SessionId == old), await db.LivePlayers.CountAsync(p => p.SessionId == recent),
                (await db.LiveSessions.SingleAsync(s => s.Id == old)).PurgedAt);
        });
        Assert.Equal(0, oldPlayers);
        Assert.Equal(3, recentPlayers);
        Assert.NotNull(purged);
    }

    private static async Task<(Guid Session, List<Guid> Players)> SeedSessionAsync(string config, int players, int? endedDaysAgo) =>
        await WithDbAsync(config, async services =>
        {
            var db = services.GetRequiredService<SajagDb>();
            var users = services.GetRequiredService<UserManager<AdultUser>>();
            var organisation = new Organisation { Name = "CWCS " + Guid.NewGuid().ToString("N")[..6] };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            var school = new School { OrganisationId = organisation.Id, Name = "Satkhira High School", District = "Satkhira", Setting = SchoolSetting.Rural };
            db.Schools.Add(school);
            var facilitator = new AdultUser { UserName = $"f{Guid.NewGuid():N}@cwcs.example", Email = $"f{Guid.NewGuid():N}@cwcs.example", DisplayName = "F", OrganisationId = organisation.Id };
            Assert.True((await users.CreateAsync(facilitator, Password)).Succeeded);
            var ended = endedDaysAgo is { } days ? DateTime.UtcNow.AddDays(-days) : (DateTime?)null;
            var session = new LiveSession
            {
                Id = Guid.NewGuid(), Code = Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture), FacilitatorId = facilitator.Id, SchoolId = school.Id,
                Phase = ended is null ? Sajag.Game.Live.LivePhase.Question : Sajag.Game.Live.LivePhase.Ended, CreatedAt = (ended ?? DateTime.UtcNow).AddHours(-1), EndedAt = ended, Version = Guid.NewGuid(), Deck = "",
            };
            db.LiveSessions.Add(session);
            var ids = Enumerable.Range(0, players).Select(_ => Guid.NewGuid()).ToList();
            db.LivePlayers.AddRange(ids.Select((id, i) => new LivePlayer { Id = id, SessionId = session.Id, TokenHash = id.ToString("N"), Nickname = $"Player {i}", JoinedAt = session.CreatedAt }));
            await db.SaveChangesAsync();
            return (session.Id, ids);
        });

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
