using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Sajag.Web.Features.Live;

/// <summary>
/// Which hub connections of this instance belong to which player, so that removing a player takes their connections
/// out of the session's groups at once: they receive nothing more, even before they disconnect.
/// </summary>
public sealed class PlayerConnections
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, byte>> _byPlayer = new();

    public void Add(Guid playerId, string connectionId) =>
        _byPlayer.GetOrAdd(playerId, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[connectionId] = 0;

    public void Remove(Guid playerId, string connectionId)
    {
        if (_byPlayer.TryGetValue(playerId, out var connections) && connections.TryRemove(connectionId, out _) && connections.IsEmpty)
        {
            _byPlayer.TryRemove(KeyValuePair.Create(playerId, connections));
        }
    }

    /// <summary>The player's connections on this instance, forgotten here as they are handed out.</summary>
    public IReadOnlyList<string> Take(Guid playerId) =>
        _byPlayer.TryRemove(playerId, out var connections) ? [.. connections.Keys] : [];
}

/// <summary>
/// Takes a removed player's connections out of the session's groups on every instance. Each instance knows only its own
/// connections, so with Redis the removal is published on a channel every instance hears (the publisher included);
/// with one instance it is done here at once.
/// </summary>
public sealed class PlayerRemovals(PlayerConnections connections, IHubContext<LiveHub, ILiveClient> hub,
    IOptions<RedisOptions> redis, ILogger<PlayerRemovals> log) : IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("sajag:players-removed");
    private ConnectionMultiplexer? _redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(redis.Value.Connection))
        {
            return;
        }

        var options = ConfigurationOptions.Parse(redis.Value.Connection);
        options.AbortOnConnectFail = false; // Redis down at start: go on, and reconnect as the SignalR backplane does.
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        var queue = await _redis.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(async message =>
        {
            if (message.Message.ToString().Split(':') is [var session, var player]
                && Guid.TryParse(session, out var sessionId) && Guid.TryParse(player, out var playerId))
            {
                await TakeOutAsync(sessionId, playerId);
            }
        });
    }

    /// <summary>Takes the player out of the session's groups wherever they are connected.</summary>
    public async Task RemoveAsync(Guid sessionId, Guid playerId)
    {
        // Here at once, so this instance's connections never wait for the round trip through Redis.
        await TakeOutAsync(sessionId, playerId);
        if (_redis is not null)
        {
            await _redis.GetSubscriber().PublishAsync(Channel, $"{sessionId}:{playerId}");
        }
    }

    private async Task TakeOutAsync(Guid sessionId, Guid playerId)
    {
        foreach (var connection in connections.Take(playerId))
        {
            try
            {
                // Told here, by the instance that holds the connection, before it leaves the groups: a message to the
                // player's group sent from another instance could arrive after the removal and reach no one.
                await hub.Clients.Client(connection).Removed();
                await hub.Groups.RemoveFromGroupAsync(connection, LiveHub.Players(sessionId));
                await hub.Groups.RemoveFromGroupAsync(connection, LiveHub.Player(playerId));
            }
            catch (IOException e)
            {
                log.LogWarning("A removed player's connection could not be taken out of the session's groups: {Reason}", e.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
