using System.Net;
using System.Text;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>A web site of one HTML page on a free loopback port (every path serves it), for imports by address.</summary>
public sealed class OnePageSite : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly byte[] page;

    public OnePageSite(string html)
    {
        page = Encoding.UTF8.GetBytes(html);
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
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength64 = page.Length;
                await context.Response.OutputStream.WriteAsync(page);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
            {
                return;
            }
        }
    }
}
