using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

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

    /// <summary>Marks the page's document, so <see cref="IsSameDocumentAsync"/> can tell later that it was never reloaded.</summary>
    public static Task MarkDocumentAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync("() => window.__sameDocument = true");
    }

    /// <summary>Whether the page still shows the document <see cref="MarkDocumentAsync"/> marked: what changed came through the circuit, not a page load.</summary>
    public static Task<bool> IsSameDocumentAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<bool>("() => window.__sameDocument === true");
    }

    /// <summary>Picks an option of a MudBlazor select as a person does: open its list, click the option.</summary>
    public static async Task ChooseAsync(this ILocator select, string option)
    {
        ArgumentNullException.ThrowIfNull(select);
        await select.ClickAsync();
        var listed = select.Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await listed.ClickAsync();
        await Expect(listed).ToBeHiddenAsync(); // the list closed: the choice reached the circuit
    }

    /// <summary>Opens the filter bar's fields (folded by default).</summary>
    public static async Task OpenFiltersAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Filters", Exact = true });
        if (await toggle.GetAttributeAsync("aria-expanded") != "true")
        {
            await toggle.ClickAsync();
        }

        await Expect(page.GetByLabel("Words")).ToBeVisibleAsync();
    }
}
