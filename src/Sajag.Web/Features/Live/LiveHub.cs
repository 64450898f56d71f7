using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Sajag.Game.Live;

namespace Sajag.Web.Features.Live;

/// <summary>
/// The live session hub, kept thin: it identifies the caller, calls the service for the job, and sends to
/// the session's groups. Players are identified by their token; facilitators by their account. A refusal
/// (<see cref="LiveException"/>) reaches the client through <see cref="LiveHubFilter"/>.
/// A hub is made for every call: it holds only singletons, and each method takes the scoped services it uses
/// (<see cref="FromServicesAttribute"/>), so an answer, the busiest call, builds no database context and none
/// of the views' services.
/// </summary>
public sealed class LiveHub(StaffFeed staff, PlayerConnections playerConnections, AnswerRecorder answers, PlayerRemovals removals) : Hub<ILiveClient>
{
    private const string PlayerKey = "player";
    private const string SessionKey = "session";

    public static string Players(Guid sessionId) => $"s:{sessionId}";

    public static string Staff(Guid sessionId) => $"f:{sessionId}";

    /// <summary>The projector: the facilitator's view without the queue of answers not yet approved.</summary>
    public static string Projector(Guid sessionId) => $"j:{sessionId}";

    public static string Player(Guid playerId) => $"p:{playerId}";

    /// <summary>A player (re)connects with the token kept on the device: same nickname, same score.</summary>
    public async Task<PlayerSelf> JoinAsPlayer(string token, [FromServices] LiveAdmission admission, [FromServices] LiveViews views)
    {
        var player = await admission.IdentifyAsync(token);
        Context.Items[PlayerKey] = player.Id;
        Context.Items[SessionKey] = player.SessionId;
        await Groups.AddToGroupAsync(Context.ConnectionId, Players(player.SessionId));
        await Groups.AddToGroupAsync(Context.ConnectionId, Player(player.Id));
        playerConnections.Add(player.Id, Context.ConnectionId);
        var (view, self) = await views.JoinViewAsync(player);
        await Clients.Caller.State(view);
        staff.Changed(player.SessionId);
        return self;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items[PlayerKey] is Guid playerId)
        {
            playerConnections.Remove(playerId, Context.ConnectionId);
        }

        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>An answer to the card at <paramref name="cardIndex"/>; safe to send again after a lost acknowledgement.</summary>
    public async Task<AnswerAck> Answer(int cardIndex, int[] chosen)
    {
        var (playerId, sessionId) = Caller();
        return (await answers.SubmitAsync(sessionId, playerId, cardIndex, chosen, Context.ConnectionAborted)).ToAck();
    }

    /// <summary>The player's own standing and the knowledge check to do now, asked again when the session moves.</summary>
    public Task<PlayerSelf> Me([FromServices] LiveViews views) => views.SelfAsync(Caller().Player);

    /// <summary>A typed answer to the current card's discussion; moderated and queued for the facilitator, never shown before approval.</summary>
    public async Task<OpenAck> OpenAnswer(int cardIndex, string text, [FromServices] DiscussService discussion)
    {
        var (playerId, sessionId) = Caller();
        var ack = await discussion.SubmitAsync(playerId, cardIndex, text);
        if (ack is { Accepted: true, Duplicate: false })
        {
            staff.Changed(sessionId);
        }

        return ack;
    }

