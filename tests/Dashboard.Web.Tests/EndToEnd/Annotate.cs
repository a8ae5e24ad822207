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
}
