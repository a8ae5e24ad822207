using Dashboard.Data.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Web.Accounts;

/// <summary>
/// Re-checks a live browser session's account every minute: a circuit outlives the request that
/// started it, so a role change or a disabled account must also reach pages already open.
/// </summary>
public sealed class AccountRevalidation : RevalidatingServerAuthenticationStateProvider
{
    private readonly AccountService accounts;

    public AccountRevalidation(ILoggerFactory loggerFactory, AccountService accounts)
        : base(loggerFactory)
    {
        this.accounts = accounts;
        accounts.AccountCreated += EndSingleUser;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <summary>The first account ends a single-user page's rights at once (other instances notice within the interval, and every change is checked anyway).</summary>
    private void EndSingleUser()
    {
        _ = EndSingleUserAsync();
    }

    private async Task EndSingleUserAsync()
    {
        var state = await GetAuthenticationStateAsync();
        if (state.User.IsSingleUser())
        {
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()))));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            accounts.AccountCreated -= EndSingleUser;
        }

        base.Dispose(disposing);
    }

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        authenticationState.User.Identity?.IsAuthenticated == true
            ? authenticationState.User.IsCurrentAsync(accounts, cancellationToken)
            : Task.FromResult(true);
}
