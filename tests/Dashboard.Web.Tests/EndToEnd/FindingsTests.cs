using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>Findings on a projector, dismissed in bulk, a verdict given before findings existed, and an undo that comes too late.</summary>
[Collection(SampleDashboardEditsGroup.Name)]
public sealed class FindingsTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    private readonly string folder = DashboardApp.NewFolder();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        DashboardApp.DeleteFolder(folder);
    }

    [Fact]
    public async Task Findings_fit_a_projector_one_row_each_and_are_dismissed_in_bulk_with_one_undo()
    {
        await DashboardApp.CopySampleDatabaseAsync(folder);
        await using var app = await DashboardApp.StartAsync(folder);
        var page = await dashboard.Browser.NewPageAsync(app.BaseUrl);
        await page.SetViewportSizeAsync(1920, 1080); // the projector
        await page.OpenInteractiveAsync("/contradictions");
        await Annotate.SignAsync(page, "Ana");
        var cards = page.Locator("article.contradiction");
        var count = await cards.CountAsync();
        Assert.InRange(count, 2, 6);

        // Every row is short, and all of them fit on the screen together.
        for (var i = 0; i < count; i++)
        {
            var box = await cards.Nth(i).BoundingBoxAsync();
            Assert.True(box!.Height <= 110, $"row {i} is {box.Height} px tall");
        }

        // An opened finding's explanation and both sides fit on one screen.
        var first = cards.First;
        await Annotate.OpenFindingAsync(first);
        var top = (await first.BoundingBoxAsync())!.Y;
        var sides = (await first.Locator(".side-by-side").BoundingBoxAsync())!;
        Assert.True(sides.Y + sides.Height - top <= 1080, $"an opened finding needs {sides.Y + sides.Height - top} px");
        await Axe.AssertAccessibleAsync(page, "the findings, one opened, on a projector");

        await page.GetByLabel("Select all on this page").CheckAsync();
        await Expect(page.Locator(".bulk-bar [role=status]")).ToHaveTextAsync($"{count} selected");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dismiss selected" }).ClickAsync();
        await Expect(page.Locator(".verdict-state")).ToHaveTextAsync(Enumerable.Repeat("dismissed", count));

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator(".verdict-state")).ToHaveTextAsync(Enumerable.Repeat("open", count));
    }

    [Fact]
    public async Task Undoing_a_verdict_a_colleague_has_changed_since_warns_and_keeps_theirs()
    {
        await DashboardApp.CopySampleDatabaseAsync(folder);
        await using var app = await DashboardApp.StartAsync(folder);
        var ana = await dashboard.Browser.NewPageAsync(app.BaseUrl);
        var ben = await dashboard.Browser.NewPageAsync(app.BaseUrl);
        foreach (var (page, name) in new[] { (ana, "Ana"), (ben, "Ben") })
        {
            await page.OpenInteractiveAsync("/contradictions");
            await Annotate.SignAsync(page, name);
        }

        var anaCard = ana.Locator("article.contradiction").First;
        var benCard = ben.Locator("article.contradiction").First;
        await anaCard.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();
        var offer = ana.Locator(".mud-snackbar").Filter(new() { HasText = ": dismissed." });
        await offer.HoverAsync(); // the offer of an undo waits while the pointer is on it
        await Expect(benCard.Locator(".verdict-state")).ToHaveTextAsync("dismissed", new() { Timeout = 10_000 });
        await benCard.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(anaCard.Locator(".verdict-state")).ToHaveTextAsync("confirmed", new() { Timeout = 10_000 });

        await offer.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

        var warning = ana.Locator(".mud-snackbar").Filter(new() { HasText = "Nothing was undone" });
        await Expect(warning).ToContainTextAsync("Ben changed the verdict meanwhile; it is now “confirmed”. Nothing was undone.");
        await Expect(warning).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("warning"));
        await Expect(anaCard.Locator(".verdict-state")).ToHaveTextAsync("confirmed");
        await Expect(benCard.Locator(".verdict-state")).ToHaveTextAsync("confirmed");

        // The same in bulk: the findings nobody touched since go back; the one Ben confirmed again keeps his verdict.
        var count = await ana.Locator("article.contradiction").CountAsync();
        await ana.GetByLabel("Select all on this page").CheckAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Dismiss selected" }).ClickAsync();
        var bulkOffer = ana.Locator(".mud-snackbar").Filter(new() { HasText = "findings dismissed." });
        await bulkOffer.HoverAsync();
        await Expect(benCard.Locator(".verdict-state")).ToHaveTextAsync("dismissed", new() { Timeout = 10_000 });
        await benCard.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(anaCard.Locator(".verdict-state")).ToHaveTextAsync("confirmed", new() { Timeout = 10_000 });

        await bulkOffer.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

        await Expect(ana.Locator(".mud-snackbar").Filter(new() { HasText = "changed by someone meanwhile" })).ToContainTextAsync($"{count - 1} of {count} back to their verdict before");
        await Expect(ana.Locator(".verdict-state")).ToHaveTextAsync(["confirmed", .. Enumerable.Repeat("open", count - 1)]);
    }

    [Fact]
    public async Task A_verdict_given_on_a_pair_before_findings_is_on_the_finding_holding_it_after_the_upgrade()
    {
        await DashboardApp.CopySampleDatabaseAsync(folder);
        // The database as the pair finder left it: a reversal stored under its two statements' fingerprints, its verdict under that key.
        var path = DashboardApp.DatabasePath(folder);
        string actor;
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            actor = (string)(await Scalar(connection, "SELECT Actor FROM Contradictions WHERE Kind = 'reversal' ORDER BY Strength DESC LIMIT 1"))!;
            var pair = (string)(await Scalar(connection, """
                SELECT a.Fingerprint || '~' || b.Fingerprint || '~' || c.Program FROM Contradictions c
                JOIN Statements a ON a.Id = c.StatementAId JOIN Statements b ON b.Id = c.StatementBId
                WHERE c.Kind = 'reversal' ORDER BY c.Strength DESC LIMIT 1
                """))!;
            await Scalar(connection, $"""
                DELETE FROM FindingStatements;
                UPDATE Contradictions SET Fingerprint = Fingerprint || '-old';
                INSERT INTO Annotations (Kind, TargetType, TargetKey, Body, Verdict, Author, CreatedAt, UpdatedAt, Version, Deleted)
                VALUES ('verdict', 'contradiction', '{pair}', '', 'confirmed', 'Ben', '2026-11-30 10:00:00', '2026-11-30 10:00:00', 1, 0);
                INSERT INTO AppSettings (Key, Value) VALUES ('CorpusStale', '1');
                """);
        }

        await using var app = await DashboardApp.StartAsync(folder);
        var page = await dashboard.Browser.NewPageAsync(app.BaseUrl);
        await page.OpenInteractiveAsync("/contradictions?kind=reversal&verdict=confirmed");

        var card = page.Locator("article.contradiction");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.Locator("h2")).ToContainTextAsync(actor);
        await Expect(card.Locator(".verdict-state")).ToHaveTextAsync("confirmed");
        await Expect(card).ToContainTextAsync("by Ben");
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
