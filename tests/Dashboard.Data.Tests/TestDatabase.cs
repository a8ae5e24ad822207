using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Dashboard.Data.Tests;

/// <summary>
/// A real database wired through the same registration the app uses
/// (<see cref="DataServiceExtensions.AddDashboardData"/>): a SQLite file in a fresh temporary
/// folder, or, when <c>DASHBOARD_TEST_PROVIDER=postgres</c>, a new database on the PostgreSQL server
/// that <c>DASHBOARD_TEST_POSTGRES</c> names (scripts/test.sh starts one and runs this suite on
/// both). Both are removed on dispose, with the folder.
/// </summary>
public sealed partial class TestDatabase : IDisposable
{
    /// <summary>A connection string to a PostgreSQL server on which the tests may create databases; null for SQLite.</summary>
    public static readonly string? PostgresServer = ServerFromEnvironment();

    private readonly IHost host;
    private readonly string? postgresDatabase;
    private readonly bool owner;

    private TestDatabase(string folder, string filePath, string connectionString, string? postgresDatabase, bool owner, IReadOnlyDictionary<string, string?>? settings)
    {
        Folder = folder;
        FilePath = filePath;
        ConnectionString = connectionString;
        this.postgresDatabase = postgresDatabase;
        this.owner = owner;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = connectionString,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddLogging();
        builder.AddDashboardData();
        // The framework's work factor (100,000 PBKDF2 rounds a hash) made password hashing the largest cost of the
        // account tests and tests nothing of ours: the hash format, and so every check, is the same at 1,000 rounds.
        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
        host = builder.Build();
    }

    public static bool IsPostgres => PostgresServer is not null;

    private static string? ServerFromEnvironment()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("DASHBOARD_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Environment.GetEnvironmentVariable("DASHBOARD_TEST_POSTGRES") is { Length: > 0 } server ? server
            : throw new InvalidOperationException("DASHBOARD_TEST_PROVIDER=postgres needs DASHBOARD_TEST_POSTGRES, a connection string of a role that may create databases (scripts/postgres.sh prints one).");
    }

    public string Folder { get; }

    /// <summary>The SQLite file (unused on PostgreSQL, where the folder still holds the test's other files).</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }

    public static string SampleArticles => Path.Combine(AppContext.BaseDirectory, "SampleArticles");

    /// <summary>A database at <paramref name="relativeFilePath"/> inside a new temporary folder; nothing is created on disk yet.</summary>
    public static TestDatabase Create(string relativeFilePath = "dashboard.db", IReadOnlyDictionary<string, string?>? settings = null) =>
        Create(relativeFilePath, settings, postgresTemplate: null);

    /// <param name="postgresTemplate">On PostgreSQL, a database the new one starts as a copy of.</param>
    private static TestDatabase Create(string relativeFilePath, IReadOnlyDictionary<string, string?>? settings, string? postgresTemplate)
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-db-").FullName;
        var filePath = Path.Combine(folder, relativeFilePath);
        if (PostgresServer is null)
        {
            return new TestDatabase(folder, filePath, $"Data Source={filePath}", null, owner: true, settings);
        }

