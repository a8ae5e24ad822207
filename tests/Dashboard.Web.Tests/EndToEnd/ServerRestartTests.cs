using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>The server goes away mid-meeting and comes back on the same address and database.</summary>
[Collection(SampleDashboardEditsGroup.Name)]
public sealed class ServerRestartTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    [Fact]
    public async Task After_a_server_restart_the_view_recovers_and_an_unsaved_note_draft_is_still_there()
    {
        var folder = DashboardApp.NewFolder();
        try
        {
            var address = $"http://127.0.0.1:{LoopbackPort.Free()}";
            await DashboardApp.CopySampleDatabaseAsync(folder); // a restart is the subject, not a first import
            var first = await DashboardApp.StartAsync(folder, "--urls", address);
            var page = await dashboard.Browser.NewPageAsync(first.BaseUrl);
            await page.OpenInteractiveAsync("/contradictions");
            await Annotate.SignAsync(page, "Ana");
            const string draft = "Half-written: the 2021 quote contradicts the <b>2023</b> one";
            await Annotate.OpenNoteFieldsAsync(page.Locator("article.contradiction").First);
            // Filled at once: keystroke by keystroke, a loaded server's late echo of the bound value once dropped a space.
            await page.Locator("article.contradiction").First.GetByPlaceholder("Add a note…").FillAsync(draft);

            await page.EvaluateAsync("() => window.__beforeRestart = true");
            // The longest wait the dialog announces between attempts, kept where the reload after reconnecting can read it.
            await page.EvaluateAsync("""
                () => {
                    const countdown = document.getElementById("components-seconds-to-next-attempt");
                    new MutationObserver(() => {
                        const seconds = Number(countdown.textContent) || 0;
                        sessionStorage.setItem("longestWait", String(Math.max(seconds, Number(sessionStorage.getItem("longestWait")) || 0)));
                    }).observe(countdown, { childList: true, characterData: true, subtree: true });
                }
                """);
            await first.DisposeAsync(); // the process is killed: the circuit and its state are gone

            // Our reconnection dialog (not Blazor's default banner) says so while the server is away.
            var lost = page.GetByRole(AriaRole.Dialog, new() { Name = "Connection to the dashboard lost" });
            await Expect(lost).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Axe.AssertAccessibleAsync(page, "the reconnection dialog");
            await using var second = await DashboardApp.StartAsync(folder, "--urls", address);

            // The page reconnects to the new server (a reload: the old circuit cannot be resumed) and is live again.
            await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new() { Timeout = 60_000 });
            await Expect(page.Locator(".app-shell[data-interactive='true']")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contradictions", Level = 1 })).ToBeVisibleAsync();
            // At a meeting's pace (js/start.js): attempts 3 s apart, not Blazor's default 5 s and then 30 s.
            var longestWait = await page.EvaluateAsync<string?>("() => sessionStorage.getItem('longestWait')");
            Assert.InRange(int.Parse(longestWait ?? "0", System.Globalization.CultureInfo.InvariantCulture), 1, 3);
            // The reloaded page shows findings folded; the half-written note is there when the finding is opened again.
            await Annotate.OpenFindingAsync(page.Locator("article.contradiction").First);
            var box = page.Locator("article.contradiction").First.GetByPlaceholder("Add a note…");
            await Expect(box).ToHaveValueAsync(draft, new() { Timeout = 30_000 });

            // And it can be saved now. (A click that lands while the reloaded card renders its draft was once lost: a person clicks again.)
            var saved = page.Locator("article.contradiction").First.Locator(".note-body");
            await Annotate.ClickUntilShownAsync(page.Locator("article.contradiction").First.GetByRole(AriaRole.Button, new() { Name = "Add note" }), saved);
            await Expect(saved).ToHaveTextAsync(draft);
            await Expect(box).ToBeHiddenAsync(); // saved: the card folds its note fields again
        }
        finally
        {
            DashboardApp.DeleteFolder(folder);
        }
    }
}
