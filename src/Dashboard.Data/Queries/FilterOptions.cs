using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// The values the filter bar offers: every actor, program and outlet that occurs in the analysis.
/// An outlet quoted as a speaker ("the Washington Post reported") is offered as an outlet, never as
/// an actor: actors are the agencies and other bodies whose positions the views compare.
/// </summary>
/// <param name="Newest">The latest date a statement carries: the date picker opens on its month.</param>
public sealed record FilterChoices(IReadOnlyList<string> Actors, IReadOnlyList<string> Programs, IReadOnlyList<string> Outlets, DateOnly? Newest = null);

public sealed class FilterOptions(IDbContextFactory<DashboardDbContext> contextFactory, Gazetteers.GazetteerSource gazetteers)
{
    private readonly SharedReadings<FilterChoices> readings = new();

    /// <summary>
    /// The choices, read once for every view that asks while the stored results keep one version (as the timeline
    /// is): after a correction every open view loads them again at once. Read afresh while an import is under way.
    /// </summary>
    public async Task<FilterChoices> GetAsync(CancellationToken cancellationToken = default)
    {
        string? version;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            version = await Analysis.PartitionCache.SettledVersionAsync(db, cancellationToken);
        }

        var gazetteer = gazetteers.Current;
        return version is null
            ? await ReadAsync(gazetteer, cancellationToken)
            : await readings.GetAsync("", (version, gazetteer), () => ReadAsync(gazetteer, CancellationToken.None), cancellationToken);
    }

    private async Task<FilterChoices> ReadAsync(Dashboard.Core.Analysis.Entities.Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The actors are read from the index first (deleted documents included), then each is checked for a
        // statement in the corpus: a check stops at its first hit, where a distinct over the statements joined
        // to their documents read all of them (230 ms at 100,000 statements, most of a filter change).
        var actors = new List<string>();
        foreach (var actor in await db.Statements.IgnoreQueryFilters().AsNoTracking().Where(s => s.Actor != null).Select(s => s.Actor!).Distinct().OrderBy(a => a).ToListAsync(cancellationToken))
        {
            if (!gazetteer.IsOutlet(actor) && await db.Statements.AnyAsync(s => s.Actor == actor, cancellationToken))
            {
                actors.Add(actor);
            }
        }

        var programs = await db.StatementStances.AsNoTracking().Select(s => s.Program).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var outlets = await db.Documents.AsNoTracking().Where(d => d.Outlet != null).Select(d => d.Outlet!).Distinct().OrderBy(o => o).ToListAsync(cancellationToken);
        var newest = await db.Statements.AsNoTracking().MaxAsync(s => s.DateSort, cancellationToken);
        return new FilterChoices(actors, programs, outlets, newest);
    }
}
