using Dashboard.Data.Analysis;
using Dashboard.Data.Corrections;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

public sealed record StanceView(string Program, string Label, int Score, bool Conditional, double Confidence, IReadOnlyList<CueView> Cues);

public sealed record CueView(int Start, int End, string Text, int Score);

/// <summary>
/// A statement as the views show it, with where it came from. <see cref="Fingerprint"/> is what
/// annotations refer to; <see cref="Corrections"/> lists what people corrected in it ("actor: CNSA").
/// </summary>
public sealed record StatementView(
    int Id, int DocumentId, string FileName, string? Title, string? Outlet, string? Speaker, string? Actor, string Text, int Start, int End,
    bool Direct, string? Venue, string? Date, IReadOnlyList<StanceView> Stances, string Fingerprint)
{
    public IReadOnlyList<string> Corrections { get; init; } = [];

    /// <summary>"said", "release" or "act": an act the article reports is shown as such, never as somebody's words.</summary>
    public string Kind { get; init; } = "said";

    /// <summary>The address the article was read from, when it came from the web (the briefing pack links to it).</summary>
    public string? SourceUrl { get; init; }
}

/// <summary>A statement as exported: flat, with its stances as "program: label" text.</summary>
public sealed record StatementRow(int Id, int DocumentId, string FileName, string? Outlet, string? Date, string? Speaker, string? Actor, bool Direct, string? Venue, string Text, string Stances);

/// <summary>The statements' order. A name alone sorts ascending (A–Z, oldest, most negative stance); ties go newest
/// first; statements without the value (no actor, no stance) come last in both directions, on every database.</summary>
public enum StatementSort
{
    DateDescending,
    DateAscending,
    Actor,
    Speaker,
    Outlet,
    ActorDescending,
    SpeakerDescending,
    OutletDescending,
    /// <summary>By the statement's most negative stance first (withdrawing before committed); statements without a stance last.</summary>
    Stance,
    /// <summary>By the statement's most positive stance first.</summary>
    StanceDescending,
    /// <summary>By the first program (A–Z) the statement takes a stance on.</summary>
    Program,
    ProgramDescending,
}

public sealed record StatementPage(IReadOnlyList<StatementView> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Where the next page starts in the newest-first order (its last statement), for <see cref="StatementQueries.PageAsync"/>'s <c>after</c>.</summary>
    public StatementCursor? Next { get; init; }
}

/// <summary>
/// The last statement of a page in the newest-first order: the next page is read from here through
/// the (date, id) index instead of skipping every statement before it (keyset paging), so page
/// 1,000 costs what page 2 does. Only for a dated statement; an undated one pages by offset.
/// </summary>
public sealed record StatementCursor(DateOnly Date, int Id);

/// <summary>Statements filtered, sorted and paged in the database; one short-lived context per call.</summary>
public sealed class StatementQueries(IDbContextFactory<DashboardDbContext> contextFactory)
{
    public const int MaxPageSize = 200;

    public Task<StatementPage> PageAsync(DashboardFilter filter, StatementSort sort, int page, int pageSize, CancellationToken cancellationToken = default) =>
        PageAsync(filter, sort, page, pageSize, null, cancellationToken);

    /// <param name="after">The previous page's <see cref="StatementPage.Next"/>, when this page follows it in the newest-first order: read by keyset, not offset.</param>
    public async Task<StatementPage> PageAsync(DashboardFilter filter, StatementSort sort, int page, int pageSize, StatementCursor? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db, filter);
        // The whole corpus's count was stored at the last rebuild: counting 100,000 rows again costs more than the page.
        var total = (filter.IsEmpty ? (await CorpusTotals.StoredAsync(db, cancellationToken))?.Statements : null) ?? await query.CountAsync(cancellationToken);
        if (sort == StatementSort.DateDescending && after is { } cursor && page > 1)
        {
            // PostgreSQL puts undated statements first in this order and SQLite last: after a dated one, only SQLite has them still to come.
            var undatedLast = !db.Database.IsNpgsql();
            query = query.Where(s => s.DateSort < cursor.Date || (s.DateSort == cursor.Date && s.Id < cursor.Id) || (undatedLast && s.DateSort == null));
            return await ReadPageAsync(db, query.OrderByDescending(s => s.DateSort).ThenByDescending(s => s.Id), 0, total, page, pageSize, cancellationToken);
        }

