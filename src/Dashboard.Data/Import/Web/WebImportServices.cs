using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Dashboard.Data.Import.Web;

/// <summary>
/// The HTTP client behind imports by address: <c>Dashboard:Import:FetchTimeoutSeconds</c> (30) for a
/// whole fetch, a third of it for each attempt, two retries with back-off for passing failures (a
/// dropped connection, 408, 429, 5xx), connections only to addresses <see cref="AddressGuard"/> allows.
/// </summary>
public static class WebImportServices
{
    public const double DefaultFetchTimeoutSeconds = 30;

    public static IServiceCollection AddWebImport(this IServiceCollection services, IConfiguration configuration)
    {
        var guard = new AddressGuard(bool.TryParse(configuration["Dashboard:Import:AllowPrivateAddresses"], out var allow) && allow);
        var total = TimeSpan.FromSeconds(double.TryParse(configuration["Dashboard:Import:FetchTimeoutSeconds"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 600
            ? seconds
            : DefaultFetchTimeoutSeconds);
        services.AddSingleton(guard);
        services.AddSingleton(new FetchTimeout(total));
        // Transient like the typed client it holds: a singleton would keep one client, and its handler, for ever.
        services.AddTransient<UrlImporter>();
        services.AddHttpClient<PageFetcher>(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler's timeouts decide
                client.DefaultRequestHeaders.UserAgent.ParseAdd("BriefingDashboard/1.0 (article import)");
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = PageFetcher.MaxRedirects,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                UseCookies = false,
                ConnectCallback = async (context, cancellationToken) =>
                {
                    var addresses = await guard.ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            })
            .AddResilienceHandler("article-pages", pipeline => pipeline
                .AddTimeout(total)
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    Delay = TimeSpan.FromSeconds(0.5),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    // A refused address stays refused: not worth asking again.
                    ShouldHandle = arguments => ValueTask.FromResult(
                        HttpClientResiliencePredicates.IsTransient(arguments.Outcome) && AddressNotAllowedException.In(arguments.Outcome.Exception) is null),
                })
                .AddTimeout(total / 3));
        return services;
    }
}
