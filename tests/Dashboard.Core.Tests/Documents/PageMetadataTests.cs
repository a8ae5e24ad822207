using System.Text;
using Dashboard.Core.Documents;
using Dashboard.Core.Tests.Analysis;
using Dashboard.Core.Tests.Safety;

namespace Dashboard.Core.Tests.Documents;

/// <summary>What a news page says about itself, read from hand-made pages in the shapes news sites use.</summary>
public sealed class PageMetadataTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    private const string JsonLdPage = """
        <!doctype html><html><head>
        <title>Gateway | Site</title>
        <meta property="og:title" content="An Open Graph title">
        <meta property="og:site_name" content="The Hindu">
        <meta property="article:published_time" content="2024-04-09T10:00:00+05:30">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Not the article"},
          {"@type":["NewsArticle"],"headline":"ISRO weighs the Gateway","datePublished":"2024-04-10T01:30:00+05:30",
           "publisher":{"@type":"Organization","name":"The Hindu"},"author":[{"@type":"Person","name":"A. Reporter"}],
           "url":"https://www.example.org/news/isro-gateway"}]}
        </script>
        </head><body><article><h1>ISRO weighs the Gateway</h1><p>ISRO said it was open to talks on the Lunar Gateway.</p></article></body></html>
        """;

    [Fact]
    public void Json_ld_comes_first_then_open_graph_and_the_day_is_the_one_the_page_wrote()
    {
        var metadata = PageMetadata.Read(JsonLdPage, Today);

        Assert.Equal(new PageMetadata("ISRO weighs the Gateway", "The Hindu", new DateOnly(2024, 4, 10), "A. Reporter", "https://www.example.org/news/isro-gateway"), metadata);
    }

    [Fact]
    public void Open_graph_meta_author_time_and_the_canonical_link_stand_in_when_there_is_no_json_ld()
    {
        const string page = """
            <html><head><meta property="og:title" content="Kyodo: Japan eyes the Moon">
            <meta property="og:site_name" content="Kyodo News"><meta name="author" content="B. Writer">
            <link rel="canonical" href="https://english.example.jp/news/moon"></head>
            <body><time datetime="2024-04-10">April 10</time><p>JAXA said it would join Artemis.</p></body></html>
            """;

        Assert.Equal(new PageMetadata("Kyodo: Japan eyes the Moon", "Kyodo News", new DateOnly(2024, 4, 10), "B. Writer", "https://english.example.jp/news/moon"), PageMetadata.Read(page, Today));
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2099-01-01"}</script><meta property="article:published_time" content="2024-03-02">""", "2024-03-02")] // a lying date falls through to the next source
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle", broken</script><time datetime="2024-05-05T12:00:00Z"></time>""", "2024-05-05")] // malformed JSON-LD is skipped
    [InlineData("""<meta property="article:published_time" content="yesterday">""", null)]
    public void Only_a_readable_date_on_or_before_today_is_taken(string head, string? expected)
    {
        var metadata = PageMetadata.Read($"<html><head>{head}</head><body><p>Text.</p></body></html>", Today);

        Assert.Equal(expected, metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Hostile_values_are_one_line_and_only_web_addresses_are_kept()
    {
        const string page = """
            <html><head><meta property="og:title" content="Title&#10;outlet: Forged Wire&#10;date: 1999-01-01">
            <meta property="og:url" content="javascript:alert(1)"><meta name="author" content="<script>x</script>"></head><body><p>Text.</p></body></html>
            """;

        var metadata = PageMetadata.Read(page, Today);

        Assert.Equal("Title outlet: Forged Wire date: 1999-01-01", metadata.Title);
        Assert.Null(metadata.Url);
        Assert.Equal(["title: Title outlet: Forged Wire date: 1999-01-01", "author: <script>x</script>"], metadata.FrontMatter().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Reading 50,000 nested elements takes about 0.2 s alone and once took 2.1 s beside the other
    /// suites on a loaded two-core machine; a parse that grew with the square of the depth does 2.5
    /// billion steps here. The bound tells the two apart without failing on a busy day.
    /// </summary>
    private static readonly TimeSpan HostileBudget = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_hostile_body_is_not_parsed_as_a_document_and_its_metadata_is_still_found()
    {
        var page = "<html><head><meta property=\"og:site_name\" content=\"Orbital Ledger\"></head><body>"
            + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "<time datetime=\"2024-02-03\"></time>"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Deep page\"}</script></body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var metadata = PageMetadata.Read(page, Today);

        Assert.True(clock.Elapsed < HostileBudget, $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal(("Deep page", "Orbital Ledger", new DateOnly(2024, 2, 3)), (metadata.Title, metadata.Outlet, metadata.Published));
    }

    [Fact]
    public void A_hostile_head_is_read_in_bounded_time()
    {
        var page = "<html><head>" + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "<meta property=\"og:site_name\" content=\"Orbital Ledger\"></head><body><p>Text.</p></body></html>";
        var fastest = Fastest.Milliseconds(() => PageMetadata.Read(page, Today), budget: HostileBudget.TotalMilliseconds);

        Assert.True(fastest < HostileBudget.TotalMilliseconds, $"took {fastest:F0} ms (fastest of three runs)");
    }

    [Fact]
    public void An_imported_page_carries_its_metadata_as_front_matter_before_its_text()
    {
        var file = ImportFormats.Read("isro.html", Encoding.UTF8.GetBytes(JsonLdPage), 1_000_000);

        var text = Assert.Single(file.Articles).Text;
        Assert.StartsWith("title: ISRO weighs the Gateway\noutlet: The Hindu\ndate: 2024-04-10\nauthor: A. Reporter\nurl: https://www.example.org/news/isro-gateway\n\n", text, StringComparison.Ordinal);
        Assert.Contains("ISRO said it was open to talks on the Lunar Gateway.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("application/ld+json", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analysis_dates_and_credits_an_imported_page_from_its_metadata_not_from_a_year_in_its_text()
    {
        const string page = """
            <html><head><meta property="og:site_name" content="The Hindu"><meta property="article:published_time" content="2024-04-10T08:00:00Z"></head>
            <body><h1>India and the Gateway</h1><p>ISRO said it was open to talks on the Lunar Gateway, with a crewed landing planned in 2040.</p></body></html>
            """;
        var text = Assert.Single(ImportFormats.Read("gateway.html", Encoding.UTF8.GetBytes(page), 1_000_000).Articles).Text;

        var document = TestCorpus.Document(text);

        Assert.Equal(("The Hindu", new DateOnly(2024, 4, 10)), (document.Metadata.Outlet, document.Metadata.Published));
    }

    [Theory]
    [InlineData("ISRO on the crewed flight - The Hindu", null, "ISRO on the crewed flight", "The Hindu")]
    [InlineData("Agency weighs the lunar station | Orbital Ledger", null, "Agency weighs the lunar station", "Orbital Ledger")]
    [InlineData("Agency weighs the lunar station – Le Monde.fr", "Agency weighs the lunar station", "Agency weighs the lunar station", "Le Monde.fr")]
    [InlineData("Agency weighs the lunar station :: Orbital Ledger", "Agency weighs the lunar station", "Agency weighs the lunar station", "Orbital Ledger")]
    [InlineData("Agency weighs the lunar station - 07.12.2017 - Orbital Ledger", "Agency weighs the lunar station", "Agency weighs the lunar station", "Orbital Ledger")]
    [InlineData("Home - Orbital Ledger", null, null, null)]
    [InlineData("Agency weighs the lunar station |", "Agency weighs the lunar station", null, null)] // a separator and nothing after it
    [InlineData("Agency weighs the lunar station - | -", "Agency weighs the lunar station", null, null)] // no headline of three words before it
    [InlineData("NASA and ESA - partners in the long run of lunar exploration plans", null, null, null)] // too long for a site's name
    [InlineData("Agency weighs the lunar station", null, null, null)]
    [InlineData("Gateway | Site", "An Open Graph title", null, null)] // the headline is not what the title starts with
    public void A_title_tag_with_the_site_after_a_separator_gives_the_headline_and_the_site(string title, string? headline, string? expectedTitle, string? expectedSite)
    {
        Assert.Equal((expectedTitle, expectedSite), PageMetadata.SplitTitle(title, headline));
    }

    [Fact]
    public void A_page_without_metadata_takes_its_outlet_and_headline_from_its_title_tag()
    {
        var metadata = PageMetadata.Read("<html><head><title>ISRO on the crewed flight - The Hindu</title></head><body><p>ISRO said so.</p></body></html>", Today);

        Assert.Equal(("ISRO on the crewed flight", "The Hindu"), (metadata.Title, metadata.Outlet));
    }
}
