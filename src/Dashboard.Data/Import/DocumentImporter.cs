using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Documents;
using Dashboard.Data.Analysis;
using Dashboard.Data.Corrections;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Import;

/// <summary>
/// Analyses and stores articles. The analysis runs first, outside any transaction, each document
/// under <see cref="ImportLimits.MaxAnalysisTime"/>; only then is the batch written, as one
/// transaction: either every new document of the batch is stored with its analysis (and the
/// corpus-wide results updated, or marked out of date for the caller to rebuild once after many
/// batches) or nothing is. So a slow or hostile text never holds the database's write lock, and a
/// cancelled import stops without having written a partial batch. Texts already present (by content
/// hash) are reported as duplicates and not stored again; texts that repeat an earlier document with
/// another header or footer (SimHash) are stored and flagged as near-duplicates.
/// </summary>
public sealed class DocumentImporter(IDbContextFactory<DashboardDbContext> contextFactory, AnalysisStore analysis, ImportLimits limits, TimeProvider clock)
{
    public Task<IReadOnlyList<ImportResult>> ImportBatchAsync(IReadOnlyList<ImportCandidate> batch, CancellationToken cancellationToken = default) =>
        ImportBatchAsync(batch, updateCorpus: true, null, null, cancellationToken);

    /// <param name="updateCorpus">False: the corpus-wide results are only marked out of date (see <see cref="AnalysisStore.RebuildCorpusIfStaleAsync"/>).</param>
    /// <param name="nearDuplicates">Shared by the batches of one import; without it every fingerprint is read.</param>
    /// <param name="analysed">Told after each document's analysis, before anything of the batch is written.</param>
    public async Task<IReadOnlyList<ImportResult>> ImportBatchAsync(
        IReadOnlyList<ImportCandidate> batch, bool updateCorpus, NearDuplicateIndex? nearDuplicates = null, Action? analysed = null, CancellationToken cancellationToken = default) =>
        await StoreAsync(await AnalyseAsync(batch, analysed, cancellationToken), updateCorpus, nearDuplicates, cancellationToken);

    /// <summary>
    /// The first half of <see cref="ImportBatchAsync(IReadOnlyList{ImportCandidate}, bool, NearDuplicateIndex?, Action?, CancellationToken)"/>:
    /// reads which texts are stored already and analyses the others, writing nothing. An import analyses
    /// its next batch while it stores this one (<see cref="ImportService"/>).
    /// </summary>
    public async Task<AnalysedBatch> AnalyseAsync(IReadOnlyList<ImportCandidate> batch, Action? analysed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return new AnalysedBatch([], [], [], []);
        }

        var hashed = batch.Select(c => (Candidate: c, Hash: ContentHash.Of(c.Text))).ToList();
        var hashes = hashed.Select(h => h.Hash).Distinct().ToList();

        // Texts already stored are not analysed again; the check is repeated inside the transaction.
        HashSet<string> storedBefore;
        IReadOnlyDictionary<string, CorrectedFacts> corrected; // a purged text imported again keeps its people's corrections
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            storedBefore = [.. await db.Documents.IgnoreQueryFilters().Where(d => hashes.Contains(d.ContentHash)).Select(d => d.ContentHash).ToListAsync(cancellationToken)];
            corrected = await StoredCorrections.LoadFactsAsync(db, hashes, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = hashed.Where(h => !storedBefore.Contains(h.Hash)).DistinctBy(h => h.Hash)
            .Select(h => new Document
            {
                FileName = h.Candidate.FileName, RawText = h.Candidate.Text, ContentHash = h.Hash, ImportedAt = now, SourceUrl = h.Candidate.SourceUrl,
                Page = h.Candidate.Page is { } page ? PageArchive.Pack(page) : null,
            })
            .ToList();
        Reading[] readings;
        using (Diagnostics.Stages.Start("import.analyse"))
        {
            readings = Analyse(fresh, corrected, analysed, cancellationToken);
        }

        var rejected = readings.Where(r => r.Rejection is not null).ToDictionary(r => r.Document.ContentHash, r => r.Rejection!);
        var accepted = readings.Where(r => r.Rejection is null).ToList();
        return new AnalysedBatch(hashed, hashes, accepted, rejected);
    }

    /// <summary>The second half: writes an analysed batch as one transaction and says what became of each article.</summary>
    public async Task<IReadOnlyList<ImportResult>> StoreAsync(AnalysedBatch batch, bool updateCorpus, NearDuplicateIndex? nearDuplicates = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Hashed.Count == 0)
        {
            return [];
        }

