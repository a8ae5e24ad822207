using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Backup;

/// <summary>
/// Consistent copies of the database while the app runs (SQLite's online backup API), and
/// restoring one. A restore first checks that the file is a backup of this application's schema
/// (no newer than this version knows), so a wrong file never replaces the data.
/// </summary>
public sealed class DatabaseBackup(DatabaseLocation location, IDbContextFactory<DashboardDbContext> contextFactory, DatabaseInitializer initializer)
{
    /// <summary>Why a PostgreSQL database is not backed up here: the server's own tools do it better (consistent, incremental, point-in-time).</summary>
    public const string ServerDatabaseMessage =
        "This dashboard runs on a PostgreSQL server, which is backed up and restored with the server's own tools (pg_dump and pg_restore; see docs/deployment.md). Nothing was changed.";

    /// <summary>True for a SQLite file; a PostgreSQL database is backed up with pg_dump.</summary>
    public bool Supported => location.IsSqlite;

    /// <summary>Writes a backup to <paramref name="path"/>, which must not exist yet. Returns the number of documents in it.</summary>
    public async Task<int> BackupToAsync(string path, CancellationToken cancellationToken = default)
    {
        EnsureSupported();
        var target = Path.GetFullPath(path);
        if (File.Exists(target))
        {
            throw new BackupException($"{target} already exists; choose a new file name (a backup never overwrites a file).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var source = new SqliteConnection(location.ConnectionString);
        await source.OpenAsync(cancellationToken);
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
            // One self-contained file: no -wal beside it.
            await using var command = destination.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return await CountDocumentsAsync(target, cancellationToken);
    }

    /// <summary>Replaces the database's content with the backup at <paramref name="path"/> after checking it. Returns the number of documents restored.</summary>
    public async Task<int> RestoreFromAsync(string path, CancellationToken cancellationToken = default)
    {
        EnsureSupported();
        var source = Path.GetFullPath(path);
        await CheckAsync(source, cancellationToken);
        await using (var from = new SqliteConnection(ReadOnly(source)))
        await using (var to = new SqliteConnection(location.ConnectionString))
        {
            await from.OpenAsync(cancellationToken);
            await to.OpenAsync(cancellationToken);
            from.BackupDatabase(to);
        }

        SqliteConnection.ClearAllPools();
        await initializer.InitializeAsync(cancellationToken); // an older backup is brought up to this schema
        return await CountDocumentsAsync(location.FilePath, cancellationToken);
    }

    private void EnsureSupported()
    {
        if (!Supported)
        {
            throw new BackupException(ServerDatabaseMessage);
        }
    }

    /// <summary>Throws <see cref="BackupException"/> unless the file is a SQLite database of this application's schema.</summary>
    public async Task CheckAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new BackupException($"{path} does not exist.");
        }

        await using (var header = File.OpenRead(path))
        {
            var magic = new byte[16];
            if (await header.ReadAsync(magic, cancellationToken) < 16 || !magic.AsSpan().SequenceEqual("SQLite format 3\0"u8))
            {
                throw new BackupException($"{path} is not a backup of this dashboard (not an SQLite database).");
            }
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        List<string> applied;
        try
        {
            await using var connection = new SqliteConnection(ReadOnly(path));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MigrationId FROM \"__EFMigrationsHistory\" ORDER BY MigrationId;";
            applied = [];
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (SqliteException ex)
        {
            throw new BackupException($"{path} is not a backup of this dashboard ({ex.Message}).");
        }

        if (applied.Count == 0 || !known.Contains(applied[0]))
        {
            throw new BackupException($"{path} is an SQLite database, but not a backup of this dashboard's schema.");
        }

        if (applied.FirstOrDefault(m => !known.Contains(m)) is { } newer)
        {
            throw new BackupException($"{path} comes from a newer version of the dashboard (schema {newer}); upgrade the dashboard first.");
        }
    }

    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    public static async Task<int> CountDocumentsAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(ReadOnly(path));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Documents;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A backup or restore that cannot be done, with the reason a person can act on.</summary>
public sealed class BackupException(string message) : Exception(message);
