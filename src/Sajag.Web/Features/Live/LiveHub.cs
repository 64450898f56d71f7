using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Sajag.Game.Live;
using Sajag.Web.Features.Discuss;
using Sajag.Web.Features.Reports;

namespace Sajag.Web.Features.Live;

/// <summary>
/// The live session hub, kept thin: it identifies the caller, calls the session service, and sends to
/// the session's groups. Players are identified by their token; facilitators by their account.
/// </summary>
public sealed class LiveHub(LiveSessionService sessions, AnswerBatcher answers, DiscussService discussion, KnowledgeCheckService knowledge, LiveBroadcaster broadcaster, StaffUpdates staffUpdates)
    : Hub<ILiveClient>
{
    private const string PlayerKey = "player";
    private const string SessionKey = "session";

    public static string Players(Guid sessionId) => $"s:{sessionId}";

    public static string Staff(Guid sessionId) => $"f:{sessionId}";

    /// <summary>The projector: the facilitator's view without the queue of answers not yet approved.</summary>
    public static string Projector(Guid sessionId) => $"j:{sessionId}";

    public static string Player(Guid playerId) => $"p:{playerId}";

    /// <summary>A player (re)connects with the token kept on the device: same nickname, same score.</summary>
    public async Task<PlayerSelf> JoinAsPlayer(string token)
    {
        var player = await Run(() => sessions.IdentifyAsync(token));
        Context.Items[PlayerKey] = player.Id;
        Context.Items[SessionKey] = player.SessionId;
        await Groups.AddToGroupAsync(Context.ConnectionId, Players(player.SessionId));
        await Groups.AddToGroupAsync(Context.ConnectionId, Player(player.Id));
        await Clients.Caller.State(await sessions.ViewAsync(player.SessionId));
        staffUpdates.Request(player.SessionId);
        return await sessions.SelfAsync(player.Id);
    }

    /// <summary>An answer to the card at <paramref name="cardIndex"/>; safe to send again after a lost acknowledgement.</summary>
    public async Task<AnswerAck> Answer(int cardIndex, int[] chosen)
    {
        if (Context.Items[PlayerKey] is not Guid playerId || Context.Items[SessionKey] is not Guid sessionId)
        {
            throw new HubException("live.player.unknown");
        }

        if (chosen is null || chosen.Length is 0 or > 10)
        {
            throw new HubException("live.answer.invalid");
        }

        return await Run(() => answers.SubmitAsync(sessionId, playerId, cardIndex, chosen, Context.ConnectionAborted));
    }

    /// <summary>The player's own standing and the knowledge check to do now, asked again when the session moves.</summary>
    public async Task<PlayerSelf> Me()
    {
        var (playerId, _) = Caller();
        return await Run(() => sessions.SelfAsync(playerId));
    }

    /// <summary>A typed answer to the current card's discussion; moderated and queued for the facilitator, never shown before approval.</summary>
    public async Task<OpenAck> OpenAnswer(int cardIndex, string text)
    {
        var (playerId, sessionId) = Caller();
        var ack = await Run(() => discussion.SubmitAsync(playerId, cardIndex, text));
        if (ack is { Accepted: true, Duplicate: false })
        {
            staffUpdates.Request(sessionId);
        }

        return ack;
    }

    /// <summary>The player's knowledge check (before or after the game).</summary>
    public async Task<CheckAck> KnowledgeCheck(CheckSubmission submission)
    {
        var (playerId, sessionId) = Caller();
        if (submission is null)
        {
            throw new HubException("check.invalid");
        }

        var ack = await Run(() => knowledge.SubmitAsync(playerId, submission));
        if (ack is { Accepted: true, Duplicate: false })
        {
            staffUpdates.Request(sessionId);
        }

        return ack;
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Moderate(Guid sessionId, long answerId, ModerateAction action)
    {
        await Run(() => discussion.ModerateAsync(sessionId, FacilitatorId, answerId, action));
        await broadcaster.StaffAsync(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task WordCloud(Guid sessionId, bool cloud)
    {
        await Run(() => discussion.SetWordCloudAsync(sessionId, FacilitatorId, cloud));
        await broadcaster.StaffAsync(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task<FacilitatorView> Watch(Guid sessionId)
    {
        var view = await Run(() => sessions.FacilitatorViewAsync(sessionId, FacilitatorId));
        await Groups.AddToGroupAsync(Context.ConnectionId, Staff(sessionId));
        return view;
    }

    /// <summary>The projector's view: what the class may see, so answers waiting for approval never reach it.</summary>
    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task<FacilitatorView> WatchProjector(Guid sessionId)
    {
        var view = await Run(() => sessions.FacilitatorViewAsync(sessionId, FacilitatorId));
        await Groups.AddToGroupAsync(Context.ConnectionId, Projector(sessionId));
        return LiveBroadcaster.ForProjector(view);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Command(Guid sessionId, SessionCommand command)
    {
        await Run(() => sessions.CommandAsync(sessionId, FacilitatorId, command));
        await broadcaster.SessionAsync(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Lock(Guid sessionId, bool locked)
    {
        await Run(() => sessions.SetLockedAsync(sessionId, FacilitatorId, locked));
        await broadcaster.SessionAsync(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task Remove(Guid sessionId, Guid playerId)
    {
        await Run(() => sessions.RemovePlayerAsync(sessionId, FacilitatorId, playerId));
        await Clients.Group(Player(playerId)).Removed();
        await broadcaster.SessionAsync(sessionId);
    }

    [Authorize(Policy = LiveSetup.FacilitatorPolicy)]
    public async Task RecordCount(Guid sessionId, int option, int count)
    {
        await Run(() => sessions.RecordCountAsync(sessionId, FacilitatorId, option, count));
        staffUpdates.Request(sessionId);
    }

    private (Guid Player, Guid Session) Caller() =>
        Context.Items[PlayerKey] is Guid playerId && Context.Items[SessionKey] is Guid sessionId
            ? (playerId, sessionId)
            : throw new HubException("live.player.unknown");

    private string FacilitatorId => Context.User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new HubException("live.session.unknown");

    // A refusal reaches the client as its interface-text key, to be shown in the player's language.
    private static async Task<T> Run<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (LiveException ex)
        {
            throw new HubException(ex.Key);
        }
    }

    private static async Task Run(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (LiveException ex)
        {
            throw new HubException(ex.Key);
        }
    }
}

/// <summary>Sends a session's new state to its players, projector and facilitator; used by the hub and the clock.</summary>
public sealed class LiveBroadcaster(IHubContext<LiveHub, ILiveClient> hub, LiveSessionService sessions)
{
    public async Task SessionAsync(Guid sessionId, CancellationToken cancel = default)
    {
        var view = await sessions.ViewAsync(sessionId, cancel);
        await hub.Clients.Group(LiveHub.Players(sessionId)).State(view);
        await StaffAsync(sessionId, cancel);
    }

    public async Task StaffAsync(Guid sessionId, CancellationToken cancel = default)
    {
        var view = await sessions.FacilitatorViewAsync(sessionId, null, cancel);
        await hub.Clients.Group(LiveHub.Staff(sessionId)).Facilitator(view);
        await hub.Clients.Group(LiveHub.Projector(sessionId)).Facilitator(ForProjector(view));
    }

    /// <summary>The view without the queue: only approved answers (the wall) stay.</summary>
    public static FacilitatorView ForProjector(FacilitatorView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view with { Discussion = view.Discussion is { } d ? d with { Queue = [] } : null };
    }
}

/// <summary>
/// Coalesces the facilitator's player list: when 2,000 students join in a minute, the list is sent a few
/// times a second, not once per join (which would send the whole list 2,000 times).
/// </summary>
public sealed class StaffUpdates(IServiceScopeFactory scopes, ILogger<StaffUpdates> logger) : BackgroundService
{
    private readonly System.Threading.Channels.Channel<Guid> _requests = System.Threading.Channels.Channel.CreateBounded<Guid>(
        new System.Threading.Channels.BoundedChannelOptions(10_000) { FullMode = System.Threading.Channels.BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for the session's staff view to be sent soon; many requests become one send.</summary>
    public void Request(Guid sessionId) => _requests.Writer.TryWrite(sessionId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pending = new HashSet<Guid>();
        while (await _requests.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), stoppingToken);
            while (_requests.Reader.TryRead(out var id))
            {
                pending.Add(id);
            }

            foreach (var id in pending)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<LiveBroadcaster>().StaffAsync(id, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Could not send the facilitator's view of session {Session}.", id);
                }
            }

            pending.Clear();
        }
    }
}

/// <summary>The clock: reveals timed questions whose deadline has passed. Deadlines are stored times, never in-memory timers.</summary>
public sealed class LiveClock(IServiceScopeFactory scopes, ILogger<LiveClock> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sessions = scope.ServiceProvider.GetRequiredService<LiveSessionService>();
                var broadcaster = scope.ServiceProvider.GetRequiredService<LiveBroadcaster>();
                foreach (var sessionId in await sessions.RevealDueAsync(stoppingToken))
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
