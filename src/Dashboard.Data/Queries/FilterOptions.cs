using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>The values the filter bar offers: every actor, program and outlet that occurs in the analysis.</summary>
public sealed record FilterChoices(IReadOnlyList<string> Actors, IReadOnlyList<string> Programs, IReadOnlyList<string> Outlets);

public sealed class FilterOptions(IDbContextFactory<DashboardDbContext> contextFactory)
{
    public async Task<FilterChoices> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actors = await db.Statements.AsNoTracking().Where(s => s.Actor != null).Select(s => s.Actor!).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        var programs = await db.StatementStances.AsNoTracking().Select(s => s.Program).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var outlets = await db.Documents.AsNoTracking().Where(d => d.Outlet != null).Select(d => d.Outlet!).Distinct().OrderBy(o => o).ToListAsync(cancellationToken);
        return new FilterChoices(actors, programs, outlets);
    }
}
