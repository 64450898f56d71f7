using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game;
using Sajag.Game.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>Why an answer was refused.</summary>
public enum AnswerRefusal
{
    /// <summary>The game has not started.</summary>
    NotYet,

    /// <summary>The card is not the one taking answers (revealed, or another card).</summary>
    Closed,

    /// <summary>No such player.</summary>
    UnknownPlayer,

    /// <summary>The facilitator removed the player.</summary>
    RemovedPlayer,

    /// <summary>The choice cannot be an answer to the card (no option, too many, an option it does not have).</summary>
    Invalid,
}

/// <summary>What became of one answer. A closed set: every switch on it is exhaustive.</summary>
public abstract record AnswerOutcome
{
    private AnswerOutcome()
    {
    }

    /// <summary>Stored for the first time; the player's score after it.</summary>
    public sealed record Stored(int Score) : AnswerOutcome;

    /// <summary>Already stored (the retry of a lost acknowledgement): harmless, and it says so.</summary>
    public sealed record Duplicate(int Score) : AnswerOutcome;

    /// <summary>Arrived at or after a timed card's deadline, even when the clock had not revealed it yet.</summary>
    public sealed record Late(int Score) : AnswerOutcome;

    /// <summary>Not taken, for a reason.</summary>
    public sealed record Refused(AnswerRefusal Reason, int Score = 0) : AnswerOutcome;

    /// <summary>
    /// The acknowledgement the phone gets. A refusal about the card's moment (not yet, closed, late) is an
    /// acknowledgement with its reason; a refusal about the caller or what it sent is an error (as it always was).
    /// </summary>
    public AnswerAck ToAck() => this switch
    {
        Stored s => new AnswerAck(true, false, null, s.Score),
        Duplicate d => new AnswerAck(true, true, null, d.Score),
        Late l => new AnswerAck(false, false, "live.answer.late", l.Score),
        Refused { Reason: AnswerRefusal.NotYet } r => new AnswerAck(false, false, "live.answer.notyet", r.Score),
        Refused { Reason: AnswerRefusal.Closed } r => new AnswerAck(false, false, "live.answer.closed", r.Score),
        Refused { Reason: AnswerRefusal.UnknownPlayer } => throw new LiveException("live.player.unknown"),
        Refused { Reason: AnswerRefusal.RemovedPlayer } => throw new LiveException("live.player.removed"),
        Refused => throw new LiveException("live.answer.invalid"),
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}

/// <summary>An answer as it arrived: <paramref name="At"/> is its arrival time, which its speed and the deadline are measured from.</summary>
public sealed record ArrivedAnswer(Guid SessionId, Guid PlayerId, int CardIndex, int[] Chosen, DateTime At);

/// <summary>The one set of rules an answer goes through, whether it is stored alone or in a batch.</summary>
public static class AnswerRules
{
    /// <summary>The most options one answer may choose.</summary>
    public const int MaxChosen = 10;

