using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sajag.Content;
using Sajag.Data;
using Sajag.Game.Measure;
using Sajag.Web.Features.Reports;
using Sajag.Web.Infrastructure;

namespace Sajag.Bench;

/// <summary>
/// What the programme report page does per request, database included: <see cref="ReportsService.ProgrammeFactsAsync"/>
/// on a fresh context, then <see cref="ProgrammeReport.Build"/>, over a real database (created by the
/// migrations) holding the aggregates of 2,500 ended sessions of 40 young people. SQLite (a temp file)
/// always; PostgreSQL too when SAJAG_BENCH_POSTGRES holds a connection string (a throwaway database
/// is created on that server and dropped afterwards).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ProgrammeReportDbBenchmarks
{
    public const string PostgresVariable = "SAJAG_BENCH_POSTGRES";

    private static readonly ReportFilter OneDistrict = new(null, null, "Rangpur", null, null, null);
    private static readonly ReportFilter RuralGirls = new(null, null, null, Area.Rural, Gender.Girl, null);
    private static readonly ReportFilter OneMonth = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), null, null, null, null);

    private DbContextOptions<SajagDb> _options = null!;
    private PackCatalog _catalog = null!;
    private int _organisationId;
    private string? _sqliteFile;

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = "SQLite";

    public static IEnumerable<string> Databases() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)) ? ["SQLite"] : ["SQLite", "PostgreSQL"];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        if (Database == "PostgreSQL")
        {
            var connection = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable))
            {
                Database = $"sajag_bench_{Guid.NewGuid():N}",
            };
            _options = new DbContextOptionsBuilder<SajagDb>()
                .UseNpgsql(connection.ToString(), o => o.MigrationsAssembly(MigrationsAssembly.For(DatabaseProvider.Postgres)))
                .Options;
        }
        else
        {
            _sqliteFile = Path.Join(Path.GetTempPath(), $"sajag-bench-{Guid.NewGuid():N}.db");
            _options = new DbContextOptionsBuilder<SajagDb>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _sqliteFile }.ToString(), o => o.MigrationsAssembly(MigrationsAssembly.For(DatabaseProvider.Sqlite)))
                .Options;
        }

        var pack = PackLoader.LoadValid(new ContentOptions().Resolve(AppContext.BaseDirectory));
        _catalog = new PackCatalog(pack);
        await using (var db = new SajagDb(_options))
        {
            await db.Database.MigrateAsync();
            _organisationId = await ProgrammeSeed.SeedAsync(db, pack);
        }

        // The seed is what the table in docs/benchmarks.md says it is.
        var report = await RunAsync(ReportFilter.None);
        if (report.Sessions != ProgrammeSeed.Sessions || report.People.People != ProgrammeSeed.Sessions * ProgrammeSeed.PeoplePerSession)
        {
            throw new InvalidOperationException($"The seeded database reads back as {report.Sessions} sessions and {report.People.People} young people.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await using (var db = new SajagDb(_options))
        {
            if (Database == "PostgreSQL")
            {
                await db.Database.EnsureDeletedAsync();
            }
        }

        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> NoFilter() => (await RunAsync(ReportFilter.None)).Sessions;

    [Benchmark]
    public async Task<int> OneDistrictOfTwenty() => (await RunAsync(OneDistrict)).Sessions;

    [Benchmark]
    public async Task<int> GirlsInRuralSchools() => (await RunAsync(RuralGirls)).Sessions;

    [Benchmark]
    public async Task<int> OneMonthOfTwentyFour() => (await RunAsync(OneMonth)).Sessions;

    // As a request does it: a new context and services (the app's are scoped), read the facts, build the report.
    private async Task<ProgrammeReport> RunAsync(ReportFilter filter)
    {
        await using var db = new SajagDb(_options);
        var reports = new ReportsService(db, new SummaryService(db, _catalog, TimeProvider.System));
        return ProgrammeReport.Build(await reports.ProgrammeFactsAsync(_organisationId, filter), filter);
    }
}
