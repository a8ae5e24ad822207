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

public sealed record MatrixView(IReadOnlyList<string> Actors, IReadOnlyList<string> Programs, IReadOnlyDictionary<(string Actor, string Program), MatrixCellView> Cells, int OtherActorStatements);

/// <summary>The stance matrix for a filter: agencies (from the gazetteer) as rows, programs as columns.</summary>
public sealed class MatrixQueries(IDbContextFactory<DashboardDbContext> contextFactory, Gazetteers.GazetteerSource gazetteers)
{
    public async Task<MatrixView> GetAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var statements = StatementQueries.Filtered(db, filter);
        // A join, not a per-row EXISTS, and no statement text: at 100,000 statements the text alone
        // was most of the bytes read. The quotes shown are fetched afterwards, one per cell.
        // A near-duplicate document repeats another's statements: counting both would double its weight.
        var rows = await (
                from s in statements
                join st in db.StatementStances on s.Id equals st.StatementId
                where s.Document!.NearDuplicateOf == null && (filter.Programs.Count == 0 || filter.Programs.Contains(st.Program))
                select new { st.StatementId, st.Program, st.Score, st.Label, st.Conditional, st.Confidence, s.Actor, s.DateSort, Published = s.Document!.PublishedOn })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var gazetteer = gazetteers.Current;
        bool IsAgency(string? actor) => actor is not null && gazetteer.ActorsByName.TryGetValue(actor, out var entry) && entry.Kind == ActorKind.Agency;
        var groups = rows.Where(r => IsAgency(r.Actor)).GroupBy(r => (r.Actor!, r.Program)).ToList();
        var strongest = groups.ToDictionary(g => g.Key, g => g.OrderByDescending(r => Math.Abs(r.Score)).ThenByDescending(r => r.Confidence).First().StatementId);
        var quoteIds = strongest.Values.Distinct().ToList();
        var quotes = await db.Statements.AsNoTracking().Where(s => quoteIds.Contains(s.Id)).Select(s => new { s.Id, s.Text }).ToDictionaryAsync(s => s.Id, s => s.Text, cancellationToken);
        var cells = groups.ToDictionary(g => g.Key, g =>
        {
            var ordered = g.OrderBy(r => r.DateSort ?? r.Published ?? DateOnly.MinValue).ThenBy(r => r.StatementId).ToList();
            var mean = Math.Round(g.Average(r => r.Score), 2);
            var quoteId = strongest[g.Key];
            return new MatrixCellView(g.Key.Item1, g.Key.Program, g.Count(), mean, StanceLabels.FromScore(mean).Name(), ordered[^1].Label,
                ordered.Count > 1 ? ordered[^2].Label : null, ordered[^1].Conditional, g.Any(r => r.Conditional),
                quoteId, quotes.GetValueOrDefault(quoteId), ordered.Select(r => r.StatementId).Distinct().ToList());
        });
        var actors = cells.Keys.Select(k => k.Item1).Distinct().Order(StringComparer.Ordinal).ToList();
        var programs = cells.Keys.Select(k => k.Program).Distinct().Order(StringComparer.Ordinal).ToList();
        var others = rows.Where(r => !IsAgency(r.Actor)).Select(r => r.StatementId).Distinct().Count();
        return new MatrixView(actors, programs, cells, others);
    }
}
