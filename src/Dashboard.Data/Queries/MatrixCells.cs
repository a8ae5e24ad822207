using Dashboard.Core.Analysis.Stance;
using Dashboard.Data.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>One stance of one statement, as the matrix reads it.</summary>
internal sealed record MatrixRow(int StatementId, string Program, int Score, string Label, bool Conditional, double Confidence, string? Actor, DateOnly? DateSort, DateOnly? Published);

/// <summary>
/// How stances become matrix cells: the one definition, used both for a filtered matrix (computed
/// on request) and for the whole corpus's cells, stored at every corpus rebuild.
/// </summary>
internal static class MatrixCells
{
    /// <summary>The rows behind the matrix for <paramref name="statements"/>: a join without statement text, near-duplicates left out (they repeat another document's statements).</summary>
    public static IQueryable<MatrixRow> Rows(DashboardDbContext db, IQueryable<Entities.Statement> statements, IReadOnlyList<string> programs) =>
        from s in statements
        join st in db.StatementStances on s.Id equals st.StatementId
        where s.Document!.NearDuplicateOf == null && (programs.Count == 0 || programs.Contains(st.Program))
        select new MatrixRow(st.StatementId, st.Program, st.Score, st.Label, st.Conditional, st.Confidence, s.Actor, s.DateSort, s.Document!.PublishedOn);

    /// <summary>A cell per (actor, program) of <paramref name="rows"/>, every actor (agency or not); quotes are added by the caller.</summary>
    public static IEnumerable<MatrixCellView> Build(IEnumerable<MatrixRow> rows) =>
        rows.Where(r => r.Actor is not null).GroupBy(r => (Actor: r.Actor!, r.Program)).Select(g =>
        {
            var ordered = g.OrderBy(r => r.DateSort ?? r.Published ?? DateOnly.MinValue).ThenBy(r => r.StatementId).ToList();
            var strongest = g.OrderByDescending(r => Math.Abs(r.Score)).ThenByDescending(r => r.Confidence).ThenBy(r => r.StatementId).First().StatementId;
            var mean = Math.Round(g.Average(r => r.Score), 2);
            return new MatrixCellView(g.Key.Actor, g.Key.Program, ordered.Count, mean, StanceLabels.FromScore(mean).Name(), ordered[^1].Label,
                ordered.Count > 1 ? ordered[^2].Label : null, ordered[^1].Conditional, ordered.Any(r => r.Conditional),
                strongest, null, ordered.Select(r => r.StatementId).Distinct().ToList());
        });

    /// <summary>Replaces the stored whole-corpus cells, in the caller's transaction (part of the corpus rebuild).</summary>
    public static async Task StoreAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        await db.MatrixCells.ExecuteDeleteAsync(cancellationToken);
        var rows = await Rows(db, db.Statements, []).AsNoTracking().ToListAsync(cancellationToken);
        await AddAsync(db, Build(rows), cancellationToken);
    }

    /// <summary>Replaces the stored cells of some (actor, program) groups, whose statements changed (decision 028).</summary>
    public static async Task StoreAsync(DashboardDbContext db, IReadOnlySet<(string Actor, string Program)> groups, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return;
        }

        var actors = groups.Select(g => g.Actor).Distinct().ToList();
        var programs = groups.Select(g => g.Program).Distinct().ToList();
        foreach (var actor in groups.GroupBy(g => g.Actor, g => g.Program))
        {
            var ofActor = actor.ToList();
            await db.MatrixCells.Where(c => c.Actor == actor.Key && ofActor.Contains(c.Program)).ExecuteDeleteAsync(cancellationToken);
        }

        var rows = await Rows(db, db.Statements.Where(s => s.Actor != null && actors.Contains(s.Actor)), programs).AsNoTracking().ToListAsync(cancellationToken);
        await AddAsync(db, Build(rows).Where(c => groups.Contains((c.Actor, c.Program))), cancellationToken);
    }

    private static async Task AddAsync(DashboardDbContext db, IEnumerable<MatrixCellView> cells, CancellationToken cancellationToken)
    {
        db.MatrixCells.AddRange(cells.Select(c => new Entities.MatrixCell
        {
            Actor = c.Actor,
            Program = c.Program,
            Statements = c.Count,
            Mean = c.Mean,
            Latest = c.LatestLabel,
            Previous = c.PreviousLabel,
            LatestConditional = c.LatestConditional,
            AnyConditional = c.AnyConditional,
            StrongestStatementId = c.StrongestStatementId,
            StatementIdsJson = StoredAnalysis.Serialize(c.StatementIds),
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The stored cells of <paramref name="actors"/> (all when empty) on <paramref name="programs"/> (all when empty).</summary>
    public static async Task<List<MatrixCellView>> StoredAsync(DashboardDbContext db, IReadOnlyList<string> actors, IReadOnlyList<string> programs, CancellationToken cancellationToken)
    {
        var cells = await db.MatrixCells.AsNoTracking()
            .Where(c => (actors.Count == 0 || actors.Contains(c.Actor)) && (programs.Count == 0 || programs.Contains(c.Program)))
            .ToListAsync(cancellationToken);
        return cells.Select(c => new MatrixCellView(c.Actor, c.Program, c.Statements, c.Mean, StanceLabels.FromScore(c.Mean).Name(), c.Latest, c.Previous,
            c.LatestConditional, c.AnyConditional, c.StrongestStatementId, null, System.Text.Json.JsonSerializer.Deserialize<List<int>>(c.StatementIdsJson) ?? [])).ToList();
    }
}
