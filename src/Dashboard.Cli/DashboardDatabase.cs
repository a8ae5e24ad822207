using Dashboard.Data;
using Dashboard.Data.Gazetteers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Cli;

/// <summary>
/// The dashboard's database for commands that use it, configured exactly as the web app is:
/// <c>ConnectionStrings:Dashboard</c> from appsettings.json beside the command or the environment
/// (<c>ConnectionStrings__Dashboard</c>), else the same default file.
/// </summary>
public sealed class DashboardDatabase : IDisposable
{
    private readonly IHost host;

    private DashboardDatabase(IHost host) => this.host = host;

    public DatabaseLocation Location => host.Services.GetRequiredService<DatabaseLocation>();

    /// <summary>The database as messages name it: the file, or the server and database.</summary>
    public string Description => Location.Description;

    /// <summary>Opens (creating or upgrading) the database; <paramref name="overrides"/> win over every other source (the benchmark's own file).</summary>
    /// <param name="warmUpAnalysis">
    /// For a command that analyses: the analysis' first run (about 3 s of one core building its patterns,
    /// docs/performance.md) starts on another thread at once, while the database is opened and upgraded,
    /// instead of before the first batch, when the other core would wait for it.
    /// </param>
    public static async Task<DashboardDatabase> OpenAsync(IReadOnlyDictionary<string, string?>? overrides = null, bool warmUpAnalysis = false)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.AddDashboardData();
        var database = new DashboardDatabase(builder.Build());
        if (warmUpAnalysis)
        {
            // Not awaited: the import waits for it, if it is still running, before its first batch
            // (AnalysisPipeline.WarmUp). A gazetteer that fails to load fails the opening below, with its message.
            _ = Task.Run(() => database.Get<GazetteerSource>().Pipeline.WarmUp());
        }

        await database.Get<DatabaseInitializer>().InitializeAsync();
        return database;
    }

    /// <summary>
    /// A database that must exist already (a benchmark of an imported corpus), opened as the app opens it
    /// (an older schema is upgraded); null, with the error written, when <paramref name="connection"/>
    /// names a SQLite file that is not there, which is then not created.
    /// </summary>
    /// <param name="advice">What to do about it ("import a corpus first").</param>
    public static async Task<DashboardDatabase?> OpenExistingAsync(string connection, string? gazetteerFile, TextWriter error, string advice)
    {
        ArgumentNullException.ThrowIfNull(error);
        var location = DatabaseLocation.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Dashboard", connection)]).Build());
        if (location.IsSqlite && !File.Exists(location.FilePath))
        {
            await error.WriteLineAsync($"error: {location.FilePath}: no such database file (none was created); {advice}");
            return null;
        }

        return await OpenAsync(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = connection, ["Dashboard:Gazetteer"] = gazetteerFile });
    }

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public void Dispose() => host.Dispose();
}
