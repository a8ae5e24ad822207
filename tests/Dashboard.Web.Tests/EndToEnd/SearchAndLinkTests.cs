using System.Text.RegularExpressions;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>What works from every view: the search on Ctrl+K or "/", and copying the view's link.</summary>
[Collection(SampleDashboardGroup.Name)]
public sealed class SearchAndLinkTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    [Fact]
    public async Task Ctrl_K_searches_every_kind_and_Enter_opens_the_first_result()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/matrix");

        await page.Keyboard.PressAsync("Control+k");
        var dialog = page.GetByRole(AriaRole.Dialog);
        var field = dialog.GetByRole(AriaRole.Searchbox, new() { Name = "Search actors, programs, articles and statements" });
        await Expect(field).ToBeFocusedAsync();
        await field.FillAsync("rogoz");
        var results = dialog.GetByRole(AriaRole.Region, new() { Name = "Search results" });
        await Expect(results.GetByRole(AriaRole.Heading, new() { Name = "Statements" })).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Every statement with these words" })).ToHaveAttributeAsync("href", "statements?q=rogoz");

        await field.FillAsync("ros");
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Roscosmos", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(page, "the search with its results");
        await field.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/statements\?actor=Roscosmos$"));
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator(".app-shell[data-interactive='true']")).ToHaveCountAsync(1); // the same circuit
    }

    [Fact]
    public async Task Slash_opens_the_search_but_types_a_slash_inside_a_field_and_hostile_text_is_only_text()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/statements");
        await page.OpenFiltersAsync();
        var words = page.GetByRole(AriaRole.Searchbox, new() { Name = "Words" });
        await words.FocusAsync();
        await page.Keyboard.PressAsync("/");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(words).ToHaveValueAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=%2F")); // the field's own search, applied after its pause

        await page.Locator("main").FocusAsync();
        await page.Keyboard.PressAsync("/");
        var dialog = page.GetByRole(AriaRole.Dialog);
        var field = dialog.GetByRole(AriaRole.Searchbox);
        await Expect(field).ToBeFocusedAsync();

        await field.FillAsync("<script>window.hacked=1</script> '); DROP TABLE Statements;--");
        await Expect(dialog.GetByText("Nothing matches “<script>window.hacked=1</script> '); DROP TABLE Statements;--”.")).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<int?>("() => window.hacked"));
        await field.FillAsync(new string('x', 10_000));
        await Expect(dialog.GetByText("Nothing matches")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await page.OpenInteractiveAsync("/statements");
        await Expect(page.Locator(".result-count")).Not.ToContainTextAsync("0 statements"); // nothing was dropped
    }

    [Fact]
    public async Task Copy_link_puts_the_address_of_the_filtered_view_on_the_clipboard()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.OpenInteractiveAsync("/matrix?actor=Roscosmos");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();

        await Expect(page.GetByText("Link to this view copied.")).ToBeVisibleAsync();
        Assert.Equal(new Uri(dashboard.App.BaseUrl, "/matrix?actor=Roscosmos").ToString(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task A_finding_opens_to_the_timeline_it_sits_in_with_its_runs_shaded_and_its_pair_ringed()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/contradictions?kind=reversal");
        var card = page.Locator("article.contradiction").First;
        var toggle = card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Quotes and notes") });
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(card.Locator(".chart-host")).ToHaveCountAsync(0);

        await toggle.ClickAsync();

        await Expect(card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Hide the quotes") })).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(card.Locator(".chart-host .main-svg").First).ToBeVisibleAsync();
        await Expect(card.Locator("figure.chart")).ToHaveAttributeAsync("aria-label", new Regex("two periods are shaded, its clearest pair of statements ringed"));
        var rows = card.Locator(".chart-table tbody tr");
        Assert.True(await rows.CountAsync() >= 2);
        await Expect(card.Locator(".chart-table tbody td", new() { HasTextRegex = new Regex(@"\(this finding\)$") })).ToHaveCountAsync(2);
        await Expect(card.Locator(".legendtext", new() { HasText = "This finding" })).ToHaveCountAsync(1);
        await Expect(card.Locator(".shapelayer path, .layer-below .shapelayer path").First).ToBeAttachedAsync(); // the runs' bands
        await Axe.AssertAccessibleAsync(page, "a contradiction with its timeline open");

        await card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Hide the quotes") }).ClickAsync();
        await Expect(card.Locator("figure.chart")).ToHaveCountAsync(0);
    }
}
