using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data;

/// <summary>
/// Where the embedded database lives. The connection string <c>ConnectionStrings:Dashboard</c> wins
/// (appsettings.json, the environment variable <c>ConnectionStrings__Dashboard</c>, or
/// <c>--ConnectionStrings:Dashboard=…</c>); without it the database is a file in the user's local
/// application-data folder, so it survives rebuilds and fresh clones.
/// </summary>
public sealed record DatabaseLocation(string ConnectionString, string FilePath)
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

    public static DatabaseLocation FromConfiguration(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var builder = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = DefaultFilePath }
            : new SqliteConnectionStringBuilder(configured);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
        }

        // Concurrent readers and one writer (WAL); a writer waits instead of failing at once.
        builder.DefaultTimeout = builder.DefaultTimeout <= 0 ? 30 : builder.DefaultTimeout;
        builder.Pooling = true;
        return new DatabaseLocation(builder.ToString(), builder.DataSource);
    }
}
