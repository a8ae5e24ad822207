using System.Net;
using System.Net.Sockets;

namespace Dashboard.Data.Import.Web;

/// <summary>
/// Which machines an import may fetch from. By default only public internet addresses: a server that
/// fetched whatever it was given could be made to read its own loopback services, the private network
/// behind it or a cloud's metadata address (169.254.169.254) for whoever typed the link. The check is
/// made on the address actually connected to, after name resolution and on every redirect, so a name
/// that resolves to a private address (or changes its answer) is refused too.
/// <c>Dashboard:Import:AllowPrivateAddresses</c> lifts it for a server that imports from its own network,
/// except for link-local addresses: that is where clouds answer metadata requests, never an article.
/// </summary>
public sealed class AddressGuard(bool allowPrivate)
{
    public bool AllowPrivate => allowPrivate;

    /// <summary>Resolves <paramref name="host"/> and returns the addresses that may be connected to; throws when there are none.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(Allows).ToArray();
        return allowed.Length > 0
            ? allowed
            : throw new AddressNotAllowedException(addresses.Length == 0 ? $"{host} has no address"
                : IsLinkLocal(addresses[0]) ? $"{host} is a link-local address ({addresses[0]}), where cloud servers answer metadata requests: never fetched"
                : $"{host} is a loopback, private or link-local address ({addresses[0]}); an administrator can allow such addresses with Dashboard:Import:AllowPrivateAddresses");
    }

    public bool Allows(IPAddress address) => IsPublic(address) || (allowPrivate && !IsLinkLocal(address));

    /// <summary>169.254.0.0/16 and fe80::/10: where clouds answer metadata requests.</summary>
    public static bool IsLinkLocal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return address.AddressFamily == AddressFamily.InterNetwork
            ? address.GetAddressBytes() is [169, 254, ..]
            : address.IsIPv6LinkLocal;
    }

    /// <summary>Whether an address is on the public internet (not loopback, private, link-local, shared, multicast or reserved).</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (IsLinkLocal(address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224 // this network, private, loopback, multicast and reserved
                || (b[0] == 100 && b[1] >= 64 && b[1] < 128) // shared address space (carrier NAT)
                || (b[0] == 172 && b[1] >= 16 && b[1] < 32)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))); // benchmarking
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC // unique local fc00::/7
                || address.IsIPv6Teredo || (b[0] == 0x20 && b[1] == 0x02)); // tunnels that embed an IPv4 address
        }

        return false;
    }
}

/// <summary>The address a fetch would connect to is not allowed; the message says why and how to allow it.</summary>
public sealed class AddressNotAllowedException : Exception
{
    public AddressNotAllowedException()
    {
    }

    public AddressNotAllowedException(string message)
        : base(message)
    {
    }

    public AddressNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The refusal behind <paramref name="exception"/> (the HTTP handler wraps what its connect callback throws), or null.</summary>
    public static AddressNotAllowedException? In(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is AddressNotAllowedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
