using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>Steps a person takes before annotating, shared by the annotation tests.</summary>
internal static class Annotate
{
    /// <summary>Gives the display name once (the browser remembers it afterwards).</summary>
    public static async Task SignAsync(IPage page, string name)
    {
        var nameBox = page.GetByLabel("Your name (shown with your notes)");
        await Expect(nameBox.Or(page.GetByText("Annotating as ")).First).ToBeVisibleAsync();
        if (await nameBox.IsVisibleAsync())
        {
            await nameBox.FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();
        }

        await Expect(page.GetByText($"Annotating as {name}").First).ToBeVisibleAsync();
    }

    /// <summary>Opens a finding's row to its quotes, timeline and notes (nothing when it is open already).</summary>
    public static async Task OpenFindingAsync(ILocator card)
    {
        var toggle = card.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(Quotes and notes|Hide the quotes)") });
        await ClickUntilShownAsync(toggle, card.Locator(".finding-side").First);
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
    }

    /// <summary>Unfolds the note fields of a list item that keeps them folded (a finding's row, opened first).</summary>
    public static async Task OpenNoteFieldsAsync(ILocator item)
    {
        if (await item.Locator(".finding-details").CountAsync() > 0)
        {
            await OpenFindingAsync(item);
        }

        await ClickUntilShownAsync(item.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Write a note") }), item.GetByPlaceholder("Add a note…"));
    }

    /// <summary>
    /// Clicks until what the click shows is there (nothing when it is already), as a person would: a click that lands
    /// while the view re-renders (a colleague's change, a loaded server) reaches no handler and is lost.
    /// </summary>
    public static async Task ClickUntilShownAsync(ILocator button, ILocator shown)
    {
        for (var attempt = 1; attempt < 5 && !await shown.IsVisibleAsync(); attempt++)
        {
            await button.ClickAsync();
            try
            {
                await Expect(shown).ToBeVisibleAsync(new() { Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                // Not shown: the click was lost; the loop clicks again.
            }
        }

        await Expect(shown).ToBeVisibleAsync();
    }
}
