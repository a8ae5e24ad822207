using System.Collections.Concurrent;
using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Corpus;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>A partition's utterances, and what clustering found when this process clustered all of it (decision 033).</summary>
internal sealed record CachedPartition(IReadOnlyList<PartitionUnit> Units, PartitionJoins? Joins);

/// <summary>
/// The statements of each clusterer partition as this process last saw them, so that an update reads
/// the few documents it changed rather than a whole partition (decision 028), with the partition's
/// judged pairs where known (decision 033). Every write of the corpus results stores a new random
/// version in the database, in its transaction; the partitions are kept by version, and used only
/// while the database holds that version. A write keeps the partitions of the version it started from
/// beside its own until the next write: if its transaction rolls back (a failure, a cancelled request),
/// the database holds the version it started from again, and so do the kept partitions. Another
/// instance's update, a rebuild or a restored backup leaves a version none has, and the partition is
/// read again.
/// </summary>
internal static class PartitionCache
{
    private const string VersionKey = "CorpusVersion";

    /// <summary>One database's partitions by the version they are at: the last write's and the one it started from.</summary>
    private sealed class Versions
    {
        public Dictionary<string, IReadOnlyDictionary<string, CachedPartition>> ByVersion { get; } = new(StringComparer.Ordinal);
    }

    private static readonly ConcurrentDictionary<string, Versions> Databases = new(StringComparer.Ordinal);

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

    /// <summary>A partition at <paramref name="version"/>, if this process holds it.</summary>
    public static CachedPartition? Get(DashboardDbContext db, string partition, string? version)
    {
        var versions = Of(db);
        lock (versions)
        {
            return version is not null && versions.ByVersion.TryGetValue(version, out var partitions) ? partitions.GetValueOrDefault(partition) : null;
        }
    }

    /// <summary>
    /// Stores a new version in the caller's transaction: <paramref name="written"/> holds the partitions
    /// this write changed, as they are now; every other partition kept at <paramref name="previous"/>
    /// did not change and is kept at the new version too. The partitions at <paramref name="previous"/>
    /// stay (the transaction may yet roll back to it); those at any other version are dropped.
    /// </summary>
    public static async Task AdvanceAsync(DashboardDbContext db, string? previous, IReadOnlyDictionary<string, CachedPartition> written, CancellationToken cancellationToken)
    {
        var version = Guid.NewGuid().ToString("N");
        await db.AppSettings.Where(s => s.Key == VersionKey).ExecuteDeleteAsync(cancellationToken);
        db.AppSettings.Add(new Entities.AppSetting { Key = VersionKey, Value = version });
        await db.SaveChangesAsync(cancellationToken);
        var versions = Of(db);
        lock (versions)
        {
            var before = previous is not null && versions.ByVersion.TryGetValue(previous, out var kept) ? kept : null;
            var now = new Dictionary<string, CachedPartition>(before ?? new Dictionary<string, CachedPartition>(), StringComparer.Ordinal);
            foreach (var (partition, cached) in written)
            {
                now[partition] = cached;
            }

            versions.ByVersion.Clear();
            if (before is not null)
            {
                versions.ByVersion[previous!] = before;
            }

            versions.ByVersion[version] = now;
        }
    }

    /// <summary>
    /// Runs <paramref name="writes"/> in the caller's transaction, which then rolls back: a write keeps only the
    /// version it started from, so after several the one the rollback returns to is put back.
    /// </summary>
    public static async Task RollingBackAsync(DashboardDbContext db, Func<Task> writes, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(db, cancellationToken);
        var versions = Of(db);
        IReadOnlyDictionary<string, CachedPartition>? kept = null;
        lock (versions)
        {
            if (version is not null)
            {
                versions.ByVersion.TryGetValue(version, out kept);
            }
        }

        try
        {
            await writes();
        }
        finally
        {
            // Also when a write failed: the transaction rolls back to the same version all the same.
            lock (versions)
            {
                if (kept is not null)
                {
                    versions.ByVersion[version!] = kept;
                }
            }
        }
    }

    /// <summary>
    /// Reads and clusters every partition, as a server does once at start so that the first corrections
    /// of a meeting need not; the results get a version first if they have none yet (a database from
    /// before it). The reading takes seconds at 100,000 articles and holds no lock: changes go on
    /// meanwhile, and if one lands, the version differs at the end and what was read is dropped.
    /// True when it kept what it read.
    /// </summary>
    public static async Task<bool> WarmAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        if (await AnalysisStore.IsCorpusStaleAsync(db, cancellationToken))
        {
            return false;
        }

        var version = await VersionAsync(db, cancellationToken);
        Dictionary<string, CachedPartition> all;
        using (Diagnostics.Stages.Start("corpus.warm.read"))
        {
            var rows = await CorpusRows.LoadWithUtterancesAsync(db, cancellationToken);
            var judged = new JudgedPartitions(rows);
            var clusters = UtteranceClusterer.Cluster([.. rows.Documents.SelectMany(d => d.Statements.Select(s => new StatementRef(d, s)))], rows.TextOf, judged: judged.Add, cancellationToken: cancellationToken);
            all = judged.WithUtterances(clusters);
        }

        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        if (await AnalysisStore.IsCorpusStaleAsync(db, cancellationToken) || await VersionAsync(db, cancellationToken) != version)
        {
            return false;
        }

        if (version is null)
        {
            await AdvanceAsync(db, null, all, cancellationToken);
        }
        else
        {
            var versions = Of(db);
            lock (versions)
            {
                versions.ByVersion.Clear();
                versions.ByVersion[version] = all;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static Versions Of(DashboardDbContext db) => Databases.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new Versions());
}
