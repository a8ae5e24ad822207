using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Stance;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>One cell of the stance matrix, computed for the current filter, with the statements behind it.</summary>
public sealed record MatrixCellView(
    string Actor, string Program, int Count, double Mean, string MeanLabel, string LatestLabel, string? PreviousLabel, bool LatestConditional,
    bool AnyConditional, int? StrongestStatementId, string? StrongestQuote, IReadOnlyList<int> StatementIds)
{
    /// <summary>"up", "down", "flat" or "" when there is one statement.</summary>
    public string Trend => PreviousLabel is null ? "" : Score(LatestLabel) > Score(PreviousLabel) ? "up" : Score(LatestLabel) < Score(PreviousLabel) ? "down" : "flat";

    private static int Score(string label) => StanceLabels.TryParse(label, out var l) ? (int)l : 0;
}

public sealed record MatrixView(IReadOnlyList<string> Actors, IReadOnlyList<string> Programs, IReadOnlyDictionary<(string Actor, string Program), MatrixCellView> Cells, int OtherActorStatements)
{
    /// <summary>
    /// The view without each cell's statement ids and strongest quote, for a page to keep: at 100,000
    /// statements they are most of a matrix's memory, held once per open browser.
    /// <see cref="MatrixQueries.CellAsync"/> reads one cell's again when it is opened.
    /// </summary>
    public MatrixView WithoutEvidence() => this with { Cells = Cells.ToDictionary(c => c.Key, c => c.Value with { StatementIds = [], StrongestQuote = null }) };
}

/// <summary>
/// The stance matrix for a filter: agencies (from the gazetteer) as rows, programs as columns. A
/// filter of actors and programs only (the unfiltered matrix included) reads the cells stored at
/// the last corpus rebuild; outlets, dates or words compute the cells from the matching statements.
/// Both go through <see cref="MatrixCells.Build"/>, so they agree.
/// </summary>
public sealed class MatrixQueries(IDbContextFactory<DashboardDbContext> contextFactory, Gazetteers.GazetteerSource gazetteers)
{
    public async Task<MatrixView> GetAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = filter.Outlets.Count == 0 && filter.From is null && filter.To is null && string.IsNullOrWhiteSpace(filter.Text)
            && !await Analysis.AnalysisStore.IsCorpusStaleAsync(db, cancellationToken);
        var cells = stored
            ? await MatrixCells.StoredAsync(db, filter.Actors, filter.Programs, cancellationToken)
            : await ComputedCellsAsync(db, filter, cancellationToken);
        return await ViewAsync(db, cells, cancellationToken);
    }

    /// <summary>One cell of the matrix for <paramref name="filter"/>, with its statement ids (the same cell: narrowing the filter to its actor and program changes nothing in it).</summary>
    public async Task<MatrixCellView?> CellAsync(DashboardFilter filter, string actor, string program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var narrowed = await GetAsync(filter with { Actors = [actor], Programs = [program] }, cancellationToken);
        return narrowed.Cells.GetValueOrDefault((actor, program));
    }

    /// <summary>The matrix computed from the statements, never from the stored cells: what the stored cells must equal (tests), and the cold cost (bench queries).</summary>
    public async Task<MatrixView> ComputeAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ViewAsync(db, await ComputedCellsAsync(db, filter, cancellationToken), cancellationToken);
    }

    private static async Task<List<MatrixCellView>> ComputedCellsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken) =>
        MatrixCells.Build(await MatrixCells.Rows(db, StatementQueries.Filtered(db, filter), filter.Programs).ToListAsync(cancellationToken)).ToList();

    /// <summary>Agencies' cells with their strongest quotes; other actors' statements are counted, not shown.</summary>
    private async Task<MatrixView> ViewAsync(DashboardDbContext db, List<MatrixCellView> all, CancellationToken cancellationToken)
    {
        var gazetteer = gazetteers.Current;
        bool IsAgency(string actor) => gazetteer.ActorsByName.TryGetValue(actor, out var entry) && entry.Kind == ActorKind.Agency;
        var agencies = all.Where(c => IsAgency(c.Actor)).ToList();
        var quoteIds = agencies.Where(c => c.StrongestStatementId is not null).Select(c => c.StrongestStatementId!.Value).Distinct().ToList();
        var quotes = await db.Statements.AsNoTracking().Where(s => quoteIds.Contains(s.Id)).Select(s => new { s.Id, s.Text }).ToDictionaryAsync(s => s.Id, s => s.Text, cancellationToken);
        var cells = agencies.ToDictionary(c => (c.Actor, c.Program), c => c with { StrongestQuote = quotes.GetValueOrDefault(c.StrongestStatementId ?? 0) });
        var actors = cells.Keys.Select(k => k.Actor).Distinct().Order(StringComparer.Ordinal).ToList();
        var programs = cells.Keys.Select(k => k.Program).Distinct().Order(StringComparer.Ordinal).ToList();
        var others = all.Where(c => !IsAgency(c.Actor)).SelectMany(c => c.StatementIds).Distinct().Count();
        return new MatrixView(actors, programs, cells, others);
    }
}
