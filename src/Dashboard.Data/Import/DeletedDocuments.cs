using Dashboard.Core.Analysis;
using Dashboard.Core.Documents;
using Dashboard.Data.Analysis;
using Dashboard.Data.Corrections;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Import;

public sealed record DeletedDocument(int Id, string FileName, string? Title, DateTime DeletedAt, string? DeletedBy);

/// <summary>
/// Deleting a document with undo. Deleting hides the document and removes its machine-derived
/// statements (and so its weight in every figure); its text and every annotation stay. Undo
/// analyses it again, and notes, verdicts and corrections re-attach by their stable keys.
/// Purge (administrators) removes a deleted document's text for good; the team's annotations on
/// it stay, listed as no longer finding their item, because they are the team's work, not the article.
/// </summary>
public sealed class DeletedDocuments(IDbContextFactory<DashboardDbContext> contextFactory, AnalysisStore analysis, Audit.AuditLog audit, TimeProvider clock)
{
    public async Task<bool> DeleteAsync(int id, string who, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        if (!await DeleteAsync(db, id, who, cancellationToken))
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes in the caller's transaction, which holds the corpus lock (<see cref="CorpusLock"/>).</summary>
    internal async Task<bool> DeleteAsync(DashboardDbContext db, int id, string who, CancellationToken cancellationToken)
    {
        if (!await db.Documents.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return false;
        }

        // Its near-duplicates are touched too: they count in the matrix once it is gone.
        var twins = await db.Documents.Where(d => d.NearDuplicateOf == id).Select(d => d.Id).ToListAsync(cancellationToken);
        List<int> touched = [id, .. twins];
        var before = await CorpusSnapshot.BeforeChangeAsync(db, touched, cancellationToken);
        var document = await db.Documents.Include(d => d.Statements).SingleAsync(d => d.Id == id, cancellationToken);
        document.DeletedAt = clock.GetUtcNow().UtcDateTime;
        document.DeletedBy = string.IsNullOrWhiteSpace(who) ? null : who.Trim()[..Math.Min(100, who.Trim().Length)];
        db.Statements.RemoveRange(document.Statements);
        // Its near-duplicates now stand alone, so the story still counts once.
        await db.Documents.Where(d => d.NearDuplicateOf == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.NearDuplicateOf, (int?)null), cancellationToken);
        audit.Add(db, who, "document deleted", $"document {id}", document.FileName);
        await db.SaveChangesAsync(cancellationToken);
        await CorpusUpdate.ApplyAsync(db, before, touched, cancellationToken);
        return true;
    }

    public async Task<bool> RestoreAsync(int id, string who, CancellationToken cancellationToken = default)
    {
        // Its statements were removed with it: the analysis runs again, before the transaction.
        AnalyzedDocument? reading;
        await using (var read = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            reading = await ReadDeletedAsync(read, id, cancellationToken);
        }

        if (reading is null)
        {
            return false;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        if (!await RestoreAsync(db, id, reading, who, cancellationToken))
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The analysis of deleted document <paramref name="id"/> with its live corrections; null when no deleted document has that id.</summary>
    internal async Task<AnalyzedDocument?> ReadDeletedAsync(DashboardDbContext db, int id, CancellationToken cancellationToken)
    {
        var source = await AnalysisStore.Sources(db.Documents.IgnoreQueryFilters().Where(d => d.Id == id && d.DeletedAt != null)).SingleOrDefaultAsync(cancellationToken);
        return source is null ? null : analysis.Read(source, await StoredCorrections.FactsOfAsync(db, source.ContentHash, cancellationToken), cancellationToken);
    }

    /// <summary>Restores with its <paramref name="reading"/> (<see cref="ReadDeletedAsync"/>), in the caller's transaction, which holds the corpus lock.</summary>
    internal async Task<bool> RestoreAsync(DashboardDbContext db, int id, AnalyzedDocument reading, string who, CancellationToken cancellationToken)
    {
        var before = await CorpusSnapshot.BeforeChangeAsync(db, [], cancellationToken); // it is not in the corpus yet
        var document = await db.Documents.IgnoreQueryFilters().SingleOrDefaultAsync(d => d.Id == id && d.DeletedAt != null, cancellationToken);
        if (document is null)
        {
            return false;
        }

        document.DeletedAt = null;
        document.DeletedBy = null;
        // While it was away a twin may have come to stand alone: then this one is the repeat.
        document.NearDuplicateOf = document.SimHash is { } own and not 0 ? await TwinOfAsync(db, id, own, cancellationToken) : null;
        analysis.Apply(document, reading, await AnalysisStore.CorrectionsAsync(db, cancellationToken));
        audit.Add(db, who, "document restored", $"document {id}", document.FileName);
        await db.SaveChangesAsync(cancellationToken);
        await CorpusUpdate.ApplyAsync(db, before, [id], cancellationToken);
        return true;
    }

    /// <summary>
    /// The first document in the corpus, not itself a repeat, whose SimHash is near <paramref name="simHash"/>. Every
    /// SimHash is read from its index (about 10 ms at 100,000 documents, where reading them from the rows took 50),
    /// and only the near ones are looked up.
    /// </summary>
    private static async Task<int?> TwinOfAsync(DashboardDbContext db, int id, long simHash, CancellationToken cancellationToken)
    {
        var near = new List<int>();
        var hashes = db.Documents.IgnoreQueryFilters().Where(d => d.SimHash != null && d.SimHash != 0).Select(d => new { d.Id, SimHash = d.SimHash!.Value });
        await foreach (var row in hashes.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (row.Id != id && NearDuplicates.AreNear(row.SimHash, simHash))
            {
                near.Add(row.Id);
            }
        }

        return near.Count == 0 ? null
            : await db.Documents.Where(d => near.Contains(d.Id) && d.NearDuplicateOf == null).OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Removes a deleted document permanently; a document still in the corpus must be deleted first.</summary>
    public async Task<bool> PurgeAsync(int id, string who, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        var document = await db.Documents.IgnoreQueryFilters().SingleOrDefaultAsync(d => d.Id == id && d.DeletedAt != null, cancellationToken);
        if (document is null)
        {
            return false;
        }

        // A deleted document is in no result; its near-duplicates in the corpus now count on their own.
        var twins = await db.Documents.Where(d => d.NearDuplicateOf == id).Select(d => d.Id).ToListAsync(cancellationToken);
        var before = await CorpusSnapshot.BeforeChangeAsync(db, twins, cancellationToken);
        await db.Documents.IgnoreQueryFilters().Where(d => d.NearDuplicateOf == id)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.NearDuplicateOf, (int?)null), cancellationToken);
        db.Documents.Remove(document);
        audit.Add(db, who, "document purged", $"document {id}", $"{document.FileName} ({document.ContentHash})");
        await db.SaveChangesAsync(cancellationToken);
        await CorpusUpdate.ApplyAsync(db, before, twins, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<DeletedDocument>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Documents.IgnoreQueryFilters().AsNoTracking().Where(d => d.DeletedAt != null)
            .OrderByDescending(d => d.DeletedAt)
            .Select(d => new DeletedDocument(d.Id, d.FileName, d.Title, d.DeletedAt!.Value, d.DeletedBy))
            .ToListAsync(cancellationToken);
    }
}
