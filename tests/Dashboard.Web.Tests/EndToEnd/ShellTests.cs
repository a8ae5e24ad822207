using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

[Collection(SampleDashboardGroup.Name)]
public sealed class ShellTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    /// <summary>Each link of the main navigation and the heading of the view it opens, Overview last (the page starts there).</summary>
    private static readonly (string Link, string Heading)[] Views =
    [
        ("Matrix", "Stance matrix"),
        ("Sources", "Sources"),
        ("Contradictions", "Contradictions"),
        ("Statements", "Statements"),
        ("Documents", "Documents"),
        ("Annotations", "Annotations"),
        ("Briefing", "Briefing"),
        ("Overview", "Overview"),
    ];

    [Fact]
    public async Task Shows_the_product_name_and_navigation_to_every_view()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Briefing Dashboard" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var (label, _) in Views)
        {
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = label, Exact = true })).ToBeVisibleAsync();
        }

        await Expect(page).ToHaveTitleAsync("Overview · Briefing Dashboard");
        await Expect(page.GetByText("Single-user mode: no login")).ToBeVisibleAsync();
    }

    /// <summary>One circuit walks the whole navigation: every view opens inside it, with no page load between them.</summary>
    [Fact]
    public async Task Each_navigation_link_opens_its_view_inside_the_running_circuit()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/");
        // A page load would start a new document and lose this mark.
        await page.MarkDocumentAsync();
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        foreach (var (link, heading) in Views)
        {
            await navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
            Assert.True(await page.IsSameDocumentAsync(), $"{link} was opened by a page load, not inside the circuit");
        }
    }

    [Fact]
    public async Task A_link_clicked_before_the_circuit_is_up_still_opens_its_view()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        // The circuit cannot start until the link has been clicked: its negotiation waits for the click.
        // (links.js makes such a click a plain page load; a loaded machine once lost one.)
        var clicked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await clicked.Task.WaitAsync(TimeSpan.FromSeconds(30));
            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // the page it was for has gone: the click loaded the next one
            }
        });
        await page.GotoAsync("/documents");
        Assert.Equal(0, await page.Locator(".app-shell[data-interactive='true']").CountAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Matrix", Exact = true }).ClickAsync();
        clicked.SetResult();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/matrix$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stance matrix", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Rowheader).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_theme_switch_changes_the_page_through_the_circuit_and_is_remembered()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
        var html = page.Locator("html");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(html).ToHaveAttributeAsync("data-theme", "light");

        await toggle.ClickAsync();

        // aria-pressed is rendered by the server component: it changes only if the click went
        // through the SignalR circuit and the render came back.
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");

        await page.ReloadAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        await page.Locator(".app-shell[data-interactive='true']").WaitForAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");

        await toggle.ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "light");
    }

    [Fact]
    public async Task Without_a_remembered_choice_the_system_colour_scheme_is_followed()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl, ColorScheme.Dark);
        await page.OpenInteractiveAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" })).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });

        var firstStop = await page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').textContent.trim()");
        Assert.Equal("Skip to content", firstStop);

        // A render that lands after the page turns interactive may move focus to the heading (as navigation does) and so hide
        // the link again: focus it until it keeps the focus, then check that the focus shows it.
        await page.WaitForFunctionAsync("() => { const a = document.querySelector('a.skip-link'); if (document.activeElement !== a) a.focus(); return document.activeElement === a; }");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#main")).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new Uri(dashboard.App.BaseUrl, "documents").ToString());
    }

    [Fact]
    public async Task The_overview_card_counts_the_documents_and_opens_them()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/");
        var card = page.GetByRole(AriaRole.Link, new() { Name = "Documents" }).Filter(new() { HasText = "articles in the corpus" });

        await Expect(card).ToContainTextAsync(TestPaths.SampleFileNames.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await card.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(dashboard.App.BaseUrl, "documents").ToString());
    }
}
