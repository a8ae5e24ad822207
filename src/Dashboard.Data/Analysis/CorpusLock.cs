using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Analysis;

/// <summary>
/// One writer of the corpus results at a time across every instance on one database: an update
/// reads what a change touches, then rewrites what depends on it, and a second update between the
/// two would be lost. PostgreSQL: a transaction-scoped advisory lock, released at commit or
/// rollback. SQLite: nothing to take; the database has one writer already (its transactions begin
/// IMMEDIATE). Every transaction that changes documents or statements begins with it
/// (<see cref="BeginAsync"/>), so that what it reads first (a twin, a statement, the corrections) is
/// still true when it commits.
/// </summary>
internal static class CorpusLock
{
    /// <summary>The lock's key, the same for every instance ("Corp" in ASCII); <see cref="StartupLock"/> has its own.</summary>
    private const long Key = 0x436F7270;

    /// <summary>A transaction holding the lock from its first read.</summary>
    /// <param name="wait">
    /// How long to wait for the lock at most (PostgreSQL; unbounded when null): a person's note or
    /// verdict should not queue behind a rebuild of minutes. Past it, <see cref="DatabaseErrors.IsLockTimeout"/>.
    /// </param>
    public static async Task<IDbContextTransaction> BeginAsync(DashboardDbContext db, CancellationToken cancellationToken, TimeSpan? wait = null)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (wait is { } limit && db.Database.IsNpgsql())
            {
                var milliseconds = ((int)limit.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await db.Database.ExecuteSqlAsync($"SELECT set_config('lock_timeout', {milliseconds}, true)", cancellationToken);
            }

            await TakeAsync(db, cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private static async Task TakeAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }
}
