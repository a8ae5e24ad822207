using System.Security.Claims;
using Dashboard.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Web.Accounts;

/// <summary>
/// The principal a request or circuit carries: a signed-in account (name, role and the account's
/// security stamp at sign-in), or, in single-user mode, the person at this computer with every right.
/// </summary>
public static class SessionUser
{
    public const string SingleUserType = "single-user";
    public const string StampClaim = "dashboard:stamp";

    public static ClaimsPrincipal SingleUser { get; } =
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Administrator)], SingleUserType, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>Gives the browser the session cookie of <paramref name="ticket"/>'s account (an HTTP response only, never a circuit).</summary>
    public static Task SignInAsync(HttpContext context, AccountTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ticket);
        const string scheme = CookieAuthenticationDefaults.AuthenticationScheme;
        Claim[] claims =
        [
            new(ClaimTypes.Name, ticket.UserName),
            new(ClaimTypes.Role, ticket.Role),
            new(StampClaim, ticket.SecurityStamp),
        ];
        return context.SignInAsync(scheme, new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role)));
    }

    public static bool IsSingleUser(this ClaimsPrincipal user) => user.Identity?.AuthenticationType == SingleUserType;

    public static string? Role(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Role)?.Value;

    /// <summary>Whether the account behind a signed-in principal is unchanged (same stamp, not disabled); a single-user principal, whether there is still no account.</summary>
    public static async Task<bool> IsCurrentAsync(this ClaimsPrincipal user, AccountService accounts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        if (user.IsSingleUser())
        {
            return !await accounts.AnyAsync(cancellationToken); // the first account ends single-user mode for every open page too
        }

        var name = user.Identity?.Name;
        var stamp = user.FindFirst(StampClaim)?.Value;
        if (name is null || stamp is null)
        {
            return false;
        }

        var current = await accounts.CurrentAsync(name, cancellationToken);
        return current is not null && current.SecurityStamp == stamp;
    }
}
