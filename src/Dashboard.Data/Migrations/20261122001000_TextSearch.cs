using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Data.Migrations;

/// <summary>
/// Full-text search of statements and titles (Search/ITextSearch.cs): FTS5 tables with triggers on
/// SQLite, GIN expression indexes on PostgreSQL. Provider-specific SQL by necessity; the objects
/// are outside the EF model, so the schema comparison test leaves names containing "Search" out.
/// </summary>
[DbContext(typeof(DashboardDbContext))]
[Migration("20261122001000_TextSearch")]
public sealed class TextSearch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsPostgreSql())
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_Statements_Search" ON "Statements" USING gin (to_tsvector('simple', "Text" || ' ' || coalesce("Speaker", '')));""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Documents_TitleSearch" ON "Documents" USING gin (to_tsvector('simple', coalesce("Title", '')));""");
            return;
        }

        // External-content tables: the text stays in Statements/Documents, FTS5 keeps only the index.
        migrationBuilder.Sql("CREATE VIRTUAL TABLE StatementSearch USING fts5(Text, Speaker, content='Statements', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
        migrationBuilder.Sql("""
            CREATE TRIGGER StatementSearch_Insert AFTER INSERT ON Statements BEGIN
                INSERT INTO StatementSearch(rowid, Text, Speaker) VALUES (new.Id, new.Text, new.Speaker);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER StatementSearch_Delete AFTER DELETE ON Statements BEGIN
                INSERT INTO StatementSearch(StatementSearch, rowid, Text, Speaker) VALUES ('delete', old.Id, old.Text, old.Speaker);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER StatementSearch_Update AFTER UPDATE OF Text, Speaker ON Statements BEGIN
                INSERT INTO StatementSearch(StatementSearch, rowid, Text, Speaker) VALUES ('delete', old.Id, old.Text, old.Speaker);
                INSERT INTO StatementSearch(rowid, Text, Speaker) VALUES (new.Id, new.Text, new.Speaker);
            END;
            """);
        migrationBuilder.Sql("INSERT INTO StatementSearch(StatementSearch) VALUES ('rebuild');");

        migrationBuilder.Sql("CREATE VIRTUAL TABLE DocumentTitleSearch USING fts5(Title, content='Documents', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
        migrationBuilder.Sql("""
            CREATE TRIGGER DocumentTitleSearch_Insert AFTER INSERT ON Documents BEGIN
                INSERT INTO DocumentTitleSearch(rowid, Title) VALUES (new.Id, new.Title);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER DocumentTitleSearch_Delete AFTER DELETE ON Documents BEGIN
                INSERT INTO DocumentTitleSearch(DocumentTitleSearch, rowid, Title) VALUES ('delete', old.Id, old.Title);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER DocumentTitleSearch_Update AFTER UPDATE OF Title ON Documents BEGIN
                INSERT INTO DocumentTitleSearch(DocumentTitleSearch, rowid, Title) VALUES ('delete', old.Id, old.Title);
                INSERT INTO DocumentTitleSearch(rowid, Title) VALUES (new.Id, new.Title);
            END;
            """);
        migrationBuilder.Sql("INSERT INTO DocumentTitleSearch(DocumentTitleSearch) VALUES ('rebuild');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsPostgreSql())
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Statements_Search"; DROP INDEX "IX_Documents_TitleSearch";""");
            return;
        }

        migrationBuilder.Sql("DROP TABLE StatementSearch; DROP TABLE DocumentTitleSearch;");
    }
}
