using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Tests;

/// <summary>What the import's row writer stores is byte for byte what the context stores for the same entities, on both databases.</summary>
public sealed class RowWriterTests
{
    // Columns that name the row or its parent, or tell the two copies apart.
    private static readonly HashSet<string> Own = ["Id", "DocumentId", "StatementId", "ContentHash", "Fingerprint", "FileName"];

    [Fact]
    public async Task A_document_with_its_page_statements_and_stances_is_stored_as_the_context_stores_it()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await using (var db = await database.OpenAsync())
        {
            db.Documents.Add(Graph("context"));
            await db.SaveChangesAsync();
        }

        await using (var db = await database.OpenAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var document = Graph("writer");
            await using var documents = new RowWriter<Document>(db);
            await using var pages = new RowWriter<DocumentPage>(db);
            await using var statements = new RowWriter<Statement>(db);
            await using var stances = new RowWriter<StatementStance>(db);
            await documents.InsertAsync(document, CancellationToken.None);
            document.Page!.DocumentId = document.Id;
            await pages.InsertAsync(document.Page, CancellationToken.None);
            foreach (var statement in document.Statements)
            {
                statement.DocumentId = document.Id;
                await statements.InsertAsync(statement, CancellationToken.None);
                Assert.True(statement.Id > 0);
                foreach (var stance in statement.Stances)
                {
                    stance.StatementId = statement.Id;
                    await stances.InsertAsync(stance, CancellationToken.None);
                }
            }

            await transaction.CommitAsync();
        }

        foreach (var table in new[] { typeof(Document), typeof(DocumentPage), typeof(Statement), typeof(StatementStance) })
        {
            var rows = await RowsAsync(database, table);
            var (byContext, byWriter) = (rows.Take(rows.Count / 2).ToList(), rows.Skip(rows.Count / 2).ToList());
            Assert.Equal(byContext.Count, byWriter.Count);
            Assert.NotEmpty(byContext);
            for (var i = 0; i < byContext.Count; i++)
            {
                foreach (var (column, value) in byContext[i].Where(c => !Own.Contains(c.Key)))
                {
                    Assert.True(Equals(value, byWriter[i][column]) || (value is byte[] a && byWriter[i][column] is byte[] b && a.SequenceEqual(b)),
                        $"{table.Name}.{column}: the context stored {value}, the writer {byWriter[i][column]}");
                }
            }
        }

        await database.AssertIntactAsync();
    }

    [Fact]
    public async Task A_refused_row_is_reported_as_save_changes_reports_it_and_leaves_nothing()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await using var db = await database.OpenAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await using var documents = new RowWriter<Document>(db);
            await documents.InsertAsync(Graph("first"), CancellationToken.None);
            var again = Graph("first"); // the same content hash: the unique index refuses it
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => documents.InsertAsync(again, CancellationToken.None));
            Assert.True(DatabaseErrors.IsUniqueViolation(refused));
        }

        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;")); // rolled back whole
    }

    [Fact]
    public async Task Rows_are_written_in_a_transaction_or_not_at_all()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await using var db = await database.OpenAsync();
        await db.Database.OpenConnectionAsync();
        Assert.Throws<InvalidOperationException>(() => new RowWriter<Document>(db));
    }

    /// <summary>Every row of the entity's table, oldest first, as the database returns its columns.</summary>
    private static async Task<List<Dictionary<string, object?>>> RowsAsync(TestDatabase database, Type entity)
    {
        await using var db = await database.OpenAsync();
        var type = db.Model.FindEntityType(entity)!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = type.FindPrimaryKey()!.Properties.Single().GetColumnName();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM {sql.DelimitIdentifier(type.GetTableName()!)} ORDER BY {sql.DelimitIdentifier(key)}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    /// <summary>A document with every column set, text that needs quoting, and two statements (one with two stances).</summary>
    private static Document Graph(string name)
    {
        var document = new Document
        {
            FileName = $"{name}.txt", RawText = "Line one — “quoted”, it's; DROP TABLE Documents; --\nÜmlaut 日本", ContentHash = Core.Documents.ContentHash.Of(name),
            ImportedAt = new DateTime(2026, 3, 4, 5, 6, 7, 891, DateTimeKind.Utc).AddTicks(2345), Title = "A title", Outlet = "An outlet",
            PublishedOn = new DateOnly(2025, 12, 31), PublishedInferred = true, Language = "en", AnalyzedAt = new DateTime(2026, 3, 4, 5, 6, 8, DateTimeKind.Utc),
            SimHash = -1_234_567_890_123L, SourceUrl = "https://example.org/a?b=1&c='2'", Page = new DocumentPage { Compressed = [0, 1, 2, 255], Length = 4 },
        };
        var said = new Statement
        {
            Ordinal = 0, Fingerprint = Core.Documents.ContentHash.Of(name + "|0"), Speaker = "Ana Ruiz", Actor = "ESA", Text = "“We are ready,” she said.", Start = 12, End = 40,
            Direct = true, Kind = "said", Venue = "a press conference", Date = "2025-12-30", DateSort = new DateOnly(2025, 12, 30), Terms = "we ready",
        };
        said.Stances.Add(new StatementStance { Program = "Artemis", Score = 2, Label = "supportive", Conditional = true, Confidence = 0.8125, CuesJson = "[{\"text\":\"ready\"}]" });
        said.Stances.Add(new StatementStance { Program = "Lunar Gateway", Score = -1, Label = "critical", Confidence = 1, CuesJson = "[]" });
        // No kind: the context leaves the column out and the database's default applies; the writer must end the same.
        var continued = new Statement { Ordinal = 1, Fingerprint = Core.Documents.ContentHash.Of(name + "|1"), Text = "Then nothing.", Start = 41, End = 54, ContinuationOf = 0, Kind = null! };
        document.Statements.Add(said);
        document.Statements.Add(continued);
        return document;
    }
}
