using System.Net;
using System.Security.Cryptography;
using Dashboard.Data.Accounts;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Accounts;

/// <summary>
/// Whether a request may be served in single-user mode: no login, the visitor is the person at this
/// computer. Three things must all hold: every address the server actually bound after start-up is a
/// loopback address (told by <see cref="ObserveBoundAddresses"/>; until then, nothing is single-user),
/// the request itself came from a loopback address without forwarding headers (a proxy on this
/// computer may relay anyone), and no account exists yet: the first account ends single-user mode for good.
/// </summary>
public sealed class AccessMode(AccountService accounts)
{
    private volatile bool loopbackOnly;

    /// <summary>Other computers can reach the dashboard (or the server has not said yet where it listens): login is always required.</summary>
    public bool BeyondLoopback => !loopbackOnly;

    /// <summary>
    /// Proves, beyond loopback or through a proxy, that whoever creates the first administrator can
    /// read this server's console: without it the first visitor from the network could take the dashboard.
    /// </summary>
    public string SetupCode { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));

    /// <summary>The addresses the server bound (<c>IServerAddressesFeature</c>), however they were configured.</summary>
    public void ObserveBoundAddresses(IReadOnlyCollection<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        loopbackOnly = addresses.Count > 0 && addresses.All(ListenAddresses.IsLoopback);
    }

    /// <summary>The request is from this computer's own browser: loopback server, loopback peer, nothing forwarded.</summary>
    public bool IsLocal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return loopbackOnly && IsLoopback(context.Connection.RemoteIpAddress) && !IsForwarded(context.Request.Headers);
    }

    public async Task<bool> IsSingleUserAsync(HttpContext context, CancellationToken cancellationToken = default) =>
        IsLocal(context) && !await AccountsExistAsync(cancellationToken);

    /// <summary>
    /// Asked of the database each time (an indexed one-row read), never cached: accounts made by the
    /// command line count at once, and a restored backup brings its own accounts, or none.
    /// </summary>
    public Task<bool> AccountsExistAsync(CancellationToken cancellationToken = default) => accounts.AnyAsync(cancellationToken);

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    /// <summary>Headers a proxy adds; a browser never sends them by itself.</summary>
    private static bool IsForwarded(IHeaderDictionary headers) =>
        headers.Keys.Any(name => name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
            || name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase)
            || name.Equals("X-Original-For", StringComparison.OrdinalIgnoreCase));
}
