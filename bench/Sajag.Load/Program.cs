using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Sajag.Load;

/// <summary>The load generator's entry point: see <see cref="LoadOptions.Usage"/> and README.md.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--help" or "-h"])
        {
            await Console.Out.WriteLineAsync(LoadOptions.Usage);
            return 0;
        }

        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n\n{LoadOptions.Usage}");
            return 2;
        }

        if (options.Pin && OperatingSystem.IsLinux())
        {
            // The generator on core 0; AppHost starts the app with taskset on core 1.
            using var self = Process.GetCurrentProcess();
            self.ProcessorAffinity = 1;
        }

        using var limit = new CancellationTokenSource(options.TimeLimit);
        try
        {
            return await LoadRun.RunAsync(options, Console.Out, limit.Token);
        }
        catch (Exception ex) when (ex is LoadException or HttpRequestException or Npgsql.NpgsqlException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"The run went past its time limit of {options.TimeLimit.TotalSeconds:0} s and stopped.");
            return 3;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"The run stopped on an unexpected error: {ex}");
            return 4;
        }
    }
}

/// <summary>One run: the server (started or given), the sessions, the players, the game, the comparison, the report.</summary>
public static class LoadRun
{
    private static readonly JsonSerializerOptions ReportJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<int> RunAsync(LoadOptions options, TextWriter output, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var email = options.Email ?? "load@sajag.test";
        var password = options.Password ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        await using var app = options.Start ? await AppHost.StartAsync(options, output, cancel) : null;
        try
        {
            var code = await RunOnAsync(options, output, app, email, password, cancel);
            if (app is not null && (code != 0 || app.ErrorLines > 0))
            {
                // The report has printed the app's first errors already.
                await app.KeepLogAsync(output, showErrors: false);
            }

            return code;
        }
        catch (Exception) when (app is not null)
        {
            // A failed request (an HTTP 500 from the app, say) or a run that could not go on: what the app said about it.
            await app.KeepLogAsync(output);
            throw;
        }
    }

    private static async Task<int> RunOnAsync(LoadOptions options, TextWriter output, AppHost? app, string email, string password, CancellationToken cancel)
    {
        var baseUri = app?.BaseUri ?? options.Url!;
        using var staff = new StaffClient(baseUri);
        if (app is not null)
        {
            await staff.CreateAdminAsync(await app.SetupToken, email, password, cancel);
        }
        else
        {
            await staff.LoginAsync(email, password, cancel);
        }

        var school = await staff.SchoolAsync(cancel);
        var form = await staff.FacilitatorFormAsync(cancel);
        var deck = options.FixedDeck ? await staff.QuestionCardsAsync(options.Cards, cancel) : null;
        using var joinHttp = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(60) };
        if (options.Warmup > 0)
        {
            await WarmUpAsync(options, output, app, staff, school, form, deck, joinHttp, cancel);
        }

