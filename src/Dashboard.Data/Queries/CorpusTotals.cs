using System.Text.Json;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>Documents per outlet ("unknown" when the article named none).</summary>
public sealed record OutletCount(string Outlet, int Documents);

/// <summary>The dated stances an actor takes on a program: what the stance timeline ranks its pairs by.</summary>
public sealed record PairCount(string Actor, string Program, int Stances);

/// <summary>
/// The overview's counts over the corpus: the one definition, used both for a filter (computed on
/// request) and for the whole corpus, stored at every corpus rebuild. Each of these reads every
/// statement, so on a large corpus the unfiltered overview reads one stored row instead.
/// </summary>
internal sealed record CorpusTotals(int Documents, int Statements, int Actors, int Programs, DateOnly? From, DateOnly? To, IReadOnlyList<OutletCount> Outlets)
{
    private const string Key = "CorpusTotals";

    /// <summary>
    /// The whole corpus's dated stances per actor and program, stored with the totals and kept by difference: after a
    /// change every open overview reads its timeline again, and counting them took 0.15 s of its 0.27 s at 100,000
    /// articles, on a core the next change needs. Null for a filter, and in totals stored before they were kept (the next change counts them).
    /// </summary>
    public IReadOnlyList<PairCount>? Pairs { get; init; }

    /// <summary>The dated stances of <paramref name="statements"/> on <paramref name="stances"/>, per actor and program: the one definition.</summary>
    public static IQueryable<PairCount> DatedStances(IQueryable<Statement> statements, IQueryable<StatementStance> stances) =>
        stances.Join(statements.Where(s => s.Actor != null && s.DateSort != null), st => st.StatementId, s => s.Id, (st, s) => new { s.Actor, st.Program })
            .GroupBy(p => new { p.Actor, p.Program })
            .Select(g => new PairCount(g.Key.Actor!, g.Key.Program, g.Count()));

