using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>Clients with their own loopback address (127.0.0.2, 127.0.0.3, ...) talking to the app in Kestrel.</summary>
internal static class Clients
{
    public static Uri AddressOf(SajagApp app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Every connection of this client leaves from <paramref name="from"/>, as a phone behind its own router would.</summary>
    public static HttpClient From(Uri app, string from) => new(Handler(from)) { BaseAddress = app };

    /// <summary>A handler whose connections leave from <paramref name="from"/> (any 127.x.y.z address is this machine).</summary>
    public static SocketsHttpHandler Handler(string from) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = async (context, cancel) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(from), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancel);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

public sealed class JoinLimitTests
{
    private static readonly LiveOptions Defaults = new();

    private static SajagApp Kestrel(int? perAddress = null, int? wrongCodes = null, int? perSecond = null)
    {
        var app = new SajagApp();
        app.Settings["Live:JoinsPerAddressPerMinute"] = $"{perAddress ?? Defaults.JoinsPerAddressPerMinute}";
        app.Settings["Live:WrongCodesPerAddressPerMinute"] = $"{wrongCodes ?? Defaults.WrongCodesPerAddressPerMinute}";
        app.Settings["Live:JoinsPerSecond"] = $"{perSecond ?? Defaults.JoinsPerSecond}";
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private static async Task<HttpStatusCode> JoinAsync(HttpClient client, string code)
    {
        using var response = await client.PostAsJsonAsync("/api/live/join", new { code });
        return response.StatusCode;
    }

    [Fact]
    public async Task AClassOfSixtyBehindOneRouter_AllJoinWithinAMinute_WithTheDefaultLimits()
    {
        await using var app = Kestrel();
        var kit = new LiveKit(app, Clients.AddressOf(app));
        var session = await kit.SessionAsync(await kit.FacilitatorAsync());
        using var school = Clients.From(Clients.AddressOf(app), "127.0.0.2");

        // Ten at a time, as a class does when the code goes up on the projector; two of them mistype it first.
        var typos = await Task.WhenAll(JoinAsync(school, "000000"), JoinAsync(school, "000001"));
        var statuses = new List<HttpStatusCode>();
        foreach (var wave in Enumerable.Range(0, 6))
        {
            statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => JoinAsync(school, session.Code))));
        }

        Assert.All(typos, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(60, statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Fact]
    public async Task AClientGuessingCodes_IsHeldToTheConfiguredWrongCodesAMinute_AndOthersStillJoin()
    {
        await using var app = Kestrel(wrongCodes: 5);
        var kit = new LiveKit(app, Clients.AddressOf(app));
        var session = await kit.SessionAsync(await kit.FacilitatorAsync());
        using var guesser = Clients.From(Clients.AddressOf(app), "127.0.0.4");
        using var student = Clients.From(Clients.AddressOf(app), "127.0.0.5");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add(await JoinAsync(guesser, $"12345{i}"));
        }

        using var refused = await guesser.PostAsJsonAsync("/api/live/join", new { code = session.Code });

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), statuses);
        // Even the right code: a guesser that found it must not get in this minute.
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("live.join.slow", problem.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, await JoinAsync(student, session.Code));
    }

    [Fact]
    public async Task JoinsRefusedToOneFloodingClient_DoNotSpendTheServersBudget()
    {
        await using var app = Kestrel(perAddress: 20, perSecond: 10);
        var kit = new LiveKit(app, Clients.AddressOf(app));
        var session = await kit.SessionAsync(await kit.FacilitatorAsync());
        using var flooder = Clients.From(Clients.AddressOf(app), "127.0.0.6");
        using var school = Clients.From(Clients.AddressOf(app), "127.0.0.7");

        using var stop = new CancellationTokenSource();
        var heldBack = new TaskCompletionSource();
        var floods = Enumerable.Range(0, 4).Select(async _ =>
        {
            var refused = 0;
            while (!stop.IsCancellationRequested)
            {
                if (await JoinAsync(flooder, session.Code) == HttpStatusCode.TooManyRequests)
                {
                    refused++;
                    heldBack.TrySetResult();
                }
            }

            return refused;
        }).ToList();

        // Once the flooder has spent its own 20, and the second in which it spent them is over, a class joins while the
        // flood goes on: five in each of three seconds, within the server's ten a second.
        await heldBack.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(1100);
        var joined = new List<HttpStatusCode>();
        for (var second = 0; second < 3; second++)
        {
            joined.AddRange(await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => JoinAsync(school, session.Code))));
            await Task.Delay(1000);
        }

        await stop.CancelAsync();
        var floodRefused = (await Task.WhenAll(floods)).Sum();

        Assert.True(floodRefused > 30, $"the flood was refused only {floodRefused} times");
        Assert.All(joined, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}

