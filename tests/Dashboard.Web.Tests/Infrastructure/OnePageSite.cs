using System.Net;
using System.Text;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// A web site of one HTML page on a free loopback port (every path serves it), for imports by address;
/// with <c>feed</c>, <see cref="FeedPath"/> serves that RSS document instead.
/// </summary>
public sealed class OnePageSite : IDisposable
{
    public const string FeedPath = "/feed.xml";

    private readonly HttpListener listener = new();
    private readonly byte[] page;
    private readonly byte[]? feed;

    public OnePageSite(string html, string? feed = null)
    {
        page = Encoding.UTF8.GetBytes(html);
        this.feed = feed is null ? null : Encoding.UTF8.GetBytes(feed);
        Address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");

        listener.Prefixes.Add(Address.ToString());
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public void Dispose() => listener.Close();

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            try
            {
                var context = await listener.GetContextAsync();
                var isFeed = feed is not null && context.Request.Url?.AbsolutePath == FeedPath;
                var body = isFeed ? feed! : page;
                context.Response.ContentType = isFeed ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
            {
                return;
            }
        }
    }
}
