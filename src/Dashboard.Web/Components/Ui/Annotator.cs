using System.Security.Claims;
using Dashboard.Data.Accounts;
using Dashboard.Web.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Components.Ui;

/// <summary>
/// Who acts in this browser session (one per circuit) and what they may do. Signed in, that is the
/// account; in single-user mode, the display name the <see cref="AuthorBox"/> asks for once.
/// Buttons follow <see cref="Can"/>; every change is signed through <see cref="SignAsync"/>, which
/// asks the database again, so a role taken away meanwhile stops an open page too.
/// </summary>
public sealed class Annotator : IDisposable
{
    private const string Unnamed = "unnamed browser user";

    private readonly AuthenticationStateProvider authentication;
    private readonly AccountService accounts;
    private ClaimsPrincipal user = new(new ClaimsIdentity());
    private string typedName = "";

    public Annotator(AuthenticationStateProvider authentication, AccountService accounts)
    {
        this.authentication = authentication;
        this.accounts = accounts;
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        try
        {
            OnAuthenticationChanged(authentication.GetAuthenticationStateAsync());
        }
        catch (InvalidOperationException)
        {
            // Outside a request or circuit there is no state: the session stays anonymous.
        }
    }

    public event Action? Changed;

    /// <summary>Single-user mode: no login, the person at this computer may do everything.</summary>
    public bool SingleUser => user.IsSingleUser();

    public bool SignedIn => user.Identity?.IsAuthenticated == true && !SingleUser;

    public string Name => SingleUser ? typedName : user.Identity?.Name ?? "";

    public string? Role => user.Role();

    /// <summary>Whether annotating controls are offered: the role allows it and a name is known.</summary>
    public bool Known => Can(Access.Annotate) && !string.IsNullOrWhiteSpace(Name);

    /// <summary>Why the last <see cref="SignAsync"/> was refused.</summary>
    public string? Refusal { get; private set; }

    public bool Can(Access access) => Roles.Allows(Role, access);

    /// <summary>Sets the display name (single-user mode only: an account's name is its own).</summary>
    public void Set(string name)
    {
        var trimmed = name.Trim();
        if (SingleUser && trimmed != typedName)
        {
            typedName = trimmed;
            Changed?.Invoke();
        }
    }

    /// <summary>
    /// The name to sign a change with, or null (with <see cref="Refusal"/>) when the session may
    /// not make it: checked against the account as stored now, not as it was at sign-in.
    /// </summary>
    public async Task<string?> SignAsync(Access access, CancellationToken cancellationToken = default)
    {
        Refusal = null;
        if (SingleUser)
        {
            if (!await user.IsCurrentAsync(accounts, cancellationToken))
            {
                Refusal = "Accounts have been set up since this page opened: nothing was saved. Reload the page and sign in.";
                return null;
            }

            return string.IsNullOrWhiteSpace(typedName) ? Unnamed : typedName;
        }

        if (!SignedIn || !await user.IsCurrentAsync(accounts, cancellationToken))
        {
            Refusal = "Your session has ended (the account was changed or disabled): nothing was saved. Reload the page to sign in again.";
            return null;
        }

        if (!Can(access))
        {
            Refusal = $"Not allowed: {Roles.Describe(access)}. Nothing was saved.";
            return null;
        }

        return Name;
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;

    private void OnAuthenticationChanged(Task<AuthenticationState> state) => _ = ApplyAsync(state);

    // Completes at once for the usual, already known state, so the constructor leaves it applied.
    private async Task ApplyAsync(Task<AuthenticationState> state)
    {
        user = (await state).User;
        Changed?.Invoke();
    }
}
