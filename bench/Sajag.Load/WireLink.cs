using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Sajag.Load;

/// <summary>
/// A player's connection speaking SignalR's JSON hub protocol itself over a real WebSocket to the real hub, as
/// signalr.js does in a phone's browser: the negotiation (a POST to /hubs/live/negotiate for the connection's token, before
/// every connection and reconnection, as live-common.js keeps it to fall back to other transports), the handshake, invocations with ids, their completions, the server's
/// pings and close message, a ping from the client every 30 s, and an automatic reconnect (after 0, 2, 5 and
/// 10 s, as the HubConnection client and live-common.js). What makes it light enough to hold 10,000 players
/// in one process beside the server: one receive loop and one buffer per connection and nothing else: no pipes,
/// no per-connection timers (one shared heartbeat sends the pings, notices a silent server and times out
/// unanswered calls), and State messages read for the phase and the card only, without building the view.
/// </summary>
public sealed class WireLink : IPlayerLink
{
    private const byte RecordSeparator = 0x1e;
    private static readonly byte[] Handshake = "{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray();
    private static readonly byte[] PingFrame = "{\"type\":6}\u001e"u8.ToArray();
    private static readonly TimeSpan[] Retries = [TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    /// <summary>As the browsers (live-common.js): a ping when the client has sent nothing for 30 s.</summary>
    private static readonly long PingEvery = 30 * Stopwatch.Frequency;

    private static readonly long ServerSilence = (long)(Player.ServerTimeout.TotalSeconds * Stopwatch.Frequency);
    private static readonly long InvokeLimit = (long)(Player.InvokeLimit.TotalSeconds * Stopwatch.Frequency);

    private readonly Uri _uri;
    private readonly Uri? _negotiate;
    private readonly HttpMessageInvoker _invoker;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<int, Pending> _pending = [];
    private ClientWebSocket? _socket;
    private TaskCompletionSource? _handshake;
    private Task _receiving = Task.CompletedTask;
    private int _nextId;
    private long _lastSent;
    private long _lastReceived;
    private int _state;

    private const int Down = 0;
    private const int Up = 1;
    private const int Reconnecting = 2;
    private const int Gone = 3;

    /// <param name="baseUri">The app's address.</param>
    /// <param name="invoker">The shared connection maker (or one per loopback network).</param>
    /// <param name="negotiate">Whether each connection asks the server for its token first, as signalr.js does.</param>
    public WireLink(Uri baseUri, HttpMessageInvoker invoker, bool negotiate = true)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var hub = new UriBuilder(new Uri(baseUri, "/hubs/live")) { Scheme = baseUri.Scheme == "https" ? "wss" : "ws" };
        (_uri, _negotiate, _invoker) = (hub.Uri, negotiate ? new Uri(baseUri, "/hubs/live/negotiate?negotiateVersion=1") : null, invoker);
    }

    public bool Connected => Volatile.Read(ref _state) == Up;

    public bool Disconnected => Volatile.Read(ref _state) == Down;

    public Action<StateSeen, long>? OnState { get; set; }

    public Func<Task>? OnReconnected { get; set; }

    public Action? OnClosed { get; set; }

    public async Task StartAsync(CancellationToken cancel)
    {
        await ConnectOnceAsync(cancel);
        Heartbeat.Add(this);
    }

    public async Task JoinAsPlayerAsync(string token, CancellationToken cancel)
    {
        var id = Interlocked.Increment(ref _nextId);
        var writer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(writer))
        {
            json.WriteStartObject();
            json.WriteNumber("type"u8, 1);
            json.WriteString("invocationId"u8, id.ToString(CultureInfo.InvariantCulture));
            json.WriteString("target"u8, "JoinAsPlayer"u8);
            json.WriteStartArray("arguments"u8);
            json.WriteStringValue(token);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write([RecordSeparator]);
        await InvokeAsync(id, writer.WrittenMemory, cancel);
    }

