using System.Text;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Import;

/// <summary>The web page a document was read from, kept verbatim beside its text, on the suite's database.</summary>
public sealed class DocumentPageTests
{
    private const string Page = """
        <!doctype html><html><head><title>Station talks | Orbital Ledger</title><script>window.tracker = 1;</script></head>
        <body><nav>Home | World</nav><article><h1>Station talks</h1><p>Roscosmos said on Tuesday it would keep flying to the station until 2028.</p></article></body></html>
        """;

    [Fact]
    public async Task An_imported_page_is_kept_as_it_arrived_and_a_text_import_keeps_none()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var results = await database.Get<ImportService>().ImportAsync(
            [new ImportFile("talks.html", Encoding.UTF8.GetBytes(Page)), new ImportFile("talks.txt", Encoding.UTF8.GetBytes("NASA said on Monday it would keep flying to the station until 2030."))], who: "Ada");

        var queries = database.Get<DocumentQueries>();
        var page = await queries.PageAsync(results[0].DocumentId!.Value);
        var detail = await queries.GetAsync(results[0].DocumentId!.Value);

        Assert.Equal(("talks.html", Page), page);
        Assert.Equal(Page.Length, detail!.PageLength);
        Assert.DoesNotContain("window.tracker", detail.RawText, StringComparison.Ordinal); // the text is the article; the page is evidence
        Assert.Null(await queries.PageAsync(results[1].DocumentId!.Value));
        Assert.Null((await queries.GetAsync(results[1].DocumentId!.Value))!.PageLength);
        await using var db = await database.OpenAsync();
        Assert.True((await db.DocumentPages.SingleAsync()).Compressed.Length < Encoding.UTF8.GetByteCount(Page));
    }

    [Fact]
    public async Task Purging_a_document_removes_its_page_with_it()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var id = (await database.Get<ImportService>().ImportAsync([new ImportFile("talks.html", Encoding.UTF8.GetBytes(Page))], who: "Ada"))[0].DocumentId!.Value;
        var deleted = database.Get<DeletedDocuments>();

        await deleted.DeleteAsync(id, "Ada");
        await using var db = await database.OpenAsync();
        Assert.Null(await database.Get<DocumentQueries>().PageAsync(id)); // hidden like the rest of a deleted document…
        Assert.Equal(1, await db.DocumentPages.CountAsync()); // …and kept for an undo
        Assert.True(await deleted.PurgeAsync(id, "Ada"));

        Assert.Equal(0, await db.DocumentPages.CountAsync());
    }

    [Fact]
    public async Task A_database_from_before_pages_were_kept_upgrades_with_its_documents_and_no_pages()
    {
        using var database = await TestDatabase.CreateMigratedToAsync("20261206005629_Feeds");
        await database.InsertDocumentAsync("old.html", "Rogozin said Russia would stay.");

        await database.Get<DatabaseInitializer>().InitializeAsync();

        await using var upgraded = await database.OpenAsync();
        var document = await upgraded.Documents.SingleAsync();
        Assert.Null(await database.Get<DocumentQueries>().PageAsync(document.Id));
    }
}
