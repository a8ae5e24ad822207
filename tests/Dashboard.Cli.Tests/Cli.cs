namespace Dashboard.Cli.Tests;

/// <summary>Runs the command line in-process with captured output, exactly as Program.cs does.</summary>
public static class Cli
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync(args, null, null);

    /// <summary>Runs in-process on the SQLite file <paramref name="databasePath"/>, as the connection string in the environment names it for the installed command.</summary>
    public static Task<(int ExitCode, string Output, string Error)> OnDatabaseAsync(string databasePath, params string[] args) =>
        OnDatabaseWithInputAsync(databasePath, "", args);

    /// <summary>The same, with <paramref name="input"/> on standard input.</summary>
    public static Task<(int ExitCode, string Output, string Error)> OnDatabaseWithInputAsync(string databasePath, string input, params string[] args) =>
        RunAsync(args, input, new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = $"Data Source={databasePath}" });

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, string? input, IReadOnlyDictionary<string, string?>? settings)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = input is null ? null : new StringReader(input);
        var code = await CliApp.RunAsync(args, output, error, reader, settings);
        return (code, output.ToString(), error.ToString());
    }

    public static string SampleArticles => Path.Combine(AppContext.BaseDirectory, "data", "articles");
}

/// <summary>A temporary folder, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dashboard-cli-").FullName;

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string File(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
