using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Dashboard.Data;

/// <summary>
/// Creates or upgrades the schema at start-up by applying the hand-written migrations (switching a
/// SQLite file to WAL mode first). Problems become a <see cref="DatabaseStartupException"/> with a
/// one-line message; nothing here deletes or rewrites a database it cannot use. A PostgreSQL server
/// that cannot be reached yet is tried again with growing pauses, so an app started beside its
/// database server waits for it instead of failing (or being restarted in a tight loop).
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
        if (location.IsSqlite)
        {
            await InitializeSqliteAsync(cancellationToken);
        }
        else
        {
            await InitializePostgreSqlAsync(cancellationToken);
        }

        // The gazetteer saved in this database, here so that every opening (app, command line,
        // restore) analyses with the same one.
        await gazetteers.LoadSavedAsync(cancellationToken);
    }

    private async Task InitializeSqliteAsync(CancellationToken cancellationToken)
    {
        EnsureFolderExists();
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);

            // Reading the header first: a file that is not a database fails here, before any write.
            await db.Database.ExecuteSqlRawAsync("PRAGMA schema_version;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await MigrateAsync(db, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw Translate(ex);
        }
    }

    private async Task InitializePostgreSqlAsync(CancellationToken cancellationToken)
    {
        var pause = RetryPause.First;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                await db.Database.OpenConnectionAsync(cancellationToken);
                await using (await StartupLock.HoldAsync(db.Database, logger, cancellationToken))
                {
                    await MigrateAsync(db, cancellationToken);
                }

                return;
            }
            catch (Exception ex) when (DatabaseErrors.Find<PostgresException>(ex) is { } refused)
            {
                throw Translate(refused);
            }
            catch (Exception ex) when (DatabaseErrors.Find<NpgsqlException>(ex) is { } unreachable)
            {
                if (attempt >= location.StartupAttempts || cancellationToken.IsCancellationRequested)
                {
                    throw new DatabaseStartupException(
                        $"Cannot reach the {location.Description} after {attempt} attempt(s): {unreachable.Message.TrimEnd('.')}. Check that the server is running and that ConnectionStrings:Dashboard names the right host and port.", ex);
                }

                LogServerUnreachable(logger, location.Description, unreachable.Message, pause.TotalSeconds, attempt, location.StartupAttempts);
                await Task.Delay(pause, cancellationToken);
                pause = RetryPause.After(pause);
            }
        }
    }

    private async Task MigrateAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogApplyingMigrations(logger, pending.Count, location.Description, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await Accounts.AccountNames.NormalizeMissingAsync(db, cancellationToken);
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

    private DatabaseStartupException Translate(PostgresException ex) => ex.SqlState switch
    {
        PostgresErrorCodes.InvalidCatalogName => new DatabaseStartupException(
            $"The {location.Description} does not exist. Create it (createdb, or CREATE DATABASE) and start again; the dashboard creates its tables itself.", ex),
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => new DatabaseStartupException(
            $"The {location.Description} refused the user name or password in ConnectionStrings:Dashboard ({ex.MessageText}).", ex),
        PostgresErrorCodes.InsufficientPrivilege => new DatabaseStartupException(
            $"The user in ConnectionStrings:Dashboard may not create the dashboard's tables in the {location.Description} ({ex.MessageText}). Grant it CREATE on the database's schema.", ex),
        _ => new DatabaseStartupException($"The {location.Description} cannot be used: {ex.MessageText}", ex),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} schema migration(s) to {Database}: {Migrations}")]
    private static partial void LogApplyingMigrations(ILogger logger, int count, string database, IReadOnlyList<string> migrations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Database} cannot be reached ({Reason}); trying again in {Seconds} s (attempt {Attempt} of {Attempts})")]
    private static partial void LogServerUnreachable(ILogger logger, string database, string reason, double seconds, int attempt, int attempts);
}
