using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>axe-core on every page, in light and dark themes: no serious or critical violations.</summary>
[Collection(SampleDashboardAxeGroup.Name)]
public sealed class AccessibilityTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    public static TheoryData<string> Pages() =>
        new("/", "/matrix", "/sources", "/contradictions", "/statements", "/documents", "/documents/1", "/annotations", "/briefing", "/sources?first=1&second=2", "/import", "/audit", "/feeds", "/accounts", "/gazetteer", "/no-such-page");

    /// <summary>
    /// One page for both themes: light first (every rule), then dark through the page's own switch, as
    /// a person turns it on (the colour rules). The theme is the root's data-theme alone (no stylesheet reads the system
    /// preference), so this is the page a dark first paint shows; that first paint is ShellTests'.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_axe_violations_in_light_and_dark(string path)
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl, ColorScheme.Light);
        // The Content-Security-Policy must hold for everything the page loads and runs (MudBlazor,
        // plotly.js, our modules), and nothing may fail in the console.
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(path == "/no-such-page" && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));");
        await page.OpenInteractiveAsync(path);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await Axe.AssertAccessibleAsync(page, $"{path} (light)");

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        // The structure was scanned in light; the dark theme changes colours only.
        await Axe.AssertAccessibleAsync(page, $"{path} (dark)", Axe.ColourRules);

        problems.AddRange(await page.EvaluateAsync<string[]>("() => (window.__csp || []).map(v => 'policy: ' + v)"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_set_up_form_has_no_serious_or_critical_axe_violations(ColorScheme scheme)
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl, scheme);
        await page.GotoAsync("/setup"); // a plain form: no circuit to wait for

        await Axe.AssertAccessibleAsync(page, $"/setup ({scheme})");
    }
}
