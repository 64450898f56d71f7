using Microsoft.EntityFrameworkCore;
using Sajag.Content;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game;
using Sajag.Game.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>
/// The session's view as last built on this instance, for players joining in a burst: 2,000 phones joining
/// within a minute get the view built at most once a second (while the session has not moved), instead of
/// counting the room 2,000 times. Every change of state builds it afresh.
/// </summary>
public sealed class RecentViews(TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (Guid Version, long At, SessionView View)> _views = new();

    public SessionView? Find(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return _views.TryGetValue(session.Id, out var recent) && recent.Version == session.Version && time.GetElapsedTime(recent.At) < MaxAge
            ? recent.View
            : null;
    }

    public void Keep(LiveSession session, SessionView view)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Phase == LivePhase.Ended)
        {
            _views.TryRemove(session.Id, out _);
            return;
        }

        _views[session.Id] = (session.Version, time.GetTimestamp(), view);
    }
}

/// <summary>What the room, the staff and each player see of a session; reads only.</summary>
public sealed class LiveViews(SajagDb db, PackCatalog catalog, DiscussService discussion, KnowledgeCheckService knowledge, RecentViews recent, Podiums podiums, LiveMemory memory, TimeProvider clock)
{
    private ContentPack Pack => catalog.Pack;

    /// <summary>The session's view, from its row as kept since its last change (a command keeps the row it saved), else as read.</summary>
    public async Task<SessionView> ViewAsync(Guid sessionId, CancellationToken cancel = default) =>
        await ViewOfAsync(memory.Row(sessionId) ?? await KeptSessionAsync(sessionId, cancel), cancel);

    /// <summary>What a player who (re)joins sees first: the session's view, built less than a second ago if the session has not moved since.</summary>
    public async Task<(SessionView View, PlayerSelf Self)> JoinViewAsync(LivePlayer player, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(player);
        // A burst of joins reads the session's row once (kept at most LiveMemory.SessionLife, forgotten when it changes).
        var session = memory.Row(player.SessionId) ?? await KeptSessionAsync(player.SessionId, cancel);
        var view = recent.Find(session) ?? await ViewOfAsync(session, cancel);
        return (view, await SelfOfAsync(player, session, cancel));
    }

    private async Task<LiveSession> KeptSessionAsync(Guid sessionId, CancellationToken cancel)
    {
        var changes = memory.Changes;
        var readAt = clock.GetUtcNow().UtcDateTime;
        var session = await SessionAsync(sessionId, cancel);
        memory.KeepRow(changes, session, readAt);
        return session;
    }

