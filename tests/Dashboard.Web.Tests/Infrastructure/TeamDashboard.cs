using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// An app with accounts: the administrator made through the first-run set-up form, the others
/// through the accounts page, as a team would. One of each role, plus one kept for lock-out.
/// </summary>
public sealed class TeamDashboard : IAsyncLifetime
{
    public const string Password = "a long shared test password";
    public const string Administrator = "admin";
    public const string Analyst = "anil";
    public const string Viewer = "vera";
    public const string LockOutVictim = "lena";

    private DashboardApp? app;

    public Browser Browser { get; } = new();

    public DashboardApp App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        var browserStart = Browser.InitializeAsync();
        app = await DashboardApp.StartAsync();
        await browserStart;

        using (var http = new HttpSession(App.BaseUrl))
        {
            var setup = await http.PostFormAsync("/setup", "setup", new Dictionary<string, string>
            {
                ["Input.UserName"] = Administrator,
                ["Input.Password"] = Password,
                ["Input.Repeat"] = Password,
            });
            Assert.True(setup.StatusCode == HttpStatusCode.Redirect, $"set-up failed: {await HttpSession.AlertAsync(setup)}");
        }

        var page = await SignedInPageAsync(Administrator);
        await page.OpenInteractiveAsync("/accounts");
        foreach (var (name, role) in new[] { (Analyst, "analyst"), (Viewer, "viewer"), (LockOutVictim, "analyst") })
        {
            await page.GetByLabel("User name").FillAsync(name);
            await page.GetByLabel("Role", new() { Exact = true }).ChooseAsync(role);
            await page.GetByLabel("Password (at least").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Created {name} ({role}).");
        }

        await page.Context.CloseAsync();
    }

    /// <summary>A new browser context signed in through the sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string userName, string password = Password)
    {
        var page = await Browser.NewPageAsync(App.BaseUrl);
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Plain HTTP signed in as <paramref name="userName"/> (or anonymous when null).</summary>
    public async Task<HttpSession> HttpAsync(string? userName)
    {
        var session = new HttpSession(App.BaseUrl);
        if (userName is not null)
        {
            var response = await session.SignInAsync(userName, Password);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} could not sign in: {await HttpSession.AlertAsync(response)}");
        }

        return session;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        if (app is not null)
        {
            await app.StopAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TeamDashboardGroup : ICollectionFixture<TeamDashboard>
{
    public const string Name = "Dashboard with accounts in Chromium";
}
