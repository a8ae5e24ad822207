using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Data.Corrections;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Analysis;

/// <summary>
/// Runs the analysis pipeline over stored documents and keeps its results in the database:
/// per-document statements and stances, and the corpus-wide clusters, contradictions and matrix.
/// Everything written here is machine-derived and replaced wholesale on re-analysis; human work
/// (annotations, later) lives in other tables and refers to statement fingerprints.
/// </summary>
public sealed class AnalysisStore(IDbContextFactory<DashboardDbContext> contextFactory, Gazetteers.GazetteerSource gazetteers, TimeProvider clock)
{
    internal const string CorpusStaleKey = "CorpusStale";

    /// <summary>
    /// What the analysis of each document needs (its name, text and hash), read without tracking: an import or
    /// re-analysis then analyses before, and outside, the transaction that writes its result; a correction
    /// reads its one document inside its own (decision 036).
    /// </summary>
    internal static IQueryable<Document> Sources(IQueryable<Document> documents) =>
        documents.AsNoTracking().Select(d => new Document { Id = d.Id, FileName = d.FileName, RawText = d.RawText, ContentHash = d.ContentHash });

    /// <summary>The pipeline's reading of a document: pure, so many may run in parallel.</summary>
    internal AnalyzedDocument Read(Document document, CorrectedFacts? corrected, CancellationToken cancellationToken = default) =>
        gazetteers.Pipeline.AnalyzeDocument(document.FileName, document.RawText, corrected, cancellationToken);

    /// <summary>Pays the analysis's first-use cost once, before anything times a document's reading.</summary>
    internal void WarmUp() => gazetteers.Pipeline.WarmUp();

    /// <summary>Writes a reading onto the document row with the people's corrections laid over it (one thread: the row is tracked by a context).</summary>
    internal void Apply(Document document, AnalyzedDocument reading, ILookup<string, Correction> corrections)
    {
        StoredAnalysis.Apply(document, reading, clock.GetUtcNow().UtcDateTime);
        StoredCorrections.Apply(document.Statements, corrections);
    }

    /// <summary>Every correction people made, for <see cref="Apply"/>.</summary>
    internal static Task<ILookup<string, Correction>> CorrectionsAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        StoredCorrections.LoadAsync(db, null, cancellationToken);