    public Task<(AnswerAck Ack, long At)> AnswerAsync(int cardIndex, int[] chosen, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var id = Interlocked.Increment(ref _nextId);
        Span<byte> frame = stackalloc byte[96 + 12 * chosen.Length];
        var n = 0;
        Append(frame, ref n, "{\"type\":1,\"invocationId\":\""u8);
        Number(frame, ref n, id);
        Append(frame, ref n, "\",\"target\":\"Answer\",\"arguments\":["u8);
        Number(frame, ref n, cardIndex);
        Append(frame, ref n, ",["u8);
        for (var i = 0; i < chosen.Length; i++)
        {
            if (i > 0)
            {
                frame[n++] = (byte)',';
            }

            Number(frame, ref n, chosen[i]);
        }

        Append(frame, ref n, "]]}\u001e"u8);
        return InvokeAsync(id, frame[..n].ToArray(), cancel);
    }

    private static void Append(Span<byte> frame, ref int n, ReadOnlySpan<byte> text)
    {
        text.CopyTo(frame[n..]);
        n += text.Length;
    }

    private static void Number(Span<byte> frame, ref int n, int value)
    {
        if (!Utf8Formatter.TryFormat(value, frame[n..], out var written))
        {
            throw new ArgumentOutOfRangeException(nameof(value));
        }

        n += written;
    }

    // Sends one invocation (its frame carries the id) and waits for its completion.
    private async Task<(AnswerAck Ack, long At)> InvokeAsync(int id, ReadOnlyMemory<byte> frame, CancellationToken cancel)
    {
        var socket = Volatile.Read(ref _state) == Up ? _socket : null;
        if (socket is null)
        {
            throw new InvalidOperationException("The connection is not active.");
        }

        var pending = new Pending(Stopwatch.GetTimestamp());
        lock (_gate)
        {
            _pending[id] = pending;
        }

        try
        {
            await SendAsync(socket, frame, cancel);
        }
        catch
        {
            lock (_gate)
            {
                _pending.Remove(id);
            }

            throw;
        }

        await using var registration = cancel.CanBeCanceled ? cancel.Register(() => pending.Done.TrySetCanceled(cancel)) : default;
        return await pending.Done.Task;
    }

