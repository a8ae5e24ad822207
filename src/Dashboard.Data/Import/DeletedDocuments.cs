using Dashboard.Core.Analysis.Metadata;
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
        if (!await db.Documents.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return false;
        }

        // Its near-duplicates are touched too: they count in the matrix once it is gone.
        var twins = await db.Documents.Where(d => d.NearDuplicateOf == id).Select(d => d.Id).ToListAsync(cancellationToken);
        List<int> touched = [id, .. twins];
        var before = await CorpusSnapshot.BeforeChangeAsync(db, touched, cancellationToken);
        var document = await db.Documents.Include(d => d.Statements).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return false;
        }

        document.DeletedAt = clock.GetUtcNow().UtcDateTime;
        document.DeletedBy = string.IsNullOrWhiteSpace(who) ? null : who.Trim()[..Math.Min(100, who.Trim().Length)];
        db.Statements.RemoveRange(document.Statements);
        // Its near-duplicates now stand alone, so the story still counts once.
        await db.Documents.Where(d => d.NearDuplicateOf == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.NearDuplicateOf, (int?)null), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await CorpusUpdate.ApplyAsync(db, before, touched, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(who, "document deleted", $"document {id}", document.FileName, cancellationToken);
        return true;
    }

    public async Task<bool> RestoreAsync(int id, string who, CancellationToken cancellationToken = default)
    {
        // Its statements were removed with it: the analysis runs again, before the transaction.
        Document? source;
        CorrectedFacts? corrected;
        await using (var read = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            source = await AnalysisStore.Sources(read.Documents.IgnoreQueryFilters().Where(d => d.Id == id && d.DeletedAt != null)).SingleOrDefaultAsync(cancellationToken);
            if (source is null)
            {
                return false;
            }

            corrected = await StoredCorrections.FactsOfAsync(read, source.ContentHash, cancellationToken);
        }

        var reading = analysis.Read(source, corrected, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        var before = await CorpusSnapshot.BeforeChangeAsync(db, [], cancellationToken); // it is not in the corpus yet
        var document = await db.Documents.IgnoreQueryFilters().SingleOrDefaultAsync(d => d.Id == id && d.DeletedAt != null, cancellationToken);
        if (document is null)
        {
            return false;
        }

        document.DeletedAt = null;
        document.DeletedBy = null;
        // While it was away a twin may have come to stand alone: then this one is the repeat.
        var others = await db.Documents.Where(d => d.Id != id && d.NearDuplicateOf == null && d.SimHash != null && d.SimHash != 0)
            .Select(d => new { d.Id, SimHash = d.SimHash!.Value }).ToListAsync(cancellationToken);
        document.NearDuplicateOf = document.SimHash is { } own ? others.FirstOrDefault(o => Core.Documents.NearDuplicates.AreNear(o.SimHash, own))?.Id : null;
        analysis.Apply(document, reading, await AnalysisStore.CorrectionsAsync(db, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await CorpusUpdate.ApplyAsync(db, before, [id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(who, "document restored", $"document {id}", document.FileName, cancellationToken);
        return true;
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
        await db.SaveChangesAsync(cancellationToken);
        await CorpusUpdate.ApplyAsync(db, before, twins, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(who, "document purged", $"document {id}", $"{document.FileName} ({document.ContentHash})", cancellationToken);
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
