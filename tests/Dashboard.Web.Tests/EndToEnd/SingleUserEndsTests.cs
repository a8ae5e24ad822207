using System.Net;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>A page opened in single-user mode loses its rights the moment the first account exists.</summary>
[Collection(SampleDashboardEditsGroup.Name)]
public sealed class SingleUserEndsTests(SampleDashboard dashboard) : BrowserTest(dashboard.Browser)
{
    [Fact]
    public async Task Creating_the_first_account_ends_the_open_single_user_pages()
    {
        await using var app = await DashboardApp.StartAsync();
        var page = await dashboard.Browser.NewPageAsync(app.BaseUrl);
        await page.OpenInteractiveAsync("/accounts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Level = 1 })).ToBeVisibleAsync();

        using var http = new HttpSession(app.BaseUrl);
        using var created = await http.PostFormAsync("/setup", "setup", new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = "a long enough password",
            ["Input.Repeat"] = "a long enough password",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        // The open page is no longer the administrator's: it says so, and offers no account tools.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create account" })).ToHaveCountAsync(0);
        using var visitor = new HttpSession(app.BaseUrl);
        Assert.StartsWith("/login", (await visitor.GetAsync("/accounts")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
