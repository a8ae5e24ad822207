using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Data;

/// <summary>
/// Lets each SQLite connection read the database file through a memory map (decision 034): a filtered
/// overview reads tens of thousands of scattered rows, and copying each page out of the operating
/// system's cache through a read call was a third of that time. Pooled connections keep the setting,
/// so it is set once per connection SQLite opens, not at every use.
/// </summary>
internal sealed class SqliteMemoryMap : DbConnectionInterceptor
{
    /// <summary>The most of the file a connection maps: address space, not memory; pages are shared with the system's cache.</summary>
    public const long MaxBytes = 1L << 30;

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> mapped = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = Command(connection);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = Command(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Whether this native connection (kept by the pool across uses) has not been set yet.</summary>
    private bool IsNew(DbConnection connection) =>
        connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } && mapped.TryAdd(handle, handle);

    private static DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA mmap_size = {MaxBytes};";
        return command;
    }
}
