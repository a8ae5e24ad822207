using System.Text.Json;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>Documents per outlet ("unknown" when the article named none).</summary>
public sealed record OutletCount(string Outlet, int Documents);

/// <summary>
/// The overview's counts over the corpus: the one definition, used both for a filter (computed on
/// request) and for the whole corpus, stored at every corpus rebuild. Each of these reads every
/// statement, so on a large corpus the unfiltered overview reads one stored row instead.
/// </summary>
internal sealed record CorpusTotals(int Documents, int Statements, int Actors, int Programs, DateOnly? From, DateOnly? To, IReadOnlyList<OutletCount> Outlets)
{
    private const string Key = "CorpusTotals";

    public static async Task<CorpusTotals> ComputeAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var statements = StatementQueries.Filtered(db, filter);
        var documentIds = statements.Select(s => s.DocumentId).Distinct();
        var documents = filter.IsEmpty ? await db.Documents.CountAsync(cancellationToken) : await documentIds.CountAsync(cancellationToken);
        var statementCount = await statements.CountAsync(cancellationToken);
        var actors = await statements.Where(s => s.Actor != null).Select(s => s.Actor).Distinct().CountAsync(cancellationToken);
        var programs = 0;
        if (filter.IsEmpty)
        {
            var stances = db.StatementStances.AsNoTracking().Where(st => statements.Any(s => s.Id == st.StatementId));
            // Per program (few, read from the index) whether any statement takes a stance on it: each
            // check stops at its first hit, where counting distinct programs read every stance.
            foreach (var program in await db.StatementStances.Select(st => st.Program).Distinct().ToListAsync(cancellationToken))
            {
                programs += await stances.AnyAsync(st => st.Program == program, cancellationToken) ? 1 : 0;
            }
        }
        else
        {
            // From the matching statements to their stances (by the stances' statement index), not from every stance
            // to a check of the filter: a filter that matches a hundred statements reads a hundred statements' stances.
            programs = await statements.SelectMany(s => s.Stances).Select(st => st.Program).Distinct().CountAsync(cancellationToken);
        }

        var from = await statements.MinAsync(s => s.DateSort, cancellationToken);
        var to = await statements.MaxAsync(s => s.DateSort, cancellationToken);
        var outlets = await db.Documents.AsNoTracking()
            .Where(d => filter.IsEmpty || documentIds.Contains(d.Id))
            .GroupBy(d => d.Outlet ?? "unknown")
            .Select(g => new OutletCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        // Ordered here, not by the database: PostgreSQL's collation would break ties differently from SQLite.
        var ordered = outlets.OrderByDescending(o => o.Documents).ThenBy(o => o.Outlet, StringComparer.Ordinal).ToList();
        return new CorpusTotals(documents, statementCount, actors, programs, from, to, ordered);
    }

    /// <summary>Stores the whole corpus's totals, in the caller's transaction (part of the corpus rebuild).</summary>
    public static async Task StoreAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var totals = await ComputeAsync(db, DashboardFilter.None, cancellationToken);
        await ClearAsync(db, cancellationToken);
        db.AppSettings.Add(new AppSetting { Key = Key, Value = JsonSerializer.Serialize(totals) });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static Task<bool> AreStoredAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        db.AppSettings.AnyAsync(s => s.Key == Key, cancellationToken);

    public static Task ClearAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        db.AppSettings.Where(s => s.Key == Key).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The totals stored at the last rebuild, or null when there are none (a database from before them) or they are out of date.</summary>
    public static async Task<CorpusTotals?> StoredAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        if (await Analysis.AnalysisStore.IsCorpusStaleAsync(db, cancellationToken))
        {
            return null;
        }

        var json = await db.AppSettings.AsNoTracking().Where(s => s.Key == Key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<CorpusTotals>(json);
    }
}
