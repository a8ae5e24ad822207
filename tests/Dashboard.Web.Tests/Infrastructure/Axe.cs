using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dashboard.Web.Tests.Infrastructure;

public static class Axe
{
    /// <summary>
    /// The rules whose outcome depends on the colours: all a second theme can change. Scanning the
    /// second theme with these alone takes a fraction of a full scan.
    /// </summary>
    public static readonly IReadOnlyList<string> ColourRules = ["color-contrast", "link-in-text-block"];

    /// <summary>Runs axe-core on the page as it is now (panels opened by the caller included): no serious or critical violations.</summary>
    /// <param name="rules">Only these rules; every rule when null.</param>
    public static async Task AssertAccessibleAsync(IPage page, string what, IReadOnlyList<string>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = rules is null
            ? await page.RunAxe()
            : await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = [.. rules] } });
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"axe on {what}:\n" + string.Join("\n", blocking));
    }
}
