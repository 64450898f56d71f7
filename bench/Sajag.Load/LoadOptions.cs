using System.Globalization;

namespace Sajag.Load;

/// <summary>What one load run does; every count and every wait has a limit.</summary>
public sealed record LoadOptions
{
    public const string Usage = """
        Sajag live-session load generator.

          dotnet run -c Release --project bench/Sajag.Load -- --players N --sessions M --cards K --start [--postgres CONNECTION]
          dotnet run -c Release --project bench/Sajag.Load -- --players N --sessions M --cards K --url URL --email E --password P

          --start             build src/Sajag.Web (Release), run it on a free loopback port on a fresh temporary
                              SQLite database (or a fresh PostgreSQL database with --postgres), create the admin,
                              a school and the sessions, and remove it all at the end
          --postgres CONN     a PostgreSQL server on loopback (Host=127.0.0.1;Port=...;Username=...); a database
                              sajag_load_<random> is created on it and dropped at the end
          --app PATH          use this Sajag.Web.dll instead of building one
          --url URL           a running server on a loopback address, with a facilitator's --email and --password
          --players N         players in all (default 100, at most 20000)
          --sessions M        sessions the players are spread over (default 1)
          --cards K           cards each session plays (default 5, at most 56)
          --think SECONDS     each player answers after a random wait of 0 to SECONDS (default 10; 0 = all at once)
          --resend FRACTION   share of players that send every answer twice, as after a lost acknowledgement (default 0.05)
          --batch B           connections opened at once (default 200)
          --card-timeout S    longest wait for a card's answers before the reveal (default 60)
          --time-limit S      the whole run stops after S seconds (default 1800)
          --language bn|en    the sessions' language (default bn)
          --networks N        players' hub connections leave from N loopback networks (127.1.0.1, 127.2.0.1, ...), as
                              phones on different networks do: a load balancer that keys on the client's address
                              (nginx ip_hash, as deploy/nginx.conf) then spreads them over its instances (default 1:
                              every connection from 127.0.0.1)
          --hold SECONDS      after the joins, hold every connection idle for SECONDS before the game and report the
                              server's CPU while idle per 1,000 connections (keep-alives, timers; default 0: no hold)
          --deck fixed|random fixed (default): every session plays the pack's first K cards that have options, the same
                              cards in every run, so runs compare; random: K cards shuffled from every topic (discussion
                              cards included), as a facilitator's "topics" choice
          --client wire|hub   the players' SignalR client. wire (default): SignalR's JSON hub protocol spoken directly over a
                              real WebSocket (handshake, invocations, completions, pings, reconnects), one receive loop
                              per connection and one shared heartbeat, light enough for 10,000 players beside the
                              server; hub: the .NET HubConnection client per player (several times the generator's CPU)
          --skip-negotiation  wire client only: open the WebSocket without asking /hubs/live/negotiate first (as runs before
                              2026-12-08 did); by default each connection negotiates first, as signalr.js in a phone does
          --warmup N          before the measured game, N players in their own sessions play a whole game of the same
                              cards (then leave), so that the measured game runs on a warm server (compiled code, filled
                              pools and caches), as a server that has run a class before does; only the measured game's
                              CPU, latencies and answers are reported (default 0: the measured game starts cold)
          --pin               with --start: the load generator runs on core 0 and the app on core 1 (taskset), so each
                              has its own core; without --start, pin the generator yourself: taskset -c 0 dotnet ...

        The last line printed is one JSON object with players, sessions, answers, lost, duplicated,
        ack_p50_ms, ack_p95_ms, ack_p99_ms, reveal_p95_ms, server_peak_mb, server_cpu_ms_per_answer (the server's
        CPU time while the game was played, divided by the answers), server_cpu_ms_per_join, server_cpu_s and load_cpu_s
        (joins and game of the measured part, without start-up and warm-up), warmup_players and deck.
        """;

    public int Players { get; init; } = 100;

    public int Sessions { get; init; } = 1;

    public int Cards { get; init; } = 5;

    public bool Start { get; init; }

    public string? Postgres { get; init; }

    public string? App { get; init; }

    public Uri? Url { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }

    public TimeSpan Think { get; init; } = TimeSpan.FromSeconds(10);

    public double Resend { get; init; } = 0.05;

    public int Batch { get; init; } = 200;

    public TimeSpan CardTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(1800);

