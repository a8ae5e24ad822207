using System.Net;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>Every role against every action: direct HTTP requests, pages, and changes sent through the circuit.</summary>
[Collection(TeamDashboardGroup.Name)]
public sealed class AuthorisationTests(TeamDashboard team) : BrowserTest(team.Browser)
{
    private const string Anonymous = "anonymous";

    /// <summary>Each address with the least role that opens it.</summary>
    public static TheoryData<string, string> Addresses => new()
    {
        { "/", "viewer" },
        { "/matrix?actor=NASA", "viewer" },
        { "/statements", "viewer" },
        { "/contradictions", "viewer" },
        { "/documents/1", "viewer" },
        { "/export/statements.csv", "viewer" },
        { "/export/matrix.json", "viewer" },
        { "/annotations/export.csv", "viewer" },
        { "/briefing", "viewer" },
        { "/briefing/pack.html", "viewer" },
        { "/briefing/presenter", "analyst" },
        { "/import", "analyst" },
        { "/audit", "administrator" },
        { "/accounts", "administrator" },
        { "/gazetteer", "administrator" },
        { "/feeds", "administrator" },
        { "/backup", "administrator" },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Direct_requests_are_answered_by_role(string path, string least)
    {
        string[] order = [Anonymous, "viewer", "analyst", "administrator"];
        foreach (var (role, user) in new[] { (Anonymous, (string?)null), ("viewer", TeamDashboard.Viewer), ("analyst", TeamDashboard.Analyst), ("administrator", TeamDashboard.Administrator) })
        {
            using var http = await team.HttpAsync(user);
            using var response = await http.GetAsync(path);
            var allowed = Array.IndexOf(order, role) >= Array.IndexOf(order, least);
            if (allowed)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} on {path}: {(int)response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} on {path}: {(int)response.StatusCode}");
                Assert.StartsWith(role == Anonymous ? "/login" : "/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_circuit_hub_refuses_a_visitor_without_a_session()
    {
        using var http = await team.HttpAsync(null);
        using var negotiate = await http.PostFormAsync("/login", "none", new Dictionary<string, string>(), action: "/_blazor/negotiate?negotiateVersion=1");

        Assert.NotEqual(HttpStatusCode.OK, negotiate.StatusCode);
    }

    [Fact]
    public async Task Sign_in_refuses_clearly_and_locks_after_five_failures_until_an_administrator_unlocks()
    {
        using var http = await team.HttpAsync(null);

        var huge = await http.SignInAsync(TeamDashboard.LockOutVictim, new string('x', 10_000));
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("at most 256 characters", await HttpSession.AlertAsync(huge), StringComparison.Ordinal);
        Assert.DoesNotContain("xxxxxxxxxx", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal); // never echoed
        var wrong = await HttpSession.AlertAsync(await http.SignInAsync("nobody", "<script>alert(1)</script>"));
        Assert.StartsWith("Wrong user name or password.", wrong, StringComparison.Ordinal);
        Assert.Equal(wrong, await HttpSession.AlertAsync(await http.SignInAsync("x' OR '1'='1", "' OR 1=1 --")));
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(wrong, await HttpSession.AlertAsync(await http.SignInAsync(TeamDashboard.LockOutVictim, $"guess {i}")));
        }

        // Locked: the right password is not even checked, and the answer is the one an unknown name gets.
        Assert.Equal(wrong, await HttpSession.AlertAsync(await http.SignInAsync(TeamDashboard.LockOutVictim, TeamDashboard.Password)));

        var admin = await team.SignedInPageAsync(TeamDashboard.Administrator);
        await admin.OpenInteractiveAsync("/accounts");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Unlock {TeamDashboard.LockOutVictim}" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{TeamDashboard.LockOutVictim} is unlocked.");
        await admin.Context.CloseAsync();

        var signedIn = await http.SignInAsync(TeamDashboard.LockOutVictim, TeamDashboard.Password, returnUrl: "//evil.example/phish");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var target = new Uri(team.App.BaseUrl, signedIn.Headers.Location!);
        Assert.Equal((team.App.BaseUrl.Authority, "/"), (target.Authority, target.AbsolutePath)); // never off-site
    }

    [Fact]
    public async Task Signing_out_is_a_post_with_the_pages_antiforgery_token()
    {
        using var http = await team.HttpAsync(TeamDashboard.Viewer);
        using var withoutToken = new HttpClient();
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await withoutToken.PostAsync(new Uri(team.App.BaseUrl, "/logout"), empty)).StatusCode);

