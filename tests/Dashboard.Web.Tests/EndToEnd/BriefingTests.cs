using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>Pinning items from the views and presenting them one per screen.</summary>
[Collection(SampleDashboardGroup.Name)]
public sealed class BriefingTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    [Fact]
    public async Task Pinned_items_are_presented_one_per_screen_with_arrow_keys_their_notes_and_a_printable_handout()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.SetViewportSizeAsync(1920, 1080); // the projector
        await UnpinEverythingAsync(page);

        // A matrix cell.
        await page.OpenInteractiveAsync("/matrix?actor=Roscosmos");
        await page.Locator("td button.cell-button").First.ClickAsync();
        var panel = page.Locator("section.evidence-panel");
        await Annotate.SignAsync(page, "Ana");
        var cellTitle = (await panel.GetByRole(AriaRole.Heading, new() { Level = 2 }).TextContentAsync())!.Trim();
        await panel.GetByRole(AriaRole.Button, new() { Name = $"Pin to briefing: {cellTitle}", Exact = true }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = $"Pinned: {cellTitle}", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Notes and corrections" }).First.ClickAsync();
        await Expect(panel.Locator(".correction-form")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(page, "the matrix with its evidence, notes and corrections open");

        // A contradiction, with a note that must travel to its slide.
        await page.OpenInteractiveAsync("/contradictions?kind=hedge");
        var card = page.Locator("article.contradiction").First;
        await card.Locator(".pin-button").ClickAsync();
        await Expect(card.Locator(".pin-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await Annotate.OpenNoteFieldsAsync(card);
        await card.GetByPlaceholder("Add a note…").FillAsync("Ask the Moscow desk about the date.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(card.Locator(".note-body").Last).ToHaveTextAsync("Ask the Moscow desk about the date.");

        // A source comparison.
        await page.OpenInteractiveAsync("/sources");
        await page.Locator("section.cluster").First.Locator(".pin-button").ClickAsync();
        await Expect(page.Locator("section.cluster").First.Locator(".pin-button")).ToHaveAttributeAsync("aria-pressed", "true");

        await page.OpenInteractiveAsync("/briefing");
        await Expect(page.Locator("html[data-briefing-keys=ready]")).ToHaveCountAsync(1);
        var position = page.Locator(".slide-position");
        await Expect(position).ToHaveTextAsync("Slide 1 of 3");
        await Expect(page.Locator(".slide:visible")).ToHaveCountAsync(1);
        await Expect(page.Locator(".slide:visible .slide-title")).ToHaveTextAsync(cellTitle);
        await Axe.AssertAccessibleAsync(page, "the briefing");

        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(position).ToHaveTextAsync("Slide 2 of 3");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/briefing\\?slide=2$"));
        await Expect(page.Locator(".slide:visible .slide-annotations")).ToContainTextAsync("Ask the Moscow desk about the date.");
        await Expect(page.Locator(".slide:visible .kind-badge")).ToHaveTextAsync("hedge");

        await page.Keyboard.PressAsync("End");
        await Expect(position).ToHaveTextAsync("Slide 3 of 3");
        await Expect(page.Locator(".slide:visible .versions .version")).Not.ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("ArrowRight"); // stays on the last
        await Expect(position).ToHaveTextAsync("Slide 3 of 3");
        await page.Keyboard.PressAsync("Home");
        await Expect(position).ToHaveTextAsync("Slide 1 of 3");

        // Presentation mode: F shows the slide alone, fitted to the projector; Space moves on; Esc leaves.
        var html = page.Locator("html");
        var progress = page.Locator(".presenting-progress");
        await page.Keyboard.PressAsync("f");
        await Expect(html).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bpresenting\\b"));
        await Expect(page.Locator(".app-bar")).ToBeHiddenAsync();
        await Expect(page.Locator(".page-header")).ToBeHiddenAsync();
        await Expect(progress).ToHaveTextAsync("1 / 3 · Esc leaves");
        for (var slide = 1; slide <= 3; slide++)
        {
            if (slide > 1)
            {
                await page.Keyboard.PressAsync("Space");
            }

            await Expect(progress).ToHaveTextAsync($"{slide} / 3 · Esc leaves");
            await page.WaitForFunctionAsync("() => { const s = document.querySelector('.slide.current'); return s && s.getBoundingClientRect().bottom <= window.innerHeight + 1; }");
        }

        await page.Keyboard.PressAsync("Escape");
        await Expect(html).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bpresenting\\b"));
        await Expect(page.Locator(".app-bar")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Present (F)" }).ClickAsync();
        await Expect(html).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bpresenting\\b"));
        await Axe.AssertAccessibleAsync(page, "the briefing presented");
        await page.Keyboard.PressAsync("Home");
        await Expect(progress).ToHaveTextAsync("1 / 3 · Esc leaves");
        await page.Keyboard.PressAsync("f"); // F again leaves too
        await Expect(html).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bpresenting\\b"));

        // A shared link opens the same slide for anyone.
        var colleague = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await colleague.OpenInteractiveAsync("/briefing?slide=2");
        await Expect(colleague.Locator(".slide-position")).ToHaveTextAsync("Slide 2 of 3");

        // The briefing pack: one self-contained file named with its day, every item with the team's notes,
        // the comparison's differing words marked, each quote linked back, the matrix drawn; it opens offline.
        var pack = await page.APIRequest.GetAsync("/briefing/pack.html");
        var packHtml = await pack.TextAsync();
        Assert.StartsWith("text/html", pack.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains($"filename=briefing-{DateTime.UtcNow:yyyy-MM-dd}.html", pack.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(cellTitle), packHtml, StringComparison.Ordinal);
        Assert.Contains("Ask the Moscow desk about the date.", packHtml, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(packHtml, "<section class=\"slide\""));
        Assert.Contains("<mark>", packHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"{dashboard.App.BaseUrl}documents/", packHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", packHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", packHtml, StringComparison.OrdinalIgnoreCase);
        await OpenOfflineAsync(packHtml);

        // The handout: every slide, no controls.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".slide:visible")).ToHaveCountAsync(3);
        await Expect(page.Locator(".briefing-controls")).ToBeHiddenAsync();
        await Expect(page.Locator(".app-bar")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Deck editing, followed by every open briefing: a slide's title and speaker notes (markup stays
        // text), the order from the keyboard, removal with an undo.
        await page.Keyboard.PressAsync("Escape");
        await Expect(html).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bpresenting\\b"));
        var current = page.Locator(".slide:visible");
        await current.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Edit slide") }).ClickAsync();
        await current.GetByLabel("Title", new() { Exact = true }).FillAsync("Where Roscosmos stands <i>now</i>");
        await current.GetByLabel("Speaker notes (the presenter view shows them)").FillAsync("Start with the date.");
        await current.GetByRole(AriaRole.Button, new() { Name = "Save slide" }).ClickAsync();
        await Expect(current.Locator(".slide-title")).ToHaveTextAsync("Where Roscosmos stands <i>now</i>");
        await Expect(colleague.Locator(".slide-title").First).ToHaveTextAsync("Where Roscosmos stands <i>now</i>");
        Assert.Equal(0, await page.Locator(".slide-title i").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Arrange slides" }).ClickAsync();
        var order = page.Locator(".deck-item .deck-title");
        await Expect(order).ToHaveCountAsync(3);
        var last = (await order.Nth(2).TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Move up: {last}", Exact = true }).ClickAsync();
        await Expect(order.Nth(1)).ToHaveTextAsync(last);
        await Expect(colleague.Locator(".slide-title").Nth(1)).ToHaveTextAsync(last); // stored, not only drawn here
        var dragged = (await order.Nth(2).TextContentAsync())!.Trim();
        await page.Locator(".deck-item").Nth(2).DragToAsync(page.Locator(".deck-item").Nth(0));
        await Expect(order.Nth(0)).ToHaveTextAsync(dragged);
        await Expect(colleague.Locator(".slide-title").First).ToHaveTextAsync(dragged);
        await Axe.AssertAccessibleAsync(page, "the briefing with a slide's editor and the order of the slides");
        await page.GetByRole(AriaRole.Button, new() { Name = "Done arranging" }).ClickAsync();

        await Expect(current.Locator(".slide-title")).ToHaveTextAsync(dragged);
        await current.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Remove") }).ClickAsync();
        await Expect(page.Locator(".slide")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator(".slide")).ToHaveCountAsync(3);
        await Expect(page.Locator(".slide-title").First).ToHaveTextAsync(dragged); // back where it was

        // Removing takes a slide away in every open briefing.
        for (var remaining = 3; remaining > 0; remaining--)
        {
            await RemoveShownSlideAsync(page);
            await Expect(page.Locator(".slide")).ToHaveCountAsync(remaining - 1);
            await Expect(colleague.Locator(".slide")).ToHaveCountAsync(remaining - 1);
        }

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nothing is pinned to" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Colleagues_follow_the_presenter_live_step_away_and_rejoin()
    {
        var presenter = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await presenter.SetViewportSizeAsync(1920, 1080);
        await UnpinEverythingAsync(presenter);
        await presenter.OpenInteractiveAsync("/contradictions?kind=hedge");
        await Annotate.SignAsync(presenter, "Ana");
        var card = presenter.Locator("article.contradiction").First;
        await card.Locator(".pin-button").ClickAsync();
        await Expect(card.Locator(".pin-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await presenter.OpenInteractiveAsync("/sources");
        var cluster = presenter.Locator("section.cluster").First;
        await cluster.Locator(".pin-button").ClickAsync();
        await Expect(cluster.Locator(".pin-button")).ToHaveAttributeAsync("aria-pressed", "true");

        var colleague = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await colleague.OpenInteractiveAsync("/briefing");
        var position = colleague.Locator(".slide-position");
        await presenter.OpenInteractiveAsync("/briefing");
        await Expect(presenter.Locator("html[data-briefing-keys=ready]")).ToHaveCountAsync(1);
        await presenter.Keyboard.PressAsync("f");

        var banner = colleague.Locator(".presenter-banner");
        await Expect(banner).ToContainTextAsync("Ana is presenting (slide 1).");
        await banner.GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();
        await Expect(banner).ToContainTextAsync("Your view moves with theirs.");
        var moved = System.Diagnostics.Stopwatch.StartNew();
        await presenter.Keyboard.PressAsync("Space");
        await Expect(position).ToHaveTextAsync("Slide 2 of 2");
        moved.Stop();

        // Stepping away: the presenter moves on, this view stays; following again catches up.
        await banner.GetByRole(AriaRole.Button, new() { Name = "Stop following" }).ClickAsync();
        await presenter.Keyboard.PressAsync("Home");
        await Expect(banner).ToContainTextAsync("(slide 1)");
        await Expect(position).ToHaveTextAsync("Slide 2 of 2");
        await banner.GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();
        await Expect(position).ToHaveTextAsync("Slide 1 of 2");

        // The presenter leaves: the session ends for everyone.
        await presenter.Keyboard.PressAsync("Escape");
        await Expect(banner).ToHaveCountAsync(0);
        Assert.True(moved.Elapsed < TimeSpan.FromSeconds(5), moved.Elapsed.ToString());

        // The presenter view, opened from the briefing, leads; the briefing window becomes the room's screen and follows it.
        var shown = presenter.Locator(".slide:visible");
        await shown.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Edit slide") }).ClickAsync();
        await shown.GetByLabel("Speaker notes (the presenter view shows them)").FillAsync("Say the date first.");
        await shown.GetByRole(AriaRole.Button, new() { Name = "Save slide" }).ClickAsync();
        await Expect(shown.GetByRole(AriaRole.Button, new() { Name = "Save slide" })).ToHaveCountAsync(0);
        var secondTitle = (await presenter.Locator(".slide-title").Nth(1).TextContentAsync())!.Trim();
        var view = await presenter.Context.RunAndWaitForPageAsync(() => presenter.GetByRole(AriaRole.Link, new() { Name = "Presenter view" }).ClickAsync());
        var viewPosition = view.Locator(".slide-position");
        await Expect(viewPosition).ToHaveTextAsync("Slide 1 of 2");
        await Expect(view.Locator(".presenter-state")).ToContainTextAsync("You lead this briefing");
        await Expect(view.Locator(".presenter-next")).ToContainTextAsync(secondTitle);
        await Expect(view.Locator(".clock-now")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d\\d:\\d\\d$"));
        await Expect(view.Locator(".speaker-notes")).ToContainTextAsync("Say the date first.");
        await Expect(banner).ToContainTextAsync("Ana is presenting (slide 1).");
        await banner.GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();
        await Expect(view.Locator("html[data-briefing-keys=ready]")).ToHaveCountAsync(1);
        await Axe.AssertAccessibleAsync(view, "the presenter view");
        await view.Keyboard.PressAsync("ArrowRight");
        await Expect(viewPosition).ToHaveTextAsync("Slide 2 of 2");
        await Expect(view.Locator(".presenter-next")).ToContainTextAsync("This is the last slide.");
        await Expect(presenter.Locator(".slide-position")).ToHaveTextAsync("Slide 2 of 2");
        await Expect(position).ToHaveTextAsync("Slide 2 of 2");

        // A second presenter is told who presents; closing the presenter view ends the session.
        var ben = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await ben.OpenInteractiveAsync("/briefing/presenter");
        await Annotate.SignAsync(ben, "Ben");
        await Expect(ben.Locator(".presenter-state")).ToContainTextAsync("Ana is presenting this briefing.");
        await view.CloseAsync(new() { RunBeforeUnload = true });
        await Expect(banner).ToHaveCountAsync(0);
        await presenter.Keyboard.PressAsync("Home");
        await Expect(presenter.Locator(".slide-position")).ToHaveTextAsync("Slide 1 of 2");

        for (var remaining = 2; remaining > 0; remaining--)
        {
            await RemoveShownSlideAsync(presenter);
            await Expect(presenter.Locator(".slide")).ToHaveCountAsync(remaining - 1);
        }
    }

    [Fact]
    public async Task Each_meeting_has_a_briefing_of_its_own_named_and_dated_and_pins_go_to_the_newest()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/briefing");
        await Annotate.SignAsync(page, "Ana");
        await page.GetByRole(AriaRole.Button, new() { Name = "New briefing" }).ClickAsync();
        await page.GetByLabel("Name of the briefing").FillAsync("Moscow review <b>Q1</b>");
        var day = page.GetByLabel("Day of the meeting (optional)");
        await day.FillAsync("2026-12-10");
        await day.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create briefing" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/briefing\\?b=\\d+$"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nothing is pinned to" })).ToContainTextAsync("“Moscow review <b>Q1</b> · 2026-12-10”");
        await Expect(page.GetByText("Items pinned from the views come here.")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main b").CountAsync());
        await Axe.AssertAccessibleAsync(page, "an empty briefing with its bar");

        await page.OpenInteractiveAsync("/contradictions?kind=hedge");
        var card = page.Locator("article.contradiction").First;
        await card.Locator(".pin-button").ClickAsync();
        await Expect(card.Locator(".pin-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.OpenInteractiveAsync("/briefing");
        await Expect(page.Locator(".slide-position")).ToHaveTextAsync("Slide 1 of 1");
        var packLink = await page.GetByRole(AriaRole.Link, new() { Name = "Download briefing pack" }).GetAttributeAsync("href");
        var pack = await page.APIRequest.GetAsync(packLink!);
        Assert.Contains("filename=moscow-review-b-q1-b-2026-12-10.html", pack.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains("For the meeting of 2026-12-10", await pack.TextAsync(), StringComparison.Ordinal);

        await RemoveShownSlideAsync(page);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nothing is pinned to" })).ToBeVisibleAsync();
    }

    /// <summary>Starts from an empty briefing, whatever a test before left pinned (a click on a pinned item would unpin it).</summary>
    private static async Task UnpinEverythingAsync(IPage page)
    {
        await page.OpenInteractiveAsync("/briefing");
        await Annotate.SignAsync(page, "Ana");
        await Expect(page.Locator(".slide-position").Or(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nothing is pinned to" }))).ToBeVisibleAsync(); // loaded
        for (var left = await page.Locator(".slide").CountAsync(); left > 0; left--)
        {
            await RemoveShownSlideAsync(page);
            await Expect(page.Locator(".slide")).ToHaveCountAsync(left - 1);
        }
    }

    private static Task RemoveShownSlideAsync(IPage page) =>
        page.Locator(".slide:visible").GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Remove") }).ClickAsync();

    [Fact]
    public async Task Contradictions_filter_by_verdict()
    {
        var page = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        await page.OpenInteractiveAsync("/contradictions?kind=reversal");
        await Annotate.SignAsync(page, "Ana");
        var card = page.Locator("article.contradiction").Last;
        var id = await card.GetByRole(AriaRole.Heading, new() { Level = 2 }).GetAttributeAsync("id");
        await card.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();
        await Expect(card.Locator(".verdict-state")).ToHaveTextAsync("dismissed");

        await page.GetByRole(AriaRole.Group, new() { Name = "Verdict" }).GetByRole(AriaRole.Link, new() { Name = "Dismissed" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("verdict=dismissed"));
        await Expect(page.Locator($"#{id}")).ToHaveCountAsync(1);
        await Expect(page.Locator(".verdict-state")).ToHaveTextAsync(["dismissed"]);

        await page.GetByRole(AriaRole.Group, new() { Name = "Verdict" }).GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
        await Expect(page.Locator(".result-count")).ToBeVisibleAsync();
        await Expect(page.Locator($"#{id}")).ToHaveCountAsync(0);
        await Expect(page.Locator(".verdict-state").Filter(new() { HasNotText = "open" })).ToHaveCountAsync(0);
    }

    /// <summary>Opens the pack as a colleague would from their mail, with no network: it shows everything and asks for nothing.</summary>
    private async Task OpenOfflineAsync(string packHtml)
    {
        var reader = await dashboard.Browser.NewPageAsync(dashboard.App.BaseUrl);
        var requests = 0;
        await reader.Context.RouteAsync("**/*", route =>
        {
            requests++;
            return route.AbortAsync();
        });
        await reader.SetContentAsync(packHtml);
        await Expect(reader.Locator("section.slide")).ToHaveCountAsync(3);
        await Expect(reader.Locator("svg.heatmap rect").First).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Table)).ToContainTextAsync("Roscosmos");
        await Axe.AssertAccessibleAsync(reader, "the briefing pack");
        Assert.Equal(0, requests);
    }
}
