using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>
/// The statements of each clusterer partition as this process last saw them, so that an update reads
/// the few documents it changed rather than a whole partition (decision 028). Every write of the
/// corpus results stores a new random version in the database, in its transaction; an entry is used
/// only while the database holds the version it was taken at. Another instance's update, a rebuild,
/// a restored backup or a rolled-back transaction leaves a version no entry has, and the partition is
/// read again.
/// </summary>
internal static class PartitionCache
{
    private const string VersionKey = "CorpusVersion";

    private sealed record Entry(string Version, IReadOnlyList<TouchedStatement> Statements);

    private static readonly ConcurrentDictionary<(string Database, string Partition), Entry> Entries = new();

    /// <summary>The version of the stored results (null before the first write that stored one).</summary>
    public static Task<string?> VersionAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        db.AppSettings.AsNoTracking().Where(s => s.Key == VersionKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The version of the stored results while they are up to date with the statements; null while documents
    /// wait for them (an import under way or stopped: its marker stays the same over many batches) or before
    /// any write stored one. Two equal answers mean the same statements, in every instance.
    /// </summary>
    public static async Task<string?> SettledVersionAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.AppSettings.AsNoTracking().Where(s => s.Key == VersionKey || s.Key == AnalysisStore.CorpusStaleKey)
            .Select(s => new { s.Key, s.Value }).ToListAsync(cancellationToken);
        return settings.Any(s => s.Key == AnalysisStore.CorpusStaleKey) ? null : settings.SingleOrDefault()?.Value;
    }

    /// <summary>A partition's statements at <paramref name="version"/>, if this process holds them.</summary>
    public static IReadOnlyList<TouchedStatement>? Get(DashboardDbContext db, string partition, string? version) =>
        version is not null && Entries.TryGetValue((Name(db), partition), out var entry) && entry.Version == version ? entry.Statements : null;

    /// <summary>
    /// Stores a new version in the caller's transaction: <paramref name="written"/> holds the partitions
    /// this write changed, as they are now; the entries of every other partition at <paramref name="previous"/>
    /// did not change and carry over. Entries at any other version are dropped.
    /// </summary>
    public static async Task AdvanceAsync(DashboardDbContext db, string? previous, IReadOnlyDictionary<string, IReadOnlyList<TouchedStatement>> written, CancellationToken cancellationToken)
    {
        var version = Guid.NewGuid().ToString("N");
        await db.AppSettings.Where(s => s.Key == VersionKey).ExecuteDeleteAsync(cancellationToken);
        db.AppSettings.Add(new Entities.AppSetting { Key = VersionKey, Value = version });
        await db.SaveChangesAsync(cancellationToken);
        var database = Name(db);
        foreach (var (key, entry) in Entries.Where(e => e.Key.Database == database))
        {
            if (entry.Version == previous && previous is not null && !written.ContainsKey(key.Partition))
            {
                Entries[key] = entry with { Version = version };
            }
            else
            {
                Entries.TryRemove(key, out _);
            }
        }

        foreach (var (partition, statements) in written)
        {
            Entries[(database, partition)] = new Entry(version, statements);
        }
    }

    /// <summary>
    /// Reads every partition, as a server does once at start so that the first corrections of a
    /// meeting need not; the results get a version first if they have none yet (a database from before it).
    /// </summary>
    public static async Task WarmAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        if (await AnalysisStore.IsCorpusStaleAsync(db, cancellationToken))
        {
            return;
        }

        var version = await VersionAsync(db, cancellationToken);
        var statements = await CorpusSnapshot.StatementsAsync(db, db.Statements, cancellationToken);
        var all = statements.GroupBy(s => s.Partition, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<TouchedStatement>)[.. g], StringComparer.Ordinal);
        if (version is null)
        {
            await AdvanceAsync(db, null, all, cancellationToken);
        }
        else
        {
            foreach (var (partition, members) in all)
            {
                Entries[(Name(db), partition)] = new Entry(version, members);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string Name(DashboardDbContext db) => db.Database.GetConnectionString() ?? "";
}
