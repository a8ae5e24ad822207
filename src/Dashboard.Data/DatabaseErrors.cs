using Npgsql;

namespace Dashboard.Data;

/// <summary>Recognising a database's errors under the wrappers EF puts around them (DbUpdateException, the execution strategy's InvalidOperationException).</summary>
public static class DatabaseErrors
{
    /// <summary>Two transactions wrote what each other read (PostgreSQL's serialization failure, or SQLite busy): running the work again gives the right answer.</summary>
    public static bool IsWriteConflict(Exception exception) =>
        Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }
        || Find<Microsoft.Data.Sqlite.SqliteException>(exception) is { SqliteErrorCode: 5 or 6 }; // SQLITE_BUSY, SQLITE_LOCKED

    /// <summary>
    /// The database could not be reached or went away mid-query (a server restarting, a network cut,
    /// a SQLite file locked beyond its timeout): trying again later may well work, and nothing was lost.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        if (Find<PostgresException>(exception) is { } refused)
        {
            // Connection exceptions (08…) and operator intervention (57P…: shutdown, crash recovery).
            return refused.SqlState.StartsWith("08", StringComparison.Ordinal) || refused.SqlState.StartsWith("57P", StringComparison.Ordinal);
        }

        return Find<NpgsqlException>(exception) is not null
            || Find<Microsoft.Data.Sqlite.SqliteException>(exception) is { SqliteErrorCode: 5 or 6 or 10 or 14 }; // BUSY, LOCKED, IOERR, CANTOPEN
    }

    /// <summary>A lock was not granted within the transaction's <c>lock_timeout</c> (PostgreSQL).</summary>
    public static bool IsLockTimeout(Exception exception) =>
        Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.LockNotAvailable };

    /// <summary>A unique index refused the row: what it would duplicate is already there (perhaps written by another instance a moment ago).</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.UniqueViolation }
        || Find<Microsoft.Data.Sqlite.SqliteException>(exception) is { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }; // CONSTRAINT_UNIQUE, CONSTRAINT_PRIMARYKEY

    /// <summary>The outermost-first search for an exception of type <typeparamref name="T"/> in <paramref name="exception"/>'s chain.</summary>
    public static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}
