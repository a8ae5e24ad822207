using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dashboard.Web.Tests.Infrastructure;

public static class Axe
{
    /// <summary>Runs axe-core on the page as it is now (panels opened by the caller included): no serious or critical violations.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        var blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(blocking.Count == 0, $"axe on {what}:\n" + string.Join("\n", blocking));
    }
}
