using System.Diagnostics;

namespace Dashboard.Cli.Tests;

/// <summary>
/// Runs the built command line as its own process, so configuration from the environment
/// (ConnectionStrings__Dashboard) is exercised without touching this test process's environment.
/// </summary>
public static class CliProcess
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string databasePath, params string[] args) =>
        RunWithInputAsync(databasePath, "", args);

    /// <summary>Runs with <paramref name="input"/> on standard input (closed afterwards).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string databasePath, string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dashboard.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={databasePath}";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
