namespace Dashboard.Cli.Tests;

/// <summary>Runs the command line in-process with captured output, exactly as Program.cs does.</summary>
public static class Cli
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs in-process on the SQLite file <paramref name="databasePath"/>, as the connection string in the environment names it for the installed command.</summary>
    public static Task<(int ExitCode, string Output, string Error)> OnDatabaseAsync(string databasePath, params string[] args) =>
        OnDatabaseWithInputAsync(databasePath, "", args);

    /// <summary>The same, with <paramref name="input"/> on standard input.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> OnDatabaseWithInputAsync(string databasePath, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = $"Data Source={databasePath}" };
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
