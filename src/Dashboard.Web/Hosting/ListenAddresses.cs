using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace Dashboard.Web.Hosting;

/// <summary>The addresses the dashboard listens on: what the configuration asks for, whether they are loopback, whether their ports are free.</summary>
internal static class ListenAddresses
{
    /// <exception cref="AddressInUseException">A configured port is taken by another program.</exception>
    public static void EnsureAvailable(IEnumerable<string> urls)
    {
        foreach (var url in urls)
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
    /// Whether an address (configured or bound) is reachable from this computer only: anything but
    /// loopback and "localhost" is not, wildcards like 0.0.0.0, [::], * and + included. Unix sockets
    /// and pipes count as not: a proxy sits in front of them.
    /// </summary>
    public static bool IsLoopback(string url)
    {
        try
        {
            var address = BindingAddress.Parse(url);
            return !address.IsUnixPipe && !address.IsNamedPipe && TryResolve(address.Host, out var ip) && IPAddress.IsLoopback(ip);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Every address the configuration asks for, whichever way: Kestrel's endpoints (which win over
    /// the rest), else <c>urls</c> (--urls, ASPNETCORE_URLS), else <c>http_ports</c>/<c>https_ports</c>
    /// (every interface), else the loopback default.
    /// </summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().Where(u => u.Length > 0).ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }

        if (!string.IsNullOrWhiteSpace(configuration["urls"]))
        {
            return Split(configuration["urls"]!);
        }

        var ports = Split(configuration["http_ports"] ?? "").Select(p => $"http://*:{p}")
            .Concat(Split(configuration["https_ports"] ?? "").Select(p => $"https://*:{p}")).ToList();
        return ports.Count > 0 ? ports : [DashboardOptions.DefaultUrl];
    }

    private static List<string> Split(string list) => [.. list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

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