        nearDuplicates ??= new NearDuplicateIndex();
        try
        {
            return await StoreAsync(batch.Hashed, batch.Hashes, batch.Accepted, batch.Rejected, updateCorpus, nearDuplicates, cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance stored one of these texts between the check inside the transaction and
            // the write (decision 027): the batch was rolled back whole. Stored again, from the same
            // readings, the text it stored now counts as already there and is reported as a duplicate.
            return await StoreAsync(batch.Hashed, batch.Hashes, [.. batch.Accepted.Select(r => r with { Document = Unsaved(r.Document) })], batch.Rejected, updateCorpus, nearDuplicates, cancellationToken);
        }
    }

    /// <summary>A batch as <see cref="AnalyseAsync"/> leaves it: each article's hash, and the reading of each one not stored before.</summary>
    public sealed class AnalysedBatch
    {
        internal AnalysedBatch(List<(ImportCandidate Candidate, string Hash)> hashed, List<string> hashes, List<Reading> accepted, Dictionary<string, string> rejected)
        {
            Hashed = hashed;
            Hashes = hashes;
            Accepted = accepted;
            Rejected = rejected;
        }

        internal List<(ImportCandidate Candidate, string Hash)> Hashed { get; }

        internal List<string> Hashes { get; }

        internal List<Reading> Accepted { get; }

        internal Dictionary<string, string> Rejected { get; }

        /// <summary>How many of its articles were analysed: the others were stored before.</summary>
        public int AnalysedCount => Accepted.Count + Rejected.Count;
    }

    /// <summary>The document as it was before a rolled-back write gave it statements and perhaps an id.</summary>
    private static Document Unsaved(Document document) => new()
    {
        FileName = document.FileName, RawText = document.RawText, ContentHash = document.ContentHash, ImportedAt = document.ImportedAt,
        SourceUrl = document.SourceUrl, SimHash = document.SimHash,
        Page = document.Page is { } page ? new DocumentPage { Compressed = page.Compressed, Length = page.Length } : null,
    };

    internal sealed record Reading(Document Document, Core.Analysis.AnalyzedDocument? Result, string? Rejection);

