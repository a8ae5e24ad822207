using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Search;

/// <summary>One search over everything a briefing points at: actors, programs, articles and statements.</summary>
public sealed record GlobalSearchResults(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Programs,
    IReadOnlyList<DocumentHit> Documents,
    IReadOnlyList<StatementHit> Statements)
{
    public static GlobalSearchResults None { get; } = new([], [], [], []);

    public bool IsEmpty => Actors.Count + Programs.Count + Documents.Count + Statements.Count == 0;
}

/// <summary>An article whose title matched.</summary>
public sealed record DocumentHit(int Id, string Title, string? Outlet, DateOnly? PublishedOn);

/// <summary>A statement whose words or speaker matched; <see cref="Text"/> is the quote, shortened.</summary>
public sealed record StatementHit(int Id, int DocumentId, string? Speaker, string? Actor, string Text, string? Date);

/// <summary>
/// The search behind Ctrl+K: the same word-start rule as the filter's Words field (every word must
/// start a word), newest first, a few of each kind, so it answers while someone types.
/// </summary>
public sealed class GlobalSearch(IDbContextFactory<DashboardDbContext> contextFactory, FilterOptions filterOptions)
{
    public const int PerKind = 6;
    public const int QuoteLength = 160;

    /// <summary>The names and words that match <paramref name="text"/>.</summary>
    /// <param name="choices">The corpus's actors and programs when the caller has them already (one open dialog, many keystrokes); read here otherwise.</param>
    public async Task<GlobalSearchResults> FindAsync(string? text, FilterChoices? choices = null, CancellationToken cancellationToken = default)
    {
        var words = SearchWords.Parse(text);
        if (words.IsEmpty)
        {
            return GlobalSearchResults.None;
        }

        choices ??= await filterOptions.GetAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = TextSearch.For(db);
        var titles = search.DocumentsByTitle(db, words);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => titles.Contains(d.Id))
            .OrderByDescending(d => d.PublishedOn).ThenByDescending(d => d.Id)
            .Take(PerKind)
            .Select(d => new DocumentHit(d.Id, d.Title ?? d.FileName, d.Outlet, d.PublishedOn))
            .ToListAsync(cancellationToken);
        var quotes = search.StatementsByText(db, words);
        var statements = await db.Statements.AsNoTracking()
            .Where(s => quotes.Contains(s.Id))
            .OrderByDescending(s => s.DateSort).ThenByDescending(s => s.Id)
            .Take(PerKind)
            .Select(s => new StatementHit(s.Id, s.DocumentId, s.Speaker, s.Actor, s.Text, s.Date))
            .ToListAsync(cancellationToken);
        return new GlobalSearchResults(
            Names(choices.Actors, words),
            Names(choices.Programs, words),
            documents,
            statements.Select(s => s with { Text = Shortened(s.Text) }).ToList());
    }

    /// <summary>Names where every search word starts one of the name's words ("ros" finds Roscosmos, "lun gat" the Lunar Gateway).</summary>
    private static List<string> Names(IReadOnlyList<string> names, SearchWords words) =>
        names.Where(name =>
            {
                var own = SearchWords.Tokenize(name).ToList();
                return words.Words.All(w => own.Any(o => o.StartsWith(w, StringComparison.Ordinal)));
            })
            .Take(PerKind)
            .ToList();

    private static string Shortened(string text) =>
        text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength).TrimEnd(), "…");
}
