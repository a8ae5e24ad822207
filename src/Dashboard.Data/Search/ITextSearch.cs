using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Search;

/// <summary>
/// Full-text search of statements, one implementation per database (decision 010): SQLite FTS5
/// tables kept by triggers, or PostgreSQL text-search expressions with GIN indexes. Both find a
/// statement when every search word starts a word of its text or speaker, or every word starts a
/// word of its article's title; case is ignored.
/// </summary>
public interface ITextSearch
{
    /// <summary>Ids of statements whose quote or speaker has every word (as word starts); <paramref name="words"/> is never empty.</summary>
    IQueryable<int> StatementsByText(DashboardDbContext db, SearchWords words);

    /// <summary>Ids of documents whose title has every word (as word starts); <paramref name="words"/> is never empty.</summary>
    IQueryable<int> DocumentsByTitle(DashboardDbContext db, SearchWords words);
}

/// <summary>Narrows statements to a search, through the search that suits the context's database.</summary>
public static class TextSearch
{
    private static readonly ITextSearch Sqlite = new SqliteTextSearch();
    private static readonly ITextSearch Postgres = new PostgresTextSearch();

    /// <summary>The search that suits <paramref name="db"/>'s database.</summary>
    public static ITextSearch For(DashboardDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? Postgres : Sqlite;
    }

    /// <summary>The statements of <paramref name="statements"/> that match <paramref name="text"/>; none when it has no words.</summary>
    public static IQueryable<Statement> Matching(DashboardDbContext db, IQueryable<Statement> statements, string? text)
    {
        ArgumentNullException.ThrowIfNull(db);
        var words = SearchWords.Parse(text);
        if (words.IsEmpty)
        {
            return statements.Where(_ => false);
        }

        var search = For(db);
        var byTitle = search.DocumentsByTitle(db, words);
        // One list of statement ids (text hits, then the statements of title hits), so the database
        // looks each up by key; an OR of the two lists made it test every statement instead.
        var ids = search.StatementsByText(db, words)
            .Concat(db.Statements.IgnoreQueryFilters().Where(t => byTitle.Contains(t.DocumentId)).Select(t => t.Id));
        return statements.Where(s => ids.Contains(s.Id));
    }
}

/// <summary>FTS5 tables <c>StatementSearch</c> (text, speaker) and <c>DocumentTitleSearch</c> (migration 1000).</summary>
internal sealed class SqliteTextSearch : ITextSearch
{
    public IQueryable<int> StatementsByText(DashboardDbContext db, SearchWords words) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM StatementSearch WHERE StatementSearch MATCH {Match(words)}");

    public IQueryable<int> DocumentsByTitle(DashboardDbContext db, SearchWords words) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM DocumentTitleSearch WHERE DocumentTitleSearch MATCH {Match(words)}");

    // Each word quoted (so it is a term, never an operator) and marked as a prefix: "lunar"* "orb"*.
    private static string Match(SearchWords words) => string.Join(' ', words.Words.Select(w => $"\"{w}\"*"));
}

/// <summary>The same expressions the GIN indexes of migration 1000 are built on, so the planner uses them.</summary>
internal sealed class PostgresTextSearch : ITextSearch
{
    public IQueryable<int> StatementsByText(DashboardDbContext db, SearchWords words) => db.Database.SqlQuery<int>(
        $"""SELECT "Id" AS "Value" FROM "Statements" WHERE to_tsvector('simple', "Text" || ' ' || coalesce("Speaker", '')) @@ to_tsquery('simple', {Query(words)})""");

    public IQueryable<int> DocumentsByTitle(DashboardDbContext db, SearchWords words) => db.Database.SqlQuery<int>(
        $"""SELECT "Id" AS "Value" FROM "Documents" WHERE to_tsvector('simple', coalesce("Title", '')) @@ to_tsquery('simple', {Query(words)})""");

    // Letters and digits only (SearchWords), each a prefix: lunar:* & orb:*.
    private static string Query(SearchWords words) => string.Join(" & ", words.Words.Select(w => w + ":*"));
}