    private async Task<LiveSession> SessionAsync(Guid sessionId, CancellationToken cancel) =>
        await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancel)
            ?? throw new LiveException("live.session.unknown");

    /// <summary>The staff's view; with a facilitator, only of that facilitator's own session.</summary>
    public Task<FacilitatorView> FacilitatorViewAsync(Guid sessionId, string? facilitatorId, CancellationToken cancel = default) =>
        FacilitatorViewAsync(sessionId, facilitatorId, null, cancel);

    /// <summary>The staff's view around <paramref name="sent"/>, the view the players were just sent, when it is still the session's.</summary>
    public async Task<FacilitatorView> FacilitatorViewAsync(Guid sessionId, string? facilitatorId, SessionView? sent, CancellationToken cancel = default)
    {
        // The staff feed (no facilitator to check) builds a view of each busy session every second and after every move: from the
        // row kept since the session's last change, as the joins and the players' view use it; a facilitator's own request reads it.
        var session = (facilitatorId is null ? memory.Row(sessionId) : null)
            ?? await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && (facilitatorId == null || s.FacilitatorId == facilitatorId), cancel)
            ?? throw new LiveException("live.session.unknown");
        // In the lobby (players joining, the busiest time for this view) nothing is answered yet and the room's view has no
        // counts but the players': the view built for the joining phones (less than a second ago, same version) serves, with
        // the count of the list read here, and the answers are not looked up.
        var lobby = session.Phase == LivePhase.Lobby;
        var view = sent is not null && sent.Phase == LivePhases.Name(session.Phase) && (sent.Card is null || sent.Card.Index == session.CardIndex) && sent.Locked == session.Locked
            ? sent
            : (lobby ? recent.Find(session) : null) ?? await ViewOfAsync(session, cancel);
        var answered = lobby
            ? []
            : (view.Card is { Options.Count: 0 }
                ? await db.OpenAnswers.Where(a => a.SessionId == sessionId && a.CardIndex == session.CardIndex).Select(a => a.PlayerId).ToListAsync(cancel)
                : await db.LiveAnswers.Where(a => a.SessionId == sessionId && a.CardIndex == session.CardIndex).Select(a => a.PlayerId).ToListAsync(cancel)).ToHashSet();
        var players = await db.LivePlayers.AsNoTracking().Where(p => p.SessionId == sessionId && !p.Removed).OrderBy(p => p.JoinedAt)
            .Select(p => new PlayerRow(p.Id, p.Nickname, p.Members, p.Score, false)).ToListAsync(cancel);
        // In the lobby nobody has answered: the rows as read (a busy lobby's staff view is built every second per session).
        return new FacilitatorView(lobby ? view with { Players = players.Count } : view, session.Code,
            lobby ? players : players.Select(p => p with { Answered = answered.Contains(p.Id) }).ToList(), await discussion.ViewAsync(session, cancel));
    }

    /// <summary>The view without the queue: only approved answers (the wall) stay.</summary>
    public static FacilitatorView ForProjector(FacilitatorView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view with { Discussion = view.Discussion is { } d ? d with { Queue = [] } : null };
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

    /// <summary>A player's own standing, for that player only.</summary>
    public async Task<PlayerSelf> SelfAsync(Guid playerId, CancellationToken cancel = default)
    {
        var player = await db.LivePlayers.AsNoTracking().FirstAsync(p => p.Id == playerId, cancel);
        return await SelfOfAsync(player, await SessionAsync(player.SessionId, cancel), cancel);
    }

    private async Task<PlayerSelf> SelfOfAsync(LivePlayer player, LiveSession session, CancellationToken cancel)
    {
        // In the lobby nothing has been answered yet.
        var lobby = session.Phase == LivePhase.Lobby;
        var answer = lobby ? null : await db.LiveAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.PlayerId == player.Id && a.CardIndex == session.CardIndex, cancel);
        var open = !lobby && await db.OpenAnswers.AnyAsync(a => a.PlayerId == player.Id && a.CardIndex == session.CardIndex, cancel);
        return new PlayerSelf(player.Id, player.Nickname, player.Score, answer?.CardIndex,
            answer is null ? null : Options(answer.Chosen).ToList(),
            open ? session.CardIndex : null,
            await knowledge.FormAsync(session, player.Id, cancel),
            Podiums.Shows(session) ? await podiums.PlaceAsync(session, player.Id, cancel) : null);
    }

    private async Task<SessionView> ViewOfAsync(LiveSession session, CancellationToken cancel)
    {
        var state = LiveDeck.StateOf(session);
        var players = await db.LivePlayers.CountAsync(p => p.SessionId == session.Id && !p.Removed, cancel);
        var language = session.Language;
        CardView? cardView = null;
        RevealView? reveal = null;
        string? discuss = null;
        var answered = 0;
        if (state.ShownCard is { } i)
        {
            var card = LiveDeck.CardIn(Pack, session, i);
            var topic = Pack.FindTopic(card.TopicId)!;
            var correct = Scoring.CorrectOptions(card);
            cardView = new CardView(i, LiveDeck.Length(session), card.Id, card.TopicId, topic.Title.In(language), PackLoader.KindName(card.Kind), card.Sensitive,
                card.Prompt.In(language), card.Options.Select(o => o.Text.In(language)).ToList(), correct.Count > 1, card.Discuss is not null);
            if (state is SessionState.Question)
            {
                // A discuss card is answered in words: a typed answer counts as answered.
                answered = card.Options.Count == 0
                    ? await TypedAsync(session, i, cancel)
                    : await db.LiveAnswers.CountAsync(a => a.SessionId == session.Id && a.CardIndex == i, cancel);
            }
            else
            {
                // A discuss card's answers are typed: the room's count is of those (no options, no bars).
                var (counts, total) = card.Options.Count == 0
                    ? ([], await TypedAsync(session, i, cancel))
                    : await CountsAsync(session, card, i, cancel);
                answered = total;
                reveal = new RevealView(correct, counts, session.Mode == SessionMode.ProjectorOnly ? counts.Sum() : answered,
                    card.Explanation.In(language), card.Options.Select(o => o.Feedback?.In(language)).ToList());
            }

            if (state is SessionState.Discuss)
            {
                discuss = card.Discuss?.In(language);
            }
        }

        // Places count only cards that are not sensitive; each player's own place goes to that player alone (PlayerSelf).
        var podium = Podiums.Shows(session) ? await podiums.TopAsync(session, cancel) : null;
        var view = new SessionView(session.Id, state.Phase, language, session.Mode.ToString(), session.Locked, players, answered,
            cardView, reveal, discuss, session.Deadline, podium, session.KnowledgeCheck, LiveDeck.HasPodium(session));
        recent.Keep(session, view);
        return view;
    }

    // How many typed an answer to the card at `index` (a discuss card's only kind of answer).
    private Task<int> TypedAsync(LiveSession session, int index, CancellationToken cancel) =>
        db.OpenAnswers.CountAsync(a => a.SessionId == session.Id && a.CardIndex == index, cancel);

    // How many chose each option, and how many answered; one row per distinct choice, not one per answer.
    private async Task<(int[] Counts, int Answers)> CountsAsync(LiveSession session, Card card, int index, CancellationToken cancel)
    {
        var counts = new int[card.Options.Count];
        if (session.Mode == SessionMode.ProjectorOnly)
        {
            foreach (var row in await db.RoomCounts.AsNoTracking().Where(c => c.SessionId == session.Id && c.CardIndex == index).ToListAsync(cancel))
            {
                counts[row.Option] = row.Count;
            }

            return (counts, await db.LiveAnswers.CountAsync(a => a.SessionId == session.Id && a.CardIndex == index, cancel));
        }

        var answers = 0;
        var choices = await db.LiveAnswers.AsNoTracking().Where(a => a.SessionId == session.Id && a.CardIndex == index)
            .GroupBy(a => a.Chosen).Select(g => new { Chosen = g.Key, Count = g.Count() }).ToListAsync(cancel);
        foreach (var choice in choices)
        {
            answers += choice.Count;
            foreach (var option in Options(choice.Chosen).Where(o => o < counts.Length))
            {
                counts[option] += choice.Count;
            }
        }

        return (counts, answers);
    }

    private static IEnumerable<int> Options(string chosen) =>
        chosen.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(o => int.Parse(o, System.Globalization.CultureInfo.InvariantCulture));
}
