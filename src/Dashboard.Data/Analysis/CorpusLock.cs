using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>
/// One writer of the corpus results at a time across every instance on one database: an update
/// reads what a change touches, then rewrites what depends on it, and a second update between the
/// two would be lost. PostgreSQL: a transaction-scoped advisory lock, released at commit or
/// rollback. SQLite: nothing to take; the database has one writer already.
/// </summary>
internal static class CorpusLock
{
    /// <summary>The lock's key, the same for every instance ("Corp" in ASCII); <see cref="StartupLock"/> has its own.</summary>
    private const long Key = 0x436F7270;

    public static async Task TakeAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }
}