    private async Task SendAsync(ClientWebSocket socket, ReadOnlyMemory<byte> frame, CancellationToken cancel)
    {
        await _sending.WaitAsync(cancel);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancel);
            Volatile.Write(ref _lastSent, Stopwatch.GetTimestamp());
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            throw new IOException("The connection was lost while sending.", ex);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ConnectOnceAsync(CancellationToken cancel)
    {
        var socket = new ClientWebSocket();
        // SignalR's own pings keep the connection: no WebSocket ping timer per connection.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            var uri = _negotiate is null ? _uri : new Uri($"{_uri}?id={Uri.EscapeDataString(await NegotiateAsync(_negotiate, cancel))}");
            await socket.ConnectAsync(uri, _invoker, cancel);
            var handshake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _handshake, handshake);
            _socket = socket;
            var now = Stopwatch.GetTimestamp();
            Volatile.Write(ref _lastReceived, now);
            _receiving = ReceiveAsync(socket);
            await SendAsync(socket, Handshake, cancel);
            await handshake.Task.WaitAsync(TimeSpan.FromSeconds(30), cancel);
            Volatile.Write(ref _state, Up);
        }
        catch
        {
            socket.Abort();
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The connection's token, as the server gives it to signalr.js before it opens the WebSocket.</summary>
    private async Task<string> NegotiateAsync(Uri negotiate, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, negotiate) { Content = new ByteArrayContent([]) };
        using var response = await _invoker.SendAsync(request, cancel);
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancel), default, cancel);
        return body.RootElement.GetProperty("connectionToken").GetString()
            ?? throw new InvalidOperationException("The negotiation gave no connection token.");
    }

    private async Task ReceiveAsync(ClientWebSocket socket)
    {
        // Let the caller go on: the loop runs on the thread pool.
        await Task.Yield();
        var buffer = new byte[2048];
        var count = 0;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var at = Stopwatch.GetTimestamp();
                Volatile.Write(ref _lastReceived, at);
                count += result.Count;
                var start = 0;
                int end;
                while ((end = buffer.AsSpan(start, count - start).IndexOf(RecordSeparator)) >= 0)
                {
                    Record(buffer.AsSpan(start, end), at);
                    start += end + 1;
                }

                if (start > 0)
                {
                    buffer.AsSpan(start, count - start).CopyTo(buffer);
                    count -= start;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The connection went: what follows decides between a reconnect and the end.
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            // A message this client cannot read is a fault of the run, not a lost connection: say so loudly.
            await Console.Error.WriteLineAsync($"wire client: unreadable message from the server ({ex.Message}); the connection is dropped.");
            socket.Abort();
        }

        Lost(socket);
    }

    private void Record(ReadOnlySpan<byte> message, long at)
    {
        var reader = new Utf8JsonReader(message);
        reader.Read();
        if (Volatile.Read(ref _handshake) is { Task.IsCompleted: false } handshake)
        {
            // The handshake's answer: {} or {"error":"..."}.
            string? refused = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isError = reader.ValueTextEquals("error"u8);
                reader.Read();
                if (isError)
                {
                    refused = reader.GetString();
                }

                reader.Skip();
            }

            if (refused is null)
            {
                handshake.TrySetResult();
            }
            else
            {
                handshake.TrySetException(new HubException($"The hub refused the handshake: {refused}"));
            }

            return;
        }

        int type = 0, id = -1;
        var isState = false;
        StateSeen? seen = null;
        AnswerAck? ack = null;
        string? error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("invocationId"u8))
            {
                reader.Read();
                id = Utf8Parser.TryParse(reader.ValueSpan, out int parsed, out _) ? parsed : -1;
            }
            else if (reader.ValueTextEquals("target"u8))
            {
                reader.Read();
                isState = reader.ValueTextEquals("State"u8);
            }
            else if (reader.ValueTextEquals("arguments"u8) && isState)
            {
                reader.Read();
                reader.Read();
                seen = ReadState(ref reader);
                reader.Read();
                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    throw new JsonException("State carries one argument.");
                }
            }
            else if (reader.ValueTextEquals("result"u8))
            {
                reader.Read();
                ack = reader.TokenType == JsonTokenType.StartObject ? ReadAck(ref reader) : null;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                error = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        switch (type)
        {
            case 1 when seen is { } state:
                OnState?.Invoke(state, at);
                break;
            case 3:
                Pending? pending;
                lock (_gate)
                {
                    _pending.Remove(id, out pending);
                }

                if (error is not null)
                {
                    pending?.Done.TrySetException(new HubException(error));
                }
                else
                {
                    pending?.Done.TrySetResult((ack ?? new AnswerAck(false, false, null, 0), at));
                }

                break;
            default:
                // 6 ping, 7 close (the socket closes next), and messages players do not act on.
                break;
        }
    }

    private static StateSeen ReadState(ref Utf8JsonReader reader)
    {
        var phase = "";
        int index = -1, options = 0;
        bool several = false, hasCard = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("phase"u8))
            {
                reader.Read();
                phase = Phase(ref reader);
            }
            else if (reader.ValueTextEquals("card"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    continue;
                }

                hasCard = true;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("index"u8))
                    {
                        reader.Read();
                        index = reader.GetInt32();
                    }
                    else if (reader.ValueTextEquals("options"u8))
                    {
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                            {
                                options++;
                                reader.Skip();
                            }
                        }
                    }
                    else if (reader.ValueTextEquals("several"u8))
                    {
                        reader.Read();
                        several = reader.GetBoolean();
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new StateSeen(phase, index, options, several, hasCard);
    }

    // The phases the generator acts on, without a new string per message.
    private static string Phase(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("question"u8) ? "question"
        : reader.ValueTextEquals("reveal"u8) ? "reveal"
        : reader.ValueTextEquals("ended"u8) ? "ended"
        : reader.ValueTextEquals("discuss"u8) ? "discuss"
        : reader.ValueTextEquals("lobby"u8) ? "lobby"
        : reader.GetString() ?? "";

    private static AnswerAck ReadAck(ref Utf8JsonReader reader)
    {
        bool accepted = false, duplicate = false;
        string? refusal = null;
        var score = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("accepted"u8))
            {
                reader.Read();
                accepted = reader.GetBoolean();
            }
            else if (reader.ValueTextEquals("duplicate"u8))
            {
                reader.Read();
                duplicate = reader.GetBoolean();
            }
            else if (reader.ValueTextEquals("refusal"u8))
            {
                reader.Read();
                refusal = reader.GetString();
            }
            else if (reader.ValueTextEquals("score"u8))
            {
                reader.Read();
                score = reader.GetInt32();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new AnswerAck(accepted, duplicate, refusal, score);
    }

    // The receive loop ended: calls waiting for an answer fail (the player sends again once reconnected), then a reconnect.
    private void Lost(ClientWebSocket socket)
    {
        Volatile.Read(ref _handshake)?.TrySetException(new IOException("The connection closed during the handshake."));
        if (!ReferenceEquals(socket, _socket))
        {
            return;
        }

        FailPending(new IOException("The connection was lost."));
        if (Interlocked.CompareExchange(ref _state, Reconnecting, Up) == Up)
        {
            _ = ReconnectAsync();
        }
    }

    private void FailPending(Exception error)
    {
        List<Pending> failed;
        lock (_gate)
        {
            failed = [.. _pending.Values];
            _pending.Clear();
        }

        foreach (var pending in failed)
        {
            pending.Done.TrySetException(error);
        }
    }

    private async Task ReconnectAsync()
    {
        _socket?.Dispose();
        foreach (var wait in Retries)
        {
            await Task.Delay(wait);
            if (Volatile.Read(ref _state) == Gone)
            {
                return;
            }

            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await ConnectOnceAsync(limit.Token);
                if (OnReconnected is { } reconnected)
                {
                    await reconnected();
                }

                return;
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or HubException or OperationCanceledException or TimeoutException or InvalidOperationException)
            {
                // The next try, or the end.
            }
        }

        if (Interlocked.CompareExchange(ref _state, Down, Reconnecting) == Reconnecting)
        {
            Heartbeat.Remove(this);
            OnClosed?.Invoke();
        }
    }

    // Once a second, from the shared heartbeat: a ping when due, a silent server dropped, calls past their limit failed.
    private void Beat(long now)
    {
        if (Volatile.Read(ref _state) != Up || _socket is not { } socket)
        {
            return;
        }

        if (now - Volatile.Read(ref _lastReceived) > ServerSilence)
        {
            socket.Abort();
            return;
        }

        if (now - Volatile.Read(ref _lastSent) > PingEvery)
        {
            _ = PingAsync(socket);
        }

        List<Pending>? late = null;
        lock (_gate)
        {
            foreach (var (id, pending) in _pending)
            {
                if (now - pending.SentAt > InvokeLimit)
                {
                    (late ??= []).Add(pending);
                    _pending.Remove(id);
                }
            }
        }

        foreach (var pending in late ?? [])
        {
            pending.Done.TrySetException(new TimeoutException($"No completion within {Player.InvokeLimit.TotalSeconds:0} s."));
        }
    }

    private async Task PingAsync(ClientWebSocket socket)
    {
        try
        {
            await SendAsync(socket, PingFrame, CancellationToken.None);
        }
        catch (IOException)
        {
            // The receive loop notices the lost connection.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _state, Gone) == Gone)
        {
            return;
        }

        Heartbeat.Remove(this);
        if (_socket is { } socket)
        {
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, limit.Token);
                await _receiving.WaitAsync(limit.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
            {
                // Closing anyway.
            }

            socket.Dispose();
        }

        FailPending(new ObjectDisposedException(nameof(WireLink)));
        _sending.Dispose();
    }

    private sealed class Pending(long sentAt)
    {
        public long SentAt { get; } = sentAt;

        public TaskCompletionSource<(AnswerAck Ack, long At)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>One loop for every wire connection of the process, instead of timers per connection.</summary>
    private static class Heartbeat
    {
        private static readonly ConcurrentDictionary<WireLink, byte> Links = new();
        private static int _started;

        public static void Add(WireLink link)
        {
            Links.TryAdd(link, 0);
            if (Interlocked.Exchange(ref _started, 1) == 0)
            {
                _ = Task.Run(BeatAsync);
            }
        }

        public static void Remove(WireLink link) => Links.TryRemove(link, out _);

        private static async Task BeatAsync()
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            while (await timer.WaitForNextTickAsync())
            {
                var now = Stopwatch.GetTimestamp();
                foreach (var link in Links.Keys)
                {
                    link.Beat(now);
                }
            }
        }
    }
}
