using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Dashboard.Data;

/// <summary>The two databases the dashboard runs on: a file for one laptop, a server for a team.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Which database the dashboard uses. The connection string <c>ConnectionStrings:Dashboard</c> wins
/// (appsettings.json, the environment variable <c>ConnectionStrings__Dashboard</c>, or
/// <c>--ConnectionStrings:Dashboard=…</c>) and its keys say the provider: <c>Host=…</c> is a
/// PostgreSQL server, <c>Data Source=…</c> a SQLite file (decision 010). Without it the database is
/// a SQLite file in the user's local application-data folder, so it survives rebuilds and fresh clones.
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString, string FilePath)
{
    public const string ConnectionStringName = "Dashboard";

    public static string DefaultFilePath
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(root))
            {
                root = AppContext.BaseDirectory;
            }

            return Path.Combine(root, "BriefingDashboard", "dashboard.db");
        }
    }

    /// <summary>How often start-up tries a database server that cannot be reached (<c>Dashboard:DatabaseStartupAttempts</c>), pausing 1, 2, 4 … 15 s between tries.</summary>
    public int StartupAttempts { get; init; } = 8;

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    /// <summary>What to call the database in messages: the file, or the server and database name (never the password).</summary>
    public string Description => IsSqlite ? FilePath : DescribeServer(ConnectionString);

    public static DatabaseLocation FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var location = string.IsNullOrWhiteSpace(configured) ? Sqlite(new SqliteConnectionStringBuilder { DataSource = DefaultFilePath })
            : ProviderOf(configured) == DatabaseProvider.PostgreSql ? PostgreSql(configured)
            : Sqlite(new SqliteConnectionStringBuilder(configured));
        var attempts = configuration.GetValue<int?>("Dashboard:DatabaseStartupAttempts");
        return attempts is > 0 ? location with { StartupAttempts = attempts.Value } : location;
    }

    private static DatabaseProvider ProviderOf(string connectionString)
    {
        DbConnectionStringBuilder keys;
        try
        {
            keys = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseStartupException($"ConnectionStrings:Dashboard cannot be read ({ex.Message}). Use \"Data Source=/path/to/dashboard.db\" for a SQLite file or \"Host=…;Database=…;Username=…;Password=…\" for PostgreSQL.", ex);
        }

        return keys.ContainsKey("Host") || keys.ContainsKey("Server") ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
    }

    private static DatabaseLocation Sqlite(SqliteConnectionStringBuilder builder)
    {
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
        }

        // Concurrent readers and one writer (WAL); a writer waits instead of failing at once.
        builder.DefaultTimeout = builder.DefaultTimeout <= 0 ? 30 : builder.DefaultTimeout;
        builder.Pooling = true;
        return new DatabaseLocation(DatabaseProvider.Sqlite, builder.ToString(), builder.DataSource);
    }

    private static DatabaseLocation PostgreSql(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            throw new DatabaseStartupException($"ConnectionStrings:Dashboard is not a usable PostgreSQL connection string ({ex.Message}).", ex);
        }

        if (string.IsNullOrEmpty(builder.Database))
        {
            throw new DatabaseStartupException("ConnectionStrings:Dashboard names a PostgreSQL server but no database: add \"Database=dashboard\" (the database must exist; the dashboard creates its tables).");
        }

        return new DatabaseLocation(DatabaseProvider.PostgreSql, builder.ConnectionString, "");
    }

    private static string DescribeServer(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
    }
}
