using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>
/// Brings the corpus results up to date after some documents changed, recomputing only what the
/// change touches (decision 028): the clusters of the changed statements (<see cref="ClusterUpdate"/>:
/// their pairs judged again beside the partition's kept pairs, decision 033, or their candidate
/// components clustered again), the findings and matrix cells of the (actor, program) groups whose statements or clusters
/// changed, and the stored totals by difference. The results equal a full rebuild's
/// (<see cref="AnalysisStore.RebuildCorpusAsync"/>), which stays for re-analysis and upgrades and
/// is used here when the stored results are out of date anyway.
/// </summary>
internal static class CorpusUpdate
{
    /// <summary>
    /// In the caller's transaction, which holds the corpus lock (<see cref="CorpusLock.BeginAsync"/>):
    /// <paramref name="before"/> was read before the change (<see cref="CorpusSnapshot.BeforeChangeAsync"/>), and the change is saved.
    /// </summary>
    public static async Task ApplyAsync(DashboardDbContext db, CorpusSnapshot before, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        if (!await IsIncrementalAsync(db, cancellationToken))
        {
            await AnalysisStore.RebuildCorpusAsync(db, cancellationToken);
            return;
        }

        using var stage = Diagnostics.Stages.Start("corpus.update");
        var followed = await FollowedItems.CaptureAsync(db, cancellationToken);
        var after = await CorpusSnapshot.ReadAsync(db, documentIds, cancellationToken);
        HashSet<int> affected;
        Dictionary<string, HashSet<string>> clusters;
        using (Diagnostics.Stages.Start("corpus.update.clusters"))
        {
            (affected, clusters) = await ClusterUpdate.ApplyAsync(db, before, after, cancellationToken);
        }

        var changed = before.Statements.Concat(after.Statements).SelectMany(s => s.Groups).ToHashSet();
        var groups = changed.ToHashSet();
        var ids = affected.ToList();
        IReadOnlyList<FindingUpdate.Written> findings;
        using (Diagnostics.Stages.Start("corpus.update.findings"))
        {
            groups.UnionWith((await CorpusSnapshot.StatementsAsync(db, db.Statements.Where(s => EF.Parameter(ids).Contains(s.Id)), cancellationToken)).SelectMany(s => s.Groups));
            findings = await FindingUpdate.ApplyAsync(db, groups, cancellationToken);
        }

        await followed.MoveAsync(db, () => clusters,
            () => findings.ToDictionary(f => f.Key, f => (f.Program, f.Strength, f.Statements), StringComparer.Ordinal), cancellationToken);
        using (Diagnostics.Stages.Start("corpus.update.matrix"))
        {
            await Queries.MatrixCells.StoreAsync(db, changed, cancellationToken);
            await Queries.CorpusTotals.UpdateAsync(db, before, after, cancellationToken);
        }
    }

    /// <summary>Whether an update recomputes only what it touches: the stored results are up to date and hold their totals; otherwise it rebuilds them all.</summary>
    public static async Task<bool> IsIncrementalAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        !await AnalysisStore.IsCorpusStaleAsync(db, cancellationToken) && await Queries.CorpusTotals.AreStoredAsync(db, cancellationToken);
}
