using System.Diagnostics;
using System.Text;
using Dashboard.Data.Feeds;

namespace Dashboard.Data.Tests.Feeds;

/// <summary>RSS and Atom documents as outlets publish them, and documents that are not feeds or are hostile.</summary>
public sealed class FeedReaderTests
{
    private static readonly Uri Address = new("https://news.example/space/rss.xml");

    private static FeedContent Read(string xml) => FeedReader.Read(Encoding.UTF8.GetBytes(xml), Address);

    public static string Rss(string items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Orbital Ledger — Space</title><link>https://news.example/</link><description>d</description>
        {items}
        </channel></rss>
        """;

    [Fact]
    public void An_rss_feed_gives_each_item_link_title_and_date_and_a_relative_link_is_resolved_against_the_feed()
    {
        var feed = Read(Rss("""
            <item><title>Roscosmos on the lunar station</title><link>https://news.example/a/1</link><pubDate>Wed, 10 Apr 2024 09:00:00 GMT</pubDate></item>
            <item><title>ESA signs a deal</title><link>/a/2</link><pubDate>Thu, 11 Apr 2024 10:30:00 +0300</pubDate></item>
            """));

        Assert.Null(feed.Problem);
        Assert.Equal("Orbital Ledger — Space", feed.Title);
        Assert.Equal(["https://news.example/a/1", "https://news.example/a/2"], feed.Entries.Select(e => e.Link));
        Assert.Equal("Roscosmos on the lunar station", feed.Entries[0].Title);
        Assert.Equal(new DateTimeOffset(2024, 4, 10, 9, 0, 0, TimeSpan.Zero), feed.Entries[0].Published);
    }

    [Fact]
    public void An_atom_feed_gives_the_alternate_link_of_each_entry()
    {
        var feed = Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Agency newsroom</title><id>urn:x</id><updated>2024-04-10T09:00:00Z</updated>
            <entry><title>Accords signed</title><id>urn:1</id><updated>2024-04-10T09:00:00Z</updated>
              <link rel="self" href="https://agency.example/api/1"/><link rel="alternate" href="https://agency.example/news/1"/></entry>
            </feed>
            """);

        Assert.Null(feed.Problem);
        Assert.Equal("https://agency.example/news/1", Assert.Single(feed.Entries).Link);
    }

    [Fact]
    public void Items_without_a_usable_link_are_counted_apart_and_an_item_listed_twice_is_kept_once()
    {
        var feed = Read(Rss("""
            <item><title>No link at all</title></item>
            <item><title>A mail link</title><link>mailto:desk@news.example</link></item>
            <item><title>A script link</title><link>javascript:alert(1)</link></item>
            <item><title>Twice</title><link>https://news.example/a/9</link></item>
            <item><title>Twice again</title><link>https://news.example/a/9</link></item>
            """));

        Assert.Equal(3, feed.WithoutLink);
        Assert.Equal("https://news.example/a/9", Assert.Single(feed.Entries).Link);
    }

    [Fact]
    public void A_date_the_feed_writes_wrongly_leaves_that_item_undated_instead_of_failing_the_feed()
    {
        var feed = Read(Rss("""
            <item><title>Bad date</title><link>https://news.example/a/1</link><pubDate>yesterday, around noon</pubDate></item>
            <item><title>Named zone</title><link>https://news.example/a/2</link><pubDate>Wed, 10 Apr 2024 09:00:00 EST</pubDate></item>
            """));

        Assert.Null(feed.Problem);
        Assert.Null(feed.Entries[0].Published);
        Assert.Equal(new DateOnly(2024, 4, 10), DateOnly.FromDateTime(feed.Entries[1].Published!.Value.UtcDateTime));
    }

    [Fact]
    public void Markup_and_sql_like_text_in_titles_stay_text()
    {
        var feed = Read(Rss("""<item><title>&lt;script&gt;alert(1)&lt;/script&gt; '; DROP TABLE Feeds; --</title><link>https://news.example/a/1</link></item>"""));

        Assert.Equal("<script>alert(1)</script> '; DROP TABLE Feeds; --", Assert.Single(feed.Entries).Title);
    }

    [Theory]
    [InlineData("", "the feed is empty")]
    [InlineData("<rss version=\"2.0\"><channel><title>cut off", "the feed is not well-formed XML")]
    [InlineData("<html><body><p>Not a feed</p></body></html>", "not an RSS or Atom feed (its root element is <html>)")]
    [InlineData("just some text", "the feed is not well-formed XML")]
    public void A_document_that_is_no_feed_says_why(string xml, string problem)
    {
        var feed = Read(xml);

        Assert.StartsWith(problem, feed.Problem, StringComparison.Ordinal);
        Assert.Empty(feed.Entries);
    }

    [Fact]
    public void Binary_bytes_are_no_feed()
    {
        var feed = FeedReader.Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], Address);

        Assert.StartsWith("the feed is not well-formed XML", feed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused_at_once_without_being_expanded()
    {
        var bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">\n");
        for (var i = 1; i <= 12; i++)
        {
            bomb.Append(CultureInfo($"<!ENTITY a{i} \"{string.Concat(Enumerable.Repeat($"&a{i - 1};", 10))}\">\n"));
        }

        bomb.Append("]>\n<rss version=\"2.0\"><channel><title>&a12;</title></channel></rss>");
        var watch = Stopwatch.StartNew();

        var feed = Read(bomb.ToString());

        Assert.Equal("the feed declares a document type, which is refused (it can expand into a huge document)", feed.Problem);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_feed_of_ten_thousand_items_is_read_whole_in_bounded_time()
    {
        var items = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"<item><title>Item {i}</title><link>https://news.example/a/{i}</link></item>\n"));
        var watch = Stopwatch.StartNew();

        var feed = Read(Rss(items));

        Assert.Equal(10_000, feed.Entries.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}