        query = sort switch
        {
            StatementSort.DateAscending => query.OrderBy(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.Actor => query.OrderBy(s => s.Actor == null).ThenBy(s => s.Actor).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.Speaker => query.OrderBy(s => s.Speaker == null).ThenBy(s => s.Speaker).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.Outlet => query.OrderBy(s => s.Document!.Outlet == null).ThenBy(s => s.Document!.Outlet).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.ActorDescending => query.OrderBy(s => s.Actor == null).ThenByDescending(s => s.Actor).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.SpeakerDescending => query.OrderBy(s => s.Speaker == null).ThenByDescending(s => s.Speaker).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.OutletDescending => query.OrderBy(s => s.Document!.Outlet == null).ThenByDescending(s => s.Document!.Outlet).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            // Statements without a stance sort last either way.
            StatementSort.Stance => query.OrderBy(s => !s.Stances.Any()).ThenBy(s => s.Stances.Min(st => st.Score)).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.StanceDescending => query.OrderBy(s => !s.Stances.Any()).ThenByDescending(s => s.Stances.Max(st => st.Score)).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.Program => query.OrderBy(s => !s.Stances.Any()).ThenBy(s => s.Stances.Min(st => st.Program)).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            StatementSort.ProgramDescending => query.OrderBy(s => !s.Stances.Any()).ThenByDescending(s => s.Stances.Max(st => st.Program)).ThenByDescending(s => s.DateSort).ThenBy(s => s.Id),
            _ => query.OrderByDescending(s => s.DateSort).ThenByDescending(s => s.Id),
        };
        return await ReadPageAsync(db, query, (page - 1) * pageSize, total, page, pageSize, cancellationToken);
    }

    /// <summary>
    /// The page's ids first, then their rows: the sort and offset run once, over the index, not
    /// again for each table the statements are read with (a deep page on PostgreSQL paid it three times).
    /// </summary>
    private static async Task<StatementPage> ReadPageAsync(DashboardDbContext db, IQueryable<Statement> ordered, int skip, int total, int page, int pageSize, CancellationToken cancellationToken)
    {
        var keys = await ordered.Skip(skip).Take(pageSize).Select(s => new { s.Id, s.DateSort }).ToListAsync(cancellationToken);
        var byId = await ViewsAsync(db, [.. keys.Select(k => k.Id)], cancellationToken);
        return new StatementPage([.. keys.Select(k => byId[k.Id])], total, page, pageSize)
        {
            Next = keys.Count > 0 && keys[^1].DateSort is { } date ? new StatementCursor(date, keys[^1].Id) : null,
        };
    }

