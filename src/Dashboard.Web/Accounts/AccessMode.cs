using System.Security.Cryptography;
using Dashboard.Data.Accounts;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Accounts;

/// <summary>
/// Whether this process runs in single-user mode: no login, every visitor is the person at this
/// computer. Allowed only while every listening address is loopback and no account exists yet;
/// the first account switches the dashboard to login for good.
/// </summary>
public sealed class AccessMode(IConfiguration configuration, AccountService accounts)
{
    /// <summary>Other computers can reach the dashboard: login is always required.</summary>
    public bool BeyondLoopback { get; } = ListenAddresses.BeyondLoopback(DashboardOptions.ListenUrls(configuration)).Count > 0;

    /// <summary>
    /// Proves, beyond loopback, that whoever creates the first administrator can read this
    /// server's console: without it the first visitor from the network could take the dashboard.
    /// </summary>
    public string SetupCode { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));

    public async Task<bool> IsSingleUserAsync(CancellationToken cancellationToken = default) =>
        !BeyondLoopback && !await AccountsExistAsync(cancellationToken);

    /// <summary>
    /// Asked of the database each time (an indexed one-row read), never cached: accounts made by the
    /// command line count at once, and a restored backup brings its own accounts, or none.
    /// </summary>
    public Task<bool> AccountsExistAsync(CancellationToken cancellationToken = default) => accounts.AnyAsync(cancellationToken);
}
