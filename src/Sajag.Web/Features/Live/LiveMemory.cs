using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Sajag.Content;
using Sajag.Data.Entities;
using Sajag.Game.Live;

namespace Sajag.Web.Features.Live;

/// <summary>What an answer is checked against of its session: the stored row as read, its deck's cards found once.</summary>
public sealed class AnsweringSession
{
    private readonly ContentPack _pack;
    private readonly string[] _deck;
    private readonly Card?[] _cards;

    public AnsweringSession(LiveSession row, ContentPack pack, DateTime readAt)
    {
        ArgumentNullException.ThrowIfNull(row);
        Id = row.Id;
        State = LiveDeck.StateOf(row);
        Timer = LiveDeck.Timer(row);
        SpeedBonus = row.SpeedBonus;
        ReadAt = readAt;
        _pack = pack;
        _deck = row.Deck.Split(',', StringSplitOptions.RemoveEmptyEntries);
        _cards = new Card?[_deck.Length];
    }

    public Guid Id { get; }

    public SessionState State { get; }

    public TimeSpan? Timer { get; }

    public bool SpeedBonus { get; }

    /// <summary>When the row was read (the app's clock).</summary>
    public DateTime ReadAt { get; }

    /// <summary>The card at a place in the deck; refused as <see cref="LiveDeck.CardIn"/> refuses.</summary>
    public Card CardAt(int index)
    {
        if (index < 0 || index >= _deck.Length)
        {
            throw new LiveException("live.answer.invalid");
        }

        // A race here only finds the same card twice.
        return _cards[index] ??= _pack.Cards.FirstOrDefault(c => c.Id == _deck[index]) ?? throw new LiveException("live.session.pack");
    }
}

/// <summary>What an answer is checked against of its player. Changed only by the answer recorder's one writer.</summary>
public sealed class AnsweringPlayer(Guid id, Guid sessionId, int score, bool removed, IEnumerable<int> answered)
{
    private readonly HashSet<int> _answered = [.. answered];

    public Guid Id { get; } = id;

    public Guid SessionId { get; } = sessionId;

    public int Score { get; private set; } = score;

    public bool Removed { get; } = removed;

    public bool Answered(int cardIndex) => _answered.Contains(cardIndex);

    /// <summary>After the commit that stored the player's answer to the card.</summary>
    public void Stored(int cardIndex, int score)
    {
        _answered.Add(cardIndex);
        Score = score;
    }
}

/// <summary>
/// The running sessions and their players as the answer recorder needs them, kept in memory by the instance that owns
/// them, so a batch of answers reads nothing from the database (the database stays the durable record: every batch is
/// written, and after a restart the memory is read again from it). One instance without Redis owns every session; with
/// Redis (several instances) no instance owns one, nothing is kept, and every batch reads what it needs (one query for its
/// players and their stored answers, one for their sessions). What changes a session or a player (the commands, the clock,
/// a removal, the retention sweep) tells this, after its commit; a read that a change overtook is used once, not kept.
/// A session's row is kept at most <see cref="SessionLife"/>, so that a change made outside this instance (another tool on
/// the same database) is seen within it.
/// </summary>
public sealed class LiveMemory(IOptions<RedisOptions> redis, TimeProvider clock)
{
    /// <summary>How long a session's row is trusted without being read again.</summary>
    public static readonly TimeSpan SessionLife = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<Guid, AnsweringSession> _sessions = new();
    private readonly ConcurrentDictionary<Guid, AnsweringPlayer> _players = new();
    private readonly ConcurrentDictionary<Guid, (LiveSession Row, DateTime ReadAt)> _rows = new();
    private readonly ConcurrentDictionary<string, Guid> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (LivePlayer Player, DateTime At)> _admitted = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _changes;

    /// <summary>Whether this instance owns its sessions (one instance, no Redis).</summary>
    public bool Owns { get; } = string.IsNullOrWhiteSpace(redis.Value.Connection);

    /// <summary>Counts the changes told so far: a read started before a change is not kept.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    public AnsweringPlayer? Player(Guid playerId) => _players.GetValueOrDefault(playerId);

    public AnsweringSession? Session(Guid sessionId) =>
        _sessions.TryGetValue(sessionId, out var facts) && clock.GetUtcNow().UtcDateTime - facts.ReadAt < SessionLife ? facts : null;

