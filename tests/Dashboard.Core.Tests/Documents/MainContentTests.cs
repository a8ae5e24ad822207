using System.Diagnostics;
using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

/// <summary>The article of a page kept and its surroundings dropped, on hand-made pages in the shapes news sites use.</summary>
public sealed class MainContentTests
{
    private static readonly DateOnly Latest = new(2025, 1, 1);

    /// <summary>A news page: site navigation, a headline with byline and dateline, the story, a box of other stories, a footer.</summary>
    private const string NewsPage = """
        <!doctype html><html><head><title>Agency weighs the lunar station | Orbital Ledger</title>
        <meta property="og:site_name" content="Orbital Ledger"><meta property="article:published_time" content="2024-04-10T09:00:00Z"></head>
        <body>
        <header class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/science">Science</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div></header>
        <main><article class="story">
        <h1>Agency weighs the lunar station</h1>
        <p class="byline">By A. Reporter</p><p class="dateline">April 10, 2024</p>
        <div class="story-body">
        <p>The head of the national space agency said on Wednesday that the country was weighing whether to join the lunar station that several partners plan to place in orbit around the Moon later this decade.</p>
        <p>"We are studying the offer carefully, and we will decide within the year," he told reporters after a meeting with his counterparts, adding that the budget for a contribution had not yet been agreed.</p>
        <p>Officials have said in recent months that the agency could contribute a robotic arm or a small module, in exchange for seats on future crewed flights to the station and to the lunar surface.</p>
        <p>The government is expected to present its space budget in the autumn, when a decision on the station would have to be funded &amp; approved by parliament before any contract is signed.</p>
        </div></article>
        <aside class="related"><h2>More from Science</h2><ul>
        <li><a href="/a">Rocket maker delays its next launch to the summer</a></li>
        <li><a href="/b">Telescope finds water vapour around a distant planet</a></li>
        <li><a href="/c">Ministers argue over the cost of a new weather satellite</a></li></ul></aside>
        </main>
        <footer class="site-footer"><p>© Orbital Ledger. All rights reserved.</p><p>Contact us | Terms | Privacy</p></footer>
        </body></html>
        """;

    [Fact]
    public void The_story_headline_and_byline_are_kept_and_navigation_other_stories_and_footer_dropped()
    {
        var article = PageArticle.Read(NewsPage, Latest);

        Assert.Contains("The head of the national space agency said on Wednesday", article.Text, StringComparison.Ordinal);
        Assert.Contains("funded & approved by parliament", article.Text, StringComparison.Ordinal);
        Assert.Contains("Agency weighs the lunar station\n", article.Text, StringComparison.Ordinal);
        Assert.Contains("April 10, 2024", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("title: Agency weighs the lunar station\noutlet: Orbital Ledger\ndate: 2024-04-10\n", article.Text, StringComparison.Ordinal); // the page's metadata first
        foreach (var debris in new[] { "Home", "cookies", "Rocket maker delays", "More from Science", "All rights reserved", "Privacy" })
        {
            Assert.DoesNotContain(debris, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_kept_character_still_points_at_its_place_in_the_raw_page()
    {
        var page = HtmlText.Extract(NewsPage);
        var kept = MainContent.Keep(NewsPage, page);

        Assert.True(kept.Text.Length < page.Text.Length);
        var quote = kept.Text.IndexOf("\"We are studying", StringComparison.Ordinal);
        Assert.Equal("\"We are studying the offer", NewsPage.Substring(kept.ToSource(quote), 26));
        var ampersand = kept.Text.IndexOf('&', StringComparison.Ordinal);
        Assert.Equal("&amp;", NewsPage.Substring(kept.ToSource(ampersand), 5)); // an entity maps to where it is written
        Assert.Equal(NewsPage.Length, kept.ToSource(kept.Text.Length));
    }

    [Fact]
    public void A_headline_and_byline_set_apart_from_the_story_are_kept_and_the_share_bar_between_them_is_not()
    {
        var page = NewsPage
            .Replace("<main><article class=\"story\">\n<h1>Agency weighs the lunar station</h1>\n<p class=\"byline\">By A. Reporter</p><p class=\"dateline\">April 10, 2024</p>",
                "<main><div class=\"top\"><div class=\"kicker\">Science —</div><h1>Agency weighs the lunar station</h1><div class=\"meta\">A. Reporter · 10 April 2024</div><div class=\"share\">Share on social media</div></div><article class=\"story\">", StringComparison.Ordinal);
        Assert.NotEqual(NewsPage, page);

        var article = MainContent.Keep(page, HtmlText.Extract(page)).Text;

        Assert.StartsWith("Agency weighs the lunar station\nA. Reporter · 10 April 2024\n", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on social media", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_an_article_keeps_all_its_text()
    {
        const string page = "<html><body><ul><li><a href=\"/a\">Launch schedule</a></li><li><a href=\"/b\">Crew list</a></li></ul><p>NASA said yes.</p></body></html>";

        var extracted = HtmlText.Extract(page);

        Assert.Equal(extracted.Text, MainContent.Keep(page, extracted).Text);
    }

    [Fact]
    public void Markup_in_the_story_stays_text_and_scripts_never_become_text()
    {
        var page = NewsPage.Replace("<p>Officials have said", "<p><script>window.__ran = 1</script>Officials &lt;b&gt;have&lt;/b&gt; said", StringComparison.Ordinal);

        var article = PageArticle.Read(page, Latest);

        Assert.Contains("Officials <b>have</b> said", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("__ran", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(500)]
    public void Deeply_nested_markup_keeps_its_text_whole_in_bounded_time(int depth)
    {
        var page = string.Concat(Enumerable.Repeat("<div><span>", depth)) + "NASA said yes.";
        var watch = Stopwatch.StartNew();

        var article = PageArticle.Read(page, Latest);

        Assert.Equal("NASA said yes.", article.Text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    public static TheoryData<string> HostilePages() => new(
        "x" + string.Concat(Enumerable.Repeat("<div></i>", 100_000)), // stray end tags must not hide the nesting
        "x" + string.Concat(Enumerable.Repeat("<p", 1_400_000)) + ">", // one '>' for a million tags
        "<script>" + string.Concat(Enumerable.Repeat("if (a<b) {", 100_000)) + "</script><p>NASA said yes.</p>");

    [Theory]
    [MemberData(nameof(HostilePages))]
    public void Hostile_markup_is_read_in_bounded_time(string page)
    {
        var watch = Stopwatch.StartNew();

        var article = MainContent.Keep(page, HtmlText.Extract(page));

        // About 2 s alone for the largest; the suite runs it beside the end-to-end tests. The scans this
        // replaced took minutes on these pages.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(40), watch.Elapsed.ToString());
        Assert.NotNull(article.Text);
    }

    [Fact]
    public void A_page_of_many_unclosed_paragraphs_is_still_read_for_its_article()
    {
        // Paragraphs left open are closed by the next one: no nesting, so the reader still runs.
        var page = NewsPage.Replace("</p>", "", StringComparison.Ordinal) + string.Concat(Enumerable.Repeat("<p>x", 600));

        var article = MainContent.Keep(page, HtmlText.Extract(page));

        Assert.DoesNotContain("Rocket maker delays", article.Text, StringComparison.Ordinal);
    }
}
