using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Corpus;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>
/// Stored documents read back as the corpus stages take them (<see cref="StoredAnalysis.ToAnalyzed"/>):
/// metadata and every statement, no text. The whole corpus for a rebuild, or some documents for an
/// update; either way in the order of the documents' ids, then of their statements, so that the
/// stages see any part of the corpus in the order a rebuild sees it.
/// </summary>
internal sealed class CorpusRows
{
    private readonly DashboardDbContext db;
    private readonly Dictionary<string, int> documentRowOf = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (int Document, int Ordinal)> positionOf = [];

    private CorpusRows(DashboardDbContext db) => this.db = db;

    public List<AnalyzedDocument> Documents { get; } = [];

    /// <summary>A statement's row id by the analysis' id for it ("hash-s3").</summary>
    public Dictionary<string, int> RowIds { get; } = new(StringComparer.Ordinal);

    /// <summary>A statement's fingerprint by the analysis' id for it.</summary>
    public Dictionary<string, string> Fingerprints { get; } = new(StringComparer.Ordinal);

    /// <summary>Every loaded statement as the corpus updates read it (<see cref="CorpusSnapshot.StatementsAsync"/>), when asked for.</summary>
    public List<TouchedStatement> Touched { get; } = [];

    /// <summary>Every loaded statement by row id.</summary>
    public Dictionary<int, StatementRef> Refs { get; } = [];

    /// <summary>Loads <paramref name="documentIds"/>, or the whole corpus when null.</summary>
    public static Task<CorpusRows> LoadAsync(DashboardDbContext db, IReadOnlyCollection<int>? documentIds, CancellationToken cancellationToken) =>
        LoadAsync(db, documentIds, null, false, cancellationToken);

    /// <summary>The whole corpus, with every statement as the kept partitions hold it (<see cref="Touched"/>): a rebuild's, a server's start.</summary>
    public static Task<CorpusRows> LoadWithUtterancesAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        LoadAsync(db, null, null, true, cancellationToken);

    /// <summary>
    /// Only <paramref name="statementIds"/> of <paramref name="documentIds"/>, for a stage that reads no others
    /// (the findings of some groups); a document's list of statements is then partial, which the clusterer cannot take.
    /// </summary>
    public static Task<CorpusRows> LoadStatementsAsync(DashboardDbContext db, IReadOnlyCollection<int> documentIds, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken) =>
        LoadAsync(db, documentIds, statementIds, false, cancellationToken);

    private static async Task<CorpusRows> LoadAsync(DashboardDbContext db, IReadOnlyCollection<int>? documentIds, IReadOnlyCollection<int>? statementIds, bool withUtterances, CancellationToken cancellationToken)
    {
        var rows = new CorpusRows(db);
        var ids = documentIds?.Distinct().ToList();
        var only = statementIds?.Distinct().ToList();
        // Thousands of ids go as one parameter (decision 035), not as thousands.
        var documentRows = ids is null ? db.Documents.AsNoTracking() : db.Documents.AsNoTracking().Where(d => EF.Parameter(ids).Contains(d.Id));
        var documents = await documentRows
            .OrderBy(d => d.Id)
            .Select(d => new Document { Id = d.Id, FileName = d.FileName, ContentHash = d.ContentHash, RawText = "", Title = d.Title, Outlet = d.Outlet, PublishedOn = d.PublishedOn, PublishedInferred = d.PublishedInferred, Language = d.Language })
            .ToListAsync(cancellationToken);
        var statementRows = db.Statements.AsNoTracking().Include(s => s.Stances);
        var statements = await (only is not null ? statementRows.Where(s => EF.Parameter(only).Contains(s.Id))
            : ids is not null ? statementRows.Where(s => EF.Parameter(ids).Contains(s.DocumentId))
            : statementRows).ToListAsync(cancellationToken);
        var byDocument = statements.ToLookup(s => s.DocumentId);
        foreach (var row in documents)
        {
            var analysis = StoredAnalysis.ToAnalyzed(row, byDocument[row.Id]);
            rows.Documents.Add(analysis);
            rows.documentRowOf[analysis.Id] = row.Id;
            var byOrdinal = byDocument[row.Id].ToDictionary(s => s.Ordinal);
            foreach (var statement in analysis.Statements)
            {
                var stored = byOrdinal[statement.Index];
                var reference = new StatementRef(analysis, statement);
                rows.RowIds[reference.Id] = stored.Id;
                rows.Fingerprints[reference.Id] = stored.Fingerprint;
                rows.Refs[stored.Id] = reference;
                rows.positionOf[stored.Id] = (row.Id, stored.Ordinal);
                if (withUtterances)
                {
                    rows.Touched.Add(TouchedStatement.Of(stored.Id, row.Id, stored.Ordinal, stored.ContinuationOf, stored.Speaker, stored.Actor,
                        [.. stored.Stances.Select(st => st.Program)], stored.Terms, stored.Text, stored.DateSort is not null));
                }
            }
        }

        return rows;
    }

    /// <summary>Adds rows loaded apart (other documents of the same database).</summary>
    public void Add(CorpusRows other)
    {
        Documents.AddRange(other.Documents);
        foreach (var (key, value) in other.documentRowOf)
        {
            documentRowOf[key] = value;
        }

        foreach (var (id, reference) in other.Refs)
        {
            Refs[id] = reference;
            positionOf[id] = other.positionOf[id];
        }

        foreach (var (key, value) in other.RowIds)
        {
            RowIds[key] = value;
            Fingerprints[key] = other.Fingerprints[key];
        }
    }

    /// <summary>Some loaded statements by row id, in the order a rebuild reads them.</summary>
    public IReadOnlyList<StatementRef> InOrder(IEnumerable<int> statementIds) =>
        [.. statementIds.Distinct().Where(Refs.ContainsKey).OrderBy(id => positionOf[id]).Select(id => Refs[id])];

    /// <summary>Where an utterance of loaded statements starts (<see cref="UnitKey"/>).</summary>
    public UnitKey KeyOf(IEnumerable<StatementRef> members)
    {
        var positions = members.Select(m => positionOf[RowIds[m.Id]]).ToList();
        return new UnitKey(positions[0].Document, positions.Min(p => p.Ordinal));
    }

    /// <summary>
    /// An article's cleaned text, for the clusterer's check of names: left out of the load (a large
    /// corpus's texts do not fit in memory), read only for the few documents it asks about.
    /// </summary>
    /// <remarks>Safe from several threads (a rebuild clusters partitions in parallel): the context is asked one at a time, the text cleaned on each.</remarks>
    public string TextOf(AnalyzedDocument document)
    {
        var id = documentRowOf[document.Id];
        string? raw;
        lock (reading)
        {
            // Gone only when a change landed during a read without the corpus lock (a server's warm-up), which then drops what it read.
            raw = db.Documents.Where(d => d.Id == id).Select(d => d.RawText).FirstOrDefault();
        }

        return AnalysisPipeline.CleanedText(raw ?? "");
    }

    private readonly Lock reading = new();
}
