using Dashboard.Data.Import;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class DocumentQueriesTests
{
    [Fact]
    public async Task Lists_documents_by_file_name_with_their_length()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync(
        [
            new ImportCandidate("b.txt", "Bravo text"),
            new ImportCandidate("a.txt", "Alpha"),
        ]);

        var list = await database.Get<DocumentQueries>().ListAsync();

        Assert.Equal(["a.txt", "b.txt"], list.Select(d => d.FileName));
        Assert.Equal([5, 10], list.Select(d => d.Characters));
        Assert.Equal(2, await database.Get<DocumentQueries>().CountAsync());
    }

    [Fact]
    public async Task Gets_one_document_with_its_raw_text_or_null_when_absent()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var results = await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("a.txt", "Line one\nLine two")]);
        var queries = database.Get<DocumentQueries>();

        var document = await queries.GetAsync(results[0].DocumentId!.Value);

        Assert.NotNull(document);
        Assert.Equal("Line one\nLine two", document.RawText);
        Assert.Null(await queries.GetAsync(results[0].DocumentId!.Value + 1000));
    }
}
