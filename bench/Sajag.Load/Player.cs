using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Sajag.Load;

/// <summary>
/// One player's phone, as live-player.js behaves: join by code, connect over WebSockets with the token,
/// answer each card once it shows (after a think time), keep an answer until it is acknowledged and
/// send it again after a reconnect. Some players send every answer twice, as after a lost acknowledgement.
/// </summary>
public sealed class Player(int index, SessionRun session, Recorder recorder, LoadOptions options, bool resends) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, byte> _asked = new();
    private readonly ConcurrentDictionary<int, byte> _revealed = new();
    private IPlayerLink? _link;
    private string _token = "";
    private int _ended;

    public int Index { get; } = index;

    public Guid Id { get; private set; }

    public bool Joined { get; private set; }

    /// <summary>How long a call waits for its completion before it is taken for lost and sent again.</summary>
    public static readonly TimeSpan InvokeLimit = TimeSpan.FromSeconds(30);

    public bool Connected => _link?.Connected == true;

    /// <summary>Cards whose answer was acknowledged as accepted (new or duplicate).</summary>
    public ConcurrentDictionary<int, byte> Accepted { get; } = new();

    /// <summary>How many times each card's answer was acknowledged as a new answer (more than once is a duplicate).</summary>
    public ConcurrentDictionary<int, int> NewAcks { get; } = new();

    public static HubConnection Connect(Uri baseUri, CookieContainer? cookies, HttpMessageInvoker? from = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "/hubs/live"), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                if (cookies is not null)
                {
                    o.Cookies = cookies;
                }

                if (from is not null)
                {
                    o.WebSocketFactory = async (context, cancel) =>
                    {
                        var socket = new System.Net.WebSockets.ClientWebSocket();
                        await socket.ConnectAsync(context.Uri, from, cancel);
                        return socket;
                    };
                }
            })
            // One options object for every connection: each HubConnection would otherwise build its own and pay, on its first
            // call and first message, for the JSON metadata of every type by reflection (a third of the generator's CPU in
            // a 10,000-player run with a new HubConnection per player).
            .AddJsonProtocol(o => o.PayloadSerializerOptions = SharedJson)
            .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)])
            // This one process holds thousands of phones' connections: when it is short of CPU (a shared machine,
            // 10,000 State messages at once) its own receive loops fall behind, which SignalR's 30 s default would
            // take for a silent server and close the connection (what stopped the 10,000-player runs at Start).
            .WithServerTimeout(ServerTimeout)
            // As the browsers do (live-common.js): a ping every 30 s, the server's keep-alive.
            .WithKeepAliveInterval(TimeSpan.FromSeconds(30))
            .Build();

    private static readonly JsonSerializerOptions SharedJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>How long a connection waits without a message before taking the server for gone.</summary>
    public static readonly TimeSpan ServerTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Joins by code over HTTP, then connects and identifies on the hub; a few tries, each bounded.</summary>
    public async Task JoinAsync(HttpClient http, Uri baseUri, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(http);
        for (var attempt = 1; attempt <= 3 && Id == Guid.Empty; attempt++)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            limit.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(baseUri, "/api/live/join"), new JoinRequest(session.Code, null, null), JsonSerializerOptions.Web, limit.Token);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancel);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    recorder.JoinFailed($"HTTP {(int)response.StatusCode}");
                }

                response.EnsureSuccessStatusCode();
                var joined = await response.Content.ReadFromJsonAsync<JoinResult>(JsonSerializerOptions.Web, limit.Token);
                (_token, Id) = (joined!.Token, joined.PlayerId);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancel.IsCancellationRequested)
            {
                if (ex is not HttpRequestException { StatusCode: not null })
                {
                    recorder.JoinFailed(ex is OperationCanceledException ? "timed out" : "no answer");
                }

                // A refused or timed-out join is tried again; a run that is out of time stops.
            }
        }

        if (Id == Guid.Empty)
        {
            return;
        }

        _link = Links.For(options.Client, baseUri, Index, options.Networks, options.Negotiate);
        _link.OnState = OnState;
        var link = _link;
        _link.OnReconnected = async () =>
        {
            recorder.Reconnect();
            try
            {
                await link.JoinAsPlayerAsync(_token, CancellationToken.None);
            }
            catch (Exception ex) when (ex is HubException or InvalidOperationException or IOException or TimeoutException or OperationCanceledException)
            {
                recorder.Failure();
            }
        };
        _link.OnClosed = () =>
        {
            if (Joined)
            {
                recorder.Close();
            }
        };

        for (var attempt = 1; attempt <= 3 && !Joined; attempt++)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            limit.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                if (_link.Disconnected)
                {
                    await _link.StartAsync(limit.Token);
                }

                await _link.JoinAsPlayerAsync(_token, limit.Token);
                Joined = true;
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Net.WebSockets.WebSocketException or IOException or HubException or InvalidOperationException or TimeoutException
                || (ex is OperationCanceledException && !cancel.IsCancellationRequested))
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancel);
            }
        }
    }

    private void OnState(StateSeen view, long now)
    {
        switch (view.Phase)
        {
            case "question" when view.HasCard && _asked.TryAdd(view.CardIndex, 0):
                _ = Task.Run(() => AnswerAsync(view.CardIndex, view.Options, view.Several));
                break;
            case "reveal" when view.HasCard && _revealed.TryAdd(view.CardIndex, 0):
                session.Revealed(view.CardIndex, now, recorder);
                break;
            case "ended" when Interlocked.Exchange(ref _ended, 1) == 0:
                session.EndedSeen();
                break;
            default:
                break;
        }
    }

    private async Task AnswerAsync(int cardIndex, int optionCount, bool several)
    {
        var cancel = session.Cancel;
        try
        {
            if (optionCount == 0)
            {
                // A discuss card without options opens a talk in the room: the phone has nothing to send.
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * options.Think.TotalMilliseconds), cancel);
            int[] chosen = several && optionCount > 1
                ? [.. Enumerable.Range(0, optionCount).OrderBy(_ => Random.Shared.Next()).Take(2).Order()]
                : [Random.Shared.Next(optionCount)];
            var sentAt = Stopwatch.GetTimestamp();
            var (ack, ackedAt) = await SendAsync(cardIndex, chosen, cancel);
            if (ack is null)
            {
                recorder.Failure();
                return;
            }

            Record(cardIndex, ack);
            if (ack.Accepted)
            {
                recorder.Acked(sentAt, ackedAt);
                session.AckedAt(cardIndex, ackedAt);
                if (resends && (await SendAsync(cardIndex, chosen, cancel)).Ack is { } again)
                {
                    Record(cardIndex, again);
                    recorder.Resend(again is { Accepted: true, Duplicate: true });
                }
            }
            else
            {
                recorder.Refusal();
            }
        }
        catch (OperationCanceledException)
        {
            recorder.Failure();
        }
        finally
        {
            session.Settled(cardIndex);
        }
    }

    // Sends until acknowledged: a lost connection is waited out (the automatic reconnect) and the answer sent again.
    private async Task<(AnswerAck? Ack, long At)> SendAsync(int cardIndex, int[] chosen, CancellationToken cancel)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var connected = Connected || await WaitAsync(() => Connected, TimeSpan.FromSeconds(30), cancel);
            if (!connected)
            {
                continue;
            }

            try
            {
                return await _link!.AnswerAsync(cardIndex, chosen, cancel);
            }
            catch (HubException)
            {
                return (null, 0);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or TimeoutException || (ex is OperationCanceledException && !cancel.IsCancellationRequested))
            {
                // The connection went while the answer was on its way: send it again once reconnected.
            }
        }

        return (null, 0);
    }

    private void Record(int cardIndex, AnswerAck ack)
    {
        if (ack.Accepted)
        {
            Accepted.TryAdd(cardIndex, 0);
        }

        if (ack is { Accepted: true, Duplicate: false })
        {
            NewAcks.AddOrUpdate(cardIndex, 1, (_, n) => n + 1);
        }
    }

    public static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan limit, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > until)
            {
                return false;
            }

            await Task.Delay(20, cancel);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_link is not null)
        {
            Joined = false;
            await _link.DisposeAsync();
        }
    }
}

/// <summary>One connection maker per loopback network 127.N.0.1, shared by the players that leave from it.</summary>
internal static class Networks
{
    private static readonly ConcurrentDictionary<int, HttpMessageInvoker> Invokers = new();

    public static HttpMessageInvoker From(int network) => Invokers.GetOrAdd(network, n => new HttpMessageInvoker(new SocketsHttpHandler
    {
        UseCookies = false,
        ConnectCallback = async (context, cancel) =>
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse($"127.{n + 1}.0.1"), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancel);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    }));
}
