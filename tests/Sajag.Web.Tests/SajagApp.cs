using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Sajag.Web.Tests;

/// <summary>The real app on a fresh SQLite database (or the PostgreSQL that test.sh starts).</summary>
public sealed class SajagApp : WebApplicationFactory<Program>
{
    public const string NeutralSite = "https://neutral.example/";

    private readonly string _ownFolder = Path.Join(Path.GetTempPath(), "sajag-web-" + Guid.NewGuid().ToString("N"));

    /// <summary>A data folder given by the test outlives this app: a restart test starts a second app on it.</summary>
    public string? SharedFolder { get; init; }

    /// <summary>The app's data folder (its SQLite database lives here).</summary>
    public string DataFolder => SharedFolder ?? _ownFolder;

    private bool OwnsFolder => SharedFolder is null;

    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Replaces services after the app's own, e.g. the clock.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ReplaceServices { get; set; }

    /// <summary>What the app logged.</summary>
    public CapturedLogs Logs { get; } = new();


    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataFolder);
        builder.UseEnvironment("Production");
        // Tests run the build output, not a publish: load the build's static-asset manifest (compressed
        // copies live under obj/), as `dotnet run` does in Development.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Join(DataFolder, "sajag.db")}");
        builder.UseSetting("QuickExit:Url", NeutralSite);
        // Every test joins and checks from the same loopback address; the rate-limit tests set their own limits.
        builder.UseSetting("Live:JoinsPerAddressPerMinute", "100000");
        builder.UseSetting("Live:WrongCodesPerAddressPerMinute", "100000");
        builder.UseSetting("Live:JoinsPerSecond", "100000");
        builder.UseSetting("RateLimits:PostChecksPerClientPerMinute", "100000");
        builder.UseSetting("Check:ChecksPerClientPerMinute", "100000");
        builder.UseSetting("Accounts:SignInsPerClientPerMinute", "100000");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ReplaceServices is { } services)
        {
            builder.ConfigureServices(services);
        }
    }

    public async Task<IHtmlDocument> GetPageAsync(string path, string? cookieLanguage = null)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookieLanguage is not null)
        {
            request.Headers.Add("Cookie", $"sajag-lang={cookieLanguage}");
        }

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (OwnsFolder && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
