using Dashboard.Data.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Web.Accounts;

/// <summary>
/// Re-checks a live browser session's account every minute: a circuit outlives the request that
/// started it, so a role change or a disabled account must also reach pages already open.
/// </summary>
public sealed class AccountRevalidation(ILoggerFactory loggerFactory, AccountService accounts)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        authenticationState.User.Identity?.IsAuthenticated == true
            ? authenticationState.User.IsCurrentAsync(accounts, cancellationToken)
            : Task.FromResult(true);
}
