using Dashboard.Core.Analysis.Corpus;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>A statement of a changed document, as the corpus results use it.</summary>
internal sealed record TouchedStatement(int Id, int DocumentId, int Ordinal, int? ContinuationOf, string Partition, string? Actor, IReadOnlyList<string> Programs, string? Terms, string Text, bool Dated)
{
    private string[]? words;

    /// <summary>
    /// From a stored statement's columns: its partition by its speaker and actor, and its text only where it has no
    /// stored words (such rows come from before the words were stored; the next full rebuild stores them). A statement
    /// may stay in <see cref="PartitionCache"/> for the process's life: no text it does not need.
    /// </summary>
    /// <param name="dated">Whether the statement has a date: the stance timeline draws only those (<see cref="Queries.CorpusTotals.Pairs"/>).</param>
    public static TouchedStatement Of(int id, int documentId, int ordinal, int? continuationOf, string? speaker, string? actor, IReadOnlyList<string> programs, string? terms, string? text, bool dated) =>
        new(id, documentId, ordinal, continuationOf, UtteranceClusterer.PartitionOf(speaker, actor), actor, programs, terms, terms is null ? text ?? "" : "", dated);

    public IEnumerable<(string Actor, string Program)> Groups => Actor is null ? [] : Programs.Select(p => (Actor, p));

    /// <summary>
    /// What the statement adds to its utterance's word set: its stored words and its programs; split once
    /// and interned (the statement may stay in <see cref="PartitionCache"/>, and a vocabulary is small).
    /// </summary>
    public IReadOnlyList<string> Words => words ??= [.. (Terms ?? StoredAnalysis.TermsOf(Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Concat(Programs.Select(Core.Analysis.Corpus.UtteranceClusterer.ProgramWord)).Select(string.Intern).Distinct()];
}

/// <summary>
/// What some documents contribute to the corpus results, read once before a change and once after
/// it, in the change's transaction: their statements (partition, actor, programs, words), whether
/// each document counts and under which outlet, and the clusters their statements were in. The
/// difference is what an incremental update recomputes (<see cref="CorpusUpdate"/>).
/// </summary>
internal sealed class CorpusSnapshot
{
    private CorpusSnapshot(IReadOnlyList<TouchedStatement> statements, IReadOnlyDictionary<int, string?> documents, IReadOnlyDictionary<string, IReadOnlyList<int>> clusters)
    {
        Statements = statements;
        Documents = documents;
        Clusters = clusters;
    }

    public IReadOnlyList<TouchedStatement> Statements { get; }

    /// <summary>The documents in the corpus (not deleted), with their outlet.</summary>
    public IReadOnlyDictionary<int, string?> Documents { get; }

    /// <summary>The clusters holding any of the statements, with all their members.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Clusters { get; }

    public static CorpusSnapshot Empty { get; } = new([], new Dictionary<int, string?>(), new Dictionary<string, IReadOnlyList<int>>());

    /// <summary>
    /// The documents' part of the corpus before a change, in the change's transaction, which holds the
    /// corpus lock (<see cref="CorpusLock.BeginAsync"/>), so that what is read is still true when the
    /// change and its update are written; and notes what pinned or annotated items hold (<see cref="FollowedItems"/>).
    /// </summary>
    public static async Task<CorpusSnapshot> BeforeChangeAsync(DashboardDbContext db, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        using var stage = Diagnostics.Stages.Start("corpus.snapshot");
        using (Diagnostics.Stages.Start("corpus.snapshot.followed"))
        {
            await FollowedItems.CaptureAsync(db, cancellationToken);
        }

        return await ReadAsync(db, documentIds, cancellationToken);
    }

    /// <summary>The documents' part of the corpus now.</summary>
    public static async Task<CorpusSnapshot> ReadAsync(DashboardDbContext db, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return Empty;
        }

        var ids = documentIds.Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Outlet }).ToDictionaryAsync(d => d.Id, d => d.Outlet, cancellationToken);
        var present = documents.Keys.ToList();
        var statements = await StatementsAsync(db, db.Statements.Where(s => present.Contains(s.DocumentId)), cancellationToken);
        var statementIds = statements.Select(s => s.Id).ToList();
        var clusterIds = db.ClusterMembers.Where(m => EF.Parameter(statementIds).Contains(m.StatementId)).Select(m => m.ClusterId);
        var members = await db.ClusterMembers.AsNoTracking().Where(m => clusterIds.Contains(m.ClusterId)).Select(m => new { m.ClusterId, m.StatementId }).ToListAsync(cancellationToken);
        var clusters = members.GroupBy(m => m.ClusterId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(m => m.StatementId)], StringComparer.Ordinal);
        return new CorpusSnapshot(statements, documents, clusters);
    }

    /// <summary>Statements with what the corpus results need of them (no stance details, no cues).</summary>
    public static async Task<List<TouchedStatement>> StatementsAsync(DashboardDbContext db, IQueryable<Entities.Statement> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking()
            .Select(s => new { s.Id, s.DocumentId, s.Ordinal, s.ContinuationOf, s.Speaker, s.Actor, s.Terms, Dated = s.DateSort != null, Programs = s.Stances.Select(st => st.Program).ToList() })
            .ToListAsync(cancellationToken);
        // Only rows from before the stored words need their text: read it for those alone.
        var missing = rows.Where(r => r.Terms is null).Select(r => r.Id).ToList();
        var texts = missing.Count == 0 ? [] : await db.Statements.Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.Text }).ToDictionaryAsync(s => s.Id, s => s.Text, cancellationToken);
        return [.. rows.Select(r => TouchedStatement.Of(r.Id, r.DocumentId, r.Ordinal, r.ContinuationOf, r.Speaker, r.Actor, r.Programs, r.Terms, texts.GetValueOrDefault(r.Id), r.Dated))];
    }
}
