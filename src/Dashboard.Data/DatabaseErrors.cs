using Npgsql;

namespace Dashboard.Data;

/// <summary>Recognising a database's errors under the wrappers EF puts around them (DbUpdateException, the execution strategy's InvalidOperationException).</summary>
public static class DatabaseErrors
{
    /// <summary>Two transactions wrote what each other read (PostgreSQL's serialization failure, or SQLite busy): running the work again gives the right answer.</summary>
    public static bool IsWriteConflict(Exception exception) =>
        Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }
        || Find<Microsoft.Data.Sqlite.SqliteException>(exception) is { SqliteErrorCode: 5 or 6 }; // SQLITE_BUSY, SQLITE_LOCKED

    /// <summary>The innermost-first search for an exception of type <typeparamref name="T"/> in <paramref name="exception"/>'s chain.</summary>
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
