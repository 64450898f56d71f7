using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Game.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

/// <summary>A player's (or group's) place: the points earned on cards that are ranked (never a sensitive one) and the place they give; ties share a place.</summary>
public sealed record Standing(Guid PlayerId, string Nickname, int Points, int Place);

/// <summary>The standings last worked out per session, while the session has not moved: a room of phones asking for their place at the podium counts the room once.</summary>
public sealed class RecentStandings(TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<Guid, (Guid Version, long At, IReadOnlyList<Standing> Standings)> _standings = new();

    public IReadOnlyList<Standing>? Find(LiveSession session) =>
        _standings.TryGetValue(session.Id, out var recent) && recent.Version == session.Version && time.GetElapsedTime(recent.At) < MaxAge ? recent.Standings : null;

    public void Keep(LiveSession session, IReadOnlyList<Standing> standings)
    {
        if (session.Phase == LivePhase.Ended)
        {
            _standings.TryRemove(session.Id, out _);
            return;
        }

        _standings[session.Id] = (session.Version, time.GetTimestamp(), standings);
    }
}

/// <summary>
/// The podium: who is in the top three, counting only the points of cards that are not sensitive (a sensitive
/// card is never ranked), and each player's own place, which only that player's phone is sent.
/// </summary>
public sealed class Podiums(SajagDb db, PackCatalog catalog, RecentStandings recent)
{
    /// <summary>The most names the podium shows: three, however the points tie.</summary>
    public const int MaxNames = 3;

    /// <summary>Whether a session in this state shows the podium: at the podium step, or at the end when the facilitator asked for one.</summary>
    public static bool Shows(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Phase == LivePhase.Podium || (session.Phase == LivePhase.Ended && LiveDeck.HasPodium(session));
    }

    /// <summary>The top three places, players with no ranked points left out.</summary>
    public async Task<IReadOnlyList<PodiumPlace>> TopAsync(LiveSession session, CancellationToken cancel = default) =>
        Steps(await StandingsAsync(session, cancel));

    /// <summary>
    /// The podium's steps from the standings (best first; equal points share a place, and the next place skips, as in
    /// 1, =2, =2, 4): places 1 to 3 of those with ranked points, each step with its names only when the podium's names
    /// stay within <see cref="MaxNames"/>. A tie that does not fit shows how many share the place and names none of them,
    /// rather than picking some of the tied by the order they joined in.
    /// </summary>
    public static IReadOnlyList<PodiumPlace> Steps(IEnumerable<Standing> standings)
    {
        var steps = new List<PodiumPlace>(3);
        var named = 0;
        foreach (var place in standings.Where(s => s.Points > 0 && s.Place <= 3).GroupBy(s => s.Place).OrderBy(g => g.Key))
        {
            var tied = place.ToList();
            var fits = named + tied.Count <= MaxNames;
            named += fits ? tied.Count : 0;
            steps.Add(new PodiumPlace(place.Key, tied[0].Points, tied.Count, fits ? [.. tied.Select(s => s.Nickname)] : []));
        }

        return steps;
    }

    /// <summary>One player's place among everyone and how many share it, or null when the player is not in the standings (removed).</summary>
    public async Task<PlayerStanding?> PlaceAsync(LiveSession session, Guid playerId, CancellationToken cancel = default)
    {
        var standings = await StandingsAsync(session, cancel);
        return standings.FirstOrDefault(s => s.PlayerId == playerId) is { } mine
            ? new PlayerStanding(mine.Place, standings.Count, mine.Points, standings.Count(s => s.Place == mine.Place))
            : null;
    }

    private async Task<IReadOnlyList<Standing>> StandingsAsync(LiveSession session, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (recent.Find(session) is { } known)
        {
            return known;
        }

        var sensitive = catalog.Pack.Cards.Where(c => c.Sensitive).Select(c => c.Id).ToList();
        var points = await db.LiveAnswers.AsNoTracking().Where(a => a.SessionId == session.Id && !sensitive.Contains(a.CardId))
            .GroupBy(a => a.PlayerId).Select(g => new { PlayerId = g.Key, Points = g.Sum(a => a.Points) })
            .ToDictionaryAsync(p => p.PlayerId, p => p.Points, cancel);
        var players = await db.LivePlayers.AsNoTracking().Where(p => p.SessionId == session.Id && !p.Removed)
            .Select(p => new { p.Id, p.Nickname, p.JoinedAt }).ToListAsync(cancel);
        var ordered = players.Select(p => (p.Id, p.Nickname, p.JoinedAt, Points: points.GetValueOrDefault(p.Id)))
            .OrderByDescending(p => p.Points).ThenBy(p => p.JoinedAt).ToList();
        var standings = new List<Standing>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            // Equal points, equal place: the place is one more than the number of players ahead.
            var place = i > 0 && ordered[i].Points == ordered[i - 1].Points ? standings[i - 1].Place : i + 1;
            standings.Add(new Standing(ordered[i].Id, ordered[i].Nickname, ordered[i].Points, place));
        }

        recent.Keep(session, standings);
        return standings;
    }
}
