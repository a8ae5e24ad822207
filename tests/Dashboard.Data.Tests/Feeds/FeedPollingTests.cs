using Dashboard.Data.Annotations;
using Dashboard.Data.Feeds;
using Dashboard.Data.Import;
using Dashboard.Data.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Feeds;

/// <summary>Feeds polled against a site the test serves on loopback (allowed by configuration), on the suite's database.</summary>
public sealed class FeedPollingTests : IDisposable
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Dashboard:Import:AllowPrivateAddresses"] = "true",
        ["Dashboard:Import:FetchTimeoutSeconds"] = "20",
        ["Dashboard:Feeds:MaxItemsPerPoll"] = "3",
    };

    private const string RssType = "application/rss+xml";

    private readonly LocalSite site = new();

    public void Dispose() => site.Dispose();

    private string Article(int n, string? text = null)
    {
        site.Serve($"/a/{n}", "text/plain; charset=utf-8", text ?? $"title: Station news {n}\noutlet: Orbital Ledger\ndate: 2024-04-{n:00}\n\nNASA said on Monday it would keep flying crews to the International Space Station until 2030, in report number {n}.");
        return $"<item><title>Station news {n}</title><link>{site.Url($"/a/{n}")}</link></item>";
    }

    private static async Task<int> AddAsync(TestDatabase database, string url, int interval = 30)
    {
        Assert.Null(await database.Get<FeedService>().AddAsync(url, interval, "Ada"));
        await using var db = await database.OpenAsync();
        return await db.Feeds.Where(f => f.Url == url).Select(f => f.Id).SingleAsync();
    }

    [Fact]
    public async Task A_due_feed_has_its_new_items_imported_and_recorded_and_a_second_poll_fetches_nothing_again()
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        site.Serve("/feed", RssType, FeedReaderTests.Rss(Article(1) + Article(2)));
        var id = await AddAsync(database, site.Url("/feed"));
        var figuresChanged = 0;
        using var subscription = database.Get<IAnnotationNotifier>().Subscribe(c => { if (c.ChangesFigures) { Interlocked.Increment(ref figuresChanged); } return Task.CompletedTask; });

        var first = Assert.Single(await database.Get<FeedPoller>().PollDueAsync());
        var second = await database.Get<FeedPoller>().PollNowAsync(id);

        Assert.Equal((true, false, 2), (first.Polled, first.Failed, first.Imported));
        Assert.Equal("2 items, 2 new; 2 imported", first.Message);
        Assert.Equal("2 items, 0 new", second.Message);
        Assert.Equal(1, site.Requests["/a/1"]);
        Assert.True(figuresChanged >= 1); // open views of figures were told
        await using var db = await database.OpenAsync();
        Assert.Equal(2, await db.Documents.CountAsync(d => d.SourceUrl != null && d.SourceUrl.StartsWith(site.Url("/a/"))));
        var feed = await db.Feeds.SingleAsync();
        Assert.Equal(("Orbital Ledger — Space", 2, false, 0), (feed.Title, feed.ItemsImported, feed.LastFailed, feed.ConsecutiveFailures));
        Assert.True(feed.NextPollAt > DateTime.UtcNow.AddMinutes(29), feed.NextPollAt.ToString("O"));
        Assert.Null(feed.LeaseOwner);
        Assert.Equal(["imported", "imported"], await db.FeedItems.OrderBy(i => i.Link).Select(i => i.Outcome).ToListAsync());
        Assert.Empty(await database.Get<FeedPoller>().PollDueAsync()); // not due again before its interval
    }

    [Fact]
    public async Task A_long_feed_is_imported_a_few_items_a_poll_and_an_article_deleted_meanwhile_is_not_brought_back()
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        site.Serve("/long", RssType, FeedReaderTests.Rss(string.Concat(Enumerable.Range(1, 5).Select(n => Article(n)))));
        var id = await AddAsync(database, site.Url("/long"));
        var poller = database.Get<FeedPoller>();

        var first = await poller.PollNowAsync(id);
        await using (var db = await database.OpenAsync())
        {
            var one = await db.Documents.OrderBy(d => d.Id).FirstAsync();
            await database.Get<DeletedDocuments>().DeleteAsync(one.Id, "Ada");
        }

        var second = await poller.PollNowAsync(id);

        Assert.Equal("5 items, 5 new; 3 imported; 2 left for the next polls", first.Message);
        Assert.Equal("5 items, 2 new; 2 imported", second.Message);
        await using var check = await database.OpenAsync();
        Assert.Equal(4, await check.Documents.CountAsync());
        Assert.Equal(5, await check.Documents.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task A_feed_of_ten_thousand_items_takes_a_few_a_poll_in_bounded_time_and_says_how_many_wait()
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        site.Serve("/huge", RssType, FeedReaderTests.Rss(string.Concat(Enumerable.Range(1, 10_000).Select(n => $"<item><link>{site.Url($"/gone/{n}")}</link></item>"))));
        var id = await AddAsync(database, site.Url("/huge"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await database.Get<FeedPoller>().PollNowAsync(id);

        Assert.Equal("10000 items, 10000 new; 0 imported; 3 refused (first: the server answered 404 Not Found); 9997 left for the next polls", result.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString());
        await using var db = await database.OpenAsync();
        Assert.Equal(3, await db.FeedItems.CountAsync(i => i.Outcome == "rejected" && i.Attempts == 1));
    }

    [Fact]
    public async Task The_same_article_from_a_feed_and_from_an_import_is_stored_once()
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        site.Serve("/feed", RssType, FeedReaderTests.Rss(Article(1) + Article(2)));
        var imported = await database.Get<Dashboard.Data.Import.Web.UrlImporter>().ImportAsync([site.Url("/a/1")]);
        var id = await AddAsync(database, site.Url("/feed"));

        var result = await database.Get<FeedPoller>().PollNowAsync(id);

        Assert.Equal(ImportOutcome.Imported, Assert.Single(imported).Outcome);
        Assert.Equal("2 items, 1 new; 1 imported", result.Message); // known by its address, not fetched again
        Assert.Equal(1, site.Requests["/a/1"]);
    }

    [Theory]
    [InlineData("/error", "the server answered 500")]
    [InlineData("/pdf", "not a feed: the server sent application/pdf")]
    [InlineData("/slow-broken", "the feed is not well-formed XML")]
    [InlineData("/html", "not a feed: the server sent text/html")]
    public async Task A_feed_that_fails_says_why_on_the_feed_and_waits_twice_its_interval_while_the_others_are_polled(string path, string problem)
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        site.Serve("/slow-broken", "application/xml", "<rss version=\"2.0\"><channel><item><title>cut");
        site.Serve("/html", "text/html", "<html><body>Our news</body></html>");
        site.Serve("/good", RssType, FeedReaderTests.Rss(Article(1)));
        var failing = await AddAsync(database, site.Url(path), interval: 60);
        var good = await AddAsync(database, site.Url("/good"));

        var results = await database.Get<FeedPoller>().PollDueAsync();

        Assert.Equal(2, results.Count);
        Assert.StartsWith(problem, results.Single(r => r.FeedId == failing).Message, StringComparison.Ordinal);
        Assert.Equal(1, results.Single(r => r.FeedId == good).Imported);
        await using var db = await database.OpenAsync();
        var feed = await db.Feeds.SingleAsync(f => f.Id == failing);
        Assert.True(feed.LastFailed);
        Assert.Equal(1, feed.ConsecutiveFailures);
        Assert.StartsWith(problem, feed.LastResult, StringComparison.Ordinal);
        Assert.InRange(feed.NextPollAt - feed.LastPolledAt!.Value, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
    }

    [Fact]
    public async Task A_failure_with_a_long_reason_is_recorded_shortened_and_the_feed_backs_off()
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        site.Serve("/odd", "application/x-" + new string('a', 700), "<rss/>");
        var id = await AddAsync(database, site.Url("/odd"));

        var result = await database.Get<FeedPoller>().PollNowAsync(id);

        Assert.True(result.Failed);
        await using var db = await database.OpenAsync();
        var feed = await db.Feeds.SingleAsync();
        Assert.StartsWith("not a feed: the server sent application/x-aaa", feed.LastResult, StringComparison.Ordinal);
        Assert.Equal(500, feed.LastResult!.Length);
        Assert.Equal((true, 1, (string?)null), (feed.LastFailed, feed.ConsecutiveFailures, feed.LeaseOwner));
        Assert.True(feed.NextPollAt > DateTime.UtcNow.AddMinutes(59));
    }

    [Fact]
    public void The_back_off_doubles_with_each_failure_up_to_a_day()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), FeedPoller.NextWait(30, 0));
        Assert.Equal(TimeSpan.FromMinutes(60), FeedPoller.NextWait(30, 1));
        Assert.Equal(TimeSpan.FromMinutes(240), FeedPoller.NextWait(30, 3));
        Assert.Equal(TimeSpan.FromDays(1), FeedPoller.NextWait(30, 40));
        Assert.Equal(TimeSpan.FromDays(7), FeedPoller.NextWait(7 * 24 * 60, 2)); // never sooner than its own interval
    }

    [Fact]
    public async Task Of_two_instances_polling_the_same_feed_at_once_exactly_one_polls_it()
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        site.Serve("/slow-feed", RssType, FeedReaderTests.Rss(Article(1) + Article(2)), delay: TimeSpan.FromSeconds(1));
        var id = await AddAsync(database, site.Url("/slow-feed"));
        var one = database.Get<FeedPoller>();
        var other = new FeedPoller(database.Get<IDbContextFactory<DashboardDbContext>>(), database.Get<IServiceProvider>(), database.Get<FeedOptions>(), TimeProvider.System, database.Get<IAnnotationNotifier>());

        var due = Task.WhenAll(one.PollDueAsync(), other.PollDueAsync());
        var now = Task.WhenAll(one.PollNowAsync(id), other.PollNowAsync(id));
        await Task.WhenAll(due, now);

        var polls = (await due).SelectMany(r => r).Concat(await now).Where(r => r.Polled).ToList();
        Assert.Equal(2, Assert.Single(polls).Imported);
        Assert.Equal(1, site.Requests["/slow-feed"]);
        await using var db = await database.OpenAsync();
        Assert.Equal(2, await db.Documents.CountAsync());
        Assert.Null((await db.Feeds.SingleAsync()).LeaseOwner);
    }

    [Theory]
    [InlineData("", "no address given")]
    [InlineData("file:///etc/passwd", "only http:// and https:// addresses can be added as feeds")]
    [InlineData("ftp://news.example/rss", "only http:// and https:// addresses can be added as feeds")]
    [InlineData("<script>alert(1)</script>", "only http:// and https:// addresses can be added as feeds")]
    [InlineData("https://user:secret@news.example/rss", "an address with a user name or password is not fetched")]
    public async Task A_feed_address_that_cannot_be_polled_is_refused_with_the_reason(string url, string problem)
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);

        Assert.Equal(problem, await database.Get<FeedService>().AddAsync(url, 30, "Ada"));
        Assert.Equal("the address is longer than 2,048 characters", await database.Get<FeedService>().AddAsync("https://news.example/" + new string('a', 3000), 30, "Ada"));
        Assert.Equal("the address is longer than 2,048 characters once encoded", await database.Get<FeedService>().AddAsync("https://news.example/" + new string('é', 1000), 30, "Ada"));
        Assert.Empty(await database.Get<FeedService>().ListAsync());
    }

    [Fact]
    public async Task An_interval_out_of_range_and_a_feed_added_twice_even_at_once_are_refused()
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        var feeds = database.Get<FeedService>();

        var tooShort = await feeds.AddAsync("https://news.example/rss", 1, "Ada");
        var atOnce = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => feeds.AddAsync("https://news.example/rss", 30, "Ada")));
        var again = await feeds.AddAsync(" https://news.example/rss ", 60, "Bo");

        Assert.Equal("the interval must be between 5 minutes and 7 days", tooShort);
        Assert.Single(atOnce, r => r is null);
        Assert.All(atOnce.Where(r => r is not null), r => Assert.Equal("this feed is already on the list", r));
        Assert.Equal("this feed is already on the list", again);
        Assert.Single(await feeds.ListAsync());
    }

    [Fact]
    public async Task Removing_a_feed_keeps_the_articles_it_brought_and_its_removal_is_audited()
    {
        using var database = await TestDatabase.CreateInitializedAsync(Settings);
        site.Serve("/feed", RssType, FeedReaderTests.Rss(Article(1)));
        var id = await AddAsync(database, site.Url("/feed"));
        await database.Get<FeedPoller>().PollNowAsync(id);

        Assert.True(await database.Get<FeedService>().RemoveAsync(id, "Ada"));
        Assert.False(await database.Get<FeedService>().RemoveAsync(id, "Ada"));

        await using var db = await database.OpenAsync();
        Assert.Equal(1, await db.Documents.CountAsync());
        Assert.Equal(0, await db.FeedItems.CountAsync());
        Assert.Contains(await database.Get<Audit.AuditLog>().ListAsync(), e => e.Action == "feed removed" && e.Who == "Ada");
    }

    [Fact]
    public async Task A_database_from_before_feeds_keeps_its_documents_and_starts_with_no_feeds()
    {
        using var database = await TestDatabase.CreateMigratedToAsync("20261202143548_DocumentSourceUrl");
        await database.InsertDocumentAsync("old.txt", "Rogozin said Russia would stay.");

        await database.Get<DatabaseInitializer>().InitializeAsync();

        await using var upgraded = await database.OpenAsync();
        Assert.Equal("old.txt", (await upgraded.Documents.SingleAsync()).FileName);
        Assert.Empty(await database.Get<FeedService>().ListAsync());
        Assert.Empty(await database.Get<FeedPoller>().PollDueAsync());
    }
}
