using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>Article text is shown as text: markup in an article never becomes markup in the page.</summary>
[Collection(SampleDashboardGroup.Name)]
public sealed class HostileArticleTests(SampleDashboard dashboard) : IAsyncLifetime
{
    private const string Hostile =
        "Roscosmos said <script>window.__injected = 'script';</script> it was ready.\n" +
        "<img src=\"x\" onerror=\"window.__injected = 'img'\"> <b>not bold</b> '); DROP TABLE Documents;--\n";

    // A name that is markup too (no '/', so it is a valid file name).
    private const string HostileFileName = "<img src=x onerror=\"window.__injected='name'\">.txt";

    private readonly string folder = DashboardApp.NewFolder();
    private DashboardApp? app;

    public async Task InitializeAsync()
    {
        var articles = Directory.CreateDirectory(Path.Combine(folder, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(articles, HostileFileName), Hostile);
        app = await DashboardApp.StartAsync(folder, $"--Dashboard:SampleArticles={articles}");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
        }

        DashboardApp.DeleteFolder(folder);
    }

    [Fact]
    public async Task Markup_in_an_article_and_its_file_name_is_shown_as_text_and_never_runs()
    {
        var page = await dashboard.Browser.NewPageAsync(app!.BaseUrl);
        await page.OpenInteractiveAsync("/documents");

        await page.GetByRole(AriaRole.Link, new() { Name = HostileFileName }).ClickAsync();

        var text = page.Locator(".document-text");
        await Expect(text).ToHaveTextAsync(Hostile);
        Assert.Equal(0, await text.Locator("script, img, b").CountAsync());
        Assert.Equal(0, await page.Locator("main b").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__injected ?? null"));
    }
}
