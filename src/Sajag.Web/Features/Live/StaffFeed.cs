using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace Sajag.Web.Features.Live;

/// <summary>
/// The one way the facilitator's and the projector's screens hear of changes. Whatever changed a session
/// (a join, a command, the clock, an open answer, a moderation) says so here; new answers are counted
/// here. The feed sends at once when it is idle and at most a few times a second when busy: when 2,000
/// students join or answer within a minute, the staff get a few messages a second, not one per event. The
/// full view lists every player (three queries and a serialisation, one for the facilitator and the projector when
/// nothing waits for approval, two otherwise), so one session's full view is sent
/// at most once a second (a big session's every 1 ms per player), except after the session moved, which
/// its staff see at once; the count of new answers still goes every 250 ms. With 100 sessions joining at
/// once, 250 ms meant a full view for nearly every join.
/// </summary>
public sealed class StaffFeed(IServiceScopeFactory scopes, IHubContext<LiveHub, ILiveClient> hub, ILogger<StaffFeed> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>The shortest time between two full views of one session, unless it moved.</summary>
    private const long FullViewEveryMs = 1000;

    private readonly ConcurrentDictionary<Guid, int> _answered = new();
    private readonly ConcurrentDictionary<Guid, bool> _changed = new();
    private readonly ConcurrentDictionary<Guid, long> _notBefore = new();
    private readonly ConcurrentDictionary<Guid, SessionView> _moved = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>The session changed: its staff get its full view soon, built afresh.</summary>
    public void Changed(Guid sessionId)
    {
        // The view the players were sent at the last move no longer tells the whole story (a typed answer, a join, a
        // moderation came after it): were it used, the staff would keep a count from before the change until the next one.
        _moved.TryRemove(sessionId, out _);
        Mark(sessionId);
    }

    /// <summary>
    /// The session moved (a new phase or card) and its players were sent <paramref name="view"/>: the staff
    /// get their view at once, built on that same view (its counts are not counted again).
    /// </summary>
    public void Moved(Guid sessionId, SessionView view)
    {
        _moved[sessionId] = view;
        _notBefore.TryRemove(sessionId, out _);
        Mark(sessionId);
    }

    private void Mark(Guid sessionId)
    {
        _changed[sessionId] = true;
        _wake.Writer.TryWrite(true);
    }

    /// <summary>An answer of the session was stored: its staff get the count of new answers soon.</summary>
    public void Answered(Guid sessionId)
    {
        _answered.AddOrUpdate(sessionId, 1, (_, n) => n + 1);
        _wake.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Views held back for a big session are sent on a later round without a new wake-up.
            if (_changed.IsEmpty && _answered.IsEmpty && !await _wake.Reader.WaitToReadAsync(stoppingToken))
            {
                return;
            }

            _wake.Reader.TryRead(out _);
            await SendAsync(stoppingToken);
            // Coalescing only: real time, not the game's clock.
            await Task.Delay(Interval, stoppingToken);
        }
    }

    private async Task SendAsync(CancellationToken cancel)
    {
        foreach (var id in _answered.Keys)
        {
            if (_answered.TryRemove(id, out var count))
            {
                await TryAsync(id, () => hub.Clients.Groups(LiveHub.Staff(id), LiveHub.Projector(id)).Answered(count));
            }
        }

        foreach (var id in _changed.Keys)
        {
            var now = Environment.TickCount64;
            if (_notBefore.TryGetValue(id, out var notBefore) && now < notBefore)
            {
                continue;
            }

            if (_changed.TryRemove(id, out _))
            {
                _moved.TryRemove(id, out var sent);
                if (!await TryAsync(id, async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var view = await scope.ServiceProvider.GetRequiredService<LiveViews>().FacilitatorViewAsync(id, null, sent, cancel);
                    _notBefore[id] = now + Math.Max(FullViewEveryMs, view.Players.Count);
                    await SendViewAsync(id, view);
                }))
                {
                    // Tried again on the next round: nothing else may change the session for a while to correct what the staff miss.
                    Mark(id);
                }
            }
        }

        // Sessions that ended or were forgotten do not keep their entries.
        foreach (var (id, notBefore) in _notBefore)
        {
            if (notBefore < Environment.TickCount64 - 60_000)
            {
                _notBefore.TryRemove(id, out _);
            }
        }
    }

    /// <summary>
    /// The staff's view to the staff and the projector's to the projector; when nothing is waiting for approval they are
    /// the same view, sent to both groups as one message (serialised once, not twice: at 10,000 players each is a list of
    /// 10,000 rows).
    /// </summary>
    internal Task SendViewAsync(Guid sessionId, FacilitatorView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Discussion is null or { Queue.Count: 0 }
            ? hub.Clients.Groups(LiveHub.Staff(sessionId), LiveHub.Projector(sessionId)).Facilitator(view)
            : Task.WhenAll(hub.Clients.Group(LiveHub.Staff(sessionId)).Facilitator(view), hub.Clients.Group(LiveHub.Projector(sessionId)).Facilitator(LiveViews.ForProjector(view)));
    }

    /// <summary>Whether it was sent; a failure is logged (what the staff miss is corrected by the next full view).</summary>
    private async Task<bool> TryAsync(Guid sessionId, Func<Task> send)
    {
        try
        {
            await send();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not update the staff screens of session {Session}.", sessionId);
            return false;
        }
    }
}
