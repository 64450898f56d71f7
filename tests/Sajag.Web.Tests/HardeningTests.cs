using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sajag.Web.Tests;

/// <summary>What a hostile probe found, each held shut: blank forms, staff-only figures, caches, the environment `dotnet run` starts in.</summary>
public sealed class HardeningTests : IAsyncLifetime
{
    private readonly SajagApp _app = new();
    private LiveKit _kit = null!;

    public Task InitializeAsync()
    {
        _kit = new LiveKit(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("", "")]
    [InlineData("someone@example.org", "")]
    [InlineData("", "a long enough password")]
    [InlineData("   ", "a long enough password")]
    public async Task Login_WithAnEmptyField_SaysWhatIsMissing(string email, string password)
    {
        using var response = await _kit.PostFormAsync("/account/login?lang=en", null, ("Email", email), ("Password", password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Type your email and your password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rina", "", "a long enough password")]
    [InlineData("Rina", "   ", "a long enough password")]
    [InlineData("Rina", "rina@example.org", "              ")]
    [InlineData("", "rina@example.org", "a long enough password")]
    public async Task AddingAFacilitator_WithABlankField_SaysSoAndAddsNoOne(string name, string email, string password)
    {
        var admin = await _kit.AdminAsync(await _kit.FacilitatorAsync());
        var before = await _kit.DbAsync(db => Task.FromResult(db.Users.Count()));

        using var response = await _kit.PostFormAsync("/admin?lang=en&handler=Facilitator", admin,
            ("FacilitatorName", name), ("FacilitatorEmail", email), ("FacilitatorPassword", password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please fill in this field.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await _kit.DbAsync(db => Task.FromResult(db.Users.Count())));
    }

    [Fact]
    public async Task ServerMemoryFigures_AreForAdminsOnly()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var admin = await _kit.AdminAsync(facilitator);

        using var asFacilitator = await _kit.GetAsync("/api/live/server", facilitator.Cookie);
        using var asAdmin = await _kit.GetAsync("/api/live/server", admin);

        Assert.Equal(HttpStatusCode.Forbidden, asFacilitator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
    }

    [Fact]
    public async Task ServerFigures_CountTheBytesTheServerAllocated_SoTheLoadGeneratorCanCompareRuns()
    {
        var facilitator = await _kit.FacilitatorAsync();
        var admin = await _kit.AdminAsync(facilitator);

        using var first = await _kit.GetAsync("/api/live/server", admin);
        var before = await first.Content.ReadFromJsonAsync<Sajag.Web.Features.Live.ServerMemory>(JsonSerializerOptions.Web);
        _ = await _kit.SessionAsync(facilitator);
        using var second = await _kit.GetAsync("/api/live/server", admin);
        var after = await second.Content.ReadFromJsonAsync<Sajag.Web.Features.Live.ServerMemory>(JsonSerializerOptions.Web);

        Assert.True(before!.AllocatedBytes > 0);
        Assert.True(after!.AllocatedBytes > before.AllocatedBytes, $"{before.AllocatedBytes} then {after.AllocatedBytes}");
    }

    [Theory]
    [InlineData("/reports?lang=en")]
    [InlineData("/ideas?lang=en")]
    [InlineData("/ideas/csv")]
    [InlineData("/reports/programme/csv")]
    [InlineData("/admin")]
    [InlineData("/facilitator")]
    public async Task StaffPagesAndExports_AreNeverKeptByACache(string path)
    {
        var admin = await _kit.AdminAsync(await _kit.FacilitatorAsync());

        using var response = await _kit.GetAsync(path, admin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be cached");
    }

    [Fact]
    public async Task TheChatCheck_IsNeverKeptByACache()
    {
        using var client = _app.CreateClient();
        using var content = new MultipartFormDataContent { { new StringContent("[01/02/2024, 10:00:00] Ghost: hi\n[01/02/2024, 10:01:00] Me: hello"), "text" } };

        using var response = await client.PostAsync("/api/check?me=Me", content);

        Assert.True(response.Headers.CacheControl?.NoStore, "a checked chat may be cached");
    }

    [Fact]
    public async Task DotnetRun_AsTheReadmeSays_StartsInProduction()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Join(root, "Sajag.slnx")))
        {
            root = Path.GetDirectoryName(root.TrimEnd('/'))!;
        }

        var database = Path.Join(Path.GetTempPath(), $"sajag-run-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet", ["run", "--project", Path.Join(root, "src", "Sajag.Web"), "--no-build", "--", "--urls", "http://127.0.0.1:0", $"--Database:ConnectionString=Data Source={database}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            string? line;
            string? environment = null;
            while (environment is null && (line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null)
            {
                environment = line.Contains("Hosting environment:", StringComparison.Ordinal) ? line : null;
            }

            Assert.NotNull(environment);
            Assert.EndsWith("Production", environment.Trim(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}

public sealed class NicknameTests
{
    [Theory]
    [InlineData("Calm\u202E Tiger", "Calm Tiger")]
    [InlineData("\u200BCalm\u2066 Tiger\uFEFF", "Calm Tiger")]
    [InlineData("Ca\u200Dlm Ti\u200Cger", "Calm Tiger")]
    [InlineData("র\u200D্যাব", "র\u200D্যাব")]
    public void InvisibleCharacters_AreTakenOut_ExceptAJoinerThatShapesBengaliLetters(string typed, string kept) =>
        Assert.Equal(kept, Sajag.Web.Features.Live.Nicknames.Clean(typed));

    [Theory]
    [InlineData("Rafi Ahmed")]
    [InlineData("নুসরাত জাহান")]
    [InlineData("Nabil Hasan, 16")]
    public void ARealFullName_IsRefusedWithAWarning(string typed) =>
        Assert.Equal("live.name.real", Sajag.Web.Features.Live.Nicknames.Refusal(typed));

    [Theory]
    [InlineData("Calm Tiger")]
    [InlineData("সাহসী বাঘ")]
    public void AFriendlyNickname_IsAccepted(string typed) =>
        Assert.Null(Sajag.Web.Features.Live.Nicknames.Refusal(typed));

    [Fact]
    public void OnlyInvisibleCharacters_AreNoNickname() =>
        Assert.Equal("live.name.length", Sajag.Web.Features.Live.Nicknames.Refusal("\u200B\u202E\u200B"));
}