    public async Task<IReadOnlyList<StatementView>> ByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await ViewsAsync(db, ids, cancellationToken)).Values.ToList();
    }

    /// <summary>Every statement matching the filter (newest first, at most <paramref name="limit"/>), without the articles' text.</summary>
    public async Task<IReadOnlyList<StatementRow>> ExportAsync(DashboardFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await Filtered(db, filter).OrderByDescending(s => s.DateSort).ThenByDescending(s => s.Id).Take(limit)
            .Select(s => new
            {
                s.Id, s.DocumentId, s.Document!.FileName, s.Document.Outlet, s.Date, s.Speaker, s.Actor, s.Direct, s.Venue, s.Text,
                Stances = s.Stances.OrderBy(st => st.Program).Select(st => new { st.Program, st.Label, st.Conditional }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StatementRow(r.Id, r.DocumentId, r.FileName, r.Outlet, r.Date, r.Speaker, r.Actor, r.Direct, r.Venue, r.Text,
            string.Join("; ", r.Stances.Select(st => $"{st.Program}: {st.Label}{(st.Conditional ? " (if…)" : "")}")))).ToList();
    }

    /// <summary>The statements with these fingerprints, by fingerprint; those the corpus no longer has are missing.</summary>
    public async Task<IReadOnlyDictionary<string, StatementView>> ByFingerprintsAsync(IReadOnlyCollection<string> fingerprints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        if (fingerprints.Count == 0)
        {
            return new Dictionary<string, StatementView>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = (await db.Statements.Where(s => fingerprints.Contains(s.Fingerprint)).Select(s => new { s.Id, s.Fingerprint }).ToListAsync(cancellationToken))
            .GroupBy(s => s.Fingerprint).Select(g => g.Min(s => s.Id)).ToList();
        return (await ViewsAsync(db, ids, cancellationToken)).Values.ToDictionary(s => s.Fingerprint, StringComparer.Ordinal);
    }

    /// <summary>The statements with these ids, with stances and source, by id.</summary>
    internal static async Task<Dictionary<int, StatementView>> ViewsAsync(DashboardDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        // A findings export asks for a thousand and more: one parameter (decision 035).
        var rows = await db.Statements.AsNoTracking().Where(s => EF.Parameter(ids).Contains(s.Id)).Include(s => s.Stances).Include(s => s.Document).AsSplitQuery().ToListAsync(cancellationToken);
        return (await WithCorrectionsAsync(db, rows.Select(ToView).ToList(), cancellationToken)).ToDictionary(s => s.Id);
    }

    public async Task<IReadOnlyList<StatementView>> OfDocumentAsync(int documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Statements.AsNoTracking().Where(s => s.DocumentId == documentId).OrderBy(s => s.Ordinal)
            .Include(s => s.Stances).Include(s => s.Document).AsSplitQuery().ToListAsync(cancellationToken);
        return await WithCorrectionsAsync(db, rows.Select(ToView).ToList(), cancellationToken);
    }

    /// <summary>Adds what people corrected in each statement, so a view can say the stance is a person's, not the machine's.</summary>
    private static async Task<IReadOnlyList<StatementView>> WithCorrectionsAsync(DashboardDbContext db, IReadOnlyList<StatementView> views, CancellationToken cancellationToken)
    {
        var keys = views.Select(v => v.Fingerprint).ToList();
        var corrections = await StoredCorrections.LoadAsync(db, keys, cancellationToken);
        return corrections.Count == 0 ? views : views.Select(v => v with { Corrections = corrections[v.Fingerprint].Select(c => c.Describe()).ToList() }).ToList();
    }

    /// <summary>Statements matching the filter: actor, program (any stance), outlet, date range, and text in the words, speaker or title.</summary>
    internal static IQueryable<Statement> Filtered(DashboardDbContext db, DashboardFilter filter)
    {
        var query = db.Statements.AsNoTracking();
        if (filter.Actors.Count > 0)
        {
            query = query.Where(s => s.Actor != null && filter.Actors.Contains(s.Actor));
        }

        if (filter.Programs.Count > 0)
        {
            query = query.Where(s => s.Stances.Any(st => filter.Programs.Contains(st.Program)));
        }

        if (filter.Outlets.Count > 0)
        {
            // The outlet's documents first (a few thousand ids), then their statements by the document index:
            // joined row by row, every statement of the corpus had its document looked up.
            var documents = db.Documents.Where(d => d.Outlet != null && filter.Outlets.Contains(d.Outlet)).Select(d => d.Id);
            query = query.Where(s => documents.Contains(s.DocumentId));
        }

        if (filter.From is { } from)
        {
            query = query.Where(s => s.DateSort >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(s => s.DateSort <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            query = Search.TextSearch.Matching(db, query, filter.Text);
        }

        return query;
    }

    internal static StatementView ToView(Statement s) => new(
        s.Id, s.DocumentId, s.Document?.FileName ?? "", s.Document?.Title, s.Document?.Outlet, s.Speaker, s.Actor, s.Text, s.Start, s.End, s.Direct, s.Venue, s.Date,
        s.Stances.OrderBy(st => st.Program, StringComparer.Ordinal)
            .Select(st => new StanceView(st.Program, st.Label, st.Score, st.Conditional, st.Confidence,
                StoredAnalysis.Cues(st.CuesJson).Select(c => new CueView(c.Start, c.End, c.Text, c.Score)).ToList()))
            .ToList(),
        s.Fingerprint)
    {
        Kind = s.Kind,
        SourceUrl = s.Document?.SourceUrl,
    };
}
