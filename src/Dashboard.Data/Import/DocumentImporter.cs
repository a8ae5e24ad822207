using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Documents;
using Dashboard.Data.Analysis;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Import;

/// <summary>
/// Stores and analyses articles. A batch is one transaction: either every new document of the batch
/// is stored with its analysis (and the corpus-wide results updated, or marked out of date for the
/// caller to rebuild once after many batches) or nothing is. Texts already
/// present (by content hash) are reported as duplicates and not stored again; texts that repeat an
/// earlier document with another header or footer (SimHash) are stored and flagged as near-duplicates.
/// </summary>
public sealed class DocumentImporter(IDbContextFactory<DashboardDbContext> contextFactory, AnalysisStore analysis, TimeProvider clock)
{
    public Task<IReadOnlyList<ImportResult>> ImportBatchAsync(IReadOnlyList<ImportCandidate> batch, CancellationToken cancellationToken = default) =>
        ImportBatchAsync(batch, updateCorpus: true, null, cancellationToken);

    /// <param name="updateCorpus">False: the corpus-wide results are only marked out of date (see <see cref="AnalysisStore.RebuildCorpusIfStaleAsync"/>).</param>
    /// <param name="nearDuplicates">Shared by the batches of one import; without it every fingerprint is read.</param>
    public async Task<IReadOnlyList<ImportResult>> ImportBatchAsync(
        IReadOnlyList<ImportCandidate> batch, bool updateCorpus, NearDuplicateIndex? nearDuplicates = null, CancellationToken cancellationToken = default)
    {
        nearDuplicates ??= new NearDuplicateIndex();
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return [];
        }

        var hashed = batch.Select(c => (Candidate: c, Hash: ContentHash.Of(c.Text))).ToList();
        var hashes = hashed.Select(h => h.Hash).Distinct().ToList();

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Deleted documents count: their text is kept for undo, so the same text is not stored twice.
        var knownRows = await db.Documents.IgnoreQueryFilters()
            .Where(d => hashes.Contains(d.ContentHash))
            .Select(d => new { d.ContentHash, d.Id, Deleted = d.DeletedAt != null })
            .ToListAsync(cancellationToken);
        var known = knownRows.ToDictionary(d => d.ContentHash, d => d.Id);
        var deleted = knownRows.Where(d => d.Deleted).Select(d => d.Id).ToHashSet();

        var corrections = await AnalysisStore.CorrectionsAsync(db, cancellationToken);
        await nearDuplicates.CatchUpAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new Dictionary<string, Document>();
        foreach (var (candidate, hash) in hashed)
        {
            if (known.ContainsKey(hash) || added.ContainsKey(hash))
            {
                continue;
            }

            added[hash] = new Document
            {
                FileName = candidate.FileName,
                RawText = candidate.Text,
                ContentHash = hash,
                ImportedAt = now,
            };
        }

        // The analysis is most of an import's time and needs no database: one document per core.
        var fresh = added.Values.ToList();
        var readings = new Core.Analysis.AnalyzedDocument[fresh.Count];
        Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            readings[i] = analysis.Read(fresh[i]);
            fresh[i].SimHash = SimHashOf(fresh[i].RawText);
        });
        for (var i = 0; i < fresh.Count; i++)
        {
            analysis.Apply(fresh[i], readings[i], corrections);
            db.Documents.Add(fresh[i]);
        }

        await db.SaveChangesAsync(cancellationToken);

        // After saving, so a near-duplicate inside the same batch can point at its earlier twin's id.
        var earlier = added.Values.ToDictionary(d => d, d => nearDuplicates.Near(d.SimHash!.Value).ToList());
        var candidates = earlier.Values.SelectMany(ids => ids).Distinct().ToList();
        var present = (await db.Documents.Where(d => candidates.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
        var inBatch = new List<Document>();
        foreach (var document in added.Values)
        {
            int? twin = earlier[document].Where(present.Contains).Select(id => (int?)id).FirstOrDefault()
                ?? inBatch.FirstOrDefault(d => NearDuplicates.AreNear(d.SimHash!.Value, document.SimHash!.Value))?.Id;
            if (twin is not null)
            {
                document.NearDuplicateOf = twin;
            }
            else if (document.SimHash is not (null or 0))
            {
                inBatch.Add(document);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added.Count > 0 && updateCorpus)
        {
            await AnalysisStore.RebuildCorpusAsync(db, cancellationToken);
        }
        else if (added.Count > 0)
        {
            await AnalysisStore.MarkCorpusStaleAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        var claimed = new HashSet<string>();
        return hashed.Select(h =>
        {
            if (added.TryGetValue(h.Hash, out var document) && claimed.Add(h.Hash))
            {
                return document.NearDuplicateOf is { } twin
                    ? new ImportResult(h.Candidate.FileName, ImportOutcome.NearDuplicate, document.Id, $"repeats document {twin}")
                    : new ImportResult(h.Candidate.FileName, ImportOutcome.Imported, document.Id);
            }

            var id = known.TryGetValue(h.Hash, out var existing) ? existing : added[h.Hash].Id;
            return deleted.Contains(id)
                ? new ImportResult(h.Candidate.FileName, ImportOutcome.Duplicate, id, $"the same text as deleted document {id}; restore it from Documents")
                : new ImportResult(h.Candidate.FileName, ImportOutcome.Duplicate, id, $"the same text as document {id}");
        }).ToList();
    }

    /// <summary>Gives documents stored before near-duplicate detection their fingerprint (run at start). Returns how many.</summary>
    public async Task<int> FingerprintMissingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var missing = await db.Documents.Where(d => d.SimHash == null).ToListAsync(cancellationToken);
        foreach (var document in missing)
        {
            document.SimHash = SimHashOf(document.RawText);
        }

        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    /// <summary>Of the article without its page debris: feeds differ most in menus, prompts and footers.</summary>
    private static long SimHashOf(string raw) => NearDuplicates.Fingerprint(ArticleCleaner.Clean(raw).Text);
}
