using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace Sajag.Load;

/// <summary>
/// The app run by the load generator itself (--start): a Release build of src/Sajag.Web on a free
/// loopback port, a fresh database (a temporary SQLite file, or a new PostgreSQL database), join limits
/// raised so one machine can join thousands of players. Disposing stops it and deletes the data.
/// </summary>
public sealed partial class AppHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _work;
    private readonly string? _postgresServer;
    private readonly string? _database;
    private readonly StreamWriter _log;
    private readonly Queue<string> _tail = new();
    private readonly Lock _gate = new();
    private readonly List<string> _errors = [];
    private int _errorLinesLeft;
    private volatile bool _ready;
    private volatile bool _stopping;
    private readonly TaskCompletionSource<string> _setupToken = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppHost(Process process, DirectoryInfo work, string? postgresServer, string? database)
    {
        (_process, _work, _postgresServer, _database) = (process, work, postgresServer, database);
        _log = new StreamWriter(Path.Join(work.FullName, "app.log"));
    }

    /// <summary>Where the app listens: it picks a free loopback port itself and logs it.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public string Database => _database is null ? "SQLite (temporary file)" : $"PostgreSQL (database {_database})";

    /// <summary>Lines the app wrote at error level ("fail:" or "crit:").</summary>
    public int ErrorLines { get; private set; }

    /// <summary>The app's own peak working set (VmHWM), read from outside.</summary>
    public long PeakWorkingSetMb
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? 0 : _process.PeakWorkingSet64 / (1024 * 1024);
        }
    }

    /// <summary>When the app stopped by itself (or was stopped by someone else) during the run: how, and its last lines.</summary>
    public string? Exit => _process.HasExited && !_stopping
        ? $"the app exited with code {_process.ExitCode} (137 = killed, 143 = terminated, 134 = aborted) at {_process.ExitTime:HH:mm:ss}. Its last lines:\n{string.Join('\n', Tail)}"
        : null;

    public TimeSpan ProcessorTime => _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;

    /// <summary>The first errors the app logged, a few lines each.</summary>
    public IReadOnlyList<string> FirstErrors
    {
        get
        {
            lock (_gate)
            {
                return _errors.ToList();
            }
        }
    }

    /// <summary>The app's last lines of output, for a report of what went wrong.</summary>
    public IReadOnlyList<string> Tail
    {
        get
        {
            lock (_gate)
            {
                return _tail.ToList();
            }
        }
    }

    public static async Task<AppHost> StartAsync(LoadOptions options, TextWriter progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var dll = options.App ?? await BuildAsync(progress, cancel);
        var work = Directory.CreateTempSubdirectory("sajag-load-");
        string? database = null;
        string? server = null;
        string connection;
        try
        {
            if (options.Postgres is { } postgres)
            {
                (server, database, connection) = await CreateDatabaseAsync(postgres, cancel);
            }
            else
            {
                connection = $"Data Source={Path.Join(work.FullName, "sajag.db")}";
            }
        }
        catch
        {
            work.Delete(recursive: true);
            throw;
        }

        // The content root is the working directory: the project folder (with wwwroot) when the dll is its build output.
        var folder = Path.GetDirectoryName(Path.GetFullPath(dll))!;
        var project = Path.GetFullPath(Path.Join(folder, "..", "..", ".."));
        // --pin: the app on core 1 (the generator pins itself to core 0), so the two do not take each other's time.
        var start = new ProcessStartInfo(options.Pin ? "taskset" : "dotnet")
        {
            WorkingDirectory = Directory.Exists(Path.Join(project, "wwwroot")) ? project : folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (options.Pin)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("1");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(Path.GetFullPath(dll));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database is null ? "Sqlite" : "Postgres";
        start.Environment["Database__ConnectionString"] = connection;
        start.Environment["Live__JoinsPerAddressPerMinute"] = "1000000";
        start.Environment["Live__WrongCodesPerAddressPerMinute"] = "1000000";
        start.Environment["Live__JoinsPerSecond"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["Redis__Connection"] = "";

        var process = new Process { StartInfo = start };
        var host = new AppHost(process, work, server, database);
        process.OutputDataReceived += (_, e) => host.Line(e.Data);
        process.ErrorDataReceived += (_, e) => host.Line(e.Data);
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var exited = process.WaitForExitAsync(cancel);
            var started = Task.WhenAll(host._setupToken.Task, host._listening.Task);
            if (await Task.WhenAny(started, exited, Task.Delay(TimeSpan.FromSeconds(120), cancel)) != started)
            {
                throw new LoadException($"The app did not print its setup link and address within 120 s (exited: {process.HasExited}). Last lines:\n{string.Join('\n', host.Tail)}");
            }

            host.BaseUri = await host._listening.Task;
            await progress.WriteLineAsync($"app: dotnet {dll} on {host.BaseUri} with {host.Database}, log in {work.FullName}/app.log");

            // The link is printed before the app listens: wait for its health check.
            await host.WaitForHealthAsync(cancel);
            host._ready = true;
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private async Task WaitForHealthAsync(CancellationToken cancel)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(10) };
        for (var attempt = 0; attempt < 120 && !_process.HasExited; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancel);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500, cancel);
        }

        throw new LoadException($"The app did not answer /health within 60 s. Last lines:\n{string.Join('\n', Tail)}");
    }

    /// <summary>The one-time setup link's token, read from the app's first-start log line.</summary>
    public Task<string> SetupToken => _setupToken.Task;

    private void Line(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _log.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > 40)
            {
                _tail.Dequeue();
            }

            // Errors while starting (EF Core logs its look for a migrations table on a new PostgreSQL database) do not count.
            if (_ready && (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)))
            {
                ErrorLines++;
                _errorLinesLeft = ErrorLines <= 3 ? 12 : 0;
            }

            if (_errorLinesLeft-- > 0)
            {
                _errors.Add(line);
            }
        }

        if (SetupLink().Match(line) is { Success: true } match)
        {
            _setupToken.TrySetResult(match.Groups[1].Value);
        }

        if (Listening().Match(line) is { Success: true } address)
        {
            _listening.TrySetResult(new Uri(address.Groups[1].Value));
        }
    }

    // Builds (or finds up to date) the Release build of src/Sajag.Web in the clone this program runs from.
    private static async Task<string> BuildAsync(TextWriter progress, CancellationToken cancel)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Join(root.FullName, "Sajag.slnx")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new LoadException("Cannot find the Sajag clone above this program; give --app PATH/Sajag.Web.dll.");
        }

        var project = Path.Join(root.FullName, "src", "Sajag.Web", "Sajag.Web.csproj");
        await progress.WriteLineAsync($"build: dotnet build -c Release {project}");
        var build = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "build", "-c", "Release", project, "-nologo", "-v", "q" })
        {
            build.ArgumentList.Add(arg);
        }

        using var process = Process.Start(build) ?? throw new LoadException("dotnet build did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(TimeSpan.FromMinutes(15));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new LoadException("dotnet build took more than 15 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new LoadException($"dotnet build failed:\n{await output}\n{await errors}");
        }

        return Path.Join(root.FullName, "src", "Sajag.Web", "bin", "Release", "net10.0", "Sajag.Web.dll");
    }

    private static async Task<(string Server, string Database, string Connection)> CreateDatabaseAsync(string postgres, CancellationToken cancel)
    {
        var server = new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres", Pooling = false };
        if (!IsLoopback(server.Host))
        {
            throw new LoadException("--postgres must be on this machine (Host=127.0.0.1, ::1 or localhost).");
        }

        var name = $"sajag_load_{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(cancel);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancel);
        }

        var app = new NpgsqlConnectionStringBuilder(postgres) { Database = name };
        return (server.ConnectionString, name, app.ConnectionString);
    }

    private static bool IsLoopback(string? host) =>
        host is "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private string? _keptLog;

    /// <summary>
    /// After a failed request or run: the app's errors (or, without any, its last lines) printed, and its log kept past
    /// the run (the temporary folder, database included, is still removed).
    /// </summary>
    public async Task KeepLogAsync(TextWriter output, bool showErrors = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_keptLog is not null)
        {
            return;
        }

        _keptLog = Path.Join(Path.GetTempPath(), $"sajag-load-app-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
        var errors = FirstErrors;
        if (showErrors)
        {
            await output.WriteLineAsync(errors.Count > 0
            ? $"app errors (the first of {ErrorLines} error lines):\n  {string.Join("\n  ", errors)}"
                : $"the app logged no errors; its last lines:\n  {string.Join("\n  ", Tail)}");
        }

        await output.WriteLineAsync($"app log kept at {_keptLog}");
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                await _process.WaitForExitAsync(wait.Token);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
            // Never started, or would not stop in time: the data is removed all the same.
        }

        _process.Dispose();
        lock (_gate)
        {
            _log.Dispose();
        }

        if (_keptLog is not null)
        {
            File.Copy(Path.Join(_work.FullName, "app.log"), _keptLog, overwrite: true);
        }

        if (_postgresServer is not null && _database is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        _work.Delete(recursive: true);
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"/setup\?token=([0-9a-f]+)")]
    private static partial Regex SetupLink();
}

/// <summary>A run that cannot go on; the message says why.</summary>
public sealed class LoadException(string message) : Exception(message);