    /// <summary>
    /// After a correction of the statement <paramref name="fingerprint"/> was added, changed or
    /// removed: puts back what the analysis said about it, lays the live corrections over that, and
    /// updates the corpus-wide results, so every view shows the correction at once. The statement keeps
    /// its row (links to it stay valid). False when no such statement exists.
    /// </summary>
    /// <param name="db">
    /// In the caller's transaction, which holds the corpus lock (<see cref="CorpusLock"/>) and has saved the
    /// change of correction: the two are committed, or rolled back, together.
    /// </param>
    internal async Task<bool> ReapplyCorrectionsAsync(DashboardDbContext db, string fingerprint, CancellationToken cancellationToken)
    {
        var documentId = await db.Statements.Where(s => s.Fingerprint == fingerprint).Select(s => (int?)s.DocumentId).FirstOrDefaultAsync(cancellationToken);
        if (documentId is null)
        {
            return false;
        }

        // The machine's own reading of the document (one article: milliseconds under the lock).
        Document source;
        using (Diagnostics.Stages.Start("correction.read"))
        {
            source = await Sources(db.Documents.Where(d => d.Id == documentId)).SingleAsync(cancellationToken);
            var corrected = await StoredCorrections.FactsOfAsync(db, source.ContentHash, cancellationToken);
            StoredAnalysis.Apply(source, Read(source, corrected, cancellationToken), clock.GetUtcNow().UtcDateTime);
        }

        var before = await CorpusSnapshot.BeforeChangeAsync(db, [documentId.Value], cancellationToken);
        var statement = await db.Statements.Include(s => s.Stances).SingleAsync(s => s.Fingerprint == fingerprint, cancellationToken);
        if (source.Statements.FirstOrDefault(s => s.Fingerprint == fingerprint) is { } machine)
        {
            statement.Actor = machine.Actor;
            statement.Stances.Clear();
            foreach (var stance in machine.Stances)
            {
                statement.Stances.Add(new StatementStance
                {
                    Program = stance.Program, Score = stance.Score, Label = stance.Label, Conditional = stance.Conditional, Confidence = stance.Confidence, CuesJson = stance.CuesJson,
                });
            }
        }

        StoredCorrections.Apply([statement], await StoredCorrections.LoadAsync(db, [fingerprint], cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await CorpusUpdate.ApplyAsync(db, before, [statement.DocumentId], cancellationToken);
        return true;
    }

    /// <summary>
    /// After a correction of the document's title, outlet or date was added or undone: analyses it again
    /// with its live corrections and replaces its statements, as a re-analysis does (the date decides
    /// who held an office, so speakers, actors and stances can change with it, not only dates); the
    /// people's statement corrections are laid over them and the corpus-wide results recomputed.
    /// False when no such document exists.
    /// </summary>
    /// <param name="db">In the caller's transaction, as for <see cref="ReapplyCorrectionsAsync"/>.</param>
    internal async Task<bool> ReapplyDocumentCorrectionsAsync(DashboardDbContext db, string contentHash, CancellationToken cancellationToken)
    {
        var source = await Sources(db.Documents.Where(d => d.ContentHash == contentHash)).FirstOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return false;
        }

        var reading = Read(source, await StoredCorrections.FactsOfAsync(db, contentHash, cancellationToken), cancellationToken);
        var before = await CorpusSnapshot.BeforeChangeAsync(db, [source.Id], cancellationToken);
        var document = await db.Documents.Include(d => d.Statements).FirstAsync(d => d.Id == source.Id, cancellationToken);
        db.Statements.RemoveRange(document.Statements);
        await db.SaveChangesAsync(cancellationToken);
        Apply(document, reading, await StoredCorrections.LoadAsync(db, null, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await CorpusUpdate.ApplyAsync(db, before, [document.Id], cancellationToken);
        return true;
    }

    /// <summary>Analyses documents never analysed (e.g. imported before the analysis existed). Returns how many.</summary>
    public async Task<int> AnalyzePendingAsync(CancellationToken cancellationToken = default)
    {
        // The analysis first, outside the transaction (as in an import); the rows are written under it.
        List<Document> sources;
        IReadOnlyDictionary<string, CorrectedFacts> corrected;
        await using (var read = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            sources = await Sources(read.Documents.Where(d => d.AnalyzedAt == null)).ToListAsync(cancellationToken);
            corrected = sources.Count == 0 ? new Dictionary<string, CorrectedFacts>() : await StoredCorrections.LoadFactsAsync(read, null, cancellationToken);
        }

        if (sources.Count == 0)
        {
            return 0;
        }

        var readings = sources.ToDictionary(d => d.Id, d => Read(d, corrected.GetValueOrDefault(d.ContentHash), cancellationToken));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        var ids = readings.Keys.ToList();
        var documents = await db.Documents.Include(d => d.Statements).Where(d => ids.Contains(d.Id) && d.AnalyzedAt == null).ToListAsync(cancellationToken);
        foreach (var document in documents)
        {
            db.Statements.RemoveRange(document.Statements);
        }

        await ClearCorpusAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var corrections = await CorrectionsAsync(db, cancellationToken);
        foreach (var document in documents)
        {
            Apply(document, readings[document.Id], corrections);
        }

        await db.SaveChangesAsync(cancellationToken);
        await RebuildCorpusAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return documents.Count;
    }

    /// <summary>
    /// Re-analyses every document (after a gazetteer or pipeline change). The analysis runs first,
    /// outside any transaction (readers and annotators are not held up, progress is reported per
    /// document); then the machine-derived rows are replaced in one short transaction, with the
    /// people's corrections laid over them. Annotations are untouched and re-attach by their keys.
    /// </summary>
    public async Task<int> ReanalyzeAllAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        List<Document> sources;
        IReadOnlyDictionary<string, CorrectedFacts> corrected;
        await using (var read = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            sources = await Sources(read.Documents).ToListAsync(cancellationToken);
            corrected = await StoredCorrections.LoadFactsAsync(read, null, cancellationToken);
        }

        var pipeline = gazetteers.Pipeline; // one gazetteer for the whole run, even if a new one is saved meanwhile
        var results = new AnalyzedDocument[sources.Count];
        var done = 0;
        progress?.Report((0, sources.Count));
        await Parallel.ForAsync(0, sources.Count, new ParallelOptions { CancellationToken = cancellationToken }, (i, _) =>
        {
            results[i] = pipeline.AnalyzeDocument(sources[i].FileName, sources[i].RawText, corrected.GetValueOrDefault(sources[i].ContentHash), cancellationToken);
            var now = Interlocked.Increment(ref done);
            if (now % 50 == 0 || now == sources.Count)
            {
                progress?.Report((now, sources.Count));
            }

            return ValueTask.CompletedTask;
        });

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        var ids = sources.Select(d => d.Id).ToList();

        // A document corrected while the analysis ran is read again with what is live now.
        var now = await StoredCorrections.LoadFactsAsync(db, null, cancellationToken);
        for (var i = 0; i < sources.Count; i++)
        {
            var facts = now.GetValueOrDefault(sources[i].ContentHash);
            if (facts != corrected.GetValueOrDefault(sources[i].ContentHash))
            {
                results[i] = pipeline.AnalyzeDocument(sources[i].FileName, sources[i].RawText, facts, cancellationToken);
            }
        }

        await ClearCorpusAsync(db, cancellationToken);
        await db.Statements.Where(s => ids.Contains(s.DocumentId)).ExecuteDeleteAsync(cancellationToken);
        var documents = await db.Documents.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var corrections = await CorrectionsAsync(db, cancellationToken);
        var analyzedAt = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < sources.Count; i++)
        {
            if (documents.TryGetValue(sources[i].Id, out var document) && document.RawText == sources[i].RawText)
            {
                StoredAnalysis.Apply(document, results[i], analyzedAt);
                StoredCorrections.Apply(document.Statements, corrections);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await RebuildCorpusAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return documents.Count;
    }

    /// <summary>
    /// Brings the corpus-wide results up to date if an import left them out of date. Imports store
    /// their batches first and update the results once at the end; if the process stopped in between,
    /// the next start or import finishes the job. A few documents are added to the results
    /// (<see cref="CorpusUpdate"/>); many, or an unknown set, rebuild them. A database whose results
    /// predate the stored overview counts gets those alone: one pass, not a rebuild.
    /// </summary>
    public async Task<bool> RebuildCorpusIfStaleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CorpusLock.BeginAsync(db, cancellationToken);
        var marker = await db.AppSettings.AsNoTracking().Where(s => s.Key == CorpusStaleKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (marker is null)
        {
            if (!await Queries.CorpusTotals.AreStoredAsync(db, cancellationToken))
            {
                await Queries.CorpusTotals.StoreAsync(db, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return false;
        }

        if (StaleDocuments(marker) is { } added)
        {
            // New documents only, none of them in the results yet: nothing of theirs was there before.
            await db.AppSettings.Where(s => s.Key == CorpusStaleKey).ExecuteDeleteAsync(cancellationToken);
            await CorpusUpdate.ApplyAsync(db, CorpusSnapshot.Empty, added, cancellationToken);
        }
        else
        {
            await RebuildCorpusAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>True while statements changed after the corpus results were last rebuilt (an import under way, or one that stopped).</summary>
    internal static Task<bool> IsCorpusStaleAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        db.AppSettings.AnyAsync(s => s.Key == CorpusStaleKey, cancellationToken);

    /// <summary>
    /// Notes, in the caller's transaction (<see cref="CorpusLock.BeginAsync"/>), that documents were added without the corpus results being
    /// updated: which ones while they are few (<see cref="MaxStaleDocuments"/>), else that the results
    /// need a rebuild.
    /// </summary>
    internal static async Task MarkCorpusStaleAsync(DashboardDbContext db, IReadOnlyCollection<int> added, CancellationToken cancellationToken)
    {
        var marker = await db.AppSettings.FirstOrDefaultAsync(s => s.Key == CorpusStaleKey, cancellationToken);
        var known = marker is null ? [] : StaleDocuments(marker.Value);
        var value = known is null || known.Count + added.Count > MaxStaleDocuments ? RebuildAll : DocumentsPrefix + string.Join(',', known.Concat(added));
        if (marker is null)
        {
            db.AppSettings.Add(new AppSetting { Key = CorpusStaleKey, Value = value });
        }
        else
        {
            marker.Value = value;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Beyond this many documents an update costs about what a rebuild does.</summary>
    private const int MaxStaleDocuments = 500;

    private const string RebuildAll = "1";

    private const string DocumentsPrefix = "documents:";

    /// <summary>The documents a stale marker names, or null when it asks for a rebuild.</summary>
    private static List<int>? StaleDocuments(string marker) =>
        marker.StartsWith(DocumentsPrefix, StringComparison.Ordinal)
            ? [.. marker[DocumentsPrefix.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)]
            : null;

    /// <summary>Recomputes clusters, contradictions and the matrix from the stored statements, in the caller's transaction (<see cref="CorpusLock.BeginAsync"/>).</summary>
    internal static async Task RebuildCorpusAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        using var stage = Diagnostics.Stages.Start("corpus.rebuild");
        var followed = await FollowedItems.CaptureAsync(db, cancellationToken);
        await ClearCorpusAsync(db, cancellationToken);
        await StoreTermsAsync(db, cancellationToken);

        CorpusRows rows;
        using (Diagnostics.Stages.Start("corpus.rebuild.read"))
        {
            rows = await CorpusRows.LoadWithUtterancesAsync(db, cancellationToken);
        }

        var judged = new JudgedPartitions(rows);
        CorpusAnalysis corpus;
        using (Diagnostics.Stages.Start("corpus.rebuild.analyse"))
        {
            corpus = AnalysisPipeline.AnalyzeCorpus(rows.Documents, rows.TextOf, judged: judged.Add);
        }

        using var writing = Diagnostics.Stages.Start("corpus.rebuild.write");
        await ClusterUpdate.InsertAsync(db, corpus.Clusters.Select(c => ClusterUpdate.Row(c.Id, StoredAnalysis.Serialize(c.Discrepancies), c.Members.Select(m => rows.RowIds[m.Id]))), cancellationToken);

        var findings = await FindingUpdate.WriteAsync(db, corpus.Contradictions, rows.RowIds, rows.Fingerprints, cancellationToken);
        await followed.MoveAsync(db,
            () => corpus.Clusters.ToDictionary(c => c.Id, c => c.Members.Select(m => rows.Fingerprints[m.Id]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal),
            () => findings.ToDictionary(f => f.Key, f => (f.Program, f.Strength, f.Statements), StringComparer.Ordinal),
            cancellationToken);
        await Queries.MatrixCells.StoreAsync(db, cancellationToken);
        await Queries.CorpusTotals.StoreAsync(db, cancellationToken);
        // The partitions as clustered, so that the next corrections judge only what they change (decision 033).
        await PartitionCache.AdvanceAsync(db, null, judged.WithUtterances(corpus.Clusters), cancellationToken);
        await db.AppSettings.Where(s => s.Key == CorpusStaleKey).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Stores the words of statements from before <see cref="Statement.Terms"/> existed, which updates read: an
    /// upgrade's rebuild writes every statement's, so through one prepared command (a bind and a step each) where
    /// an <c>ExecuteUpdate</c> per row built and sent a statement each.
    /// </summary>
    private static async Task StoreTermsAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        using var stage = Diagnostics.Stages.Start("corpus.rebuild.terms");
        var missing = await db.Statements.Where(s => s.Terms == null).Select(s => new { s.Id, s.Text }).ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(Statement))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {Column(nameof(Statement.Terms))} = {sql.GenerateParameterNamePlaceholder("terms")} "
            + $"WHERE {Column(nameof(Statement.Id))} = {sql.GenerateParameterNamePlaceholder("id")}";
        var terms = ((RelationalTypeMapping)entity.FindProperty(nameof(Statement.Terms))!.GetRelationalTypeMapping()).CreateParameter(command, sql.GenerateParameterName("terms"), null);
        var id = ((RelationalTypeMapping)entity.FindProperty(nameof(Statement.Id))!.GetRelationalTypeMapping()).CreateParameter(command, sql.GenerateParameterName("id"), null, nullable: false);
        command.Parameters.Add(terms);
        command.Parameters.Add(id);
        await command.PrepareAsync(cancellationToken);
        foreach (var row in missing)
        {
            terms.Value = StoredAnalysis.TermsOf(row.Text);
            id.Value = row.Id;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task ClearCorpusAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        await FollowedItems.CaptureAsync(db, cancellationToken);
        await db.ClusterMembers.ExecuteDeleteAsync(cancellationToken);
        await db.UtteranceClusters.ExecuteDeleteAsync(cancellationToken);
        await db.FindingStatements.ExecuteDeleteAsync(cancellationToken);
        await db.Contradictions.ExecuteDeleteAsync(cancellationToken);
        await db.MatrixCells.ExecuteDeleteAsync(cancellationToken);
        await Queries.CorpusTotals.ClearAsync(db, cancellationToken);
    }
}