    public static async Task<CorpusTotals> ComputeAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken) =>
        Of(await CountsAsync(db, filter, cancellationToken), await ProgramsAsync(db, filter, cancellationToken), await OutletsAsync(db, filter, cancellationToken));

    /// <summary>
    /// The same, its counts, its programs and its outlets each on a connection and a thread of their own at once (each
    /// reads the matching statements), for a caller that reads something else meanwhile: Microsoft.Data.Sqlite runs its
    /// asynchronous calls synchronously, so without the threads nothing would overlap.
    /// </summary>
    public static async Task<CorpusTotals> ComputeAsync(IDbContextFactory<DashboardDbContext> contexts, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var counts = OnItsOwnAsync(contexts, db => CountsAsync(db, filter, cancellationToken), cancellationToken);
        var programs = OnItsOwnAsync(contexts, db => ProgramsAsync(db, filter, cancellationToken), cancellationToken);
        var outlets = OnItsOwnAsync(contexts, db => OutletsAsync(db, filter, cancellationToken), cancellationToken);
        await Task.WhenAll(counts, programs, outlets);
        return Of(await counts, await programs, await outlets);
    }

    private static CorpusTotals Of(StatementCounts counts, int? programs, IReadOnlyList<OutletCount> outlets) =>
        new(counts.Documents, counts.Statements, counts.Actors, counts.Programs ?? programs ?? 0, counts.From, counts.To, outlets);

    /// <summary>
    /// What the matching statements count: themselves, their documents and actors, their first and last dates, and
    /// the programs they take a stance on where the same pass counts them (<see cref="CountsProgramsToo"/>).
    /// </summary>
    private sealed record StatementCounts(int Documents, int Statements, int Actors, DateOnly? From, DateOnly? To, int? Programs = null);

    /// <summary>
    /// Whether a filter's programs are counted in the pass that counts its statements. PostgreSQL pays for each
    /// pass over an outlet's statements (about 60 ms at 100,000), so one pass joins the stances and counts
    /// distinct statements; SQLite pays more for that distinct count over the joined rows than for a second
    /// pass, which runs at the same time on a connection of its own (decision 034).
    /// </summary>
    private static bool CountsProgramsToo(DashboardDbContext db, DashboardFilter filter) => !filter.IsEmpty && db.Database.IsNpgsql();

    private static Task<T> OnItsOwnAsync<T>(IDbContextFactory<DashboardDbContext> contexts, Func<DashboardDbContext, Task<T>> read, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await read(db);
        }, cancellationToken);

    /// <summary>Documents per outlet, ordered here, not by the database: PostgreSQL's collation would break ties differently from SQLite.</summary>
    private static async Task<IReadOnlyList<OutletCount>> OutletsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var documentIds = StatementQueries.Filtered(db, filter).Select(s => s.DocumentId).Distinct();
        var outlets = await db.Documents.AsNoTracking()
            .Where(d => filter.IsEmpty || documentIds.Contains(d.Id))
            .GroupBy(d => d.Outlet ?? "unknown")
            .Select(g => new OutletCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. outlets.OrderByDescending(o => o.Documents).ThenBy(o => o.Outlet, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The statements' counts and dates. The whole corpus's each from its own index (the dates' ends, the counts);
    /// a filter's in one pass over the matching statements (joined with their stances on PostgreSQL).
    /// </summary>
    private static async Task<StatementCounts> CountsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var statements = StatementQueries.Filtered(db, filter);
        if (filter.IsEmpty)
        {
            return new(await db.Documents.CountAsync(cancellationToken), await statements.CountAsync(cancellationToken),
                await statements.Where(s => s.Actor != null).Select(s => s.Actor).Distinct().CountAsync(cancellationToken),
                await statements.MinAsync(s => s.DateSort, cancellationToken), await statements.MaxAsync(s => s.DateSort, cancellationToken));
        }

        if (CountsProgramsToo(db, filter))
        {
            var joined = (await statements
                .SelectMany(s => s.Stances.Select(st => st.Program).DefaultIfEmpty(), (s, program) => new { s.Id, s.DocumentId, s.Actor, s.DateSort, Program = program })
                .GroupBy(_ => 1)
                .Select(g => new StatementCounts(
                    g.Select(r => r.DocumentId).Distinct().Count(),
                    g.Select(r => r.Id).Distinct().Count(),
                    g.Where(r => r.Actor != null).Select(r => r.Actor).Distinct().Count(),
                    g.Min(r => r.DateSort),
                    g.Max(r => r.DateSort),
                    g.Where(r => r.Program != null).Select(r => r.Program).Distinct().Count()))
                .ToListAsync(cancellationToken)).SingleOrDefault();
            return joined ?? new StatementCounts(0, 0, 0, null, null, 0);
        }

        var summary = (await statements
            .GroupBy(_ => 1)
            .Select(g => new StatementCounts(
                g.Select(s => s.DocumentId).Distinct().Count(),
                g.Count(),
                g.Where(s => s.Actor != null).Select(s => s.Actor).Distinct().Count(),
                g.Min(s => s.DateSort),
                g.Max(s => s.DateSort),
                null))
            .ToListAsync(cancellationToken)).SingleOrDefault();
        return summary ?? new StatementCounts(0, 0, 0, null, null);
    }

    /// <summary>
    /// The programs the matching statements take a stance on, or null where the counts' pass counted them. A
    /// filter's are read from the matching statements' stances (by the stances' statement index), so a filter that
    /// matches a hundred statements reads a hundred statements' stances. The whole corpus's: per program (few, read
    /// from the index) whether any statement takes a stance on it, each check stopping at its first hit.
    /// </summary>
    private static async Task<int?> ProgramsAsync(DashboardDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        if (CountsProgramsToo(db, filter))
        {
            return null;
        }

        var statements = StatementQueries.Filtered(db, filter);
        if (!filter.IsEmpty)
        {
            return await statements.SelectMany(s => s.Stances).Select(st => st.Program).Distinct().CountAsync(cancellationToken);
        }

        var programs = 0;
        var stances = db.StatementStances.AsNoTracking().Where(st => statements.Any(s => s.Id == st.StatementId));
        foreach (var program in await db.StatementStances.Select(st => st.Program).Distinct().ToListAsync(cancellationToken))
        {
            programs += await stances.AnyAsync(st => st.Program == program, cancellationToken) ? 1 : 0;
        }

        return programs;
    }

    /// <summary>Stores the whole corpus's totals, in the caller's transaction (part of the corpus rebuild).</summary>
    public static async Task StoreAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        await WriteAsync(db, await ComputeAsync(db, DashboardFilter.None, cancellationToken) with
        {
            Pairs = Ordered(await CountPairsAsync(db, cancellationToken)),
        }, cancellationToken);

    private static Task<List<PairCount>> CountPairsAsync(DashboardDbContext db, CancellationToken cancellationToken) =>
        DatedStances(db.Statements.AsNoTracking(), db.StatementStances.AsNoTracking()).ToListAsync(cancellationToken);

    private static List<PairCount> Ordered(IEnumerable<PairCount> pairs) =>
        [.. pairs.Where(p => p.Stances > 0).OrderBy(p => p.Actor, StringComparer.Ordinal).ThenBy(p => p.Program, StringComparer.Ordinal)];

    private static async Task WriteAsync(DashboardDbContext db, CorpusTotals totals, CancellationToken cancellationToken)
    {
        await ClearAsync(db, cancellationToken);
        db.AppSettings.Add(new AppSetting { Key = Key, Value = JsonSerializer.Serialize(totals) });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Brings the stored totals up to date after some documents changed (decision 028), by difference:
    /// counts move by what the documents held before and hold now; an actor or program counts while
    /// any statement still names it (read from the indexes, one look each); the dates from the date index.
    /// False when no totals are stored or they are out of date: then only a rebuild can give them.
    /// </summary>
    internal static async Task<bool> UpdateAsync(DashboardDbContext db, Analysis.CorpusSnapshot before, Analysis.CorpusSnapshot after, CancellationToken cancellationToken)
    {
        if (await StoredAsync(db, cancellationToken) is not { } stored)
        {
            return false;
        }

        var outlets = stored.Outlets.ToDictionary(o => o.Outlet, o => o.Documents, StringComparer.Ordinal);
        foreach (var (outlet, step) in before.Documents.Values.Select(o => (o, -1)).Concat(after.Documents.Values.Select(o => (o, 1))))
        {
            outlets[outlet ?? "unknown"] = outlets.GetValueOrDefault(outlet ?? "unknown") + step;
        }

        var actors = stored.Actors;
        foreach (var actor in before.Statements.Concat(after.Statements).Select(s => s.Actor).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var now = await db.Statements.CountAsync(s => s.Actor == actor, cancellationToken);
            var then = now - after.Statements.Count(s => s.Actor == actor) + before.Statements.Count(s => s.Actor == actor);
            actors += (now > 0 ? 1 : 0) - (then > 0 ? 1 : 0);
        }

        var programs = stored.Programs;
        foreach (var program in before.Statements.Concat(after.Statements).SelectMany(s => s.Programs).Distinct(StringComparer.Ordinal))
        {
            var now = await db.StatementStances.CountAsync(st => st.Program == program, cancellationToken);
            var then = now - after.Statements.Sum(s => s.Programs.Count(p => p == program)) + before.Statements.Sum(s => s.Programs.Count(p => p == program));
            programs += (now > 0 ? 1 : 0) - (then > 0 ? 1 : 0);
        }

        var totals = new CorpusTotals(
            stored.Documents - before.Documents.Count + after.Documents.Count,
            stored.Statements - before.Statements.Count + after.Statements.Count,
            actors,
            programs,
            await db.Statements.MinAsync(s => s.DateSort, cancellationToken),
            await db.Statements.MaxAsync(s => s.DateSort, cancellationToken),
            [.. outlets.Where(o => o.Value > 0).Select(o => new OutletCount(o.Key, o.Value)).OrderByDescending(o => o.Documents).ThenBy(o => o.Outlet, StringComparer.Ordinal)])
        {
            Pairs = await PairsAfterAsync(db, stored.Pairs, before, after, cancellationToken),
        };
        await WriteAsync(db, totals, cancellationToken);
        return true;
    }

    /// <summary>
    /// The pairs moved by what the documents' dated statements held before and hold now; totals stored before the
    /// pairs were kept get them counted now, once, after the change.
    /// </summary>
    private static async Task<List<PairCount>> PairsAfterAsync(DashboardDbContext db, IReadOnlyList<PairCount>? stored, Analysis.CorpusSnapshot before, Analysis.CorpusSnapshot after, CancellationToken cancellationToken)
    {
        if (stored is null)
        {
            return Ordered(await CountPairsAsync(db, cancellationToken));
        }

        var pairs = stored.ToDictionary(p => (p.Actor, p.Program), p => p.Stances);
        foreach (var (statement, step) in before.Statements.Select(s => (s, -1)).Concat(after.Statements.Select(s => (s, 1))).Where(t => t.s.Dated))
        {
            foreach (var group in statement.Groups)
            {
                pairs[group] = pairs.GetValueOrDefault(group) + step;
            }
        }

        return Ordered(pairs.Select(p => new PairCount(p.Key.Actor, p.Key.Program, p.Value)));
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
