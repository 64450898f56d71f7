using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data;
using Sajag.Tests.Fixtures;

namespace Sajag.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task InvalidPack_StopsTheAppFromStartingAndPrintsEveryError()
    {
        using var pack = new TestPack();
        pack.Replace("cards/01-topic-one.yaml", "kind: scenario", "kind: quiz")
            .Replace("helplines.yaml", "checked: 2026-11-29", "checked: someday");
        var start = new ProcessStartInfo("dotnet", [Path.Join(AppContext.BaseDirectory, "Sajag.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["Content__PackPath"] = pack.Path;
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Join(pack.Path, "never.db")}";

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var kind = pack.Locate("cards/01-topic-one.yaml", "quiz");
        Assert.Contains($"{pack.File("cards/01-topic-one.yaml")}:{kind.Line}:{kind.Column}: unknown card kind 'quiz'", await error, StringComparison.Ordinal);
        Assert.Contains("'checked' must be a date", await error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Join(pack.Path, "never.db")), "the app touched its database before refusing the pack");
    }

    [Fact]
    public async Task TheModerationFilter_IsBuiltBeforeTheAppServes()
    {
        await using var app = new SajagApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(app.Services.GetRequiredService<Sajag.Web.Infrastructure.WarmUp>().Done, "the app answered before the filter every nickname passes was built");
    }

    [Fact]
    public async Task AnotherPack_IsServedInsteadOfTheDefault()
    {
        using var pack = new TestPack();
        await using var app = new SajagApp();
        app.Settings["Content:PackPath"] = pack.Path;

        var page = await app.GetPageAsync("/learn?lang=bn");

        Assert.Equal("প্রথম বিষয়", Assert.Single(page.QuerySelectorAll("ol.topics li a")).TextContent);
    }

    [Fact]
    public async Task LessonMarkdown_CannotInjectHtml()
    {
        using var pack = new TestPack();
        pack.Replace("topics/01-topic-one.yaml", "A lesson in **Markdown**.", "A lesson <script>alert(1)</script> <img src=x onerror=alert(2)> in **Markdown**.");
        await using var app = new SajagApp();
        app.Settings["Content:PackPath"] = pack.Path;

        var page = await app.GetPageAsync("/learn/topic-one?lang=en");

        var prose = page.QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", prose.TextContent, StringComparison.Ordinal);
        Assert.NotNull(prose.QuerySelector("strong"));
    }

    [Fact]
    public async Task HttpsRedirect_WhenConfigured_SendsPlainHttpToHttpsWithHsts()
    {
        await using var app = new SajagApp();
        app.Settings["Https:Redirect"] = "true";
        app.Settings["https_port"] = "443";
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://sajag.example"),
        });

        using var plain = await client.GetAsync("/learn");
        using var secure = await client.GetAsync("https://sajag.example/learn");

        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https://sajag.example/learn", plain.Headers.Location!.ToString());
        Assert.Contains("max-age=", string.Join(",", secure.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpsRedirect_IsOffByDefault()
    {
        await using var app = new SajagApp();
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/learn");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Sqlite_IsMigratedAtStartWithNoPendingModelChanges()
    {
        await using var app = new SajagApp();
        using var client = app.CreateClient();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a SQLite migration");
    }

    [Fact]
    public async Task Postgres_IsMigratedAtStartWithNoPendingModelChanges()
    {
        var server = Environment.GetEnvironmentVariable("SAJAG_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(server), "SAJAG_TEST_POSTGRES is not set: run ./test.sh, which starts PostgreSQL on loopback");
        var database = "sajag_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var app = new SajagApp();
        app.Settings["Database:Provider"] = "Postgres";
        app.Settings["Database:ConnectionString"] = $"{server};Database={database}";
        try
        {
            using var client = app.CreateClient();
            Assert.Equal("Healthy", await client.GetStringAsync("/health"));
            Assert.Contains("সজাগ", await client.GetStringAsync("/?lang=bn"), StringComparison.Ordinal);

            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a PostgreSQL migration");
        }
        finally
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SajagDb>().Database.EnsureDeletedAsync();
        }
    }
}
