using Dashboard.Core.Documents;
using Dashboard.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Import;

public sealed class DocumentImporterTests
{
    [Fact]
    public async Task Stores_new_articles_verbatim_with_their_hash()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        const string text = "  date 2021-01-25 Rogozin wrote: \"We are not interested in this.\"\r\n\r\nРоскосмос\t<b>bold?</b>\n";

        var results = await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("gateway.txt", text)]);

        var result = Assert.Single(results);
        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = await database.OpenAsync();
        var stored = await db.Documents.SingleAsync();
        Assert.Equal(result.DocumentId, stored.Id);
        Assert.Equal(text, stored.RawText);
        Assert.Equal(ContentHash.Of(text), stored.ContentHash);
        Assert.Equal("gateway.txt", stored.FileName);
        Assert.Equal(DateTimeKind.Utc, DateTime.SpecifyKind(stored.ImportedAt, DateTimeKind.Utc).Kind);
    }

    [Fact]
    public async Task Same_text_is_stored_once_whether_already_known_or_repeated_in_the_batch()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var importer = database.Get<DocumentImporter>();
        var first = await importer.ImportBatchAsync([new ImportCandidate("a.txt", "Same story.")]);

        var second = await importer.ImportBatchAsync(
        [
            new ImportCandidate("a-copy.txt", "Same story."),
            new ImportCandidate("b.txt", "Another story."),
            new ImportCandidate("b-again.txt", "Another story."),
        ]);

        Assert.Equal([ImportOutcome.Duplicate, ImportOutcome.Imported, ImportOutcome.Duplicate], second.Select(r => r.Outcome));
        Assert.Equal(first[0].DocumentId, second[0].DocumentId);
        Assert.Equal(second[1].DocumentId, second[2].DocumentId);
        Assert.Equal(2L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }

    [Fact]
    public async Task A_batch_that_fails_midway_stores_nothing()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        // A real failure inside the database on the second insert of the batch.
        if (TestDatabase.IsPostgres)
        {
            await database.ScalarAsync(
                "CREATE FUNCTION reject_poison() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'poisoned'; END $$ LANGUAGE plpgsql;");
            await database.ScalarAsync(
                "CREATE TRIGGER reject_poison BEFORE INSERT ON Documents FOR EACH ROW WHEN (NEW.FileName = 'poison.txt') EXECUTE FUNCTION reject_poison();");
        }
        else
        {
            await database.ScalarAsync(
                "CREATE TRIGGER reject_poison BEFORE INSERT ON Documents WHEN NEW.FileName = 'poison.txt' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;");
        }

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => database.Get<DocumentImporter>().ImportBatchAsync(
        [
            new ImportCandidate("first.txt", "First article."),
            new ImportCandidate("poison.txt", "Second article."),
            new ImportCandidate("third.txt", "Third article."),
        ]));

        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }

    [Fact]
    public async Task Hostile_text_is_stored_as_data_not_executed()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        const string hostile = "Robert'); DROP TABLE Documents;-- <script>alert(1)</script>";

        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("x'); DROP TABLE Documents;--.txt", hostile)]);

        Assert.Equal(hostile, await database.ScalarAsync("SELECT RawText FROM Documents;"));
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }

    [Fact]
    public async Task An_empty_batch_does_nothing()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        Assert.Empty(await database.Get<DocumentImporter>().ImportBatchAsync([]));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }

    [Fact]
    public async Task The_database_refuses_two_documents_with_one_hash()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("a.txt", "Text.")]);

        await using var db = await database.OpenAsync();
        db.Documents.Add(new Entities.Document { FileName = "b.txt", RawText = "Text.", ContentHash = ContentHash.Of("Text.") });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
