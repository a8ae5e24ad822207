using Dashboard.Core.Documents;
using Dashboard.Data.Analysis;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Import;

/// <summary>
/// Stores and analyses articles. A batch is one transaction: either every new document of the batch
/// is stored with its analysis (and the corpus-wide results updated) or nothing is. Texts already
/// present (by content hash) are reported as duplicates and not stored again.
/// </summary>
public sealed class DocumentImporter(IDbContextFactory<DashboardDbContext> contextFactory, AnalysisStore analysis, TimeProvider clock)
{
    public async Task<IReadOnlyList<ImportResult>> ImportBatchAsync(IReadOnlyList<ImportCandidate> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return [];
        }

        var hashed = batch.Select(c => (Candidate: c, Hash: ContentHash.Of(c.Text))).ToList();
        var hashes = hashed.Select(h => h.Hash).Distinct().ToList();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var known = await db.Documents
            .Where(d => hashes.Contains(d.ContentHash))
            .Select(d => new { d.ContentHash, d.Id })
            .ToDictionaryAsync(d => d.ContentHash, d => d.Id, cancellationToken);

        var corrections = await AnalysisStore.CorrectionsAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new Dictionary<string, Document>();
        foreach (var (candidate, hash) in hashed)
        {
            if (known.ContainsKey(hash) || added.ContainsKey(hash))
            {
                continue;
            }

            var document = new Document
            {
                FileName = candidate.FileName,
                RawText = candidate.Text,
                ContentHash = hash,
                ImportedAt = now,
            };
            analysis.Analyze(document, corrections);
            added[hash] = document;
            db.Documents.Add(document);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added.Count > 0)
        {
            await AnalysisStore.RebuildCorpusAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        var claimed = new HashSet<string>();
        return hashed.Select(h =>
        {
            if (added.TryGetValue(h.Hash, out var document) && claimed.Add(h.Hash))
            {
                return new ImportResult(h.Candidate.FileName, ImportOutcome.Imported, document.Id);
            }

            var id = known.TryGetValue(h.Hash, out var existing) ? existing : added[h.Hash].Id;
            return new ImportResult(h.Candidate.FileName, ImportOutcome.Duplicate, id);
        }).ToList();
    }
}
