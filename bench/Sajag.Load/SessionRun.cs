using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Sajag.Load;

/// <summary>
/// One session and its facilitator: Start, wait for the room's answers (or the card's time limit),
/// Reveal, wait for every phone to show the reveal, Next (twice when a discussion follows), to the end.
/// </summary>
public sealed class SessionRun(Guid id, string code, int cards, CancellationToken cancel)
{
    private static readonly TimeSpan RevealLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PushLimit = TimeSpan.FromSeconds(30);
    private readonly Lock _viewLock = new();
    private FacilitatorView? _view;
    private readonly long[] _revealSentAt = new long[cards];
    private readonly long[] _questionAt = new long[cards];
    private readonly long[] _lastAckAt = new long[cards];
    private readonly int[] _settled = new int[cards];
    private readonly int[] _revealed = new int[cards];
    private readonly long[] _revealDoneAt = new long[cards];
    private readonly long[] _revealLastAt = new long[cards];
    private int _ended;
    private HubConnection? _staff;

    public Guid Id { get; } = id;

    public string Code { get; } = code;

    public CancellationToken Cancel { get; } = cancel;

    public List<Player> Players { get; } = [];

    /// <summary>
    /// When set (one session), each reveal is measured apart: the server's and the generator's CPU (this reads both)
    /// before the Reveal command and after the last phone saw the reveal.
    /// </summary>
    public Func<CancellationToken, Task<(double ServerMs, double GeneratorMs, double ServerBytes)>>? RevealCpu { get; set; }

    /// <summary>What each reveal cost, when <see cref="RevealCpu"/> is set.</summary>
    public List<RevealCost> RevealCosts { get; } = [];

    public int CardsPlayed { get; private set; }

    /// <summary>The facilitator's commands the server failed (each is checked and sent again).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Cards whose answers were not all in before the time limit, and reveals not seen by every phone in time.</summary>
    public int Timeouts { get; private set; }

    /// <summary>Each played card's answering window: from the question to its last acknowledgement.</summary>
    public IEnumerable<(long From, long To)> AnswerWindows =>
        Enumerable.Range(0, CardsPlayed).Where(i => _lastAckAt[i] > 0).Select(i => (_questionAt[i], Volatile.Read(ref _lastAckAt[i])));

    /// <summary>
    /// Opens the facilitator's screen as live-staff.js does: one Watch when it connects (and again after a reconnect),
    /// then the views the server pushes (Facilitator). Until 2026-12-07 16:00 UTC (issue 11, ninth step) the generator
    /// also called Watch after every Next, a full staff view (every player's row) that no facilitator's screen asks for;
    /// runs before that paid for it (most in the 100-session runs).
    /// </summary>
    public async Task WatchAsync(StaffClient staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var connection = Player.Connect(staff.BaseUri, staff.Cookies);
        _staff = connection;
        connection.On<FacilitatorView>("Facilitator", Pushed);
        connection.Reconnected += async _ => Pushed(await connection.InvokeAsync<FacilitatorView>("Watch", Id, Cancel));
        await connection.StartAsync(Cancel);
        Pushed(await connection.InvokeAsync<FacilitatorView>("Watch", Id, Cancel));
    }

    private void Pushed(FacilitatorView view)
    {
        lock (_viewLock)
        {
            // Keep the furthest view: one built before a move may arrive after the move's own.
            if (_view is null || Position(view) >= Position(_view))
            {
                _view = view;
            }
        }
    }

    private static int Position(int card, string phase) => Position(new FacilitatorView(new SessionView(default, phase, 0, 0, new CardView(card, 0, [], false)), ""));

    // Where a view is in the game: the card, then the phase within it; the end after everything.
    private static int Position(FacilitatorView view) => view.Session.Phase switch
    {
        "ended" => int.MaxValue,
        var phase => ((view.Session.Card?.Index ?? -1) + 1) * 10 + phase switch { "lobby" => 0, "question" => 1, "reveal" => 2, "discuss" => 3, "podium" => 4, _ => 5 },
    };

    // The view the server pushed after a command moved the session past <paramref name="before"/>, as the facilitator's screen
    // sees it; a screen that hears nothing for a while asks again (Watch), counted as an error.
    private async Task<FacilitatorView> MovedViewAsync(HubConnection staff, int before)
    {
        FacilitatorView? Seen()
        {
            lock (_viewLock)
            {
                return _view is { } v && Position(v) > before ? v : null;
            }
        }

        if (await Player.WaitAsync(() => Seen() is not null, PushLimit, Cancel) && Seen() is { } pushed)
        {
            return pushed;
        }

        Errors.Add($"no pushed view after {PushLimit.TotalSeconds:0} s; asked with Watch");
        var asked = await ViewAsync(staff);
        Pushed(asked);
        return asked;
    }

    private int CurrentPosition()
    {
        lock (_viewLock)
        {
            return _view is null ? -1 : Position(_view);
        }
    }

