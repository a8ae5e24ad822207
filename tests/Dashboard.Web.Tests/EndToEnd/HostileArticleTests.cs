using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>Article text is shown as text: markup in an article never becomes markup in the page.</summary>
[Collection(SampleDashboardEditsGroup.Name)]
public sealed class HostileArticleTests(SampleDashboard dashboard, HostileArticleTests.HostileCorpus corpus) : BrowserTest(dashboard.Browser), IClassFixture<HostileArticleTests.HostileCorpus>
{
    private const string Hostile =
        "Roscosmos said <script>window.__injected = 'script';</script> it was ready.\n" +
        "<img src=\"x\" onerror=\"window.__injected = 'img'\"> <b>not bold</b> '); DROP TABLE Documents;--\n";

    // A name that is markup too (no '/', so it is a valid file name).
    private const string HostileFileName = "<img src=x onerror=\"window.__injected='name'\">.txt";

    // An agency whose gazetteer name is markup, quoted on a program: its matrix row and cell are drawn by a module.
    private const string HostileAgency = "<b>Bold</b> <img src=x onerror=\"window.__injected='agency'\"> Agency";

    private const string AgencyArticle =
        "title: Hostile Space Agency joins Artemis\noutlet: Space Wire\ndate: 2024-02-01\n\n" +
        "\"We are ready to join the Artemis program and will sign the agreement this year,\" the Hostile Space Agency said in a statement on Thursday.\n\n" +
        "\"We will <a href='https://evil.example'>join</a> the Artemis program with <b>pride</b>,\" the Hostile Space Agency said on Friday.\n";

    [Fact]
    public async Task Markup_in_an_article_and_its_file_name_is_shown_as_text_and_never_runs()
    {
        var page = await dashboard.Browser.NewPageAsync(corpus.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");

        await page.GetByRole(AriaRole.Link, new() { Name = HostileFileName }).ClickAsync();

        var text = page.Locator(".document-text");
        await Expect(text).ToHaveTextAsync(Hostile);
        Assert.Equal(0, await text.Locator("script, img, b").CountAsync());
        Assert.Equal(0, await page.Locator("main b").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__injected ?? null"));
    }

    [Fact]
    public async Task Markup_in_an_agency_name_is_shown_as_text_in_the_matrix_and_never_runs()
    {
        var page = await dashboard.Browser.NewPageAsync(corpus.App.BaseUrl);
        await page.OpenInteractiveAsync("/matrix");

        var table = page.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = HostileAgency })).ToHaveTextAsync(HostileAgency);
        var cell = table.GetByRole(AriaRole.Button, new() { Name = $"{HostileAgency} on Artemis" });
        await cell.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{HostileAgency} on Artemis" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main b, main img").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__injected ?? null"));
    }

    [Fact]
    public async Task Markup_in_a_quote_or_a_name_is_text_in_the_charts_hover_labels_and_legend()
    {
        var page = await dashboard.Browser.NewPageAsync(corpus.App.BaseUrl);
        await page.OpenInteractiveAsync("/");
        var chart = page.Locator(".chart-host");
        await Expect(chart.Locator(".legend")).ToBeVisibleAsync();

        // Hover every point of every trace, as a mouse would, and read what plotly drew.
        var drawn = await page.EvaluateAsync<string[]>("""
            () => {
                const gd = document.querySelector('.chart-host .js-plotly-plot');
                const found = [];
                gd.data.forEach((trace, curve) => trace.x.forEach((_, point) => {
                    Plotly.Fx.hover(gd, [{ curveNumber: curve, pointNumber: point }]);
                    const layer = gd.querySelector('.hoverlayer');
                    found.push(layer.querySelectorAll('a').length + '|' + layer.textContent);
                }));
                const legend = gd.querySelector('.legend');
                found.push(legend.querySelectorAll('a, tspan[style*="bold"]').length + '|' + legend.textContent);
                return found;
            }
            """);

        Assert.All(drawn, d => Assert.StartsWith("0|", d, StringComparison.Ordinal)); // no link, no bold anywhere
        Assert.Contains(drawn, d => d.Contains("<a href='https://evil.example'>join</a>", StringComparison.Ordinal));
        Assert.Contains(drawn, d => d.Contains("<b>Bold</b>", StringComparison.Ordinal));
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__injected ?? null"));
    }

    /// <summary>One app for the class, on the hostile articles and gazetteer; the tests only read it.</summary>
    public sealed class HostileCorpus : IAsyncLifetime
    {
        private readonly string folder = DashboardApp.NewFolder();
        private DashboardApp? app;

        public DashboardApp App => app ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync()
        {
            var articles = Directory.CreateDirectory(Path.Combine(folder, "articles")).FullName;
            await File.WriteAllTextAsync(Path.Combine(articles, HostileFileName), Hostile);
            await File.WriteAllTextAsync(Path.Combine(articles, "agency.txt"), AgencyArticle);
            var gazetteer = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(TestPaths.Gazetteer))!;
            gazetteer["actors"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
            {
                ["name"] = HostileAgency, ["kind"] = "agency", ["country"] = "Nowhere", ["aliases"] = new System.Text.Json.Nodes.JsonArray("Hostile Space Agency"),
            });
            var gazetteerFile = Path.Combine(folder, "gazetteer.json");
            await File.WriteAllTextAsync(gazetteerFile, gazetteer.ToJsonString());
            app = await DashboardApp.StartAsync(folder, $"--Dashboard:SampleArticles={articles}", $"--Dashboard:Gazetteer={gazetteerFile}");
        }

        public async Task DisposeAsync()
        {
            if (app is not null)
            {
                await app.StopAsync();
            }

            DashboardApp.DeleteFolder(folder);
        }
    }
}
