using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Data.Tests;

/// <summary>
/// A real SQLite file in a fresh temporary folder, wired through the same registration the app
/// uses (<see cref="DataServiceExtensions.AddDashboardData"/>). Deleted with its folder on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly IHost host;

    private TestDatabase(string folder, string filePath)
    {
        Folder = folder;
        FilePath = filePath;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = $"Data Source={filePath}",
        });
        builder.Services.AddLogging();
        builder.AddDashboardData();
        host = builder.Build();
    }

    public string Folder { get; }

    public string FilePath { get; }

    public static string SampleArticles => Path.Combine(AppContext.BaseDirectory, "SampleArticles");

    /// <summary>A database at <paramref name="relativeFilePath"/> inside a new temporary folder; nothing is created on disk yet.</summary>
    public static TestDatabase Create(string relativeFilePath = "dashboard.db")
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-db-").FullName;
        return new TestDatabase(folder, Path.Combine(folder, relativeFilePath));
    }

    /// <summary>A new database with the current schema applied.</summary>
    public static async Task<TestDatabase> CreateInitializedAsync()
    {
        var database = Create();
        await database.Get<DatabaseInitializer>().InitializeAsync();
        return database;
    }

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public Task<DashboardDbContext> OpenAsync() => Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();

    /// <summary>Runs SQL directly on the file, outside EF, to observe or arrange what the app cannot.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