    /// <summary>
    /// Decides an answer; when it is to be stored, <paramref name="row"/> is the row to add and the outcome
    /// carries the player's new score. <paramref name="score"/>: the player's score now (with what this batch stored before);
    /// <paramref name="stored"/>: an answer of this player to this card is already stored.
    /// </summary>
    public static AnswerOutcome Decide(AnsweringSession? session, AnsweringPlayer? player, int score, bool stored, ArrivedAnswer answer, out LiveAnswer? row)
    {
        ArgumentNullException.ThrowIfNull(answer);
        row = null;
        if (player is null || session is null)
        {
            return new AnswerOutcome.Refused(AnswerRefusal.UnknownPlayer);
        }

        if (player.Removed)
        {
            return new AnswerOutcome.Refused(AnswerRefusal.RemovedPlayer, score);
        }

        if (stored)
        {
            return new AnswerOutcome.Duplicate(score);
        }

        var state = session.State;
        if (state is not SessionState.Question question || question.CardIndex != answer.CardIndex)
        {
            return new AnswerOutcome.Refused(state is SessionState.Lobby ? AnswerRefusal.NotYet : AnswerRefusal.Closed, score);
        }

        if (SessionMachine.IsLate(question, answer.At))
        {
            return new AnswerOutcome.Late(score);
        }

        if (answer.Chosen.Length is 0 or > MaxChosen)
        {
            return new AnswerOutcome.Refused(AnswerRefusal.Invalid, score);
        }

        var card = session.CardAt(answer.CardIndex);
        AnswerResult result;
        try
        {
            result = Scoring.Score(card, new Answer([.. answer.Chosen], answer.At - question.StartedAt, session.Timer),
                new ScoringRules(SpeedBonus: session.SpeedBonus));
        }
        catch (ArgumentOutOfRangeException)
        {
            return new AnswerOutcome.Refused(AnswerRefusal.Invalid, score);
        }

        row = new LiveAnswer
        {
            SessionId = session.Id,
            PlayerId = player.Id,
            CardIndex = answer.CardIndex,
            CardId = card.Id,
            Chosen = string.Join(',', answer.Chosen.Order()),
            Correct = result.Outcome == Outcome.Correct,
            Points = result.Total,
            AnsweredAt = answer.At,
        };
        return new AnswerOutcome.Stored(score + result.Total);
    }
}

/// <summary>
/// Records answers. Each answer is timed when it arrives, then queued; the answers waiting at a moment
/// (a small batch waits <see cref="Linger"/> for company first) are checked together against what <see cref="LiveMemory"/> holds of their players and sessions (what it does not hold is read in one query for the
/// players with their stored answers and one for their sessions) and saved in one transaction (one commit, one fsync; written by <see cref="AnswerRows"/>, not by EF Core's change tracker), and each is
/// acknowledged only after the commit. A lone answer is a batch of one. When a batch fails (another instance
/// stored a copy first, or the database refuses), each of its answers is stored on its own, so one bad
/// answer never costs the others.
/// </summary>
public sealed class AnswerRecorder(IServiceScopeFactory scopes, PackCatalog catalog, TimeProvider clock, StaffFeed staff, LiveMemory memory, SqliteWriteGate gate, ILogger<AnswerRecorder> logger)
    : BatchWriter<ArrivedAnswer, AnswerOutcome>(Linger, Company, logger)
{
    // The statements that write a batch, made from the model on the first batch.
    private AnswerRows? _rows;

    /// <summary>A batch smaller than this waits <see cref="Linger"/> for more answers before it is stored.</summary>
    private const int Company = 32;

    /// <summary>How long a small batch waits for company: short beside the 200 ms an acknowledgement may take.</summary>
    internal static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(20);

    /// <summary>Records an answer of the player's session; completes when it is stored, found to be a copy, or refused.</summary>
    public Task<AnswerOutcome> SubmitAsync(Guid sessionId, Guid playerId, int cardIndex, int[]? chosen, CancellationToken cancel = default)
    {
        // The arrival time, read before any waiting: an answer sent before the deadline is never late because of a queue.
        var at = clock.GetUtcNow().UtcDateTime;
        return EnqueueAsync(new ArrivedAnswer(sessionId, playerId, cardIndex, chosen ?? [], at), cancel);
    }

    protected override async Task SaveAsync(List<Pending> batch, CancellationToken cancel)
    {
        SajagMetrics.Batch(batch.Count);
        if (batch.Count > 1)
        {
            try
            {
                var outcomes = await StoreTogetherAsync(batch, cancel);
                for (var i = 0; i < batch.Count; i++)
                {
                    Complete(batch[i], outcomes[i]);
                }

                return;
            }
            catch (Exception ex) when (!cancel.IsCancellationRequested)
            {
                // What is kept of these players may be what failed (another instance stored one of their answers): read again.
                foreach (var pending in batch)
                {
                    memory.PlayerChanged(pending.Item.PlayerId);
                }

                logger.LogInformation("A batch of {Count} answers could not be saved together ({Error}); saving them one by one.", batch.Count, ex.GetType().Name);
            }
        }

        foreach (var pending in batch)
        {
            await StoreAloneAsync(pending, cancel);
        }
    }

    private async Task StoreAloneAsync(Pending pending, CancellationToken cancel)
    {
        try
        {
            Complete(pending, (await StoreTogetherAsync([pending], cancel))[0]);
        }
        catch (Exception ex)
        {
            // Two copies of one answer may have raced (on two instances) and the unique index kept one: then this
            // is the duplicate. Any other failure (a locked or lost database) is not acknowledged: the phone sends it again.
            try
            {
                memory.PlayerChanged(pending.Item.PlayerId);
                if (ex is DbUpdateException or System.Data.Common.DbException && await StoredScoreAsync(pending.Item, cancel) is { } score)
                {
                    Complete(pending, new AnswerOutcome.Duplicate(score));
                    return;
                }
            }
            catch (Exception again) when (again is not OperationCanceledException)
            {
                logger.LogWarning(again, "Could not check whether an answer that failed to save was stored by another instance.");
            }

            if (pending.Done.TrySetException(ex))
            {
                SajagMetrics.Answer("failed");
            }
        }
    }

    private void Complete(Pending pending, AnswerOutcome outcome)
    {
        if (!pending.Done.TrySetResult(outcome))
        {
            return;
        }

        SajagMetrics.Answer(outcome switch
        {
            AnswerOutcome.Stored => "stored",
            AnswerOutcome.Duplicate => "duplicate",
            AnswerOutcome.Late => "late",
            AnswerOutcome.Refused => "refused",
            _ => throw new System.Diagnostics.UnreachableException(),
        });
        if (outcome is AnswerOutcome.Stored)
        {
            staff.Answered(pending.Item.SessionId);
        }
    }

    // The player's score when the answer is stored, or null when it is not.
    private async Task<int?> StoredScoreAsync(ArrivedAnswer answer, CancellationToken cancel)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        return await db.LiveAnswers.AnyAsync(a => a.PlayerId == answer.PlayerId && a.CardIndex == answer.CardIndex, cancel)
            ? await db.LivePlayers.Where(p => p.Id == answer.PlayerId).Select(p => (int?)p.Score).FirstOrDefaultAsync(cancel)
            : null;
    }

