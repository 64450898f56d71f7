using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sajag.Content;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game;
using Sajag.Game.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// Everything a live session does, on the database: the server owns the state, the clock and the
/// score, so a restart or a second instance carries on where the session was.
/// </summary>
public sealed class LiveSessionService(SajagDb db, PackCatalog catalog, TimeProvider clock, Discuss.DiscussService discussion, Reports.KnowledgeCheckService knowledge)
{
    private ContentPack Pack => catalog.Pack;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<LiveSession> CreateAsync(string facilitatorId, CreateSession request, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await db.Schools.AnyAsync(s => s.Id == request.SchoolId, cancel))
        {
            throw new LiveException("live.create.school");
        }

        if (request.TimerSeconds is { } t && t is not (20 or 30 or 60))
        {
            throw new LiveException("live.create.timer");
        }

        if (request.KnowledgeCheck && request.Mode != SessionMode.PhoneEach)
        {
            // The before/after check counts young people one by one: a group's device or a show of hands cannot.
            throw new LiveException("live.create.check");
        }

        Deck deck;
        try
        {
            deck = DeckBuilder.Build(Pack, new DeckRequest(request.Cards, RandomNumberGenerator.GetInt32(int.MaxValue), request.Topics));
        }
        catch (DeckException)
        {
            throw new LiveException("live.create.deck");
        }

