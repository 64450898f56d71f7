using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sajag.Data;
using Sajag.Game.Live;
using Sajag.Tests.Fixtures;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Tests;

/// <summary>
/// The reference deployment as shipped (deploy/nginx.conf) on loopback in front of two instances on one PostgreSQL and
/// one Redis: one live session whose phones are spread over both instances, over WebSockets and over long polling; then
/// one instance is stopped mid-session and its phones carry on through nginx on the other, with nothing lost.
/// </summary>
public sealed partial class LoadBalancerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "sajag-balancer-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = Sajag.Web.Tests.Nginx.FreePort();
    private string _postgres = "";
    private SajagApp _first = null!;
    private SajagApp _second = null!;
    private Process? _nginx;

    public async Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable("SAJAG_TEST_POSTGRES");
        var redis = Environment.GetEnvironmentVariable("SAJAG_TEST_REDIS");
        Assert.False(string.IsNullOrEmpty(server) || string.IsNullOrEmpty(redis), "SAJAG_TEST_POSTGRES or SAJAG_TEST_REDIS is not set: run ./test.sh, which starts PostgreSQL and Redis on loopback");
        _postgres = $"{server};Database=sajag_balancer_{Guid.NewGuid():N}";
        _first = Instance(redis!);
        _second = Instance(redis!);
        await StartNginxAsync(Clients.AddressOf(_first).Port, Clients.AddressOf(_second).Port);
    }

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }

        _nginx?.Dispose();
        await using (var scope = _second.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SajagDb>().Database.EnsureDeletedAsync();
        }

        await _second.DisposeAsync();
        await _first.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private SajagApp Instance(string redis)
    {
        var app = new SajagApp();
        app.Settings["Database:Provider"] = "Postgres";
        app.Settings["Database:ConnectionString"] = _postgres;
        app.Settings["Redis:Connection"] = redis;
        app.Settings["Proxy:KnownProxies:0"] = "127.0.0.1";
        // A stop with a few seconds of grace (a crash gives none); the 30 s default only makes the test slower.
        app.ReplaceServices = services => services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    // deploy/nginx.conf as shipped, with only its addresses changed (and, for the test to see where a request went,
    // the answering instance in a response header), inside the http block that Debian's nginx.conf would give it.
    private async Task StartNginxAsync(int first, int second)
    {
        Directory.CreateDirectory(_folder);
        var site = await File.ReadAllTextAsync(Path.Join(TestPack.RepositoryRoot(), "deploy", "nginx.conf"));
        site = ListenLine().Replace(site, $"listen 127.0.0.1:{_port};", 1);
        site = site.Replace("    listen [::]:80;\n", "", StringComparison.Ordinal)
            .Replace("server 127.0.0.1:5001 ", $"server 127.0.0.1:{first} ", StringComparison.Ordinal)
            .Replace("server 127.0.0.1:5002 ", $"server 127.0.0.1:{second} ", StringComparison.Ordinal)
            .Replace("        proxy_pass http://sajag;\n", "        proxy_pass http://sajag;\n        add_header X-Instance $upstream_addr always;\n", StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{first}", site, StringComparison.Ordinal);
        Assert.Contains("ip_hash", site, StringComparison.Ordinal);
        _nginx = await Sajag.Web.Tests.Nginx.RunAsync(_folder, site, _port);
    }

    private Uri Nginx => new($"http://127.0.0.1:{_port}");

    // A phone is its own network (127.N.0.1): nginx's ip_hash keys on the first three parts of the address.
    private sealed record Phone(string From, int Instance);

    // Which instance nginx sends each of these networks to, asked as a browser would (a page through nginx).
    private async Task<List<Phone>> PhonesAsync(int count)
    {
        var ports = new[] { Clients.AddressOf(_first).Port, Clients.AddressOf(_second).Port };
        var phones = new List<Phone>();
        for (var n = 1; n < 250 && phones.Count < 64; n++)
        {
            using var client = Clients.From(Nginx, $"127.{n}.0.1");
            using var response = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var port = int.Parse(response.Headers.GetValues("X-Instance").Single().Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture);
            phones.Add(new Phone($"127.{n}.0.1", Array.IndexOf(ports, port)));
        }

        var spread = phones.GroupBy(p => p.Instance).ToDictionary(g => g.Key, g => g.Take(count).ToList());
        Assert.True(spread.Count == 2 && spread.Values.All(g => g.Count == count), "nginx did not spread 64 client networks over both instances");
        return [.. spread[0], .. spread[1]];
    }

    private HubConnection Hub(string from, HttpTransportType transport, string? cookie = null) => new HubConnectionBuilder()
        .WithUrl(new Uri(Nginx, "/hubs/live"), o =>
        {
            o.Transports = transport;
            o.HttpMessageHandlerFactory = _ => Clients.Handler(from);
            if (cookie is not null)
            {
                o.Headers["Cookie"] = cookie;
            }

            // The WebSocket leaves from the phone's own address too.
            o.WebSocketFactory = async (context, cancel) =>
            {
                var socket = new ClientWebSocket();
                if (cookie is not null)
                {
                    socket.Options.SetRequestHeader("Cookie", cookie);
                }

                await socket.ConnectAsync(context.Uri, new HttpMessageInvoker(Clients.Handler(from)), cancel);
                return socket;
            };
        })
        .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)])
        .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
        .WithServerTimeout(2 * Sajag.Web.Features.Live.LiveSetup.KeepAlive)
        .WithKeepAliveInterval(Sajag.Web.Features.Live.LiveSetup.KeepAlive)
        .Build();

    [Fact]
    public async Task OneSession_ThroughNginx_OverBothTransports_SurvivesAnInstanceStopping_WithNothingLost()
    {
        var phones = await PhonesAsync(3);
        var onFirst = phones.Where(p => p.Instance == 0).ToList();
        var onSecond = phones.Where(p => p.Instance == 1).ToList();
        var kit = new LiveKit(_second, Clients.AddressOf(_second));
        var facilitator = await kit.FacilitatorAsync();
        var session = await kit.SessionAsync(facilitator, cards: 3);

        // The facilitator's laptop reaches the instance that stays; two phones of each instance use WebSockets, one long polling.
        await using var staff = new LiveClient(Hub(onSecond[2].From, HttpTransportType.WebSockets, facilitator.Cookie));
        await staff.Connection.StartAsync();
        await staff.Connection.InvokeAsync<FacilitatorView>("Watch", session.Id);
        var players = new List<(LiveClient Client, JoinResult Joined, Phone Phone)>();
        foreach (var (phone, i) in onFirst.Concat(onSecond.Take(2)).Select((p, i) => (p, i)))
        {
            using var http = Clients.From(Nginx, phone.From);
            using var response = await http.PostAsJsonAsync("/api/live/join", new { code = session.Code, nickname = (string?)null, members = (int?)null });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var joined = (await response.Content.ReadFromJsonAsync<JoinResult>(JsonSerializerOptions.Web))!;
            var client = new LiveClient(Hub(phone.From, i % 3 == 2 ? HttpTransportType.LongPolling : HttpTransportType.WebSockets));
            // As the player page does: after a reconnection, say again who this phone is.
            client.Connection.Reconnected += async _ => await client.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", joined.Token);
            await client.Connection.StartAsync();
            await client.Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", joined.Token);
            players.Add((client, joined, phone));
        }

        Assert.Equal(5, players.Count);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Start);
        foreach (var (client, _, _) in players)
        {
            await client.StateAsync(v => v.Phase == "question" && v.Card!.Index == 0);
            Assert.True((await client.Connection.InvokeAsync<AnswerAck>("Answer", 0, new[] { 0 })).Accepted);
        }

        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        Assert.Equal(5, (await players[0].Client.StateAsync(v => v.Phase == "reveal")).Reveal!.Answers);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next);
        foreach (var (client, _, _) in players)
        {
            await client.StateAsync(v => v.Phase == "question" && v.Card!.Index == 1);
        }

        // The first instance stops mid-card (an update, a crash): its three phones lose their connections.
        await _first.DisposeAsync();
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Reveal);
        await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next);
        if ((await staff.StaffAsync(v => (v.Session.Phase == "discuss" && v.Session.Card!.Index == 1) || v.Session.Card?.Index == 2)).Session.Phase == "discuss")
        {
            await staff.Connection.InvokeAsync("Command", session.Id, SessionCommand.Next); // past the card's Discuss & Rethink step
        }

        // Every phone, moved or not, sees card 3 through nginx and answers it.
        foreach (var (client, _, phone) in players)
        {
            var view = await WaitAsync(client, v => v.Phase == "question" && v.Card!.Index == 2);
            Assert.Equal(HubConnectionState.Connected, client.Connection.State);
            var ack = await client.Connection.InvokeAsync<AnswerAck>("Answer", 2, new[] { 0 });
            Assert.True(ack.Accepted, $"a phone of instance {phone.Instance} could not answer after the stop: {ack.Refusal}");
        }

        var stored = await kit.DbAsync(db => db.LiveAnswers.Where(a => a.SessionId == session.Id).GroupBy(a => a.CardIndex).ToDictionaryAsync(g => g.Key, g => g.Count()));
        Assert.Equal(5, stored[0]);
        Assert.Equal(5, stored[2]);
        Assert.False(stored.ContainsKey(1));
        // The facilitator's screen (on the instance that stayed) counts every phone, moved or not.
        var final = await staff.Connection.InvokeAsync<FacilitatorView>("Watch", session.Id);
        Assert.Equal((2, 5, 5), (final.Session.Card!.Index, final.Session.Answered, final.Players.Count));
        foreach (var (client, _, _) in players)
        {
            await client.DisposeAsync();
        }
    }

    // A moved phone reconnects through nginx (the stopped instance is skipped) and is sent the state again.
    private static async Task<SessionView> WaitAsync(LiveClient client, Func<SessionView, bool> match)
    {
        for (var i = 0; i < 3; i++)
        {
            try
            {
                return await client.StateAsync(match);
            }
            catch (TimeoutException) when (i < 2)
            {
                // still reconnecting
            }
        }

        throw new UnreachableException();
    }

    [GeneratedRegex(@"listen 80;")]
    private static partial Regex ListenLine();
}