        using var signOut = await http.PostFormAsync("/", "none", new Dictionary<string, string>(), action: "/logout");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/login", (await http.GetAsync("/")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_is_refused()
    {
        using var http = await team.HttpAsync(TeamDashboard.Analyst);
        var cookie = http.Cookie("dashboard.session");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/export/statements.csv")).StatusCode);

        using var signOut = await http.PostFormAsync("/", "none", new Dictionary<string, string>(), action: "/logout");
        using var replay = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(team.App.BaseUrl, "/export/statements.csv"));
        request.Headers.Add("Cookie", $"dashboard.session={cookie}");
        using var replayed = await replay.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/login", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_and_exports_but_is_offered_no_change()
    {
        var page = await team.SignedInPageAsync(TeamDashboard.Viewer);
        await page.OpenInteractiveAsync("/documents/1");

        await Expect(page.GetByText($"Signed in as {TeamDashboard.Viewer} (viewer)").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete document…" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add note" })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Single-user mode")).ToHaveCountAsync(0);
        await page.OpenInteractiveAsync("/documents");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Import articles" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download a backup" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Re-analyse all documents" })).ToHaveCountAsync(0);
        await page.OpenInteractiveAsync("/matrix");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).First).ToBeVisibleAsync();

        // Navigating inside the circuit never reaches the server's endpoint checks: the router checks too.
        await page.EvaluateAsync("Blazor.navigateTo('/import')");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Article text")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_who_re_enables_a_disabled_button_is_refused_by_the_server()
    {
        var page = await team.SignedInPageAsync(TeamDashboard.Viewer);
        await page.OpenInteractiveAsync("/contradictions");
        var pin = page.GetByRole(AriaRole.Button, new() { Name = "Pin to briefing" }).First;
        await Expect(pin).ToBeDisabledAsync();

        // What a determined viewer can do in the browser's tools: the click then reaches the circuit,
        // where the button is still disabled (MudBlazor drops the click) and the role check stands behind it.
        await pin.EvaluateAsync("button => button.removeAttribute('disabled')");
        await pin.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pinned" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
        using var http = await team.HttpAsync(TeamDashboard.Administrator);
        var pack = await (await http.GetAsync("/briefing/pack.html")).Content.ReadAsStringAsync();
        Assert.Contains(">0 items for discussion", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_annotates_under_the_account_and_is_offered_no_administration()
    {
        var page = await team.SignedInPageAsync(TeamDashboard.Analyst);
        await page.OpenInteractiveAsync("/documents/2");
        await Expect(page.GetByText($"Annotating as {TeamDashboard.Analyst}")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete document…" })).ToBeVisibleAsync();
        var note = page.GetByRole(AriaRole.Textbox, new() { Name = "Note on the document" });
        await note.FillAsync("Signed by the account, not a typed name");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(page.GetByText($"{TeamDashboard.Analyst}: Signed by the account, not a typed name").First).ToBeVisibleAsync();

        await page.OpenInteractiveAsync("/documents");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Import articles" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Re-analyse all documents" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToHaveCountAsync(0);
        await page.EvaluateAsync("Blazor.navigateTo('/accounts')");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        using var admin = await team.HttpAsync(TeamDashboard.Administrator);
        var export = await (await admin.GetAsync("/annotations/export.csv")).Content.ReadAsStringAsync();
        var row = Assert.Single(export.Split('\n'), line => line.Contains("Signed by the account", StringComparison.Ordinal));
        Assert.Contains($",\"{TeamDashboard.Analyst}\",", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_taken_away_stops_a_page_that_is_already_open()
    {
        var analyst = await team.SignedInPageAsync(TeamDashboard.Analyst);
        await analyst.OpenInteractiveAsync("/documents/3");
        await analyst.GetByRole(AriaRole.Textbox, new() { Name = "Note on the document" }).FillAsync("Typed before the role changed");

        var admin = await team.SignedInPageAsync(TeamDashboard.Administrator);
        await admin.OpenInteractiveAsync("/accounts");
        await SetRoleAsync(admin, TeamDashboard.Analyst, "viewer");
        try
        {
            // The button is still on the analyst's screen: the click goes through the circuit and is refused there.
            await analyst.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
            await Expect(analyst.GetByRole(AriaRole.Alert)).ToContainTextAsync("nothing was saved");
            using var http = await team.HttpAsync(TeamDashboard.Administrator);
            var notes = await (await http.GetAsync("/annotations/export.csv")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Typed before the role changed", notes, StringComparison.Ordinal);
        }
        finally
        {
            await SetRoleAsync(admin, TeamDashboard.Analyst, "analyst");
            await admin.Context.CloseAsync();
            await analyst.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_administrator_sees_every_tool()
    {
        var page = await team.SignedInPageAsync(TeamDashboard.Administrator);
        await page.OpenInteractiveAsync("/documents");
        foreach (var link in new[] { "Import articles", "Download a backup", "Audit log", "Accounts" })
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = link })).ToBeVisibleAsync();
        }

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Re-analyse all documents" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Sign_in_and_accounts_pages_have_no_serious_or_critical_axe_violations(ColorScheme scheme)
    {
        // The structure is the same in both themes: the light pass scans every rule, the dark one the colours.
        var rules = scheme == ColorScheme.Dark ? Axe.ColourRules : null;
        var visitor = await team.Browser.NewPageAsync(team.App.BaseUrl, scheme);
        await visitor.GotoAsync("/matrix");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await visitor.GetByLabel("User name").FillAsync(TeamDashboard.Viewer);
        await visitor.GetByLabel("Password").FillAsync("not the password");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wrong user name or password.");
        await Axe.AssertAccessibleAsync(visitor, $"/login with an error ({scheme})", rules);
        await visitor.Context.CloseAsync();

        var admin = await team.SignedInPageAsync(TeamDashboard.Administrator);
        await admin.EmulateMediaAsync(new() { ColorScheme = scheme });
        await admin.OpenInteractiveAsync("/accounts");
        await Expect(admin.GetByRole(AriaRole.Row, new() { Name = TeamDashboard.Viewer })).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(admin, $"/accounts ({scheme})", rules);
        await admin.Context.CloseAsync();
    }

    private static async Task SetRoleAsync(IPage admin, string user, string role)
    {
        await admin.GetByLabel($"Role of {user}").ChooseAsync(role);
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Save role of {user}" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{user} is now {role}; their sessions end.");
    }
}