        var name = $"dashboard_test_{Guid.NewGuid():N}";
        Postgres($"CREATE DATABASE \"{name}\"" + (postgresTemplate is null ? "" : $" TEMPLATE \"{postgresTemplate}\""));
        return new TestDatabase(folder, filePath, new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString, name, owner: true, settings);
    }

    /// <summary>
    /// Holds the SQLite file's write lock from a connection of its own (BEGIN IMMEDIATE), as an import's batch holds it,
    /// until disposed; pair it with <see cref="SecondProcess"/> given a short <c>Default Timeout</c>.
    /// </summary>
    public async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var writer = new SqliteConnection(ConnectionString);
        await writer.OpenAsync();
        return new WriteLock(writer, await writer.BeginTransactionAsync());
    }

    private sealed class WriteLock(SqliteConnection connection, System.Data.Common.DbTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    /// <summary>Another process on the same database (its own services and caches), as a second app instance or the command line would be.</summary>
    /// <param name="connectionString">Its own connection string to the same database (another wait for a busy file), when not the first one's.</param>
    public TestDatabase SecondProcess(string? connectionString = null) => new(Folder, FilePath, connectionString ?? ConnectionString, postgresDatabase, owner: false, null);

    /// <summary>A new database with the current schema applied.</summary>
    /// <remarks>
    /// On PostgreSQL it is a copy of one database migrated once per run (<c>CREATE DATABASE … TEMPLATE</c>):
    /// the migrations are what creating a database costs there. Its initialisation still runs, and
    /// finds the schema current, as an app starting on an existing database does.
    /// </remarks>
    public static async Task<TestDatabase> CreateInitializedAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = Create("dashboard.db", settings, PostgresServer is null ? null : await MigratedTemplate.Value);
        await database.Get<DatabaseInitializer>().InitializeAsync();
        return database;
    }

    /// <summary>The run's migrated PostgreSQL database that <see cref="CreateInitializedAsync"/> copies; dropped when the run ends.</summary>
    private static readonly Lazy<Task<string>> MigratedTemplate = new(async () =>
    {
        using var template = Create();
        await template.Get<DatabaseInitializer>().InitializeAsync();
        var name = $"dashboard_template_{Guid.NewGuid():N}";
        NpgsqlConnection.ClearAllPools(); // a template must have no open connection when it is copied
        Postgres($"ALTER DATABASE \"{template.postgresDatabase}\" RENAME TO \"{name}\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Postgres($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        return name;
    });

    /// <summary>A new database with the current schema and the sample corpus imported, as the app starts on a fresh machine.</summary>
    public static async Task<TestDatabase> CreateWithSamplesAsync()
    {
        var database = await CreateInitializedAsync();
        await database.Get<Dashboard.Data.Import.SampleCorpus>().ImportOnceAsync(SampleArticles);
        return database;
    }

    /// <summary>A new database with the schema as it was after <paramref name="migration"/>, for upgrade tests.</summary>
    public static async Task<TestDatabase> CreateMigratedToAsync(string migration)
    {
        var database = Create();
        await using var db = await database.OpenAsync();
        await db.GetService<IMigrator>().MigrateAsync(migration);
        return database;
    }

    /// <summary>A document row as an import left it before analysis, written in SQL so it fits an older schema too.</summary>
    public Task<object?> InsertDocumentAsync(string fileName, string text) =>
        ScalarAsync("INSERT INTO Documents (FileName, RawText, ContentHash, ImportedAt) VALUES ('" + fileName + "', '" + text.Replace("'", "''", StringComparison.Ordinal)
            + "', '" + Dashboard.Core.Documents.ContentHash.Of(text) + "', '2026-01-01 00:00:00');");

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public Task<DashboardDbContext> OpenAsync() => Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();

    /// <summary>
    /// Runs SQL directly on the database, outside EF, to observe or arrange what the app cannot.
    /// Written once in SQLite's spelling; on PostgreSQL the model's table and column names are
    /// quoted (they are mixed case) and whole numbers come back as <see cref="long"/> on both.
    /// </summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        if (postgresDatabase is null)
        {
            await using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = await ToPostgresAsync(sql);
            return await command.ExecuteScalarAsync() switch
            {
                int i => (long)i,
                short s => (long)s,
                bool b => b ? 1L : 0L,
                DBNull => null,
                var value => value,
            };
        }
    }

    /// <summary>The database's own consistency check: SQLite's integrity and foreign-key checks; PostgreSQL enforces both on every write.</summary>
    public async Task AssertIntactAsync()
    {
        if (IsPostgres)
        {
            Assert.Equal(1L, await ScalarAsync("SELECT 1"));
            return;
        }

        Assert.Equal("ok", await ScalarAsync("PRAGMA integrity_check;"));
        Assert.Null(await ScalarAsync("PRAGMA foreign_key_check;"));
    }

    public void Dispose()
    {
        host.Dispose();
        if (!owner)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Postgres($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)");
        }

        Directory.Delete(Folder, recursive: true);
    }

    private static void Postgres(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private async Task<string> ToPostgresAsync(string sql)
    {
        await using var db = await OpenAsync();
        var names = db.Model.GetEntityTypes()
            .SelectMany(e => new[] { e.GetTableName()! }.Concat(e.GetProperties().Select(p => p.GetColumnName())))
            .Append("__EFMigrationsHistory").Append("MigrationId")
            .ToHashSet(StringComparer.Ordinal);

        // Outside string literals only: 'administrator' stays a value.
        var parts = sql.Split('\'');
        for (var i = 0; i < parts.Length; i += 2)
        {
            parts[i] = Identifier().Replace(parts[i], m => names.Contains(m.Value) ? $"\"{m.Value}\"" : m.Value);
            parts[i] = GroupConcat().Replace(parts[i], "string_agg($1, ',')");
        }

        return string.Join('\'', parts);
    }

    [GeneratedRegex(@"(?<![""\w])[A-Za-z_][A-Za-z0-9_]*(?![""\w])")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"group_concat\(([^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupConcat();
}

/// <summary>A test of what only a SQLite file has (the file itself, WAL, the file backup); skipped on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "SQLite only: this run is against PostgreSQL";
        }
    }
}

/// <summary>A test of what only a PostgreSQL server has (several instances talking through it); skipped on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "PostgreSQL only: this run is against SQLite";
        }
    }
}