        var (sessions, players, recorder) = await SetUpAsync(options, staff, school, form, deck, cancel);
        await output.WriteLineAsync($"setup: {sessions.Count} sessions of {options.Cards} cards ({(deck is null ? "shuffled" : "fixed: " + string.Join(", ", deck))}) " +
            $"on {baseUri}, each watched by its facilitator");
        try
        {
            return await PlayAndReportAsync(options, output, app, staff, joinHttp, sessions, players, recorder, cancel);
        }
        catch (Exception) when (app?.Exit is { } exit)
        {
            throw new LoadException($"The run could not go on: {exit}");
        }
        finally
        {
            await LeaveAsync(options, sessions, players);
        }
    }

    // Sessions (each watched by its facilitator's connection) and players spread over them, nobody joined yet.
    private static async Task<(List<SessionRun> Sessions, List<Player> Players, Recorder Recorder)> SetUpAsync(LoadOptions options, StaffClient staff,
        int school, string form, IReadOnlyList<string>? deck, CancellationToken cancel)
    {
        var sessions = new List<SessionRun>();
        for (var i = 0; i < options.Sessions; i++)
        {
            var (id, code) = await staff.CreateSessionAsync(school, options.Cards, options.Language, form, deck, cancel);
            sessions.Add(new SessionRun(id, code, options.Cards, cancel));
        }

        foreach (var session in sessions)
        {
            await session.WatchAsync(staff);
        }

        var recorder = new Recorder();
        var players = new List<Player>();
        for (var i = 0; i < options.Players; i++)
        {
            var session = sessions[i % sessions.Count];
            var player = new Player(i, session, recorder, options, resends: Random.Shared.NextDouble() < options.Resend);
            session.Players.Add(player);
            players.Add(player);
        }

        return (sessions, players, recorder);
    }

    private static async Task JoinAllAsync(LoadOptions options, TextWriter output, HttpClient joinHttp, Uri baseUri, List<Player> players, string what, CancellationToken cancel)
    {
        var joining = Stopwatch.StartNew();
        foreach (var batch in players.Chunk(options.Batch))
        {
            await Task.WhenAll(batch.Select(p => p.JoinAsync(joinHttp, baseUri, cancel)));
            await output.WriteLineAsync($"{what}: {players.Count(p => p.Joined)}/{players.Count} connected after {joining.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private static async Task LeaveAsync(LoadOptions options, List<SessionRun> sessions, List<Player> players)
    {
        foreach (var batch in players.Chunk(options.Batch))
        {
            await Task.WhenAll(batch.Select(p => p.DisposeAsync().AsTask()));
        }

        foreach (var session in sessions)
        {
            await session.StopWatchingAsync();
        }
    }

    // A whole game of the same cards before the measured one, in sessions of its own; its players leave before the measured joins.
    private static async Task WarmUpAsync(LoadOptions options, TextWriter output, AppHost? app, StaffClient staff, int school, string form,
        IReadOnlyList<string>? deck, HttpClient joinHttp, CancellationToken cancel)
    {
        // A short think time: the warm-up is there to compile and fill pools, not to be measured, and the matrix has runs to do.
        var warm = options with
        {
            Players = options.Warmup,
            Sessions = Math.Clamp(options.Sessions, 1, options.Warmup),
            Hold = TimeSpan.Zero,
            Think = TimeSpan.FromSeconds(Math.Min(options.Think.TotalSeconds, 2)),
        };
        var from = await CpuAsync(staff, cancel);
        var clock = Stopwatch.StartNew();
        var (sessions, players, recorder) = await SetUpAsync(warm, staff, school, form, deck, cancel);
        var joined = 0;
        try
        {
            await JoinAllAsync(warm, output, joinHttp, staff.BaseUri, players, "warm-up join", cancel);
            joined = players.Count(p => p.Joined);
            await Task.WhenAll(sessions.Select(s => s.PlayAsync(warm)));
        }
        catch (Exception) when (app?.Exit is { } exit)
        {
            throw new LoadException($"The warm-up could not go on: {exit}");
        }
        finally
        {
            await LeaveAsync(warm, sessions, players);
        }

        var cpu = await CpuAsync(staff, cancel) - from;
        await output.WriteLineAsync($"warm-up: {joined} players in {sessions.Count} sessions, {players.Sum(p => p.Accepted.Count)} answers " +
            $"in {clock.Elapsed.TotalSeconds:0.0} s: server CPU {cpu.ServerMs / 1000:0.0} s, generator {cpu.GeneratorMs / 1000:0.0} s (not counted below; " +
            $"ack p95 {recorder.AckLatency().P95:0.0} ms)");
    }

    private static async Task<int> PlayAndReportAsync(LoadOptions options, TextWriter output, AppHost? app, StaffClient staff, HttpClient joinHttp,
        List<SessionRun> sessions, List<Player> players, Recorder recorder, CancellationToken cancel)
    {
        // CPU time of the server and of the generator at each step: on a shared machine, the robust figures.
        var cpuBeforeJoins = await CpuAsync(staff, cancel);
        var joining = Stopwatch.StartNew();
        await JoinAllAsync(options, output, joinHttp, staff.BaseUri, players, "join", cancel);

        var joined = players.Count(p => p.Joined);
        if (app?.Exit is { } exit)
        {
            throw new LoadException($"While players joined, {exit}");
        }

        var joinSeconds = joining.Elapsed.TotalSeconds;
        if (options.Hold > TimeSpan.Zero)
        {
            // What the connections cost when nothing happens: keep-alives both ways, timers, heartbeats.
            var idleFrom = await CpuAsync(staff, cancel);
            var idle = Stopwatch.StartNew();
            await Task.Delay(options.Hold, cancel);
            var idleCpu = await CpuAsync(staff, cancel) - idleFrom;
            var perThousand = joined > 0 ? idleCpu.ServerMs / idle.Elapsed.TotalSeconds / joined * 1000 : 0;
            await output.WriteLineAsync($"idle: {joined} connections held {idle.Elapsed.TotalSeconds:0.0} s: server CPU {idleCpu.ServerMs / 1000:0.00} s " +
                $"({perThousand:0.0} ms per second per 1,000 connections), generator {idleCpu.GeneratorMs / 1000:0.00} s");
        }

        if (sessions.Count == 1)
        {
            // One session: its reveals do not overlap, so each can be measured apart (where a reveal's time goes).
            sessions[0].RevealCpu = async c => (await CpuAsync(staff, c)) is var cpu ? (cpu.ServerMs, cpu.GeneratorMs, cpu.ServerBytes) : default;
        }

        var cpuBeforePlay = await CpuAsync(staff, cancel);
        var playing = Stopwatch.StartNew();
        var failed = new List<string>();
        await Task.WhenAll(sessions.Select(async s =>
        {
            try
            {
                await s.PlayAsync(options);
            }
            catch (LoadException ex)
            {
                lock (failed)
                {
                    failed.Add(ex.Message);
                }
            }
        }));
        var playSeconds = playing.Elapsed.TotalSeconds;
        var cpuAfterPlay = await CpuAsync(staff, cancel);
        var held = players.Count(p => p.Connected);
        if (app?.Exit is { } gone)
        {
            throw new LoadException($"During the game, {gone}");
        }

        await output.WriteLineAsync($"play: {sessions.Sum(s => s.CardsPlayed)} cards in {sessions.Count} sessions in {playSeconds:0.0} s");
        var commandErrors = sessions.SelectMany(s => s.Errors).ToList();
        if (commandErrors.Count > 0 || failed.Count > 0)
        {
            await output.WriteLineAsync($"facilitator: {commandErrors.Count} commands failed on the server ({string.Join("; ", commandErrors.Distinct().Take(5))}); " +
                $"{failed.Count} sessions could not go on ({string.Join("; ", failed.Take(5))})");
        }

        // What the database holds, compared with what the players were told.
        var lost = 0;
        var storedTwice = 0;
        var ackedNewTwice = 0;
        var storedUnacknowledged = 0;
        var stored = 0;
        foreach (var session in sessions)
        {
            var rows = await staff.StoredAnswersAsync(session.Id, cancel);
            stored += rows.Count;
            var counts = rows.GroupBy(r => (r.PlayerId, r.CardIndex)).ToDictionary(g => g.Key, g => g.Count());
            storedTwice += counts.Values.Sum(n => n - 1);
            foreach (var player in session.Players.Where(p => p.Id != Guid.Empty))
            {
                lost += player.Accepted.Keys.Count(card => !counts.ContainsKey((player.Id, card)));
                ackedNewTwice += player.NewAcks.Values.Sum(n => n - 1);
                storedUnacknowledged += counts.Keys.Count(k => k.PlayerId == player.Id && !player.Accepted.ContainsKey(k.CardIndex));
            }
        }

        var answers = players.Sum(p => p.Accepted.Count);
        var duplicated = storedTwice + ackedNewTwice;
        var memory = await staff.ServerMemoryAsync(cancel);
        var peakMb = Math.Max(memory.PeakWorkingSetMb, app?.PeakWorkingSetMb ?? 0);
        var ack = recorder.AckLatency();
        var reveal = recorder.RevealLatency();
        var windowSeconds = UnionSeconds(sessions.SelectMany(s => s.AnswerWindows));
        var timeouts = sessions.Sum(s => s.Timeouts);

        string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        await output.WriteLineAsync($"players' client: {(options.Client == PlayerClient.Wire ? "wire (the SignalR JSON hub protocol over a WebSocket per player)" : "hub (a .NET HubConnection per player)")}");
        await output.WriteLineAsync($"connections: {joined}/{options.Players} joined in {F(joinSeconds)} s; {held} held to the end; {recorder.Reconnects} reconnects, {recorder.Closed} closed for good; " +
            $"{recorder.JoinRequestsFailed} join requests failed and were tried again ({recorder.JoinStatuses})");
        await output.WriteLineAsync($"answers: {answers} acknowledged, {stored} stored; {recorder.Refused} refused, {recorder.Failed} failed; " +
            $"{recorder.Resent} sent twice ({recorder.Resent - recorder.ResentNotDuplicate} acknowledged as duplicates)");
        await output.WriteLineAsync($"answers per second: {F(windowSeconds > 0 ? ack.Count / windowSeconds : 0)} over {F(windowSeconds)} s of answering (think time 0-{F(options.Think.TotalSeconds)} s); peak second {recorder.PeakAnswersPerSecond()}");
        await output.WriteLineAsync($"answer to acknowledgement ms: p50 {F(ack.P50)}, p95 {F(ack.P95)}, p99 {F(ack.P99)}, max {F(ack.Max)} (n={ack.Count})");
        await output.WriteLineAsync($"reveal broadcast ms: p50 {F(reveal.P50)}, p95 {F(reveal.P95)}, p99 {F(reveal.P99)}, max {F(reveal.Max)} (n={reveal.Count})");
        if (sessions is [{ RevealCosts: { Count: > 0 } costs }])
        {
            await output.WriteLineAsync($"each reveal (mean of {costs.Count}; ms from the Reveal command): the command returned after {F(costs.Average(c => c.CommandMs))} " +
                $"(stored, view built, queued to every connection), the last phone had it after {F(costs.Average(c => c.LastMs))}; CPU per reveal: " +
                $"server {F(costs.Average(c => c.ServerCpuMs))} ms, generator {F(costs.Average(c => c.GeneratorCpuMs))} ms; server allocated {F(costs.Average(c => c.ServerBytes) / 1e6)} MB per reveal");
        }

        await output.WriteLineAsync($"server: peak working set {peakMb} MB (now {memory.WorkingSetMb} MB, managed heap {memory.ManagedMb} MB)" +
            (app is null ? "" : $"; CPU {F(app.ProcessorTime.TotalSeconds)} s; {app.ErrorLines} error lines in its log; {app.Database}"));
        using (var self = Process.GetCurrentProcess())
        {
            await output.WriteLineAsync($"load generator: CPU {F(self.TotalProcessorTime.TotalSeconds)} s, peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB; " +
                $"machine load average {LoadAverage()} over the last minute, on {Environment.ProcessorCount} cores" +
                (options.Pin ? " (generator pinned to core 0, app to core 1)" : ""));
        }

        var joinCpu = cpuBeforePlay - cpuBeforeJoins;
        var playCpu = cpuAfterPlay - cpuBeforePlay;
        var perAnswer = answers > 0 ? playCpu.ServerMs / answers : 0;
        var perJoin = joined > 0 ? joinCpu.ServerMs / joined : 0;
        await output.WriteLineAsync($"CPU while joining: server {F(joinCpu.ServerMs / 1000)} s ({perJoin:0.00} ms per join), generator {F(joinCpu.GeneratorMs / 1000)} s; " +
            $"while playing: server {F(playCpu.ServerMs / 1000)} s ({perAnswer:0.00} ms per answer, reveals and commands included), generator {F(playCpu.GeneratorMs / 1000)} s " +
            $"(server/generator {(playCpu.GeneratorMs > 0 ? playCpu.ServerMs / playCpu.GeneratorMs : 0):0.00}); " +
            $"joins and game: server {(answers > 0 ? (joinCpu.ServerMs + playCpu.ServerMs) / answers : 0):0.00} ms per answer" +
            (options.Warmup > 0 ? $" (after a warm-up game of {options.Warmup} players)" : " (a cold server: compiling included)"));
        await output.WriteLineAsync($"server allocated: {F(joined > 0 ? joinCpu.ServerBytes / 1e3 / joined : 0)} KB per join, " +
            $"{F(answers > 0 ? playCpu.ServerBytes / 1e3 / answers : 0)} KB per answer while playing (reveals and commands included)");

        if (app is { ErrorLines: > 0 })
        {
            await output.WriteLineAsync($"server errors (the first of {app.ErrorLines}):\n  {string.Join("\n  ", app.FirstErrors)}");
        }

        await output.WriteLineAsync($"lost {lost}, duplicated {duplicated} (stored twice {storedTwice}, acknowledged as new twice {ackedNewTwice}); stored but never acknowledged {storedUnacknowledged}; waits that timed out {timeouts}");
        var complete = joined == options.Players && recorder.Failed == 0 && commandErrors.Count == 0 && failed.Count == 0;
        var met = ack.P95 < 200 && lost == 0 && duplicated == 0 && complete;
        await output.WriteLineAsync($"target (p95 ack < 200 ms; every player in; nothing lost, duplicated or failed): {(met ? "met" : "MISSED")}");

        var report = new LoadReport(joined, sessions.Count, answers, lost, duplicated,
            Math.Round(ack.P50, 1), Math.Round(ack.P95, 1), Math.Round(ack.P99, 1), Math.Round(reveal.P95, 1), peakMb,
            Math.Round(perAnswer, 3), Math.Round(perJoin, 3), Math.Round((cpuAfterPlay.ServerMs - cpuBeforeJoins.ServerMs) / 1000, 1),
            Math.Round((cpuAfterPlay.GeneratorMs - cpuBeforeJoins.GeneratorMs) / 1000, 1),
            Math.Round(answers > 0 ? (cpuAfterPlay.ServerMs - cpuBeforeJoins.ServerMs) / answers : 0, 3), options.Warmup, options.FixedDeck ? "fixed" : "random",
            options.Client == PlayerClient.Wire ? "wire" : "hub", Math.Round(playCpu.GeneratorMs / 1000, 1), LoadAverage());
        await output.WriteLineAsync(JsonSerializer.Serialize(report, ReportJson));
        await output.FlushAsync(cancel);
        return lost == 0 && duplicated == 0 && complete ? 0 : 1;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static async Task<Cpu> CpuAsync(StaffClient staff, CancellationToken cancel)
    {
        var server = await staff.ServerMemoryAsync(cancel);
        using var self = Process.GetCurrentProcess();
        return new Cpu(server.CpuMs, self.TotalProcessorTime.TotalMilliseconds, server.AllocatedBytes);
    }

    private readonly record struct Cpu(double ServerMs, double GeneratorMs, double ServerBytes = 0)
    {
        public static Cpu operator -(Cpu a, Cpu b) => new(a.ServerMs - b.ServerMs, a.GeneratorMs - b.GeneratorMs, a.ServerBytes - b.ServerBytes);
    }

    // The time during which at least one session was taking answers (windows of sessions overlap).
    private static double UnionSeconds(IEnumerable<(long From, long To)> windows)
    {
        long total = 0, end = long.MinValue;
        foreach (var (from, to) in windows.OrderBy(w => w.From))
        {
            var start = Math.Max(from, end);
            if (to > start)
            {
                total += to - start;
            }

            end = Math.Max(end, to);
        }

        return (double)total / Stopwatch.Frequency;
    }
}

/// <summary>The last line of a run, one JSON object.</summary>
public sealed record LoadReport(int Players, int Sessions, int Answers, int Lost, int Duplicated,
    double AckP50Ms, double AckP95Ms, double AckP99Ms, double RevealP95Ms, long ServerPeakMb,
    double ServerCpuMsPerAnswer, double ServerCpuMsPerJoin, double ServerCpuS, double LoadCpuS,
    double ServerCpuMsPerAnswerWithJoins, int WarmupPlayers, string Deck, string Client, double LoadCpuPlayS, string LoadAverage);
