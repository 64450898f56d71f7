using System.Collections.Concurrent;

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
