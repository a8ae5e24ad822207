using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>Two colleagues in two browsers: what one decides, the other sees without reloading.</summary>
[Collection(SampleDashboardEditsGroup.Name)]
public sealed class LiveAnnotationTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    private async Task<IPage> ColleagueAsync(string name, string view = "/contradictions?kind=hedge")
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync(view);
        await Annotate.SignAsync(page, name);
        return page;
    }

    [Fact]
    public async Task A_verdict_and_a_note_appear_in_the_other_browser_without_a_reload()
    {
        var ana = await ColleagueAsync("Ana");
        var ben = await ColleagueAsync("Ben <b>bold</b>");
        await ben.MarkDocumentAsync();
        var anaCard = ana.Locator("article.contradiction").First;
        var benCard = ben.Locator("article.contradiction").First;

        await anaCard.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(benCard.Locator(".verdict-state")).ToHaveTextAsync("confirmed", new() { Timeout = LiveWaitMilliseconds });

        const string note = "<script>window.__injected = 1</script> Hedge, not a reversal: check the date.";
        await Annotate.OpenFindingAsync(anaCard);
        await Annotate.OpenNoteFieldsAsync(benCard);
        await benCard.GetByPlaceholder("Add a note…").FillAsync(note);
        await benCard.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();

        await Expect(anaCard.GetByRole(AriaRole.List, new() { Name = "Notes" })).ToContainTextAsync(note, new() { Timeout = LiveWaitMilliseconds });
        await Expect(anaCard.GetByRole(AriaRole.List, new() { Name = "Notes" })).ToContainTextAsync("Ben <b>bold</b>:");
        Assert.Equal(0, await ana.Locator(".notes b, .notes script").CountAsync());
        Assert.True(await ben.IsSameDocumentAsync());
        Assert.Null(await ana.EvaluateAsync<int?>("() => window.__injected ?? null"));

        // The annotations list shows it and the exports carry it, with formulas neutralised for spreadsheets.
        await benCard.GetByPlaceholder("Add a note…").FillAsync("=HYPERLINK(\"http://example.invalid\")");
        await benCard.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(benCard.GetByRole(AriaRole.List, new() { Name = "Notes" })).ToContainTextAsync("=HYPERLINK");
        var csv = await (await ana.APIRequest.GetAsync("/annotations/export.csv")).TextAsync();
        Assert.Contains("Hedge, not a reversal", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\"", csv, StringComparison.Ordinal);
        var json = await (await ana.APIRequest.GetAsync("/annotations/export.json")).TextAsync();
        Assert.Contains("\"verdict\": \"confirmed\"", json, StringComparison.Ordinal);
        await ana.GotoAsync("/annotations?kind=note");
        await Expect(ana.GetByRole(AriaRole.Table)).ToContainTextAsync("Hedge, not a reversal");

        // The name is remembered in the browser.
        await ana.OpenInteractiveAsync("/contradictions");
        await Expect(ana.GetByText("Annotating as Ana")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Two_people_editing_one_note_the_second_sees_both_versions_and_nothing_is_lost()
    {
        var ana = await ColleagueAsync("Ana", "/contradictions?kind=reversal");
        var ben = await ColleagueAsync("Ben", "/contradictions?kind=reversal");
        var anaCard = ana.Locator("article.contradiction").Nth(1);
        var benCard = ben.Locator("article.contradiction").Nth(1);
        await Annotate.OpenFindingAsync(benCard);
        await Annotate.OpenNoteFieldsAsync(anaCard);
        await anaCard.GetByPlaceholder("Add a note…").FillAsync("Original wording of the note");
        await anaCard.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(benCard.GetByRole(AriaRole.List, new() { Name = "Notes" })).ToContainTextAsync("Original wording of the note");

        await anaCard.GetByRole(AriaRole.Button, new() { Name = "Edit the note by Ana" }).ClickAsync();
        await benCard.GetByRole(AriaRole.Button, new() { Name = "Edit the note by Ana" }).ClickAsync();
        await anaCard.GetByLabel("Edit the note by Ana").FillAsync("Ana's wording");
        await anaCard.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        // Ana's save has reached the server before Ben saves (a click returns before its round trip).
        await Expect(anaCard.GetByRole(AriaRole.List, new() { Name = "Notes" })).ToContainTextAsync("Ana: Ana's wording");
        await benCard.GetByLabel("Edit the note by Ana").FillAsync("Ben's wording");
        await benCard.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var conflict = benCard.Locator(".conflict");
        await Expect(conflict).ToContainTextAsync("Ana saved this note while you were editing it.");
        await Expect(conflict.Locator(".conflict-theirs")).ToHaveTextAsync("Ana's wording");
        await Expect(conflict.Locator(".conflict-yours")).ToHaveTextAsync("Ben's wording");

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Keep mine" }).ClickAsync();

        // Ana wrote it and stays its author; Ben is shown as its editor.
        await Expect(anaCard.GetByRole(AriaRole.List, new() { Name = "Notes" })).ToContainTextAsync("Ana: Ben's wording (edited by Ben)", new() { Timeout = LiveWaitMilliseconds });

        await anaCard.GetByRole(AriaRole.Button, new() { Name = "Delete the note by Ana" }).ClickAsync();
        await Expect(benCard.GetByText("Ben's wording")).ToHaveCountAsync(0, new() { Timeout = LiveWaitMilliseconds });
    }
}