    public string Language { get; init; } = "bn";

    public bool Pin { get; init; }

    /// <summary>The same cards in every run (the pack's first cards with options) rather than a shuffle.</summary>
    public bool FixedDeck { get; init; } = true;

    /// <summary>Players of a whole game played before the measured one, so that the server is warm; 0: none.</summary>
    public int Warmup { get; init; }

    /// <summary>How long the joined players stay idle before the game, to measure what idle connections cost.</summary>
    public TimeSpan Hold { get; init; } = TimeSpan.Zero;

    /// <summary>How many loopback networks the players' connections leave from (1: all from 127.0.0.1).</summary>
    public int Networks { get; init; } = 1;

    /// <summary>The players' SignalR client: the hub protocol over a WebSocket (wire) or the .NET HubConnection (hub).</summary>
    public PlayerClient Client { get; init; } = PlayerClient.Wire;

    /// <summary>Whether the wire client negotiates before each connection, as signalr.js does (the default).</summary>
    public bool Negotiate { get; init; } = true;

    /// <summary>Reads the command line; a mistake throws <see cref="ArgumentException"/> with what is wrong.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var o = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            o = name switch
            {
                "--players" => o with { Players = Int(name, Value(), 1, 20_000) },
                "--sessions" => o with { Sessions = Int(name, Value(), 1, 5_000) },
                "--cards" => o with { Cards = Int(name, Value(), 1, 56) },
                "--start" => o with { Start = true },
                "--postgres" => o with { Postgres = Value() },
                "--app" => o with { App = Value() },
                "--url" => o with { Url = Uri.TryCreate(Value(), UriKind.Absolute, out var url) ? url : throw new ArgumentException("--url must be an absolute URL.") },
                "--email" => o with { Email = Value() },
                "--password" => o with { Password = Value() },
                "--think" => o with { Think = TimeSpan.FromSeconds(Number(name, Value(), 0, 300)) },
                "--resend" => o with { Resend = Number(name, Value(), 0, 1) },
                "--batch" => o with { Batch = Int(name, Value(), 1, 5_000) },
                "--card-timeout" => o with { CardTimeout = TimeSpan.FromSeconds(Number(name, Value(), 1, 600)) },
                "--time-limit" => o with { TimeLimit = TimeSpan.FromSeconds(Number(name, Value(), 10, 4 * 3600)) },
                "--pin" => o with { Pin = true },
                "--deck" => o with { FixedDeck = Value() switch { "fixed" => true, "random" => false, _ => throw new ArgumentException("--deck is fixed or random.") } },
                "--warmup" => o with { Warmup = Int(name, Value(), 0, 20_000) },
                "--hold" => o with { Hold = TimeSpan.FromSeconds(Number(name, Value(), 0, 600)) },
                "--client" => o with { Client = Value() switch { "wire" => PlayerClient.Wire, "hub" => PlayerClient.Hub, _ => throw new ArgumentException("--client is wire or hub.") } },
                "--skip-negotiation" => o with { Negotiate = false },
                "--networks" => o with { Networks = Int(name, Value(), 1, 250) },
                "--language" => o with { Language = Value() is "bn" or "en" ? args[i] : throw new ArgumentException("--language is bn or en.") },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return o.Checked();
    }

    private LoadOptions Checked()
    {
        if (Start == (Url is not null))
        {
            throw new ArgumentException("Give either --start or --url (with --email and --password).");
        }

        if (Url is not null && (!Url.IsLoopback || Url.Scheme is not ("http" or "https")))
        {
            throw new ArgumentException("--url must be an http(s) address on this machine (loopback only).");
        }

        if (Url is not null && (string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Password)))
        {
            throw new ArgumentException("--url needs --email and --password of a facilitator account.");
        }

        if (Pin && !Start)
        {
            throw new ArgumentException("--pin goes with --start; against a running server, start the generator with taskset -c 0 and the server with taskset -c 1.");
        }

        if (Postgres is not null && !Start)
        {
            throw new ArgumentException("--postgres goes with --start.");
        }

        if (App is not null && !File.Exists(App))
        {
            throw new ArgumentException($"--app {App}: no such file.");
        }

        return Sessions > Players ? throw new ArgumentException("--sessions cannot exceed --players.") : this;
    }

    private static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} is a whole number from {min} to {max}.");

    private static double Number(string name, string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} is a number from {min} to {max}.");
}
