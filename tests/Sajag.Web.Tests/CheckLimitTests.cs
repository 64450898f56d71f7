using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Web.Features.Check;

namespace Sajag.Web.Tests;

/// <summary>Every chat check is bounded: a few at once, a short queue, a time budget, a per-client rate, and it stops when its client leaves.</summary>
public sealed class CheckLimitTests
{
    private const string Small = "Rafi: hi\nGhost: kauke bolba na kintu\nRafi: ok\n";

    /// <summary>A 5 MB WhatsApp export: ordinary talk with a warning sign every 20 messages (the check's costly case).</summary>
    private static readonly Lazy<byte[]> LargeChat = new(() =>
    {
        string[] ordinary = ["kal math test er syllabus ki?", "আজকে স্কুলে অনেক মজা হয়েছে", "did you finish the bio assignment?", "ok 👍", "haha thik ache"];
        string[] signs = ["tumi kon school e poro?", "kauke bolba na kintu", "send me a pic of you right now", "তুমি কি এখন বাসায় একা?"];
        using var chat = new MemoryStream();
        var start = new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; ; i++)
        {
            var line = Encoding.UTF8.GetBytes($"{start.AddMinutes(i * 7).ToString("dd/MM/yyyy, HH:mm", CultureInfo.InvariantCulture)} - {(i % 2 == 0 ? "Rafi" : "Ghost Bhai PUBG")}: {(i % 20 == 19 ? signs[i / 20 % signs.Length] : ordinary[i % ordinary.Length])}\n");
            if (chat.Length + line.Length > CheckEndpoints.MaxFileBytes / 2)
            {
                break;
            }

            chat.Write(line);
        }

        return chat.ToArray();
    });

    private static SajagApp Kestrel(params (string Key, string Value)[] settings)
    {
        var app = new SajagApp();
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private static Task<HttpResponseMessage> CheckAsync(HttpClient client, byte[] chat, CancellationToken cancellationToken = default)
    {
        var content = new ByteArrayContent(chat);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return client.PostAsync("/api/check?me=Rafi", content, cancellationToken);
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < within, $"Still waiting after {within}.");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task AClientWhoLeaves_StopsItsCheck_LongBeforeTheCheckWouldHaveEnded()
    {
        await using var app = Kestrel(("Check:TimeBudget", "00:10:00"));
        var gate = app.Services.GetRequiredService<CheckGate>();
        using var client = Clients.From(Clients.AddressOf(app), "127.0.0.1");
        client.Timeout = Timeout.InfiniteTimeSpan;

        // How long the whole check takes on this machine, now.
        var full = Stopwatch.StartNew();
        using (var done = await CheckAsync(client, LargeChat.Value))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        full.Stop();

        using var leave = new CancellationTokenSource();
        var left = Stopwatch.StartNew();
        var request = CheckAsync(client, LargeChat.Value, leave.Token);
        await WaitForAsync(() => gate.Running == 1, TimeSpan.FromSeconds(60));
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await WaitForAsync(() => gate.Running == 0, full.Elapsed);

        Assert.True(left.Elapsed < full.Elapsed / 2, $"The check went on after its client left: {left.Elapsed} against {full.Elapsed} for a whole check.");
    }

    [Fact]
    public async Task ACheckPastItsTimeBudget_IsStopped_With503AndWhatToDo()
    {
        await using var app = Kestrel(("Check:TimeBudget", "00:00:00.050"));
        using var client = app.CreateClient();

        using var response = await CheckAsync(client, LargeChat.Value);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("check-too-long", problem.GetProperty("code").GetString());
        Assert.StartsWith("This chat took too long to check", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.Services.GetRequiredService<CheckGate>().Running);
    }

    [Fact]
    public async Task WhenEveryPlaceAndTheQueueAreTaken_ACheckIsRefusedWith429AndRetryAfter_AndTheQueuedOneStillRuns()
    {
        await using var app = Kestrel(("Check:MaxConcurrent", "1"), ("Check:MaxQueued", "1"), ("Check:QueueWait", "00:05:00"), ("Check:TimeBudget", "00:10:00"));
        var gate = app.Services.GetRequiredService<CheckGate>();
        var address = Clients.AddressOf(app);
        using var first = Clients.From(address, "127.0.0.2");
        using var second = Clients.From(address, "127.0.0.3");
        using var third = Clients.From(address, "127.0.0.4");
        first.Timeout = second.Timeout = Timeout.InfiniteTimeSpan;

        using var leave = new CancellationTokenSource();
        var running = CheckAsync(first, LargeChat.Value, leave.Token);
        await WaitForAsync(() => gate.Running == 1, TimeSpan.FromSeconds(60));
        var queued = CheckAsync(second, Encoding.UTF8.GetBytes(Small));
        await Task.Delay(300); // the second reaches the queue
        using var refused = await CheckAsync(third, Encoding.UTF8.GetBytes(Small));
        await leave.CancelAsync();
        using var afterwards = await queued;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Sajag is checking many chats right now.", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task OneClient_IsHeldToItsChecksAMinute_AndAnotherClientStillChecks()
    {
        await using var app = Kestrel(("Check:ChecksPerClientPerMinute", "3"));
        var address = Clients.AddressOf(app);
        using var busy = Clients.From(address, "127.0.0.5");
        using var other = Clients.From(address, "127.0.0.6");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await CheckAsync(busy, Encoding.UTF8.GetBytes(Small));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
                Assert.Equal("You have checked many chats in a short time. Wait a minute and try again.",
                    (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
            }
        }

        using var fromOther = await CheckAsync(other, Encoding.UTF8.GetBytes(Small));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
    }

    [Fact]
    public async Task TheCheckPage_IsHeldToTheSameChecksAMinute()
    {
        await using var app = Kestrel(("Check:ChecksPerClientPerMinute", "1"));
        using var client = Clients.From(Clients.AddressOf(app), "127.0.0.7");

        using var first = await client.PostAsync("/check?lang=en", new FormUrlEncodedContent([KeyValuePair.Create("text", Small)]));
        using var second = await client.PostAsync("/check?lang=en", new FormUrlEncodedContent([KeyValuePair.Create("text", Small)]));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("You have checked many chats in a short time.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(63)]
    public async Task AChatInsideAZip_ThatUnpacksPastTenMegabytes_IsRefusedWith413AndWhy(int megabytes)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("WhatsApp Chat with Ghost.txt", CompressionLevel.SmallestSize).OpenAsync();
            var line = Encoding.UTF8.GetBytes("01/03/2024, 09:00 - Ghost: ok\n");
            for (long written = 0; written < megabytes * 1024L * 1024; written += line.Length)
            {
                await entry.WriteAsync(line);
            }
        }

        await using var app = Kestrel();
        using var client = app.CreateClient();
        Assert.True(memory.Length < CheckEndpoints.MaxFileBytes);

        using var response = await CheckAsync(client, memory.ToArray());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("zip-too-large", problem.GetProperty("code").GetString());
        Assert.StartsWith("The chat inside the .zip is larger than 10 MB once unpacked", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
