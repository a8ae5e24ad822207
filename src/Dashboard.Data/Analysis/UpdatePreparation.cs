using Dashboard.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>
/// What a server does once at start so that the first corrections of a meeting are as quick as the next
/// (decisions 028, 033): builds the analysis' patterns (a correction reads its document again, and the
/// first reading builds them, about 2 s), reads and clusters the partitions corpus updates use
/// (<see cref="PartitionCache"/>), and rehearses each kind of change on one document, rolled back.
/// </summary>
public sealed class UpdatePreparation(IDbContextFactory<DashboardDbContext> contextFactory, AnalysisStore analysis, DeletedDocuments deleted)
{
    /// <summary>Who the rehearsal's audit entries name; they are rolled back with it.</summary>
    private const string Rehearsal = "rehearsal at start";

    /// <summary>False when the partitions were not kept: the results are out of date, or changed while they were read.</summary>
    public async Task<bool> PrepareAsync(CancellationToken cancellationToken = default)
    {
        // Not every stance cue (StanceLexicon.BuildAll): that took 6 s of both cores at every start, for 0.35 s at most
        // once, at the first reading that needs a cue the warm-up's article did not (decision 036).
        analysis.WarmUp();
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await PartitionCache.WarmAsync(db, cancellationToken))
            {
                return false;
            }
        }

        await RehearseAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Corrects a statement and its document, deletes the document and restores it, in one transaction that
    /// rolls back: their queries are compiled, and their code compiled to native code, before the first
    /// correction or restore of a meeting needs them (each first one took 0.3–0.7 s more than the next).
    /// The kept partitions stay usable (<see cref="PartitionCache.RollingBackAsync"/>).
    /// </summary>
    private async Task RehearseAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        var target = await db.Statements.Where(s => s.Actor != null).OrderBy(s => s.Id)
            .Select(s => new { s.Fingerprint, s.DocumentId, s.Document!.ContentHash }).FirstOrDefaultAsync(cancellationToken);
        // Only incremental updates are rehearsed: otherwise each would be a whole rebuild, rolled back.
        if (target is not null && await CorpusUpdate.IsIncrementalAsync(db, cancellationToken))
        {
            await PartitionCache.RollingBackAsync(db, async () =>
            {
                // Each change forgets what the one before tracked, as a context of its own would.
                await analysis.ReapplyCorrectionsAsync(db, target.Fingerprint, cancellationToken);
                db.ChangeTracker.Clear();
                await analysis.ReapplyDocumentCorrectionsAsync(db, target.ContentHash, cancellationToken);
                db.ChangeTracker.Clear();
                await deleted.DeleteAsync(db, target.DocumentId, Rehearsal, cancellationToken);
                db.ChangeTracker.Clear();
                if (await deleted.ReadDeletedAsync(db, target.DocumentId, cancellationToken) is { } reading)
                {
                    await deleted.RestoreAsync(db, target.DocumentId, reading, Rehearsal, cancellationToken);
                }
            }, cancellationToken);
        }

        await transaction.RollbackAsync(cancellationToken);
    }
}