    /// <summary>Keeps what a read found, unless something changed since <paramref name="changesBefore"/> (then it is used once only).</summary>
    public void Keep(long changesBefore, IEnumerable<AnsweringPlayer> players, IEnumerable<AnsweringSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(players);
        ArgumentNullException.ThrowIfNull(sessions);
        if (!Owns)
        {
            return;
        }

        lock (_gate)
        {
            if (_changes != changesBefore)
            {
                return;
            }

            foreach (var player in players)
            {
                _players[player.Id] = player;
            }

            foreach (var session in sessions)
            {
                _sessions[session.Id] = session;
            }
        }
    }

    /// <summary>
    /// A session's row as read at most <see cref="SessionLife"/> ago, for the join path (a burst of joins reads it once, not
    /// once per phone). Never to be changed: it is shared.
    /// </summary>
    public LiveSession? Row(Guid sessionId) =>
        _rows.TryGetValue(sessionId, out var kept) && clock.GetUtcNow().UtcDateTime - kept.ReadAt < SessionLife ? kept.Row : null;

    /// <summary>The open session with this join code, as <see cref="Row"/>.</summary>
    public LiveSession? RowByCode(string code) =>
        _codes.TryGetValue(code, out var id) && Row(id) is { } row && row.Code == code && row.Phase != LivePhase.Ended ? row : null;

    /// <summary>Keeps a session's row read at <paramref name="readAt"/>, unless something changed since <paramref name="changesBefore"/>.</summary>
    public void KeepRow(long changesBefore, LiveSession row, DateTime readAt)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!Owns)
        {
            return;
        }

        lock (_gate)
        {
            if (_changes == changesBefore)
            {
                _rows[row.Id] = (row, readAt);
                _codes[row.Code] = row.Id;
            }
        }
    }

    /// <summary>
    /// Players just saved: the first <c>JoinAsPlayer</c> of each (a moment later) finds its row here instead of reading it,
    /// and its first answer finds what the recorder needs (score 0, nothing answered).
    /// </summary>
    public void Admitted(long changesBefore, IEnumerable<LivePlayer> players)
    {
        ArgumentNullException.ThrowIfNull(players);
        if (!Owns)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            if (_changes != changesBefore)
            {
                return;
            }

            foreach (var player in players)
            {
                _admitted[player.TokenHash] = (player, now);
                _players.TryAdd(player.Id, new AnsweringPlayer(player.Id, player.SessionId, 0, false, []));
            }
        }

        // Phones that never connected: forgotten after a while, so the memory holds only the last minute's joins.
        if (_admitted.Count > 1000)
        {
            foreach (var (hash, kept) in _admitted)
            {
                if (now - kept.At > AdmittedLife)
                {
                    _admitted.TryRemove(hash, out _);
                }
            }
        }
    }

    /// <summary>How long a just-saved player is kept for its first connection.</summary>
    public static readonly TimeSpan AdmittedLife = TimeSpan.FromSeconds(60);

    /// <summary>The player just saved with this token hash, handed out once (a later connection reads the row, with its score).</summary>
    public LivePlayer? TakeAdmitted(string tokenHash) =>
        _admitted.TryRemove(tokenHash, out var kept) && clock.GetUtcNow().UtcDateTime - kept.At < AdmittedLife ? kept.Player : null;

    /// <summary>The session's row changed (it moved, ended, or was purged); <paramref name="over"/>: its players are forgotten too.</summary>
    public void SessionChanged(Guid sessionId, bool over = false)
    {
        lock (_gate)
        {
            _changes++;
            _sessions.TryRemove(sessionId, out _);
            _rows.TryRemove(sessionId, out _);
        }

        if (over)
        {
            foreach (var (id, player) in _players)
            {
                if (player.SessionId == sessionId)
                {
                    _players.TryRemove(KeyValuePair.Create(id, player));
                }
            }
        }
    }

    /// <summary>The player's row changed other than by the recorder (removed), or the recorder could not tell what it holds.</summary>
    public void PlayerChanged(Guid playerId)
    {
        lock (_gate)
        {
            _changes++;
            _players.TryRemove(playerId, out _);
        }

        foreach (var (hash, kept) in _admitted)
        {
            if (kept.Player.Id == playerId)
            {
                _admitted.TryRemove(hash, out _);
            }
        }
    }
}
