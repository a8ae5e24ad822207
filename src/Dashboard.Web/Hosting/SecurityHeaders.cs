namespace Dashboard.Web.Hosting;

/// <summary>
/// Response headers that keep the dashboard's pages from being framed, sniffed or fed foreign
/// scripts. The Content-Security-Policy is as strict as Blazor Server, MudBlazor and plotly.js
/// allow: scripts only from this origin (no inline script, no eval: plotly.js needs none for
/// scatter, bar and heatmap), the circuit's WebSocket to this origin. Inline styles stay allowed:
/// MudBlazor writes its theme and component styles inline (MudBlazor/MudBlazor#4529) and plotly.js
/// adds a style element of its own (decision 017).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Set in <c>HttpContext.Items</c> by an endpoint whose response carries a stricter policy of its own.</summary>
    public const string OwnPolicy = "dashboard-own-content-security-policy";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // A response that set a stricter policy of its own (a stored page, sandboxed) keeps it;
                // every other policy (the framework's own frame-ancestors, for one) gives way to ours.
                if (!context.Items.ContainsKey(OwnPolicy))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