    /// <summary>The player's knowledge check (before or after the game).</summary>
    public async Task<CheckAck> KnowledgeCheck(CheckSubmission submission, [FromServices] KnowledgeCheckService knowledge)
    {
        var (playerId, sessionId) = Caller();
        var ack = await knowledge.SubmitAsync(playerId, submission ?? throw new LiveException("check.invalid"));
        if (ack is { Accepted: true, Duplicate: false })
        {
            staff.Changed(sessionId);
        }

        return ack;
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Moderate(Guid sessionId, long answerId, ModerateAction action, [FromServices] DiscussService discussion)
    {
        await discussion.ModerateAsync(sessionId, FacilitatorId, answerId, action);
        staff.Changed(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task WordCloud(Guid sessionId, bool cloud, [FromServices] DiscussService discussion)
    {
        await discussion.SetWordCloudAsync(sessionId, FacilitatorId, cloud);
        staff.Changed(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task<FacilitatorView> Watch(Guid sessionId, [FromServices] LiveViews views)
    {
        var view = await views.FacilitatorViewAsync(sessionId, FacilitatorId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Staff(sessionId));
        return view;
    }

    /// <summary>The projector's view: what the class may see, so answers waiting for approval never reach it.</summary>
    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task<FacilitatorView> WatchProjector(Guid sessionId, [FromServices] LiveViews views)
    {
        var view = await views.FacilitatorViewAsync(sessionId, FacilitatorId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Projector(sessionId));
        return LiveViews.ForProjector(view);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Command(Guid sessionId, SessionCommand command, [FromServices] LiveCommands commands, [FromServices] LiveBroadcaster broadcaster)
    {
        await commands.CommandAsync(sessionId, FacilitatorId, command);
        await broadcaster.SessionAsync(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Lock(Guid sessionId, bool locked, [FromServices] LiveCommands commands, [FromServices] LiveBroadcaster broadcaster)
    {
        await commands.SetLockedAsync(sessionId, FacilitatorId, locked);
        await broadcaster.SessionAsync(sessionId);
    }

    /// <summary>The podium between cards and at the end, on or off.</summary>
    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Podium(Guid sessionId, bool podium, [FromServices] LiveCommands commands, [FromServices] LiveBroadcaster broadcaster)
    {
        await commands.SetPodiumAsync(sessionId, FacilitatorId, podium);
        await broadcaster.SessionAsync(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Remove(Guid sessionId, Guid playerId, [FromServices] LiveCommands commands, [FromServices] LiveBroadcaster broadcaster)
    {
        await commands.RemovePlayerAsync(sessionId, FacilitatorId, playerId);
        await removals.RemoveAsync(sessionId, playerId);

        await broadcaster.SessionAsync(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task RecordCount(Guid sessionId, int option, int count, [FromServices] LiveCommands commands)
    {
        await commands.RecordCountAsync(sessionId, FacilitatorId, option, count);
        staff.Changed(sessionId);
    }

    private (Guid Player, Guid Session) Caller() =>
        Context.Items[PlayerKey] is Guid playerId && Context.Items[SessionKey] is Guid sessionId
            ? (playerId, sessionId)
            : throw new LiveException("live.player.unknown");

    private string FacilitatorId => Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new LiveException("live.session.unknown");
}

/// <summary>
/// Maps a refusal once for every hub method: a <see cref="LiveException"/> reaches the client as a
/// <see cref="HubException"/> carrying its interface-text key, shown in the player's language. Any other
/// exception stays an error without details (detailed errors are off).
/// </summary>
public sealed class LiveHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (LiveException ex)
        {
            throw new HubException(ex.Key);
        }
    }
}

/// <summary>Sends a session's new state to its players, and tells the staff feed; used by the hub and the clock.</summary>
public sealed class LiveBroadcaster(IHubContext<LiveHub, ILiveClient> hub, LiveViews views, StaffFeed staff)
{
    /// <summary>
    /// One view, built once (its counts read once) and serialised once for the session's group by SignalR, not
    /// once per connection; the staff's view is built on the same view, after the players have it: at 10,000 players
    /// the staff's list (10,000 rows read and serialised) built while the reveal was being written to every phone took
    /// the same core in the same window.
    /// </summary>
    public async Task SessionAsync(Guid sessionId, CancellationToken cancel = default)
    {
        var view = await views.ViewAsync(sessionId, cancel);
        try
        {
            await hub.Clients.Group(LiveHub.Players(sessionId)).State(view);
        }
        finally
        {
            // Even when a send failed: the staff still see where the session is.
            staff.Moved(sessionId, view);
        }
    }
}

/// <summary>
/// The clock: reveals timed questions whose deadline has passed. Deadlines are stored times, never in-memory
/// timers; the ticks come from the app's <see cref="TimeProvider"/>, so a test moves time instead of waiting.
/// An answer that arrives after its deadline is refused as late whether or not this has run yet.
/// </summary>
public sealed class LiveClock(IServiceScopeFactory scopes, TimeProvider time, ILogger<LiveClock> logger) : BackgroundService
{
    /// <summary>How often the clock looks for due questions.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var commands = scope.ServiceProvider.GetRequiredService<LiveCommands>();
                var broadcaster = scope.ServiceProvider.GetRequiredService<LiveBroadcaster>();
                foreach (var sessionId in await commands.RevealDueAsync(stoppingToken))
                {
                    await broadcaster.SessionAsync(sessionId, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The live clock could not reveal due questions; it tries again.");
            }
        }
    }
}
