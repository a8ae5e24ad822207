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
    IQueryable<Statement> Matching(DashboardDbContext db, IQueryable<Statement> statements, SearchWords words);
}

/// <summary>Picks the search that suits the context's database.</summary>
public static class TextSearch
{
    private static readonly ITextSearch Sqlite = new SqliteTextSearch();
    private static readonly ITextSearch Postgres = new PostgresTextSearch();

    public static ITextSearch For(DashboardDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? Postgres : Sqlite;
    }
}

/// <summary>FTS5 tables <c>StatementSearch</c> (text, speaker) and <c>DocumentTitleSearch</c> (migration 1000).</summary>
internal sealed class SqliteTextSearch : ITextSearch
{
    public IQueryable<Statement> Matching(DashboardDbContext db, IQueryable<Statement> statements, SearchWords words)
    {
        if (words.IsEmpty)
        {
            return statements.Where(_ => false);
        }

        // Each word quoted (so it is a term, never an operator) and marked as a prefix: "lunar"* "orb"*.
        var match = string.Join(' ', words.Words.Select(w => $"\"{w}\"*"));
        var byText = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM StatementSearch WHERE StatementSearch MATCH {match}");
        var byTitle = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM DocumentTitleSearch WHERE DocumentTitleSearch MATCH {match}");
        var ids = Ids(db, byText, byTitle);
        return statements.Where(s => ids.Contains(s.Id));
    }

    /// <summary>
    /// One list of statement ids (text hits, then the statements of title hits), so the database
    /// looks each up by key; an OR of the two lists made it test every statement instead.
    /// </summary>
    internal static IQueryable<int> Ids(DashboardDbContext db, IQueryable<int> byText, IQueryable<int> byTitle) =>
        byText.Concat(db.Statements.IgnoreQueryFilters().Where(t => byTitle.Contains(t.DocumentId)).Select(t => t.Id));
}

/// <summary>The same expressions the GIN indexes of migration 1000 are built on, so the planner uses them.</summary>
internal sealed class PostgresTextSearch : ITextSearch
{
    public IQueryable<Statement> Matching(DashboardDbContext db, IQueryable<Statement> statements, SearchWords words)
    {
        if (words.IsEmpty)
        {
            return statements.Where(_ => false);
        }

        // Letters and digits only (SearchWords), each a prefix: lunar:* & orb:*.
        var query = string.Join(" & ", words.Words.Select(w => w + ":*"));
        var byText = db.Database.SqlQuery<int>(
            $"""SELECT "Id" AS "Value" FROM "Statements" WHERE to_tsvector('simple', "Text" || ' ' || coalesce("Speaker", '')) @@ to_tsquery('simple', {query})""");
        var byTitle = db.Database.SqlQuery<int>(
            $"""SELECT "Id" AS "Value" FROM "Documents" WHERE to_tsvector('simple', coalesce("Title", '')) @@ to_tsquery('simple', {query})""");
        var ids = SqliteTextSearch.Ids(db, byText, byTitle);
        return statements.Where(s => ids.Contains(s.Id));
    }
}
