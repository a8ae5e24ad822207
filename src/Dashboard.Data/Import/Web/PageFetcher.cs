using System.Globalization;
using Polly.Timeout;

namespace Dashboard.Data.Import.Web;

/// <summary>How long a whole fetch may take, the body included (the resilience handler's timeouts end when the headers arrive).</summary>
public sealed record FetchTimeout(TimeSpan Total);

/// <summary>A page fetched for an import (<see cref="File"/>, named after its final address), or why it could not be.</summary>
public sealed record FetchedPage(string Address, ImportFile? File, string? Problem);

/// <summary>
/// Fetches an article page by its address for an import: http and https only, through
/// <see cref="AddressGuard"/> (no private addresses unless allowed), redirects followed up to
/// <see cref="MaxRedirects"/>, pages and text only, at most the import's file size. Timeouts and
/// retries of passing failures come from the client's resilience handler (<see cref="WebImportServices"/>).
/// </summary>
public sealed class PageFetcher(HttpClient client, ImportLimits limits, FetchTimeout timeout)
{
    public const int MaxRedirects = 5;

    public const int MaxAddressLength = 2048;

    private static readonly string[] PageTypes = ["text/html", "application/xhtml+xml", "text/plain", "text/markdown"];

    // What servers send feeds as; text/plain too, which some send for anything.
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "text/plain"];

    public Task<FetchedPage> FetchAsync(string address, CancellationToken cancellationToken = default) =>
        FetchAsync(address, PageTypes, "not an article page", cancellationToken);

    /// <summary>A feed document (RSS or Atom), under the same rules as a page.</summary>
    public Task<FetchedPage> FetchFeedAsync(string address, CancellationToken cancellationToken = default) =>
        FetchAsync(address, FeedTypes, "not a feed", cancellationToken);

    private async Task<FetchedPage> FetchAsync(string address, string[] types, string wrongType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        address = address.Trim();
        if (Refusal(address) is { } refusal)
        {
            return new FetchedPage(address, null, refusal);
        }

        // A server that sends its headers and then trickles the body must not hold the import either.
        using var whole = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        whole.CancelAfter(timeout.Total);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, whole.Token);
            var final = response.RequestMessage?.RequestUri ?? new Uri(address);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return new FetchedPage(address, null, $"more than {MaxRedirects} redirects (the last to {response.Headers.Location})");
            }

            if (!response.IsSuccessStatusCode)
            {
                return new FetchedPage(address, null, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var type = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            if (type is not null && !types.Contains(type))
            {
                return new FetchedPage(address, null, $"{wrongType}: the server sent {type}");
            }

            if (response.Content.Headers.ContentLength > limits.MaxFileBytes)
            {
                return new FetchedPage(address, null, TooLarge());
            }

            var bytes = await ReadAtMostAsync(response.Content, limits.MaxFileBytes, whole.Token);
            return bytes is null
                ? new FetchedPage(address, null, TooLarge())
                : new FetchedPage(address, new ImportFile(FileNameOf(final, type), bytes) { SourceUrl = final.AbsoluteUri }, null);
        }
        catch (HttpRequestException ex) when (AddressNotAllowedException.In(ex) is { } blocked)
        {
            return new FetchedPage(address, null, $"not fetched: {blocked.Message}");
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new FetchedPage(address, null, "the server did not answer in time");
        }
        catch (HttpRequestException ex)
        {
            return new FetchedPage(address, null, $"could not be fetched: {ex.Message}");
        }
    }

    /// <summary>Why an address is refused before anything is sent, or null.</summary>
    public static string? Refusal(string address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "no address given";
        }

        if (address.Length > MaxAddressLength)
        {
            return $"the address is longer than {MaxAddressLength:N0} characters";
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "only http:// and https:// addresses can be imported";
        }

        return uri.UserInfo.Length > 0 ? "an address with a user name or password is not fetched" : null;
    }

    private string TooLarge() => string.Create(CultureInfo.InvariantCulture, $"larger than the limit of {limits.MaxFileBytes / 1024.0 / 1024.0:0.#} MB a file");

    /// <summary>The body, or null when it is longer than <paramref name="max"/> bytes (reading stops there).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(HttpContent content, long max, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>"host/path" as a file name the import understands (.html for pages, .txt for text).</summary>
    private static string FileNameOf(Uri address, string? type)
    {
        var stem = (address.Host + address.AbsolutePath).TrimEnd('/');
        var safe = new string([.. stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]);
        safe = safe.Length > 120 ? safe[..120] : safe;
        var extension = type is "text/plain" or "text/markdown" ? ".txt" : ".html";
        return safe.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? safe : safe + extension;
    }
}
