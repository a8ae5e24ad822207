using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>Editing the gazetteer in the browser: checked, saved as a version, then re-analysis on offer. Its own app, so the shared corpus is untouched.</summary>
[Collection(SampleDashboardEditsGroup.Name)]
public sealed class GazetteerTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    private DashboardApp? app;

    public override async Task InitializeAsync() => app = await DashboardApp.StartAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (app is not null)
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task A_broken_edit_is_refused_with_its_line_and_a_valid_one_is_saved_with_its_changes_and_reanalysed()
    {
        var page = await dashboard.Browser.NewPageAsync(app!.BaseUrl);
        await page.OpenInteractiveAsync("/documents");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gazetteer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gazetteer", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".gazetteer-in-use")).ToContainTextAsync("the shipped gazetteer");
        var editor = page.GetByLabel("Gazetteer (JSON)");
        var shipped = await editor.InputValueAsync();

        await EditAsync(page, editor, shipped.Replace("\"kind\": \"agency\"", "\"kind\": \"space club\"", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Locator(".gazetteer-errors")).ToContainTextAsync("line 3: actor \"NASA\" has kind \"space club\"");
        await Expect(page.GetByRole(AriaRole.Row)).ToContainTextAsync(["shipped (in use)"]);

        await EditAsync(page, editor, shipped.Replace("\"actors\": [", "\"actors\": [\n    { \"name\": \"Lunar Mining Authority\", \"kind\": \"agency\", \"country\": \"Luxembourg\", \"aliases\": [\"Lunar Mining Authority\"] },", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Expect(page.Locator(".gazetteer-result")).ToHaveTextAsync("Valid. Changes: added actor Lunar Mining Authority.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(page.Locator(".gazetteer-result")).ToHaveTextAsync("Saved. Changes: added actor Lunar Mining Authority.");
        await Expect(page.Locator(".gazetteer-in-use")).ToContainTextAsync("version 1");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "1 (in use)" })).ToContainTextAsync("added actor Lunar Mining Authority");
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-analyse all documents" }).ClickAsync();
        await Expect(page.Locator(".reanalysis-status")).ToContainTextAsync("Re-analysed 5 documents", new() { Timeout = ImportTests.ImportWaitMilliseconds }); // a background job, and the first analysis with the edited gazetteer: it builds the patterns anew

        await page.GetByRole(AriaRole.Button, new() { Name = "Load into the editor the shipped gazetteer" }).ClickAsync();
        await Expect(editor).ToHaveValueAsync(shipped);
        await Axe.AssertAccessibleAsync(page, "the gazetteer after a save");
    }

    /// <summary>
    /// Types the new text and waits until the server has it (the editor's character count follows), as a
    /// person sees before reaching for Save. Under load a click right after the box lost focus once reached
    /// the server before the text did, and the save found nothing changed.
    /// </summary>
    /// <remarks>
    /// A text filled while the page that was just navigated to was still attaching its handlers once never reached the server
    /// at all (the count stayed at the shipped size for 30 s, one loaded run in six): then it is typed once more.
    /// </remarks>
    private static async Task EditAsync(IPage page, ILocator editor, string text)
    {
        var expected = $"{text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} of at most";
        for (var attempt = 0; ; attempt++)
        {
            await editor.FillAsync(text);
            await editor.BlurAsync();
            try
            {
                await Expect(page.Locator("#gazetteer-size")).ToContainTextAsync(expected, new() { Timeout = attempt == 0 ? 10_000 : 30_000 });
                return;
            }
            catch (PlaywrightException) when (attempt == 0)
            {
            }
        }
    }
}
