using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>axe-core on every page, in light and dark themes: no serious or critical violations.</summary>
[Collection(SampleDashboardGroup.Name)]
public sealed class AccessibilityTests(SampleDashboard dashboard)
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        string[] paths = ["/", "/matrix", "/sources", "/contradictions", "/statements", "/documents", "/documents/1", "/annotations", "/briefing", "/sources?first=1&second=2", "/import", "/audit", "/accounts", "/gazetteer", "/no-such-page"];
        foreach (var path in paths)
        {
            data.Add(path, ColorScheme.Light);
            data.Add(path, ColorScheme.Dark);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_axe_violations(string path, ColorScheme scheme)
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl, scheme);
        await page.OpenInteractiveAsync(path);

        await Axe.AssertAccessibleAsync(page, $"{path} ({scheme})");
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