public sealed class PostCheckLimitTests : IClassFixture<PostCheckLimitTests.LowLimit>
{
    private readonly SajagApp _app;

    public PostCheckLimitTests(LowLimit app) => _app = app.App;

    /// <summary>One app whose clients may check three drafts a minute.</summary>
    public sealed class LowLimit : IAsyncLifetime
    {
        public SajagApp App { get; } = new();

        public Task InitializeAsync()
        {
            App.Settings["RateLimits:PostChecksPerClientPerMinute"] = "3";
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task TheApi_ChecksOnlySoManyDraftsAMinuteForOneClient_Then429WithRetryAfter()
    {
        using var client = _app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync("/api/post-check?lang=bn", new { text = "call 01712345678" });
            statuses.Add(last.StatusCode);
        }

        using var refused = last!;
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("limits.slow", problem.GetProperty("key").GetString());
        Assert.Contains("অপেক্ষা", problem.GetProperty("title").GetString(), StringComparison.Ordinal);

        // The page's form does the same work, so it shares the limit; reading the page does not.
        using var page = await client.GetAsync("/post-check?lang=en");
        var token = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Draft"] = "call 01712345678", ["__RequestVerificationToken"] = token });
        using var posted = await client.PostAsync("/post-check", form);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, posted.StatusCode);
        Assert.Contains("Wait a minute", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class HubGuardTests
{
    [Fact]
    public async Task AFloodOfFailingHubCalls_IsCutShort_AndLeavesAFewShortLogLinesWithoutStackTraces()
    {
        // The guard's budgets read the app's clock: a fake one, moved 10 ms per call, makes the flood 100 calls a second
        // for 3 seconds however slowly a loaded machine runs them (on real time, a run at load 67 took 86 s and the
        // log windows of 10 s let more lines through).
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new SajagApp { ReplaceServices = s => s.AddSingleton<TimeProvider>(clock) };
        var kit = new LiveKit(app);
        await using var client = await kit.ConnectAsync();
        var before = app.Logs.Lines.Count;

        // Answers from a connection that never said who it is: each fails, 300 of them at 100 a second.
        var refusals = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(10));
            try
            {
                await client.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 });
            }
            catch (HubException ex)
            {
                refusals.Add(ex.Message);
            }
        }

        var lines = app.Logs.Lines.Skip(before).Where(l => !l.Contains(" scope: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(300, refusals.Count);
        Assert.Contains(refusals, r => r.Contains("live.slow", StringComparison.Ordinal));
        Assert.InRange(refusals.Count(r => r.Contains("live.player.unknown", StringComparison.Ordinal)), 20, 150);
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal));
        Assert.InRange(lines.Count, 1, 12);
        Assert.True(lines.Sum(l => l.Length) < 3_000, string.Join('\n', lines));
    }

    [Fact]
    public async Task AConnectionWithinItsBudget_IsNeverRefused()
    {
        await using var app = new SajagApp();
        app.Settings["Hub:CallsPerSecond"] = "5";
        app.Settings["Hub:CallBurst"] = "5";
        var kit = new LiveKit(app);
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator);
        await using var player = await kit.PlayerAsync(await kit.JoinAsync(session.Code));

        // Four calls a second for three seconds: under five a second.
        for (var i = 0; i < 12; i++)
        {
            await player.Connection.InvokeAsync<PlayerSelf>("Me");
            await Task.Delay(250);
        }
    }
}
