using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Synthetic;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>A corpus with many findings (500 generated articles give about 75): the list is shown a page of 25 at a time.</summary>
[Collection(SampleDashboardGroup.Name)]
public sealed class ContradictionPagesTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    private readonly string folder = DashboardApp.NewFolder();
    private DashboardApp? app;

    public override async Task InitializeAsync()
    {
        var articles = Directory.CreateDirectory(Path.Combine(folder, "articles")).FullName;
        var gazetteer = GazetteerLoader.LoadFile(TestPaths.Gazetteer);
        foreach (var article in new CorpusGenerator(gazetteer).Generate(500, seed: 11))
        {
            await File.WriteAllTextAsync(Path.Combine(articles, article.FileName), article.Text);
        }

        app = await DashboardApp.StartAsync(folder, $"--Dashboard:SampleArticles={articles}");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (app is not null)
        {
            await app.StopAsync();
        }

        DashboardApp.DeleteFolder(folder);
    }

    [Fact]
    public async Task A_long_list_is_paged_and_a_page_out_of_range_shows_the_nearest()
    {
        var page = await dashboard.Browser.NewPageAsync(app!.BaseUrl);
        await page.OpenInteractiveAsync("/contradictions");

        var count = page.Locator(".result-count");
        await Expect(count).ToHaveTextAsync(new Regex(@"^\d+ contradictions.*, page 1 of (\d+)\.$"));
        var pages = int.Parse(Regex.Match(await count.TextContentAsync() ?? "", @"of (\d+)\.$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pages >= 2, await count.TextContentAsync());
        var items = page.Locator("ol.contradiction-list > li");
        await Expect(items).ToHaveCountAsync(25);
        var first = await items.First.Locator("h2").TextContentAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]page=2\b"));
        await Expect(count).ToHaveTextAsync(new Regex($@", page 2 of {pages}\.$"));
        await Expect(page.Locator("ol.contradiction-list")).ToHaveAttributeAsync("start", "26");
        Assert.NotEqual(first, await items.First.Locator("h2").TextContentAsync());

        // Another kind starts again at page 1; a page beyond the end shows the last; nonsense shows the first.
        await page.GetByRole(AriaRole.Link, new() { Name = "Reversals" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex(@"page="));
        await page.OpenInteractiveAsync("/contradictions?page=99999");
        await Expect(count).ToHaveTextAsync(new Regex($@", page {pages} of {pages}\.$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Next page" })).ToHaveAttributeAsync("aria-disabled", "true");
        await page.OpenInteractiveAsync("/contradictions?page=%3Cscript%3E");
        await Expect(count).ToHaveTextAsync(new Regex($@", page 1 of {pages}\.$"));
    }
}
