using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data;

/// <summary>
/// Lets one app instance at a time prepare a shared database at start. Applying the migrations,
/// the sample import, the pending analysis and the corpus rebuild each check what is done, then
/// write: two instances starting together on a new PostgreSQL database both created the tables
/// (one then stopped: "relation already exists"), and would both import the samples and rebuild.
/// PostgreSQL: a session advisory lock, held until disposed. SQLite: nothing to hold; a database
/// file belongs to one computer, and its single writer already serialises the writes.
/// </summary>
public sealed partial class StartupLock(IDbContextFactory<DashboardDbContext> contextFactory, DatabaseLocation location, ILogger<StartupLock> logger)
{
    /// <summary>The advisory lock's key, the same for every instance of this application ("Dash" in ASCII).</summary>
    private const long Key = 0x44617368;

    /// <summary>The lock on a connection of its own.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken = default)
    {
        if (location.IsSqlite)
        {
            return Nothing.Instance;
        }

        var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var held = await HoldAsync(db.Database, logger, cancellationToken);
            return new Disposing(held, db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>The lock on <paramref name="database"/>'s open PostgreSQL connection, until disposed.</summary>
    internal static async Task<IAsyncDisposable> HoldAsync(DatabaseFacade database, ILogger logger, CancellationToken cancellationToken)
    {
        var free = await database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({Key}) AS \"Value\"").SingleAsync(cancellationToken);
        if (!free)
        {
            LogWaiting(logger);
            var timeout = database.GetCommandTimeout();
            database.SetCommandTimeout(0); // as long as the other instance's preparation takes (a large corpus's rebuild: minutes)
            await database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
            database.SetCommandTimeout(timeout);
        }

        return new Held(database);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance is preparing the database; waiting for it to finish.")]
    private static partial void LogWaiting(ILogger logger);

    private sealed class Held(DatabaseFacade database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
    }

    private sealed class Disposing(IAsyncDisposable held, DashboardDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await held.DisposeAsync();
            }
            finally
            {
                await db.DisposeAsync(); // closing the session would release the lock too
            }
        }
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
