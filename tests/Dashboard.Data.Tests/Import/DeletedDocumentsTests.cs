using Dashboard.Data.Annotations;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Import;

public sealed class DeletedDocumentsTests
{
    [Fact]
    public async Task A_deleted_document_leaves_every_figure_keeps_its_notes_and_comes_back_whole_on_undo()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();
        var statements = database.Get<StatementQueries>();
        var before = await corpus.OverviewAsync(DashboardFilter.None);
        var documentId = (await database.Get<DocumentQueries>().ListAsync())[0].Id;
        var own = await statements.OfDocumentAsync(documentId);
        var note = (await database.Get<AnnotationService>().AddAsync("note", "statement", own[0].Fingerprint, "Keep this", null, "Ana")).Saved!;
        var correction = (await database.Get<AnnotationService>().AddAsync("correction", "statement", own[0].Fingerprint, "actor = ESA", null, "Ana")).Saved!;

        Assert.True(await database.Get<DeletedDocuments>().DeleteAsync(documentId, "Ben"));

        var after = await corpus.OverviewAsync(DashboardFilter.None);
        Assert.Equal(before.Documents - 1, after.Documents);
        Assert.Equal(before.Statements - own.Count, after.Statements);
        Assert.Null(await database.Get<DocumentQueries>().GetAsync(documentId));
        Assert.Equal("Ben", Assert.Single(await database.Get<DeletedDocuments>().ListAsync()).DeletedBy);
        Assert.DoesNotContain((await corpus.ContradictionsAsync(DashboardFilter.None, null)), c => c.A.DocumentId == documentId || c.B.DocumentId == documentId);
        Assert.Single(await database.Get<AnnotationService>().ForTargetsAsync("statement", [own[0].Fingerprint]), a => a.Id == note.Id);

        // Importing the same text again does not bring a second copy; it says where the text is.
        var again = await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("again.txt", (await RawTextAsync(database, documentId))!)]);
        Assert.Equal(ImportOutcome.Duplicate, again[0].Outcome);
        Assert.Contains("deleted document", again[0].Detail, StringComparison.Ordinal);

        Assert.True(await database.Get<DeletedDocuments>().RestoreAsync(documentId, "Ana"));

        var restored = await corpus.OverviewAsync(DashboardFilter.None);
        Assert.Equal(before.Documents, restored.Documents);
        Assert.Equal(before.Statements, restored.Statements);
        var back = await statements.OfDocumentAsync(documentId);
        Assert.Equal(own.Select(s => s.Fingerprint), back.Select(s => s.Fingerprint));
        Assert.Equal("ESA", back[0].Actor); // the correction re-attached
        Assert.Empty(await database.Get<DeletedDocuments>().ListAsync());
        Assert.False(await database.Get<DeletedDocuments>().RestoreAsync(documentId, "Ana"));
        Assert.NotNull(correction);
    }

    [Fact]
    public async Task Deleting_or_restoring_a_document_that_is_not_there_changes_nothing()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        Assert.False(await database.Get<DeletedDocuments>().DeleteAsync(42, "Ana"));
        Assert.False(await database.Get<DeletedDocuments>().RestoreAsync(42, "Ana"));
    }

    [Fact]
    public async Task Purge_removes_only_a_deleted_document_for_good_and_keeps_the_notes_on_it()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var documents = await database.Get<DocumentQueries>().ListAsync();
        var (gone, kept) = (documents[0], documents[1]);
        var hash = (string)(await database.ScalarAsync($"SELECT ContentHash FROM Documents WHERE Id = {gone.Id};"))!;
        await database.Get<AnnotationService>().AddAsync("note", "document", hash, "Seen in the Tuesday meeting", null, "Ana");
        var deletion = database.Get<DeletedDocuments>();

        Assert.False(await deletion.PurgeAsync(kept.Id, "Admin")); // still in the corpus: delete first
        Assert.True(await deletion.DeleteAsync(gone.Id, "Ben"));
        Assert.True(await deletion.PurgeAsync(gone.Id, "Admin"));

        Assert.Null(await RawTextAsync(database, gone.Id));
        Assert.Equal(0L, await database.ScalarAsync($"SELECT COUNT(*) FROM Statements WHERE DocumentId = {gone.Id};"));
        Assert.NotNull(await RawTextAsync(database, kept.Id));
        Assert.Empty(await deletion.ListAsync());
        Assert.False(await deletion.RestoreAsync(gone.Id, "Ben"));
        Assert.False(await deletion.PurgeAsync(gone.Id, "Admin"));
        Assert.Single(await database.Get<AnnotationService>().ForTargetsAsync("document", [hash]));
        var entry = (await database.Get<Audit.AuditLog>().ListAsync())[0];
        Assert.Equal(("Admin", "document purged"), (entry.Who, entry.Action));
        Assert.Contains(hash, entry.Detail, StringComparison.Ordinal);

        // The text can come back only by importing it again, as a new document.
        await database.AssertIntactAsync();
    }

    private static async Task<string?> RawTextAsync(TestDatabase database, int id) =>
        (string?)await database.ScalarAsync($"SELECT RawText FROM Documents WHERE Id = {id};");
}