    public async Task PlayAsync(LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var staff = _staff ?? throw new InvalidOperationException("Watch first.");
        var room = Players.Count(p => p.Joined);
        var card = 0;
        var openedAt = Stopwatch.GetTimestamp();
        await CommandAsync(staff, "Start", "lobby");
        for (var step = 0; step < 3 * cards; step++)
        {
            _questionAt[card] = openedAt;
            CardsPlayed = card + 1;
            if (!await Player.WaitAsync(() => Volatile.Read(ref _settled[card]) >= room, options.CardTimeout, Cancel))
            {
                Timeouts++;
            }

            var cpuBefore = RevealCpu is null ? default : await RevealCpu(Cancel);
            var sentAt = Stopwatch.GetTimestamp();
            Volatile.Write(ref _revealSentAt[card], sentAt);
            await CommandAsync(staff, "Reveal", "question");
            _revealDoneAt[card] = Stopwatch.GetTimestamp();
            if (!await Player.WaitAsync(() => Volatile.Read(ref _revealed[card]) >= room, RevealLimit, Cancel))
            {
                Timeouts++;
            }
            else if (RevealCpu is not null)
            {
                var cpuAfter = await RevealCpu(Cancel);
                RevealCosts.Add(new RevealCost(Stopwatch.GetElapsedTime(sentAt, _revealDoneAt[card]).TotalMilliseconds,
                    Stopwatch.GetElapsedTime(sentAt, Volatile.Read(ref _revealLastAt[card])).TotalMilliseconds,
                    cpuAfter.ServerMs - cpuBefore.ServerMs, cpuAfter.GeneratorMs - cpuBefore.GeneratorMs, cpuAfter.ServerBytes - cpuBefore.ServerBytes));
            }

            openedAt = Stopwatch.GetTimestamp();
            var before = Position(card, "reveal");
            await CommandAsync(staff, "Next", "reveal");
            var view = await MovedViewAsync(staff, before);
            if (view.Session.Phase == "discuss")
            {
                openedAt = Stopwatch.GetTimestamp();
                before = CurrentPosition();
                await CommandAsync(staff, "Next", "discuss");
                view = await MovedViewAsync(staff, before);
            }

            if (view.Session.Phase == "ended")
            {
                break;
            }

            card = view.Session.Card is { } next && next.Index == card + 1
                ? next.Index
                : throw new LoadException($"Session {Code} is in {view.Session.Phase} at card {view.Session.Card?.Index} after card {card}.");
        }

        if (!await Player.WaitAsync(() => Volatile.Read(ref _ended) >= room, RevealLimit, Cancel))
        {
            Timeouts++;
        }
    }

    // A command the server failed is checked and, when it did not take effect, sent again, as a facilitator clicks again.
    private async Task CommandAsync(HubConnection staff, string command, string phaseBefore)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await staff.InvokeAsync("Command", Id, command, Cancel);
                return;
            }
            catch (Exception ex) when (ex is HubException or InvalidOperationException or TimeoutException or IOException || Lost(ex))
            {
                // A server error, or a connection that is reconnecting or was lost (its pending call is then canceled): wait for it, then look before sending again.
                Errors.Add($"{command}: {ex.Message}");
                await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
                await Player.WaitAsync(() => staff.State == HubConnectionState.Connected, TimeSpan.FromSeconds(30), Cancel);
                if ((await ViewAsync(staff)).Session.Phase != phaseBefore)
                {
                    return;
                }

                if (attempt == 3)
                {
                    throw new LoadException($"Session {Code}: {command} failed three times.");
                }
            }
        }
    }

    private async Task<FacilitatorView> ViewAsync(HubConnection staff)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await staff.InvokeAsync<FacilitatorView>("Watch", Id, Cancel);
            }
            catch (Exception ex) when ((ex is HubException or InvalidOperationException or TimeoutException or IOException || Lost(ex)) && attempt < 3)
            {
                Errors.Add($"Watch: {ex.Message}");
                await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
                await Player.WaitAsync(() => staff.State == HubConnectionState.Connected, TimeSpan.FromSeconds(30), Cancel);
            }
            catch (Exception ex) when (ex is HubException or InvalidOperationException or TimeoutException or IOException || Lost(ex))
            {
                throw new LoadException($"Session {Code}: Watch failed three times ({ex.Message}).");
            }
        }
    }

    // A call pending when its connection closed ends canceled, though the run was not.
    private bool Lost(Exception ex) => ex is OperationCanceledException && !Cancel.IsCancellationRequested;

    public void Settled(int card) => Interlocked.Increment(ref _settled[card]);

    public void AckedAt(int card, long at)
    {
        long seen;
        do
        {
            seen = Volatile.Read(ref _lastAckAt[card]);
        }
        while (at > seen && Interlocked.CompareExchange(ref _lastAckAt[card], at, seen) != seen);
    }

    public void Revealed(int card, long receivedAt, Recorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        var sentAt = Volatile.Read(ref _revealSentAt[card]);
        if (sentAt > 0)
        {
            recorder.Reveal(sentAt, receivedAt);
        }

        long seen;
        do
        {
            seen = Volatile.Read(ref _revealLastAt[card]);
        }
        while (receivedAt > seen && Interlocked.CompareExchange(ref _revealLastAt[card], receivedAt, seen) != seen);
        Interlocked.Increment(ref _revealed[card]);
    }

    public void EndedSeen() => Interlocked.Increment(ref _ended);

    public async ValueTask StopWatchingAsync()
    {
        if (_staff is not null)
        {
            await _staff.DisposeAsync();
        }
    }
}

/// <summary>
/// One reveal of a session: when the facilitator's Reveal call returned (the server had stored the move, built the view and
/// queued it to every connection of the group) and when the last phone had it, from the moment the command was sent; the
/// server's and the generator's CPU from before the command to after the last phone had it.
/// </summary>
public sealed record RevealCost(double CommandMs, double LastMs, double ServerCpuMs, double GeneratorCpuMs, double ServerBytes = 0);
