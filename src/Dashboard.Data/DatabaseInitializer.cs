using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data;

/// <summary>
/// Creates or upgrades the schema at start-up by applying the hand-written migrations, and switches
/// the file to WAL mode. Problems with the file become a <see cref="DatabaseStartupException"/> with
/// a one-line message; nothing here deletes or rewrites an existing file it cannot use.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<DashboardDbContext> contextFactory,
    DatabaseLocation location,
    Gazetteers.GazetteerSource gazetteers,
    ILogger<DatabaseInitializer> logger)
{
    private const int SqliteCorrupt = 11;
    private const int SqliteCantOpen = 14;
    private const int SqliteReadOnly = 8;
    private const int SqliteNotADatabase = 26;
    private const int SqliteIoError = 10;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        EnsureFolderExists();
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);

            // Reading the header first: a file that is not a database fails here, before any write.
            await db.Database.ExecuteSqlRawAsync("PRAGMA schema_version;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                var names = string.Join(", ", pending);
                LogApplyingMigrations(logger, pending.Count, location.FilePath, names);
                await db.Database.MigrateAsync(cancellationToken);
            }

            // The gazetteer saved in this database, here so that every opening (app, command line,
            // restore) analyses with the same one.
            await gazetteers.LoadSavedAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw Translate(ex);
        }
    }

    private void EnsureFolderExists()
    {
        var folder = Path.GetDirectoryName(location.FilePath);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseStartupException(
                $"Cannot create the database folder '{folder}' ({ex.Message}). Set ConnectionStrings:Dashboard to a writable location, e.g. \"Data Source=/path/to/dashboard.db\".", ex);
        }
    }

    private DatabaseStartupException Translate(SqliteException ex) => ex.SqliteErrorCode switch
    {
        SqliteNotADatabase or SqliteCorrupt => new DatabaseStartupException(
            $"The database file '{location.FilePath}' is not a usable SQLite database ({ex.Message.TrimEnd('.')}). It was left untouched: move it aside to start afresh, or restore a backup.", ex),
        SqliteCantOpen => new DatabaseStartupException(
            $"Cannot open or create the database file '{location.FilePath}'. Check that its folder is writable, or set ConnectionStrings:Dashboard to a writable location.", ex),
        SqliteReadOnly or SqliteIoError => new DatabaseStartupException(
            $"The database file '{location.FilePath}' cannot be written ({ex.Message.TrimEnd('.')}). Make it and its folder writable, or set ConnectionStrings:Dashboard to a writable location.", ex),
        _ => new DatabaseStartupException($"The database '{location.FilePath}' cannot be used: {ex.Message}", ex),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} schema migration(s) to {Path}: {Migrations}")]
    private static partial void LogApplyingMigrations(ILogger logger, int count, string path, string migrations);
}