    // Decides every answer of the batch with the same rules, then saves the new answers and scores in one transaction.
    private async Task<AnswerOutcome[]> StoreTogetherAsync(IReadOnlyList<Pending> batch, CancellationToken cancel)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        var (players, sessions) = await FactsAsync(db, batch, cancel);
        var outcomes = new AnswerOutcome[batch.Count];

        // What this batch stores: told to the players' facts only after the commit.
        Dictionary<Guid, int>? scores = null;
        HashSet<(Guid, int)>? added = null;
        List<LiveAnswer>? rows = null;
        for (var i = 0; i < batch.Count; i++)
        {
            var answer = batch[i].Item;
            var player = players.GetValueOrDefault(answer.PlayerId);
            var session = player is null ? null : sessions.GetValueOrDefault(player.SessionId);
            var score = player is not null && scores?.TryGetValue(player.Id, out var batchScore) == true ? batchScore : player?.Score ?? 0;
            var stored = player is not null && (player.Answered(answer.CardIndex) || added?.Contains((player.Id, answer.CardIndex)) == true);
            outcomes[i] = AnswerRules.Decide(session, player, score, stored, answer, out var answerRow);
            if (outcomes[i] is AnswerOutcome.Stored s)
            {
                (rows ??= []).Add(answerRow!);
                // Only the player's score is written; a copy later in this very batch is then a duplicate, with this score.
                (scores ??= [])[player!.Id] = s.Score;
                (added ??= []).Add((player.Id, answer.CardIndex));
            }
        }

        if (added is null)
        {
            return outcomes;
        }

        await (_rows ??= new AnswerRows(db)).WriteAsync(db, rows!, [.. scores!.Select(p => (p.Key, p.Value))], gate, cancel);
        foreach (var (playerId, cardIndex) in added)
        {
            players[playerId].Stored(cardIndex, scores![playerId]);
        }

        return outcomes;
    }

    // The batch's players (with the cards they answered) and their sessions: from memory, or read in one query each.
    private async Task<(Dictionary<Guid, AnsweringPlayer> Players, Dictionary<Guid, AnsweringSession> Sessions)> FactsAsync(SajagDb db, IReadOnlyList<Pending> batch, CancellationToken cancel)
    {
        var changes = memory.Changes;
        var players = new Dictionary<Guid, AnsweringPlayer>(batch.Count);
        HashSet<Guid>? missing = null;
        foreach (var pending in batch)
        {
            var id = pending.Item.PlayerId;
            if (memory.Player(id) is { } known)
            {
                players[id] = known;
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        var readPlayers = new List<AnsweringPlayer>();
        if (missing is not null)
        {
            var ids = missing.ToList();
            foreach (var p in await db.LivePlayers.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.SessionId, p.Score, p.Removed, Cards = db.LiveAnswers.Where(a => a.PlayerId == p.Id).Select(a => a.CardIndex).ToList() })
                .ToListAsync(cancel))
            {
                var facts = new AnsweringPlayer(p.Id, p.SessionId, p.Score, p.Removed, p.Cards);
                players[p.Id] = facts;
                readPlayers.Add(facts);
            }
        }

        var sessions = new Dictionary<Guid, AnsweringSession>();
        List<Guid>? unknown = null;
        foreach (var player in players.Values)
        {
            if (!sessions.ContainsKey(player.SessionId) && unknown?.Contains(player.SessionId) != true)
            {
                if (memory.Session(player.SessionId) is { } known)
                {
                    sessions[player.SessionId] = known;
                }
                else
                {
                    (unknown ??= []).Add(player.SessionId);
                }
            }
        }

        var readSessions = new List<AnsweringSession>();
        if (unknown is not null)
        {
            var readAt = clock.GetUtcNow().UtcDateTime;
            foreach (var row in await db.LiveSessions.AsNoTracking().Where(s => unknown.Contains(s.Id)).ToListAsync(cancel))
            {
                var facts = new AnsweringSession(row, catalog.Pack, readAt);
                sessions[row.Id] = facts;
                readSessions.Add(facts);
            }
        }

        memory.Keep(changes, readPlayers, readSessions);
        return (players, sessions);
    }
}
