using System.Diagnostics;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;

namespace Sajag.Load;

/// <summary>What a player's phone sees of the session in a State message: the phase and the card on show.</summary>
public readonly record struct StateSeen(string Phase, int CardIndex, int Options, bool Several, bool HasCard);

/// <summary>
/// A player's hub connection, whichever client carries it: <see cref="WireLink"/> (the SignalR JSON hub protocol
/// spoken directly over a real WebSocket, the default, light enough for 10,000 in one process) or
/// <see cref="HubLink"/> (the .NET <see cref="HubConnection"/>, <c>--client hub</c>).
/// </summary>
public interface IPlayerLink : IAsyncDisposable
{
    bool Connected { get; }

    bool Disconnected { get; }

    /// <summary>A State message, with the time its frame arrived.</summary>
    Action<StateSeen, long>? OnState { get; set; }

    /// <summary>After an automatic reconnect (the player identifies again).</summary>
    Func<Task>? OnReconnected { get; set; }

    /// <summary>Closed for good (the reconnects failed).</summary>
    Action? OnClosed { get; set; }

    Task StartAsync(CancellationToken cancel);

    /// <summary>Identifies the player; throws <c>HubException</c> when the server refuses.</summary>
    Task JoinAsPlayerAsync(string token, CancellationToken cancel);

    /// <summary>
    /// Sends an answer and waits for its acknowledgement, at most <see cref="Player.InvokeLimit"/>; returns it with the time
    /// its frame arrived. Throws <c>HubException</c> for the server's refusal; IOException, InvalidOperationException,
    /// TimeoutException or OperationCanceledException when the connection went or the limit passed.
    /// </summary>
    Task<(AnswerAck Ack, long At)> AnswerAsync(int cardIndex, int[] chosen, CancellationToken cancel);
}

/// <summary>The .NET SignalR client (<c>--client hub</c>): a HubConnection per player, as the generator always had.</summary>
public sealed class HubLink(Uri baseUri, HttpMessageInvoker? from) : IPlayerLink
{
    private HubConnection? _connection;

    public bool Connected => _connection?.State == HubConnectionState.Connected;

    public bool Disconnected => _connection is null || _connection.State == HubConnectionState.Disconnected;

    public Action<StateSeen, long>? OnState { get; set; }

    public Func<Task>? OnReconnected { get; set; }

    public Action? OnClosed { get; set; }

    private HubConnection Connection
    {
        get
        {
            if (_connection is null)
            {
                _connection = Player.Connect(baseUri, null, from);
                _connection.On<SessionView>("State", view =>
                {
                    var at = Stopwatch.GetTimestamp();
                    OnState?.Invoke(view.Card is { } card
                        ? new StateSeen(view.Phase, card.Index, card.Options.Count, card.Several, true)
                        : new StateSeen(view.Phase, -1, 0, false, false), at);
                });
                _connection.Reconnected += _ => OnReconnected?.Invoke() ?? Task.CompletedTask;
                _connection.Closed += _ =>
                {
                    OnClosed?.Invoke();
                    return Task.CompletedTask;
                };
            }

            return _connection;
        }
    }

    public Task StartAsync(CancellationToken cancel) => Connection.StartAsync(cancel);

    public Task JoinAsPlayerAsync(string token, CancellationToken cancel) => Connection.InvokeAsync<PlayerSelf>("JoinAsPlayer", token, cancel);

    public async Task<(AnswerAck Ack, long At)> AnswerAsync(int cardIndex, int[] chosen, CancellationToken cancel)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(Player.InvokeLimit);
        var ack = await Connection.InvokeAsync<AnswerAck>("Answer", cardIndex, chosen, limit.Token);
        return (ack, Stopwatch.GetTimestamp());
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>Which client the players use.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlayerClient>))]
public enum PlayerClient
{
    Wire,
    Hub,
}

/// <summary>Makes the players' links; one shared connection maker (or one per loopback network).</summary>
internal static class Links
{
    private static readonly Lazy<HttpMessageInvoker> Shared = new(() => new HttpMessageInvoker(new SocketsHttpHandler { UseCookies = false }));

    public static IPlayerLink For(PlayerClient client, Uri baseUri, int index, int networks, bool negotiate)
    {
        var from = networks > 1 ? Networks.From(index % networks) : null;
        return client == PlayerClient.Hub ? new HubLink(baseUri, from) : new WireLink(baseUri, from ?? Shared.Value, negotiate);
    }
}
