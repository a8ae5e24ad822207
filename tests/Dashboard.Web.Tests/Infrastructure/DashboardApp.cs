using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// The real dashboard, started as its own process on a free loopback port with its own SQLite
/// file in a temporary folder. The port is chosen by the OS (port 0) and read back from the line
/// the app prints on start, so parallel tests never collide.
/// </summary>
public sealed partial class DashboardApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly OutputLog log;
    private readonly bool ownsFolder;

    private DashboardApp(Process process, OutputLog log, Uri baseUrl, string folder, bool ownsFolder)
    {
        this.process = process;
        this.log = log;
        this.ownsFolder = ownsFolder;
        BaseUrl = baseUrl;
        Folder = folder;
    }

    public Uri BaseUrl { get; }

    /// <summary>The temporary folder holding this app's database.</summary>
    public string Folder { get; }

    public string Output => log.Text;

    /// <summary>Waits until the app has written <paramref name="text"/> to its output.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await log.WaitForAsync(new Regex(Regex.Escape(text)), process, $"written \"{text}\"", timeout.Token);
    }

    public int ProcessId => process.Id;

    /// <summary>The server's resident memory now (Linux /proc), for the memory benchmarks.</summary>
    public long WorkingSetBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    public static string NewFolder() => Directory.CreateTempSubdirectory("dashboard-app-").FullName;

    public static string DatabasePath(string folder) => Path.Combine(folder, "dashboard.db");

    /// <summary>
    /// Starts the app and waits until it prints the address it listens on. Without a folder, in a new
    /// one whose database is a copy of the one the app made on its first start in this test run
    /// (<see cref="SampleDatabase"/>): a fresh start is what <c>StartupTests</c> test, and the other
    /// tests need not pay for its migrations and sample import again.
    /// </summary>
    public static Task<DashboardApp> StartAsync(string? folder = null, params string[] extraArguments) =>
        StartAsync(folder, new Dictionary<string, string>(), extraArguments);

    /// <summary>
    /// Starts the app with extra environment variables. When they set ConnectionStrings__Dashboard,
    /// the database is not also given on the command line, so the environment decides.
    /// </summary>
    public static async Task<DashboardApp> StartAsync(string? folder, IReadOnlyDictionary<string, string> environment, params string[] extraArguments)
    {
        var ownsFolder = folder is null;
        if (folder is null)
        {
            folder = NewFolder();
            if (!environment.ContainsKey("ConnectionStrings__Dashboard"))
            {
                await CopySampleDatabaseAsync(folder);
            }
        }

        // A free loopback port, unless the test configures the addresses through the environment.
        string[] urls = environment.ContainsKey("ASPNETCORE_URLS") ? [] : ["--urls", "http://127.0.0.1:0"];
        var (process, log) = Launch(folder, [.. urls, .. extraArguments], environment);
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            var url = (await log.WaitForAsync(RunningLine(), process, "reported its address", timeout.Token)).Groups["url"].Value;
            // Listening on every interface (0.0.0.0, [::]): the tests still knock on loopback.
            var reachable = url.Replace("//0.0.0.0:", "//127.0.0.1:", StringComparison.Ordinal).Replace("//[::]:", "//[::1]:", StringComparison.Ordinal);
            return new DashboardApp(process, log, new Uri(reachable), folder, ownsFolder);
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    /// <summary>
    /// Puts a copy of the first start's database (migrated, samples imported) into <paramref name="folder"/>,
    /// for a test about something other than that first start: it saves the test a sample import.
    /// </summary>
    public static Task CopySampleDatabaseAsync(string folder) => SampleDatabase.CopyToAsync(DatabasePath(folder));

    /// <summary>Starts the app with arguments that must make it stop; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunToExitAsync(string folder, params string[] arguments)
    {
        var (process, log) = Launch(folder, arguments);
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            throw new TimeoutException($"The dashboard did not stop by itself. Output:\n{log.Text}");
        }

        process.WaitForExit(); // drains the redirected streams
        return (process.ExitCode, log.StandardOutput, log.StandardError);
    }

    /// <summary>Stops the app, then fails if any browser session crashed in it (see <see cref="CircuitFailures"/>).</summary>
    public async Task StopAsync()
    {
        await DisposeAsync();
        CircuitFailures.ThrowIfAny(Output);
    }

    public async ValueTask DisposeAsync()
    {
        Stop(process);
        await process.WaitForExitAsync();
        process.Dispose();
        if (ownsFolder)
        {
            DeleteFolder(Folder);
        }
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static (Process Process, OutputLog Log) Launch(string folder, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        environment ??= new Dictionary<string, string>();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(TestPaths.DashboardWebAssembly);
        if (!environment.ContainsKey("ConnectionStrings__Dashboard"))
        {
            start.ArgumentList.Add($"--ConnectionStrings:Dashboard=Data Source={DatabasePath(folder)}");
        }

        start.ArgumentList.Add($"--Dashboard:SampleArticles={TestPaths.SampleArticles}");
        // A test's app is up for seconds: preparing for a meeting's corrections cost each of the forty apps 6 of its
        // 9 CPU-s at start (decision 042). A test that times corrections passes --Dashboard:PrepareForCorrections=true,
        // which wins as the later argument.
        start.ArgumentList.Add("--Dashboard:PrepareForCorrections=false");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The machine's own settings must not leak into what the tests observe.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ConnectionStrings__Dashboard");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // When a circuit loses its page: CircuitFailures tells a crash its user sees from one after the page had gone.
        start.Environment[CircuitFailures.DisconnectLogSetting] = "Debug";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var log = new OutputLog();
        process.OutputDataReceived += (_, e) => log.Append(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => log.Append(e.Data, isError: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, log);
    }

    /// <summary>The database a first start makes (migrated, sample corpus imported), made once per test run.</summary>
    private static class SampleDatabase
    {
        private static readonly Lazy<Task<string>> Made = new(MakeAsync);

        public static async Task CopyToAsync(string path)
        {
            var made = await Made.Value;
            File.Copy(made, path);
        }

        private static async Task<string> MakeAsync()
        {
            var folder = NewFolder();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder(folder);
            await using var app = await StartAsync(folder);
            using var timeout = new CancellationTokenSource(StartTimeout);
            // A graceful stop closes the database, so its write-ahead log is folded into the one file copied.
            await app.TerminateAsync(timeout.Token);
            var path = DatabasePath(folder);
            if (File.Exists(path + "-wal"))
            {
                throw new InvalidOperationException($"The sample database was not closed cleanly. Output:\n{app.Output}");
            }

            return path;
        }
    }

    /// <summary>Asks the app to stop as Ctrl+C or a service manager does (SIGTERM) and waits until it has.</summary>
    private async Task TerminateAsync(CancellationToken cancellationToken)
    {
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync(cancellationToken);
        }

        await process.WaitForExitAsync(cancellationToken);
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    [GeneratedRegex(@"Briefing Dashboard is running at (?<url>https?://\S+?)/?$")]
    private static partial Regex RunningLine();

    /// <summary>Collects a process's output and lets a caller wait for a line.</summary>
    private sealed class OutputLog
    {
        private readonly Lock gate = new();
        private readonly StringBuilder all = new();
        private readonly StringBuilder output = new();
        private readonly StringBuilder error = new();
        private readonly List<string> lines = [];
        private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Text
        {
            get
            {
                lock (gate)
                {
                    return all.ToString();
                }
            }
        }

        public string StandardOutput
        {
            get
            {
                lock (gate)
                {
                    return output.ToString();
                }
            }
        }

        public string StandardError
        {
            get
            {
                lock (gate)
                {
                    return error.ToString();
                }
            }
        }

        public void Append(string? line, bool isError)
        {
            if (line is null)
            {
                return;
            }

            TaskCompletionSource toSignal;
            lock (gate)
            {
                all.AppendLine(line);
                (isError ? error : output).AppendLine(line);
                lines.Add(line);
                toSignal = changed;
                changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            toSignal.TrySetResult();
        }

        /// <summary>The first line matching <paramref name="pattern"/>, once written; <paramref name="what"/> names it for the errors ("reported its address").</summary>
        public async Task<Match> WaitForAsync(Regex pattern, Process process, string what, CancellationToken cancellationToken)
        {
            while (true)
            {
                Task next;
                lock (gate)
                {
                    foreach (var line in lines)
                    {
                        var match = pattern.Match(line);
                        if (match.Success)
                        {
                            return match;
                        }
                    }

                    next = changed.Task;
                }

                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The dashboard exited with code {process.ExitCode} before it had {what}. Output:\n{Text}");
                }

                try
                {
                    await next.WaitAsync(TimeSpan.FromMilliseconds(500), cancellationToken);
                }
                catch (TimeoutException)
                {
                    // Re-check whether the process is still alive.
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"The dashboard had not {what} in time. Output:\n{Text}");
                }
            }
        }
    }
}
