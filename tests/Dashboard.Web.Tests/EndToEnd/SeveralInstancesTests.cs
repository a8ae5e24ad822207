using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>A team server: two app instances on two loopback ports sharing one PostgreSQL database.</summary>
[Collection(SeveralInstancesGroup.Name)]
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private readonly Browser browser = new();

    public Task InitializeAsync() => browser.InitializeAsync();

    public Task DisposeAsync() => browser.DisposeAsync();

    [PostgresFact]
    public async Task An_annotation_made_through_one_instance_appears_in_a_browser_on_the_other()
    {
        await using var database = await TestPostgres.CreateAsync();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Dashboard"] = database.ConnectionString };
        // Both start at once on the new database: one prepares it (schema, samples, corpus
        // results) while the other waits for it (StartupLock), then finds the samples there.
        var starting = new[] { DashboardApp.StartAsync(null, environment), DashboardApp.StartAsync(null, environment) };
        try
        {
            await Task.WhenAll(starting); // waits for both; a failed start's exception carries its output
        }
        catch
        {
            foreach (var started in starting.Where(s => s.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }

        DashboardApp[] apps = [starting[0].Result, starting[1].Result];
        var (first, second) = (apps[0], apps[1]);
        try
        {
            Assert.NotEqual(first.BaseUrl, second.BaseUrl);
            using (var http = new HttpClient())
            {
                foreach (var app in apps)
                {
                    Assert.Contains($"{TestPaths.SampleFileNames.Count} documents", await http.GetStringAsync(new Uri(app.BaseUrl, "documents")), StringComparison.Ordinal);
                }
            }

            Assert.Single(apps, app => app.Output.Contains("Sample corpus:", StringComparison.Ordinal));
            Assert.Contains("Database: PostgreSQL database", first.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Password", first.Output, StringComparison.OrdinalIgnoreCase);

            var ana = await ColleagueAsync(first, "Ana");
            var ben = await ColleagueAsync(second, "Ben");
            var anaCard = ana.Locator("article.contradiction").First;
            var benCard = ben.Locator("article.contradiction").First;
            await Expect(benCard).ToContainTextAsync((await anaCard.Locator("h3, h2").First.TextContentAsync())!.Trim());

            await anaCard.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
            await Expect(benCard.Locator(".verdict-state")).ToHaveTextAsync("confirmed", new() { Timeout = 10_000 });

            const string note = "Seen on the other server <b>too</b>";
            await Annotate.OpenFindingAsync(anaCard);
            await Annotate.OpenNoteFieldsAsync(benCard);
            await benCard.GetByPlaceholder("Add a note…").FillAsync(note);
            await benCard.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
            await Expect(anaCard.GetByRole(AriaRole.List, new() { Name = "Notes" })).ToContainTextAsync(note, new() { Timeout = 10_000 });
            Assert.Equal(0, await ana.Locator(".notes b").CountAsync());

            // A briefing led from one instance moves a follower on the other.
            foreach (var card in new[] { anaCard, ana.Locator("article.contradiction").Nth(1) })
            {
                await card.Locator(".pin-button").ClickAsync();
                await Expect(card.Locator(".pin-button")).ToHaveAttributeAsync("aria-pressed", "true");
            }

            await ben.OpenInteractiveAsync("/briefing");
            await ana.OpenInteractiveAsync("/briefing/presenter");
            await Expect(ana.Locator("html[data-briefing-keys=ready]")).ToHaveCountAsync(1);
            await Expect(ana.Locator(".presenter-state")).ToContainTextAsync("You lead this briefing");
            var banner = ben.Locator(".presenter-banner");
            await Expect(banner).ToContainTextAsync("Ana is presenting (slide 1).");
            await banner.GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();
            await Expect(banner).ToContainTextAsync("Your view moves with theirs.");
            await ana.Keyboard.PressAsync("ArrowRight");
            await Expect(ana.Locator(".slide-position")).ToHaveTextAsync("Slide 2 of 2");
            await Expect(ben.Locator(".slide-position")).ToHaveTextAsync("Slide 2 of 2", new() { Timeout = 10_000 });
        }
        finally
        {
            await second.StopAsync();
            await first.StopAsync();
        }
    }

    [PostgresFact]
    public async Task A_lost_database_connection_is_shown_in_the_view_which_recovers_by_itself()
    {
        await using var database = await TestPostgres.CreateAsync();
        var server = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var network = new LoopbackProxy(server.Host!, server.Port);
        server.Host = "127.0.0.1";
        server.Port = network.Port;
        var app = await DashboardApp.StartAsync(null, new Dictionary<string, string> { ["ConnectionStrings__Dashboard"] = server.ConnectionString });
        try
        {
            var page = await browser.NewPageAsync(app.BaseUrl);
            await page.OpenInteractiveAsync("/matrix");
            await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();

            network.Cut();
            await page.GetByRole(AriaRole.Link, new() { Name = "Average stance" }).ClickAsync();

            var problem = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The database cannot be reached just now" });
            await Expect(problem).ToBeVisibleAsync();
            await Expect(problem).ToContainTextAsync("Nothing that was saved is lost");
            Assert.Equal("true", await page.Locator(".app-shell").GetAttributeAsync("data-interactive")); // the page is alive

            network.Restore();
            await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Average stance");
            await Expect(problem).ToHaveCountAsync(0);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private async Task<IPage> ColleagueAsync(DashboardApp app, string name)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.OpenInteractiveAsync("/contradictions?kind=reversal"); // several findings: two are pinned
        await Annotate.SignAsync(page, name);
        return page;
    }
}

/// <summary>Runs alone: three app processes and a database server beside another collection's app and browser overloaded two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeveralInstancesGroup
{
    public const string Name = "Several instances on PostgreSQL";
}
