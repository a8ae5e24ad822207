using Dashboard.Data;
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
    public static async Task<DashboardDatabase> OpenAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.AddDashboardData();
        var database = new DashboardDatabase(builder.Build());
        await database.Get<DatabaseInitializer>().InitializeAsync();
        return database;
    }

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public void Dispose() => host.Dispose();
}
