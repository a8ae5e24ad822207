using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Dashboard.Data.Tests.Import;

/// <summary>
/// A small web site on a free loopback port, for imports by address: an article page with its own
/// metadata, a redirect to it, a redirect loop, a server error, a slow page, a page whose body never ends, a PDF, a page larger
/// than a test's limit and a plain-text article. Counts the requests each path received.
/// </summary>
public sealed class LocalSite : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();

    public LocalSite()
    {
        Port = LoopbackPort.Free();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (string Type, byte[] Body, TimeSpan Delay)> served = new(StringComparer.Ordinal);

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> from now on (a test's own feed or page), after <paramref name="delay"/>.</summary>
    public void Serve(string path, string type, string body, TimeSpan delay = default) =>
        served[path] = (type, Encoding.UTF8.GetBytes(body), delay);

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>The article page: a JSON-LD NewsArticle, a script that must stay inert, and a position in its text.</summary>
    public const string ArticlePage = """
        <!doctype html>
        <html><head>
        <title>Site title | Example</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Roscosmos keeps away from the lunar station","datePublished":"2024-04-10T09:00:00Z","publisher":{"@type":"Organization","name":"TASS"}}</script>
        </head><body>
        <nav>Home | World | Science</nav>
        <article><h1>Roscosmos keeps away from the lunar station</h1>
        <p>MOSCOW, April 10. Russia is not interested in the Lunar Gateway, the head of Roscosmos said on Wednesday.</p>
        <p><script>alert('not run')</script>"We would consider taking part only on an equal footing," he told reporters.</p>
        </article></body></html>
        """;

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        try
        {
            if (served.TryGetValue(path, out var own))
            {
                await Task.Delay(own.Delay, stopping.Token);
                await WriteAsync(response, own.Type, own.Body);
                return;
            }

            switch (path)
            {
                case "/article":
                    await WriteAsync(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ArticlePage));
                    break;
                case "/plain":
                    await WriteAsync(response, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("NASA said on Monday it would continue to fly crews to the International Space Station until 2030."));
                    break;
                case "/moved":
                    response.Redirect(Url("/article"));
                    response.Close();
                    break;
                case "/loop":
                    response.Redirect(Url("/loop"));
                    response.Close();
                    break;
                case "/error":
                    response.StatusCode = 500;
                    response.Close();
                    break;
                case "/slow":
                    await Task.Delay(TimeSpan.FromMinutes(1), stopping.Token);
                    await WriteAsync(response, "text/html", Encoding.UTF8.GetBytes(ArticlePage));
                    break;
                case "/trickle":
                    // The headers and a first line at once, then nothing for longer than any test waits.
                    response.ContentType = "text/html";
                    response.SendChunked = true;
                    await response.OutputStream.WriteAsync(Encoding.ASCII.GetBytes("<html><body><p>Roscosmos said"), stopping.Token);
                    await response.OutputStream.FlushAsync(stopping.Token);
                    await Task.Delay(TimeSpan.FromMinutes(1), stopping.Token);
                    response.Close();
                    break;
                case "/pdf":
                    await WriteAsync(response, "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"));
                    break;
                case "/huge":
                    // No length announced: the import must stop reading at its limit by itself.
                    response.ContentType = "text/html";
                    response.SendChunked = true;
                    var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>Roscosmos said nothing new.</p>\n", 1000)));
                    for (var i = 0; i < 100; i++)
                    {
                        await response.OutputStream.WriteAsync(block, stopping.Token);
                    }

                    response.Close();
                    break;
                default:
                    response.StatusCode = 404;
                    response.Close();
                    break;
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away (a refused or cut-off fetch): nothing to answer.
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string type, byte[] body)
    {
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }
}