        var session = new LiveSession
        {
            Id = Guid.NewGuid(),
            Code = await NewCodeAsync(cancel),
            FacilitatorId = facilitatorId,
            SchoolId = request.SchoolId,
            Mode = request.Mode,
            Language = Pack.Info.Languages.Contains(request.Language) ? request.Language : "bn",
            TimerSeconds = request.TimerSeconds,
            SpeedBonus = request.SpeedBonus,
            Deck = string.Join(',', deck.Cards.Select(c => c.Id)),
            PackVersion = Pack.Info.Version,
            Phase = new SessionState.Lobby().Phase,
            CreatedAt = Now,
            Version = Guid.NewGuid(),
            KnowledgeCheck = request.KnowledgeCheck,
            CheckItems = request.KnowledgeCheck ? string.Join(',', Reports.KnowledgeCheckService.ChooseItems(Pack, deck)) : "",
        };
        db.LiveSessions.Add(session);
        await db.SaveChangesAsync(cancel);
        return session;
    }

    // Six digits, unique among the sessions that are still open.
    private async Task<string> NewCodeAsync(CancellationToken cancel)
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.LiveSessions.AnyAsync(s => s.Code == code && s.Phase != "ended", cancel))
            {
                return code;
            }
        }
    }

    public async Task<JoinResult> JoinAsync(JoinRequest request, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = Sajag.Safety.Normalise.Digits.ToAscii(request.Code ?? "").Trim();
        var session = code.Length == 6
            ? await db.LiveSessions.FirstOrDefaultAsync(s => s.Code == code && s.Phase != "ended", cancel)
            : null;
        if (session is null)
        {
            throw new LiveException("live.join.code");
        }

        if (session.Locked)
        {
            throw new LiveException("live.join.locked");
        }

        if (session.Mode == SessionMode.ProjectorOnly)
        {
            throw new LiveException("live.join.projector");
        }

        var members = 1;
        if (session.Mode == SessionMode.Group)
        {
            if (request.Members is not (>= 1 and <= 20))
            {
                throw new LiveException("live.join.members");
            }

            members = request.Members.Value;
        }

        string nickname;
        if (string.IsNullOrWhiteSpace(request.Nickname))
        {
            nickname = Nicknames.Generate(session.Language);
        }
        else
        {
            nickname = request.Nickname.Trim();
            if (Nicknames.Refusal(nickname) is { } refusal)
            {
                throw new LiveException(refusal);
            }
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var player = new LivePlayer
        {
            Id = Guid.NewGuid(),
            SessionId = session.Id,
            TokenHash = Hash(token),
            Nickname = nickname,
            Members = members,
            JoinedAt = Now,
        };
        db.LivePlayers.Add(player);
        await db.SaveChangesAsync(cancel);
        return new JoinResult(token, player.Id, nickname, session.Id, session.Language);
    }

    /// <summary>The player a token belongs to, while the session is open and the player not removed.</summary>
    public async Task<LivePlayer> IdentifyAsync(string token, CancellationToken cancel = default)
    {
        var hash = Hash(token ?? "");
        var player = await db.LivePlayers.AsNoTracking().FirstOrDefaultAsync(p => p.TokenHash == hash, cancel)
            ?? throw new LiveException("live.player.unknown");
        if (player.Removed)
        {
            throw new LiveException("live.player.removed");
        }

        return player;
    }

    /// <summary>Stores one answer on its own; the <see cref="AnswerBatcher"/> stores them together and falls back to this.</summary>
    public async Task<AnswerAck> StoreAnswerAsync(Guid playerId, int cardIndex, IReadOnlyCollection<int> chosen, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var player = await db.LivePlayers.FirstOrDefaultAsync(p => p.Id == playerId, cancel)
            ?? throw new LiveException("live.player.unknown");
        if (player.Removed)
        {
            throw new LiveException("live.player.removed");
        }

        if (await db.LiveAnswers.AnyAsync(a => a.PlayerId == playerId && a.CardIndex == cardIndex, cancel))
        {
            // The retry of a lost acknowledgement: harmless, and it says so.
            return new AnswerAck(true, true, null, player.Score);
        }

        var session = await db.LiveSessions.AsNoTracking().FirstAsync(s => s.Id == player.SessionId, cancel);
        // The answer and the score change in one transaction: both are kept, or neither.
        var ack = Record(db, Pack, session, player, cardIndex, chosen, Now);
        if (!ack.Accepted)
        {
            return ack;
        }

        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException)
        {
            // Two copies of one answer may have raced, and the unique index kept one: then this is the
            // duplicate. Any other failure (a locked or lost database) must not be acknowledged: the
            // call fails and the phone sends the answer again.
            db.ChangeTracker.Clear();
            if (!await db.LiveAnswers.AnyAsync(a => a.PlayerId == playerId && a.CardIndex == cardIndex, cancel))
            {
                throw;
            }

            var score = await db.LivePlayers.Where(p => p.Id == playerId).Select(p => p.Score).FirstAsync(cancel);
            return new AnswerAck(true, true, null, score);
        }

        return ack;
    }

    /// <summary>
    /// Scores an answer that arrived at <paramref name="at"/> and adds it, with the player's new score, to
    /// <paramref name="db"/>'s changes (the caller saves); refused, with nothing added, when the card is not open.
    /// </summary>
    internal static AnswerAck Record(SajagDb db, ContentPack pack, LiveSession session, LivePlayer player, int cardIndex, IReadOnlyCollection<int> chosen, DateTime at)
    {
        var state = StateOf(session);
        if (state is not SessionState.Question question || question.CardIndex != cardIndex)
        {
            return new AnswerAck(false, false, state is SessionState.Lobby ? "live.answer.notyet" : "live.answer.closed", player.Score);
        }

        var card = CardIn(pack, session, cardIndex);
        AnswerResult result;
        try
        {
            result = Scoring.Score(card, new Answer([.. chosen], at - question.StartedAt, session.TimerSeconds is { } t ? TimeSpan.FromSeconds(t) : null),
                new ScoringRules(SpeedBonus: session.SpeedBonus));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new LiveException("live.answer.invalid");
        }

        db.LiveAnswers.Add(new LiveAnswer
        {
            SessionId = session.Id,
            PlayerId = player.Id,
            CardIndex = cardIndex,
            CardId = card.Id,
            Chosen = string.Join(',', chosen.Order()),
            Correct = result.Outcome == Outcome.Correct,
            Points = result.Total,
            AnsweredAt = at,
        });
        player.Score += result.Total;
        return new AnswerAck(true, false, null, player.Score);
    }

    /// <summary>Moves the session on; only its facilitator may.</summary>
    public async Task CommandAsync(Guid sessionId, string facilitatorId, SessionCommand command, CancellationToken cancel = default)
    {
        var session = await OwnedAsync(sessionId, facilitatorId, cancel);
        try
        {
            await MoveAsync(session, command, cancel);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The clock or another instance moved the session a moment before: the facilitator sees the new state.
            throw new LiveException("live.command.invalid");
        }
    }

    /// <summary>Reveals every timed question whose deadline has passed; returns the sessions it moved.</summary>
    public async Task<IReadOnlyList<Guid>> RevealDueAsync(CancellationToken cancel = default)
    {
        var now = Now;
        var due = await db.LiveSessions.Where(s => s.Phase == "question" && s.Deadline != null && s.Deadline <= now).ToListAsync(cancel);
        var moved = new List<Guid>();
        foreach (var session in due)
        {
            try
            {
                await MoveAsync(session, SessionCommand.Reveal, cancel);
                moved.Add(session.Id);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance (or the facilitator) moved it first.
                db.ChangeTracker.Clear();
            }
        }

        return moved;
    }

    private async Task MoveAsync(LiveSession session, SessionCommand command, CancellationToken cancel)
    {
        SessionState next;
        try
        {
            next = SessionMachine.Apply(StateOf(session), command, ShapeOf(session), Now);
        }
        catch (SessionRuleException)
        {
            throw new LiveException("live.command.invalid");
        }

        session.Phase = next.Phase;
        (session.CardIndex, session.QuestionStartedAt, session.Deadline) = next switch
        {
            SessionState.Question q => (q.CardIndex, (DateTime?)q.StartedAt, q.Deadline),
            SessionState.Reveal r => (r.CardIndex, session.QuestionStartedAt, null),
            SessionState.Discuss d => (d.CardIndex, session.QuestionStartedAt, null),
            _ => (session.CardIndex, session.QuestionStartedAt, (DateTime?)null),
        };
        if (next is SessionState.Ended)
        {
            session.EndedAt = Now;
        }

        session.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancel);
    }

    public async Task SetLockedAsync(Guid sessionId, string facilitatorId, bool locked, CancellationToken cancel = default)
    {
        var session = await OwnedAsync(sessionId, facilitatorId, cancel);
        session.Locked = locked;
        session.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>Removes a player for good: the same token cannot join again.</summary>
    public async Task RemovePlayerAsync(Guid sessionId, string facilitatorId, Guid playerId, CancellationToken cancel = default)
    {
        await OwnedAsync(sessionId, facilitatorId, cancel);
        await db.LivePlayers.Where(p => p.Id == playerId && p.SessionId == sessionId).ExecuteUpdateAsync(u => u.SetProperty(p => p.Removed, true), cancel);
    }

    /// <summary>In a projector-only session, records how many hands went up for an option of the current card.</summary>
    public async Task RecordCountAsync(Guid sessionId, string facilitatorId, int option, int count, CancellationToken cancel = default)
    {
        var session = await OwnedAsync(sessionId, facilitatorId, cancel);
        var card = CardAt(session, session.CardIndex);
        if (session.Mode != SessionMode.ProjectorOnly || option < 0 || option >= card.Options.Count || count is < 0 or > 10_000 || session.Phase != "question")
        {
            throw new LiveException("live.count.invalid");
        }

        var row = await db.RoomCounts.FindAsync([sessionId, session.CardIndex, option], cancel);
        if (row is null)
        {
            db.RoomCounts.Add(new RoomCount { SessionId = sessionId, CardIndex = session.CardIndex, Option = option, Count = count });
        }
        else
        {
            row.Count = count;
        }

        await db.SaveChangesAsync(cancel);
    }

    public async Task<SessionView> ViewAsync(Guid sessionId, CancellationToken cancel = default)
    {
        var session = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancel)
            ?? throw new LiveException("live.session.unknown");
        return await ViewOfAsync(session, cancel);
    }

    public async Task<FacilitatorView> FacilitatorViewAsync(Guid sessionId, string? facilitatorId, CancellationToken cancel = default)
    {
        var session = facilitatorId is null
            ? await db.LiveSessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, cancel)
            : await OwnedAsync(sessionId, facilitatorId, cancel);
        var view = await ViewOfAsync(session, cancel);
        var answered = await db.LiveAnswers.Where(a => a.SessionId == sessionId && a.CardIndex == session.CardIndex).Select(a => a.PlayerId).ToListAsync(cancel);
        var players = await db.LivePlayers.AsNoTracking().Where(p => p.SessionId == sessionId && !p.Removed).OrderBy(p => p.JoinedAt)
            .Select(p => new PlayerRow(p.Id, p.Nickname, p.Members, p.Score, false)).ToListAsync(cancel);
        var answeredSet = answered.ToHashSet();
        return new FacilitatorView(view, session.Code, players.Select(p => p with { Answered = answeredSet.Contains(p.Id) }).ToList(),
            await discussion.ViewAsync(session, cancel));
    }

    /// <summary>Every stored answer of a session, or null when the session is not this facilitator's.</summary>
    public async Task<IReadOnlyList<StoredAnswer>?> StoredAnswersAsync(Guid sessionId, string facilitatorId, CancellationToken cancel = default)
    {
        if (!await db.LiveSessions.AnyAsync(s => s.Id == sessionId && s.FacilitatorId == facilitatorId, cancel))
        {
            return null;
        }

        return await db.LiveAnswers.AsNoTracking().Where(a => a.SessionId == sessionId)
            .Select(a => new StoredAnswer(a.PlayerId, a.CardIndex)).ToListAsync(cancel);
    }

    public async Task<PlayerSelf> SelfAsync(Guid playerId, CancellationToken cancel = default)
    {
        var player = await db.LivePlayers.AsNoTracking().FirstAsync(p => p.Id == playerId, cancel);
        var session = await db.LiveSessions.AsNoTracking().FirstAsync(s => s.Id == player.SessionId, cancel);
        var answer = await db.LiveAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.PlayerId == playerId && a.CardIndex == session.CardIndex, cancel);
        var open = await db.OpenAnswers.AnyAsync(a => a.PlayerId == playerId && a.CardIndex == session.CardIndex, cancel);
        return new PlayerSelf(player.Id, player.Nickname, player.Score, answer?.CardIndex,
            answer is null ? null : answer.Chosen.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
            open && session.Phase != "lobby" ? session.CardIndex : null,
            await knowledge.FormAsync(session, player.Id, cancel));
    }

    private async Task<SessionView> ViewOfAsync(LiveSession session, CancellationToken cancel)
    {
        var state = StateOf(session);
        var players = await db.LivePlayers.CountAsync(p => p.SessionId == session.Id && !p.Removed, cancel);
        var language = session.Language;
        int? index = state switch
        {
            SessionState.Question q => q.CardIndex,
            SessionState.Reveal r => r.CardIndex,
            SessionState.Discuss d => d.CardIndex,
            _ => null,
        };
        CardView? cardView = null;
        RevealView? reveal = null;
        string? discuss = null;
        var answered = 0;
        if (index is { } i)
        {
            var card = CardAt(session, i);
            var topic = Pack.FindTopic(card.TopicId)!;
            var correct = Scoring.CorrectOptions(card);
            cardView = new CardView(i, DeckOf(session).Length, card.Id, card.TopicId, topic.Title.In(language), PackLoader.KindName(card.Kind), card.Sensitive,
                card.Prompt.In(language), card.Options.Select(o => o.Text.In(language)).ToList(), correct.Count > 1);
            answered = await db.LiveAnswers.CountAsync(a => a.SessionId == session.Id && a.CardIndex == i, cancel);
            if (state is not SessionState.Question)
            {
                var counts = await CountsAsync(session, card, i, cancel);
                reveal = new RevealView(correct, counts, session.Mode == SessionMode.ProjectorOnly ? counts.Sum() : answered,
                    card.Explanation.In(language), card.Options.Select(o => o.Feedback?.In(language)).ToList());
            }

            if (state is SessionState.Discuss)
            {
                discuss = card.Discuss?.In(language);
            }
        }

        IReadOnlyList<PodiumPlace>? podium = null;
        if (state is SessionState.Ended && session.Mode == SessionMode.Group)
        {
            podium = await db.LivePlayers.AsNoTracking().Where(p => p.SessionId == session.Id && !p.Removed)
                .OrderByDescending(p => p.Score).Take(3).Select(p => new PodiumPlace(p.Nickname, p.Score)).ToListAsync(cancel);
        }

        return new SessionView(session.Id, state.Phase, language, session.Mode.ToString(), session.Locked, players, answered,
            cardView, reveal, discuss, session.Deadline, podium, session.KnowledgeCheck);
    }

    private async Task<IReadOnlyList<int>> CountsAsync(LiveSession session, Card card, int index, CancellationToken cancel)
    {
        var counts = new int[card.Options.Count];
        if (session.Mode == SessionMode.ProjectorOnly)
        {
            foreach (var row in await db.RoomCounts.AsNoTracking().Where(c => c.SessionId == session.Id && c.CardIndex == index).ToListAsync(cancel))
            {
                counts[row.Option] = row.Count;
            }

            return counts;
        }

        foreach (var chosen in await db.LiveAnswers.AsNoTracking().Where(a => a.SessionId == session.Id && a.CardIndex == index).Select(a => a.Chosen).ToListAsync(cancel))
        {
            foreach (var option in chosen.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(o => o < counts.Length))
            {
                counts[option]++;
            }
        }

        return counts;
    }

    private async Task<LiveSession> OwnedAsync(Guid sessionId, string facilitatorId, CancellationToken cancel) =>
        await db.LiveSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.FacilitatorId == facilitatorId, cancel)
            ?? throw new LiveException("live.session.unknown");

    private static SessionState StateOf(LiveSession session) =>
        SessionState.From(session.Phase, session.CardIndex, session.QuestionStartedAt, session.Deadline);

    private static string[] DeckOf(LiveSession session) => session.Deck.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private DeckShape ShapeOf(LiveSession session)
    {
        var deck = DeckOf(session);
        return new DeckShape(deck.Length, i => CardAt(session, i).Discuss is not null, session.TimerSeconds is { } t ? TimeSpan.FromSeconds(t) : null);
    }

    private Card CardAt(LiveSession session, int index) => CardIn(Pack, session, index);

    /// <summary>The card at a place in the session's deck; refused when there is none.</summary>
    public static Card CardIn(ContentPack pack, LiveSession session, int index)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(session);
        var deck = DeckOf(session);
        var id = index >= 0 && index < deck.Length ? deck[index] : throw new LiveException("live.answer.invalid");
        return pack.Cards.FirstOrDefault(c => c.Id == id) ?? throw new LiveException("live.session.pack");
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
