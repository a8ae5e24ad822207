using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dashboard.Web.Tests.Infrastructure;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>
/// Single-user mode (no sign-in, administrator rights) is for this computer's own browser only. It is
/// decided from the addresses the server really bound, however they were configured, and from each
/// request's peer: a server reachable from the network, or a request relayed by a proxy, always signs in.
/// </summary>
public sealed class ListenAddressTests : IDisposable
{
    private readonly string folder = DashboardApp.NewFolder();

    public void Dispose() => DashboardApp.DeleteFolder(folder);

    public static TheoryData<string> Configurations() => ["--urls", "ASPNETCORE_URLS", "Kestrel endpoint", "appsettings file", "HTTPS endpoint"];

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task A_server_reachable_from_the_network_demands_a_sign_in_for_the_backup(string configuration)
    {
        var environment = new Dictionary<string, string>();
        string[] arguments = [];
        var settings = Path.Combine(Path.GetDirectoryName(TestPaths.DashboardWebAssembly)!, "appsettings.ListenTest.json");
        switch (configuration)
        {
            case "--urls":
                arguments = ["--urls", "http://0.0.0.0:0"];
                break;
            case "ASPNETCORE_URLS":
                environment["ASPNETCORE_URLS"] = "http://0.0.0.0:0";
                break;
            case "Kestrel endpoint":
                environment["Kestrel__Endpoints__Http__Url"] = "http://0.0.0.0:0";
                break;
            case "appsettings file":
                environment["ASPNETCORE_ENVIRONMENT"] = "ListenTest";
                await File.WriteAllTextAsync(settings, """{ "Kestrel": { "Endpoints": { "Web": { "Url": "http://0.0.0.0:0" } } } }""");
                break;
            default:
                var certificate = Path.Combine(folder, "server.pfx");
                await File.WriteAllBytesAsync(certificate, SelfSignedCertificate("a password"));
                environment["Kestrel__Endpoints__Https__Url"] = "https://0.0.0.0:0";
                environment["Kestrel__Endpoints__Https__Certificate__Path"] = certificate;
                environment["Kestrel__Endpoints__Https__Certificate__Password"] = "a password";
                break;
        }

        try
        {
            await using var app = await DashboardApp.StartAsync(null, environment, arguments);

            Assert.Contains("Listening beyond this computer: everyone signs in.", app.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("single-user mode", app.Output, StringComparison.Ordinal);
            // Another computer, claiming to be this one: its peer address is not loopback.
            var fromNetwork = new UriBuilder(app.BaseUrl) { Host = NetworkAddress().ToString() }.Uri;
            foreach (var baseUrl in new[] { fromNetwork, app.BaseUrl })
            {
                using var http = Client();
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "/backup"));
                request.Headers.Host = "127.0.0.1";
                using var response = await http.SendAsync(request);

                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(settings);
        }
    }

    [Fact]
    public async Task On_loopback_a_request_relayed_by_a_proxy_is_not_the_person_at_this_computer()
    {
        await using var app = await DashboardApp.StartAsync();
        using var http = Client();

        using (var direct = await http.GetAsync(new Uri(app.BaseUrl, "/backup"), HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, direct.StatusCode); // single-user mode, as it should be here
        }

        foreach (var header in new[] { "X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.BaseUrl, "/backup"));
            request.Headers.TryAddWithoutValidation(header, header == "Forwarded" ? "for=203.0.113.9" : "203.0.113.9");
            using var relayed = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.Redirect, relayed.StatusCode);
        }

        // Relayed, the first administrator takes the code printed on the console.
        using var setup = new HttpRequestMessage(HttpMethod.Get, new Uri(app.BaseUrl, "/setup"));
        setup.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        Assert.Contains("Set-up code", await (await http.SendAsync(setup)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Set-up code", await http.GetStringAsync(new Uri(app.BaseUrl, "/setup")), StringComparison.Ordinal);
    }

    private static HttpClient Client() => new(new HttpClientHandler
    {
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>An address of this machine other than loopback, as another computer would reach it.</summary>
    private static IPAddress NetworkAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("This machine has no network address other than loopback, so no request can come from 'another computer'.");

    private static byte[] SelfSignedCertificate(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.Export(X509ContentType.Pfx, password);
    }
}