    /// <summary>
    /// The analysis is most of an import's time and needs no database: one document per core, each
    /// under the time limit. A text that runs over it (or trips a pattern's own limit) is rejected
    /// with the reason; the import's own cancellation stops everything.
    /// </summary>
    private Reading[] Analyse(List<Document> documents, IReadOnlyDictionary<string, CorrectedFacts> corrected, Action? analysed, CancellationToken cancellationToken)
    {
        var readings = new Reading[documents.Count];
        analysis.WarmUp(); // a cold start is not the article's fault: it must not count against its limit
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var document = documents[i];
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(limits.MaxAnalysisTime);
            try
            {
                var result = analysis.Read(document, corrected.GetValueOrDefault(document.ContentHash), limit.Token);
                // The analysis cleaned the text already; only a text longer than what it analyses is cleaned again, whole.
                document.SimHash = result.Raw.Length == document.RawText.Length ? NearDuplicates.Fingerprint(result.Cleaned.Text) : SimHashOf(document.RawText);
                readings[i] = new Reading(document, result, null);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return; // the import was cancelled: reported once, below
            }
            catch (Exception ex) when (ex is OperationCanceledException or RegexMatchTimeoutException)
            {
                readings[i] = new Reading(document, null, TooSlow()); // over this document's own limit
            }

            analysed?.Invoke();
        });
        cancellationToken.ThrowIfCancellationRequested();
        return readings;
    }

    private string TooSlow() => string.Create(CultureInfo.InvariantCulture,
        $"its analysis took longer than the limit of {limits.MaxAnalysisTime.TotalSeconds:0.#} s a document; the text looks machine-made (very long runs of one character or separator). Clean it or split it, then import it again.");

    private async Task<IReadOnlyList<ImportResult>> StoreAsync(
        List<(ImportCandidate Candidate, string Hash)> hashed, List<string> hashes, List<Reading> readings, Dictionary<string, string> rejected, bool updateCorpus,
        NearDuplicateIndex nearDuplicates, CancellationToken cancellationToken)
    {
        using var stage = Diagnostics.Stages.Start("import.store");
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);

        // Deleted documents count: their text is kept for undo, so the same text is not stored twice.
        var knownRows = await db.Documents.IgnoreQueryFilters()
            .Where(d => hashes.Contains(d.ContentHash))
            .Select(d => new { d.ContentHash, d.Id, Deleted = d.DeletedAt != null })
            .ToListAsync(cancellationToken);
        var known = knownRows.ToDictionary(d => d.ContentHash, d => d.Id);
        var deleted = knownRows.Where(d => d.Deleted).Select(d => d.Id).ToHashSet();

        var corrections = await AnalysisStore.CorrectionsAsync(db, cancellationToken);
        await nearDuplicates.CatchUpAsync(db, cancellationToken);
        var added = new Dictionary<string, Document>();
        foreach (var (document, result, _) in readings)
        {
            if (known.ContainsKey(document.ContentHash))
            {
                continue; // stored by someone else while this batch was being analysed
            }

            analysis.Apply(document, result!, corrections);
            added[document.ContentHash] = document;
        }

        // Twins in earlier batches, that still exist; a twin earlier in this batch is found as one in an earlier
        // batch would be (the index holds every document, repeats included), so the outcome does not depend on
        // where batches begin. Each document is written before the next is looked at: a near-duplicate inside
        // the batch points at its earlier twin's id.
        var earlier = added.Values.ToDictionary(d => d, d => nearDuplicates.Near(d.SimHash!.Value));
        var candidates = earlier.Values.SelectMany(ids => ids).Distinct().ToList();
        var present = (await db.Documents.Where(d => candidates.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
        var inBatch = new List<Document>();
        await using (var rows = new NewRows(db))
        {
            foreach (var document in added.Values)
            {
                document.NearDuplicateOf = earlier[document].Where(present.Contains).Select(id => (int?)id).FirstOrDefault()
                    ?? inBatch.FirstOrDefault(d => NearDuplicates.AreNear(d.SimHash!.Value, document.SimHash!.Value))?.Id;
                await rows.InsertAsync(document, cancellationToken);
                if (document.SimHash is not (null or 0))
                {
                    inBatch.Add(document);
                }
            }
        }

        if (added.Count > 0 && updateCorpus)
        {
            // New documents: nothing of theirs was in the results before.
            await CorpusUpdate.ApplyAsync(db, await CorpusSnapshot.BeforeChangeAsync(db, [], cancellationToken), [.. added.Values.Select(d => d.Id)], cancellationToken);
        }
        else if (added.Count > 0)
        {
            await AnalysisStore.MarkCorpusStaleAsync(db, [.. added.Values.Select(d => d.Id)], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        var claimed = new HashSet<string>();
        return hashed.Select(h =>
        {
            if (rejected.TryGetValue(h.Hash, out var reason))
            {
                return new ImportResult(h.Candidate.FileName, ImportOutcome.Rejected, null, reason);
            }

            if (added.TryGetValue(h.Hash, out var document) && claimed.Add(h.Hash))
            {
                return document.NearDuplicateOf is { } twin
                    ? new ImportResult(h.Candidate.FileName, ImportOutcome.NearDuplicate, document.Id, $"repeats document {twin}")
                    : new ImportResult(h.Candidate.FileName, ImportOutcome.Imported, document.Id);
            }

            if ((known.TryGetValue(h.Hash, out var existing) ? existing : added.GetValueOrDefault(h.Hash)?.Id) is not { } id)
            {
                return new ImportResult(h.Candidate.FileName, ImportOutcome.Rejected, null, "the same text was purged while this import ran; import it again");
            }

            return deleted.Contains(id)
                ? new ImportResult(h.Candidate.FileName, ImportOutcome.Duplicate, id, $"the same text as deleted document {id}; restore it from Documents")
                : new ImportResult(h.Candidate.FileName, ImportOutcome.Duplicate, id, $"the same text as document {id}");
        }).ToList();
    }

    /// <summary>
    /// New documents with their page and their analysis, a row at a time through prepared commands
    /// (<see cref="RowWriter{T}"/>): the change tracker's cost per row was half of an import's writing.
    /// </summary>
    private sealed class NewRows(DashboardDbContext db) : IAsyncDisposable
    {
        private readonly RowWriter<Document> documents = new(db);
        private readonly RowWriter<DocumentPage> pages = new(db);
        private readonly RowWriter<Statement> statements = new(db);
        private readonly RowWriter<StatementStance> stances = new(db);

        public async Task InsertAsync(Document document, CancellationToken cancellationToken)
        {
            await documents.InsertAsync(document, cancellationToken);
            if (document.Page is { } page)
            {
                page.DocumentId = document.Id;
                await pages.InsertAsync(page, cancellationToken);
            }

            foreach (var statement in document.Statements)
            {
                statement.DocumentId = document.Id;
                await statements.InsertAsync(statement, cancellationToken);
                foreach (var stance in statement.Stances)
                {
                    stance.StatementId = statement.Id;
                    await stances.InsertAsync(stance, cancellationToken);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await documents.DisposeAsync();
            await pages.DisposeAsync();
            await statements.DisposeAsync();
            await stances.DisposeAsync();
        }
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
