using System.Diagnostics;
using System.Net;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Web;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Import;

/// <summary>Articles imported by address from a web site the test runs on loopback (allowed by configuration where a test needs it).</summary>
public sealed class UrlImportTests : IDisposable
{
    private static readonly Dictionary<string, string?> LoopbackAllowed = new()
    {
        ["Dashboard:Import:AllowPrivateAddresses"] = "true",
        // Long enough for a loaded machine's first fetch in a process (3 s once timed out on a PDF; 8 s in all, 2.7 s an
        // attempt, once ran out while other tests' analyses built their patterns beside it), short enough to wait for.
        ["Dashboard:Import:FetchTimeoutSeconds"] = "20",
        ["Dashboard:Import:MaxFileBytes"] = "65536",
    };

    // For pages that never finish: the limit is reached whatever the machine's load, so it can be short.
    private static readonly Dictionary<string, string?> ShortTimeLimit = new(LoopbackAllowed)
    {
        ["Dashboard:Import:FetchTimeoutSeconds"] = "2",
    };

    private readonly LocalSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task A_page_is_imported_from_its_final_address_with_the_metadata_it_carries_as_an_uploaded_page_is()
    {
        using var database = await TestDatabase.CreateInitializedAsync(LoopbackAllowed);

        var result = Assert.Single(await database.Get<UrlImporter>().ImportAsync([site.Url("/moved")], who: "Ada"));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(site.Url("/article"), result.FileName);
        await using var db = await database.OpenAsync();
        var document = await db.Documents.Include(d => d.Statements).SingleAsync();
        Assert.Equal(site.Url("/article"), document.SourceUrl);
        Assert.Equal("Roscosmos keeps away from the lunar station", document.Title);
        Assert.Equal("TASS", document.Outlet);
        Assert.Equal(new DateOnly(2024, 4, 10), document.PublishedOn);
        Assert.Contains("Russia is not interested in the Lunar Gateway", document.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", document.RawText, StringComparison.Ordinal); // a script is markup, not the article's text
        Assert.Contains(document.Statements, s => s.Actor == "Roscosmos");
    }

    [Fact]
    public async Task Plain_text_is_imported_and_an_address_given_twice_or_imported_again_is_a_duplicate()
    {
        using var database = await TestDatabase.CreateInitializedAsync(LoopbackAllowed);
        var importer = database.Get<UrlImporter>();

        var results = await importer.ImportAsync([site.Url("/plain"), " " + site.Url("/plain") + " "]);
        var again = Assert.Single(await importer.ImportAsync([site.Url("/plain")]));

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Duplicate], results.Select(r => r.Outcome));
        Assert.Equal(ImportOutcome.Duplicate, again.Outcome);
        Assert.Equal(1, site.Requests["/plain"] - 1); // the repeated address was not fetched again; the second import was
        await using var db = await database.OpenAsync();
        Assert.Equal(1, await db.Documents.CountAsync());
    }

    [Theory]
    [InlineData("/error", "the server answered 500")]
    [InlineData("/loop", "more than 5 redirects")]
    [InlineData("/pdf", "not an article page: the server sent application/pdf")]
    [InlineData("/huge", "larger than the limit of 0.1 MB a file")]
    [InlineData("/missing", "the server answered 404 Not Found")]
    public Task A_page_that_cannot_be_imported_says_why_and_stores_nothing(string path, string reason) =>
        ImportIsRefusedAsync(LoopbackAllowed, path, reason);

    [Theory]
    [InlineData("/slow")]
    [InlineData("/trickle")]
    public Task A_page_that_does_not_arrive_within_the_time_limit_is_given_up_and_nothing_is_stored(string path) =>
        ImportIsRefusedAsync(ShortTimeLimit, path, "the server did not answer in time", withinSeconds: 10);

    private async Task ImportIsRefusedAsync(Dictionary<string, string?> settings, string path, string reason, int withinSeconds = 30)
    {
        using var database = await TestDatabase.CreateInitializedAsync(settings);
        var watch = Stopwatch.StartNew();

        var result = Assert.Single(await database.Get<UrlImporter>().ImportAsync([site.Url(path)]));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.StartsWith(reason, result.Detail, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(withinSeconds), watch.Elapsed.ToString()); // the slow pages answer after a minute
        await using var db = await database.OpenAsync();
        Assert.Equal(0, await db.Documents.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task Cancelling_while_a_page_is_fetched_returns_a_result_for_every_address_and_stores_nothing()
    {
        using var database = await TestDatabase.CreateInitializedAsync(LoopbackAllowed);
        using var cancel = new CancellationTokenSource();
        var cancelling = Task.Run(async () =>
        {
            while (!site.Requests.ContainsKey("/slow"))
            {
                await Task.Delay(20);
            }

            await cancel.CancelAsync(); // while the slow page is being fetched
        });

        var results = await database.Get<UrlImporter>().ImportAsync([site.Url("/plain"), site.Url("/slow"), site.Url("/article")], cancellationToken: cancel.Token);
        await cancelling;

        Assert.All(results, r => Assert.Equal(ImportOutcome.Rejected, r.Outcome));
        Assert.Equal("not imported: the import was cancelled before this article was stored", results[0].Detail);
        Assert.Equal("not imported: the import was cancelled before this page was fetched", results[1].Detail);
        Assert.Equal("not imported: the import was cancelled before this page was fetched", results[2].Detail);
        Assert.False(site.Requests.ContainsKey("/article"));
        await using var db = await database.OpenAsync();
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task A_server_error_is_asked_again_before_it_is_reported()
    {
        using var database = await TestDatabase.CreateInitializedAsync(LoopbackAllowed);

        await database.Get<UrlImporter>().ImportAsync([site.Url("/error")]);

        Assert.True(site.Requests["/error"] > 1, $"{site.Requests["/error"]} request(s)");
    }

    [Theory]
    [InlineData("", "no address given")]
    [InlineData("not an address", "only http:// and https:// addresses can be imported")]
    [InlineData("file:///etc/passwd", "only http:// and https:// addresses can be imported")]
    [InlineData("javascript:alert(1)", "only http:// and https:// addresses can be imported")]
    [InlineData("ftp://example.com/article.txt", "only http:// and https:// addresses can be imported")]
    [InlineData("http://user:secret@example.com/", "an address with a user name or password is not fetched")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "not fetched: 169.254.169.254 is a link-local address")]
    [InlineData("http://10.0.0.1/", "not fetched: 10.0.0.1 is a loopback, private or link-local address")]
    [InlineData("http://[::1]/", "not fetched: ")]
    [InlineData("http://localhost/", "not fetched: localhost is a loopback, private or link-local address")]
    public async Task Addresses_that_are_not_public_web_pages_are_refused_without_a_request(string address, string reason)
    {
        using var database = await TestDatabase.CreateInitializedAsync(); // the default: public addresses only

        var result = Assert.Single(await database.Get<UrlImporter>().ImportAsync([address]));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.StartsWith(reason, result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_local_address_is_refused_even_where_private_addresses_are_allowed()
    {
        // Refused before any connection, so a long time limit costs nothing; the short one expired
        // once under the full suite before the first request of the process had even reached the check.
        using var database = await TestDatabase.CreateInitializedAsync(new Dictionary<string, string?>(LoopbackAllowed) { ["Dashboard:Import:FetchTimeoutSeconds"] = "60" });

        var result = Assert.Single(await database.Get<UrlImporter>().ImportAsync(["http://169.254.169.254/latest/meta-data/"]));

        Assert.Equal("not fetched: 169.254.169.254 is a link-local address (169.254.169.254), where cloud servers answer metadata requests: never fetched", result.Detail);
    }

    [Fact]
    public async Task A_loopback_site_is_refused_by_default_and_never_asked()
    {
        using var database = await TestDatabase.CreateInitializedAsync();

        var result = Assert.Single(await database.Get<UrlImporter>().ImportAsync([site.Url("/article")]));

        Assert.Contains("Dashboard:Import:AllowPrivateAddresses", result.Detail, StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Documents_stored_before_source_addresses_existed_are_kept_without_one()
    {
        using var database = await TestDatabase.CreateMigratedToAsync("20261201223037_StatementKinds");
        await database.InsertDocumentAsync("old.txt", "Rogozin said Russia would stay.");

        await database.Get<DatabaseInitializer>().InitializeAsync();

        await using var upgraded = await database.OpenAsync();
        var document = await upgraded.Documents.SingleAsync();
        Assert.Equal(("old.txt", null), (document.FileName, document.SourceUrl));
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2001:4860:4860::8888", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("2002:7f00:1::", false)]
    public void Only_public_internet_addresses_are_public(string address, bool expected) =>
        Assert.Equal(expected, AddressGuard.IsPublic(IPAddress.Parse(address)));
}
