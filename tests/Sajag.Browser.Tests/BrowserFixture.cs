using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

/// <summary>The real app in Kestrel on a random loopback port with a fresh database, and Debian's Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string NeutralSite = "https://neutral.example/";

    private readonly string _folder = Path.Join(Path.GetTempPath(), "sajag-browser-" + Guid.NewGuid().ToString("N"));
    private KestrelApp? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The running app's services, for seeding adult accounts and schools.</summary>
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = new KestrelApp(Path.Join(_folder, "sajag.db"));
        _app.UseKestrel(0);
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        // A shared 2-core machine under load answers in seconds, not milliseconds: wait longer than Playwright's 5 s default before failing.
        Assertions.SetDefaultExpectTimeout(15_000);
        var chromium = Environment.GetEnvironmentVariable("SAJAG_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium not found at {chromium}: run ./test.sh, which installs it from Debian");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Closed network: keep Chromium from calling home, which would fail and slow every start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh context (no cookies, no storage) whose neutral site is answered locally, never leaving the machine.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        await context.RouteAsync("https://neutral.example/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!doctype html><html lang=en><title>Neutral</title><h1>Weather today</h1></html>",
        }));
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class KestrelApp(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // Tests run the build output, not a publish: load the build's static-asset manifest (compressed
            // copies live under obj/), as `dotnet run` does in Development.
            builder.UseStaticWebAssets();
            // Serve the build's precompressed copies as a published app does. Left on, the development-time
            // handler sees a file time that differs from the manifest's by its fraction of a second and sends
            // every file as uncompressed gzip, which a test of a slow link would count against the page.
            builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
            builder.UseSetting("Database:ConnectionString", $"Data Source={database}");
            builder.UseSetting("QuickExit:Url", NeutralSite);
            // The whole suite signs in and checks from one address on one app, far more than one person would in a
            // minute; the per-address limits themselves are tested in Sajag.Web.Tests (AccountTests, CheckLimitTests).
            builder.UseSetting("Accounts:SignInsPerClientPerMinute", "100000");
            builder.UseSetting("Check:ChecksPerClientPerMinute", "100000");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
