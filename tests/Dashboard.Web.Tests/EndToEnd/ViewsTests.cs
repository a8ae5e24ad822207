using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>The briefing views over the analysed sample corpus.</summary>
[Collection(SampleDashboardGroup.Name)]
public sealed class ViewsTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync(path);
        return page;
    }

    /// <summary>
    /// What a browser shows before the circuit connects: a gazetteer editor anyone could type into then would have the text
    /// replaced, unseen, by the server's copy once the page became interactive. (The gazetteer test edits it once it is.)
    /// </summary>
    [Fact]
    public async Task The_prerendered_gazetteer_editor_is_read_only()
    {
        using var http = new HttpClient { BaseAddress = dashboard.App.BaseUrl };
        var html = await http.GetStringAsync(new Uri("/gazetteer", UriKind.Relative));

        Assert.Matches("<textarea[^>]*\\sreadonly", html);
    }

    [Fact]
    public async Task A_matrix_link_filtered_by_actor_opens_exactly_that_view_and_a_cell_opens_its_evidence()
    {
        var page = await OpenAsync("/matrix?actor=Roscosmos");
        var table = page.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Roscosmos"]);
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Lunar Gateway" })).ToBeVisibleAsync();

        await table.GetByRole(AriaRole.Button, new() { Name = "Roscosmos on Lunar Gateway" }).ClickAsync();

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Roscosmos on Lunar Gateway", Exact = true });
        await Expect(panel).ToBeFocusedAsync();
        await Expect(panel.GetByText("We are not interested in this.", new() { Exact = false })).ToBeVisibleAsync();
        var links = panel.GetByRole(AriaRole.Link, new() { Name = "Open in the article", Exact = false });
        Assert.True(await links.CountAsync() >= 5);

        await panel.Locator("article", new() { HasText = "We are not interested in this." }).GetByRole(AriaRole.Link).ClickAsync();

        var mark = page.Locator("mark.statement-mark.current");
        await Expect(mark).ToContainTextAsync("We are not interested in this.");
        await Expect(mark).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_heatmap_draws_a_square_for_each_cell_of_the_table_and_a_square_opens_its_evidence()
    {
        var page = await OpenAsync("/matrix?actor=Roscosmos");
        var cells = page.GetByRole(AriaRole.Table).Locator("button.cell-button");
        await Expect(cells.First).ToBeVisibleAsync();
        var count = await cells.CountAsync();
        var first = await cells.First.GetAttributeAsync("data-program");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Heatmap" }).ClickAsync();

        var squares = page.Locator(".chart-host .barlayer .point");
        await Expect(squares).ToHaveCountAsync(count);
        await Expect(page.Locator("script[src*='_content/Plotly.Blazor/plotly-basic-']")).ToHaveCountAsync(1); // the basic bundle draws it too
        // As a person clicks: plotly.js finds the square under the pointer (its drawing layer takes the events, not the square).
        var box = (await squares.First.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        var panel = page.GetByRole(AriaRole.Region, new() { Name = $"Roscosmos on {first}", Exact = true });
        await Expect(panel).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("cell="));
    }

    [Fact]
    public async Task The_matrix_cell_says_its_stance_in_words_with_count_trend_and_hedge()
    {
        var page = await OpenAsync("/matrix");
        var artemis = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"Roscosmos on Artemis\.") });
        await Expect(artemis).ToContainTextAsync("statements");
        await page.GetByRole(AriaRole.Link, new() { Name = "Average stance" }).ClickAsync();
        await Expect(artemis).ToContainTextAsync("critical");
        await Expect(artemis).ToContainTextAsync("(if…)");
        await Expect(artemis.Locator(".hedge")).ToHaveCSSAsync("font-style", "italic");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("show=average"));
    }

    [Fact]
    public async Task Filtering_by_actor_changes_the_url_without_reloading_the_page()
    {
        var page = await OpenAsync("/statements");
        await page.MarkDocumentAsync();

        await page.OpenFiltersAsync();
        // Part of a name and Enter take the first actor that starts with it.
        var actors = page.GetByLabel("Actors", new() { Exact = true });
        await actors.FillAsync("Ros");
        await Expect(page.GetByRole(AriaRole.Option)).ToHaveTextAsync(["Roscosmos"]); // what a person sees before Enter
        await actors.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("actor=Roscosmos"));
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Active filters" })).ToContainTextAsync("Actor: Roscosmos");
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).Not.ToHaveCountAsync(0);
        foreach (var actor in await page.GetByRole(AriaRole.Table).Locator("tbody tr td:nth-child(3)").AllTextContentsAsync())
        {
            Assert.Equal("Roscosmos", actor.Trim());
        }

        Assert.True(await page.IsSameDocumentAsync(), "the filter must not reload the page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all filters" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("actor="));
    }

    [Fact]
    public async Task Unknown_filter_values_and_malformed_dates_are_ignored_with_a_visible_note()
    {
        var page = await OpenAsync("/contradictions?actor=<script>alert(1)</script>&from=2021-02-30&program=Lunar%20Gateway");

        var notes = page.Locator(".filter-notes");
        await Expect(notes).ToContainTextAsync("Unknown actor “<script>alert(1)</script>” ignored.");
        await Expect(notes).ToContainTextAsync("is not a date");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contradictions", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".filter-notes script").CountAsync());
    }

    [Fact]
    public async Task Searching_words_narrows_the_statements_and_search_syntax_is_only_words()
    {
        var page = await OpenAsync("/statements");
        var rows = page.Locator("table tbody tr:has(a)"); // statements, not the grid's loading row
        await Expect(rows.First).ToBeVisibleAsync();
        var all = await rows.CountAsync();

        // Word starts, any case, every word required ("multilateral talks" is in one quote; no title has both).
        await page.OpenFiltersAsync();
        await page.GetByLabel("Words").FillAsync("MULTILAT Talks");
        await page.GetByLabel("Words").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"q=MULTILAT(\+|%20)Talks"));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("multilateral talks");
        Assert.True(all > 1);

        // Quotes, operators and wildcards separate words; with no words left nothing matches, and the view says why.
        page = await OpenAsync("/statements?q=%22*%22%20%25%20%28%29");
        await Expect(page.Locator(".filter-notes")).ToContainTextAsync("has no words (letters or digits) to look for");
        page = await OpenAsync("/matrix?q=%27%29%3B%20DROP%20TABLE%20Statements%3B--");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stance matrix", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("/documents/1?statement=abc", "Text")]
    [InlineData("/documents/1?statement=99999999999999999999", "Text")]
    [InlineData("/statements?page=-3", "Statements")]
    [InlineData("/statements?page=%00%FF", "Statements")]
    [InlineData("/sources?first=%3Cscript%3E&second=1%27%20OR%201%3D1", "Sources")]
    [InlineData("/sources?first=1&second=1", "Sources")]
    [InlineData("/briefing?slide=zz", "Briefing")]
    [InlineData("/contradictions?kind=%3Cb%3E&verdict=maybe", "Contradictions")]
    public async Task Malformed_numbers_and_choices_in_the_url_still_open_the_view(string path, string heading)
    {
        var response = await (await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl)).APIRequest.GetAsync(path);
        Assert.Equal(200, response.Status);

        var page = await OpenAsync(path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Two_documents_are_compared_statement_by_statement_with_unmatched_ones_marked()
    {
        // Two documents known to share an utterance: the versions of the largest cluster.
        var page = await OpenAsync("/sources");
        await page.Locator("section.cluster").First.GetByRole(AriaRole.Link, new() { Name = "Compare the versions" }).ClickAsync();
        await page.Locator(".versions .version a").First.WaitForAsync(); // the versions render after the click
        var hrefs = await page.Locator(".versions .version a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var ids = hrefs.Select(h => System.Text.RegularExpressions.Regex.Match(h, "documents/(\\d+)").Groups[1].Value).Distinct().Take(2).ToList();
        Assert.Equal(2, ids.Count);

        // The documents are offered by outlet, date and title: the titles the versions link to.
        var titles = await page.Locator(".versions .version a .visually-hidden").AllTextContentsAsync();
        var byDocument = hrefs.Zip(titles, (h, t) => (Id: System.Text.RegularExpressions.Regex.Match(h, "documents/(\\d+)").Groups[1].Value, Title: t.TrimStart(':', ' ')))
            .DistinctBy(d => d.Id).Take(2).ToList();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Compare two documents" }).ClickAsync();
        var comparer = page.GetByRole(AriaRole.Region, new() { Name = "Compare two documents" });
        foreach (var (label, document) in new[] { ("First", byDocument[0]), ("Second", byDocument[1]) })
        {
            await comparer.GetByLabel(label).ClickAsync();
            var start = document.Title.Length > 40 ? document.Title[..40] : document.Title;
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = start }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
        }

        await comparer.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"first={ids[0]}&second={ids[1]}"));
        var table = comparer.GetByRole(AriaRole.Table);
        await Expect(comparer.Locator(".compare-summary")).ToContainTextAsync("in both");
        await Expect(table.Locator("tbody tr.matched").First).ToBeVisibleAsync();
        var matchedLinks = table.Locator("tbody tr.matched").First.GetByRole(AriaRole.Link);
        Assert.True(await matchedLinks.CountAsync() >= 2, "a matched row shows the statement of each document");
        Assert.Equal(await table.Locator("tbody tr.unmatched .compare-statement").CountAsync(), await table.GetByText("only here").CountAsync());
        Assert.True(await table.Locator("tbody tr.unmatched").CountAsync() > 0);
    }

    [Fact]
    public async Task Each_view_downloads_what_it_shows_for_the_current_filter()
    {
        var page = await OpenAsync("/statements?actor=Roscosmos");
        await Expect(page.Locator(".result-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d")); // the grid has loaded
        var total = int.Parse((await page.Locator(".result-count").TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var csvLink = page.GetByRole(AriaRole.Link, new() { Name = "CSV of the statements" });
        Assert.Equal("export/statements.csv?actor=Roscosmos", await csvLink.GetAttributeAsync("href"));

        var csv = await (await page.APIRequest.GetAsync("/export/statements.csv?actor=Roscosmos")).TextAsync();
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.StartsWith("\uFEFF\"id\",\"document_id\"", lines[0], StringComparison.Ordinal);
        Assert.Equal(total, lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.Contains("\"Roscosmos\"", line, StringComparison.Ordinal));

        using var matrix = System.Text.Json.JsonDocument.Parse(await (await page.APIRequest.GetAsync("/export/matrix.json?actor=Roscosmos&program=Artemis")).TextAsync());
        var cell = Assert.Single(matrix.RootElement.EnumerateArray());
        Assert.Equal("Roscosmos", cell.GetProperty("actor").GetString());
        Assert.Equal("Artemis", cell.GetProperty("program").GetString());

        var pairs = await (await page.APIRequest.GetAsync("/export/contradictions.csv?kind=hedge")).TextAsync();
        Assert.All(pairs.TrimEnd().Split("\r\n").Skip(1), line => Assert.StartsWith("\"", line, StringComparison.Ordinal));
        Assert.Contains("\"hedge\"", pairs, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reversal\"", pairs, StringComparison.Ordinal);
        Assert.Contains("earlier_stance", pairs.Split("\r\n")[0], StringComparison.Ordinal); // each side of a finding, not only its pair
        Assert.Contains("later_statement_ids", pairs.Split("\r\n")[0], StringComparison.Ordinal);

        Assert.Equal(404, (await page.APIRequest.GetAsync("/export/statements.xml")).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync("/export/passwords.csv")).Status);
        Assert.Equal(400, (await page.APIRequest.GetAsync("/export/statements.json?actor=%3Cscript%3E&from=2021-02-30")).Status); // refused, not widened to the whole corpus

        // The links follow a filter change made in the page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all filters" }).ClickAsync();
        await Expect(csvLink).ToHaveAttributeAsync("href", "export/statements.csv");
    }

    [Fact]
    public async Task Contradictions_show_both_quotes_with_their_kind_and_filter_by_kind()
    {
        var page = await OpenAsync("/contradictions?kind=reversal");
        var cards = page.Locator("article.contradiction");
        await Expect(cards.First).ToBeVisibleAsync();
        foreach (var badge in await page.Locator(".kind-badge").AllTextContentsAsync())
        {
            Assert.Equal("reversal", badge.Trim());
        }

        var first = cards.First;
        await Expect(first.Locator(".finding-side")).ToHaveCountAsync(0); // a compact row until opened
        await Annotate.OpenFindingAsync(first);
        await Expect(first.GetByRole(AriaRole.Heading, new() { Name = "Earlier", Exact = true })).ToBeVisibleAsync();
        await Expect(first.GetByRole(AriaRole.Heading, new() { Name = "Later", Exact = true })).ToBeVisibleAsync();
        Assert.InRange(await first.Locator("blockquote").CountAsync(), 2, 6); // the first three of each side at most
        await Expect(first.Locator(".side-quote.clearest")).ToHaveCountAsync(2); // the representative pair, one per side

        // "Show all statements" lists every statement of both sides.
        var all = first.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Show all (\d+) statements$") });
        if (await all.CountAsync() > 0)
        {
            var total = int.Parse(System.Text.RegularExpressions.Regex.Match(await all.TextContentAsync() ?? "", @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
            await all.ClickAsync();
            await Expect(first.Locator("blockquote")).ToHaveCountAsync(total);
        }
    }

    [Fact]
    public async Task A_cluster_opens_each_outlets_version_side_by_side_with_differences_marked()
    {
        var page = await OpenAsync("/sources");
        var nato = page.Locator("section.cluster", new() { HasText = "venue:" }).First;
        await nato.GetByRole(AriaRole.Link, new() { Name = "Compare the versions", Exact = false }).ClickAsync();

        var opened = page.Locator("section.cluster.open");
        await Expect(opened.Locator(".version")).Not.ToHaveCountAsync(0);
        Assert.True(await opened.Locator(".version").CountAsync() >= 2);
        Assert.True(await opened.Locator("mark.diff").CountAsync() > 0);
        await Expect(opened.GetByRole(AriaRole.List, new() { Name = "Discrepancies" })).ToContainTextAsync("interview with Komsomolskaya Pravda");
    }

    [Fact]
    public async Task The_reader_marks_statements_and_can_hide_the_page_debris()
    {
        var page = await OpenAsync("/documents");
        await page.GetByRole(AriaRole.Link, new() { Name = TestPaths.SampleFileNames[^1] }).ClickAsync();

        await Expect(page.Locator("mark.statement-mark").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("mark.statement-mark").CountAsync() >= 3);
        var debris = page.Locator(".document-text .debris", new() { HasText = "Kalashnikov" });
        await Expect(debris).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Hide page debris" }).ClickAsync();

        await Expect(debris).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hide page debris" })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task Overview_cards_open_the_filtered_views_behind_them()
    {
        var page = await OpenAsync("/?actor=Roscosmos");
        var card = page.GetByRole(AriaRole.Link).Filter(new() { HasText = "Open contradictions" });
        var figure = (await card.Locator(".summary-value").TextContentAsync())!.Trim();

        await card.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/contradictions\\?actor=Roscosmos&verdict=open"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contradictions", Level = 1 })).ToBeVisibleAsync();
        // The number on the card is the number of items behind it.
        await Expect(page.Locator(".result-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{figure} contradiction"));
    }

    [Fact]
    public async Task The_overview_draws_the_stance_chart_with_a_table_alternative()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.OpenInteractiveAsync("/");

        try
        {
            await Expect(page.Locator(".chart-host .main-svg").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"no chart. Browser errors: {string.Join(" | ", errors)}\nServer output:\n{dashboard.App.Output}");
        }

        await Expect(page.Locator(".chart-host .scatterlayer .point").Nth(5)).ToBeAttachedAsync(); // more than five points drawn
        await Expect(page.Locator("script[src*='_content/Plotly.Blazor/plotly']")).ToHaveCountAsync(1); // Plotly.Blazor's own plotly.js,
        await Expect(page.Locator("script[src*='_content/Plotly.Blazor/plotly-basic-']")).ToHaveCountAsync(1); // its basic bundle (decision 043)
        await Expect(page.GetByRole(AriaRole.Figure, new() { NameRegex = new System.Text.RegularExpressions.Regex("Stance over time of") })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Stance over time" }).GetByText("The chart as a table").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Roscosmos – Lunar Gateway" })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_statements_table_sorts_by_column()
    {
        var page = await OpenAsync("/statements");
        await Expect(page.Locator(".result-count")).ToContainTextAsync("sorted by date, newest first");
        await page.GetByRole(AriaRole.Columnheader, new() { Name = "Speaker" }).GetByText("Speaker").ClickAsync();

        // The order is the database's (server-side), and the URL says it, so the link opens the same rows.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=Speaker"));
        await Expect(page.Locator(".result-count")).ToContainTextAsync("sorted by speaker, A to Z");
        var speakers = (await page.Locator("tbody tr td:nth-child(2)").AllTextContentsAsync()).Select(s => s.Trim()).Where(s => s != "—").ToList();
        Assert.True(speakers.Count > 5);
        Assert.Equal(speakers.Order(StringComparer.Ordinal).ToList(), speakers);

        await page.GetByRole(AriaRole.Columnheader, new() { Name = "Stance" }).GetByText("Stance").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=Stance"));
        await Expect(page.Locator("tbody tr").First).ToContainTextAsync("withdrawing"); // most negative first
    }
}
