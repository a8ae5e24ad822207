using System.Net;
using System.Net.Sockets;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>A loopback port nobody listens on at the moment of asking (the OS's choice for port 0).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
