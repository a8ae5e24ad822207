using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace Dashboard.Web.Hosting;

/// <summary>Checks, before Kestrel starts, that fixed ports of the configured addresses are free.</summary>
internal static class ListenAddresses
{
    /// <exception cref="AddressInUseException">A configured port is taken by another program.</exception>
    public static void EnsureAvailable(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var address = BindingAddress.Parse(url);
            if (address.Port == 0 || !TryResolve(address.Host, out var ip))
            {
                continue; // port 0 is always free; wildcard and named hosts are left to Kestrel
            }

            using var probe = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Bind(new IPEndPoint(ip, address.Port));
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new AddressInUseException(ex.Message, ex);
            }
        }
    }

    /// <summary>
    /// The configured addresses that other machines could reach (anything but loopback and
    /// "localhost", including wildcards like 0.0.0.0, [::], * and +).
    /// </summary>
    public static IReadOnlyList<string> BeyondLoopback(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => BindingAddress.Parse(url) is var address && !(TryResolve(address.Host, out var ip) && IPAddress.IsLoopback(ip)))
            .ToList();

    private static bool TryResolve(string host, out IPAddress ip)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            ip = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out ip!);
    }
}
