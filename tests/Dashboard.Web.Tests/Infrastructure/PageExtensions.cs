using Microsoft.Playwright;

namespace Dashboard.Web.Tests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Opens a path and waits until the Blazor circuit is connected, so clicks reach the server.</summary>
    public static async Task OpenInteractiveAsync(this IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(path);
        await page.Locator(".app-shell[data-interactive='true']").WaitForAsync();
    }
}
