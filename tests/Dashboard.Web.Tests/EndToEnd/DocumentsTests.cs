using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

[Collection(SampleDashboardGroup.Name)]
public sealed class DocumentsTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    [Fact]
    public async Task Lists_every_sample_document_by_file_name()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");

        var table = page.GetByRole(AriaRole.Table);
        var rowHeaders = table.GetByRole(AriaRole.Rowheader);

        await Expect(rowHeaders).ToHaveTextAsync(TestPaths.SampleFileNames.ToArray());
        await Expect(table.Locator("caption")).ToHaveTextAsync($"{TestPaths.SampleFileNames.Count} documents");
    }

    [Fact]
    public async Task Opens_a_document_and_shows_its_raw_text()
    {
        var name = TestPaths.SampleFileNames[^1];
        var raw = await File.ReadAllTextAsync(Path.Combine(TestPaths.SampleArticles, name));
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");

        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToContainTextAsync(name);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToBeEmptyAsync();
        var text = await page.Locator(".document-text").TextContentAsync();
        Assert.Equal(raw.ReplaceLineEndings("\n"), text?.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_unknown_document_says_so_and_links_back()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents/999999");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Document not found", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Back to the documents" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Documents", Level = 1 })).ToBeVisibleAsync();
    }
}
