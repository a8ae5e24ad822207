using System.Globalization;
using System.Net;
using System.Text;
using Dashboard.Data.Backup;
using Dashboard.Web.Hosting;
using Dashboard.Data.Briefing;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// GET /backup: a consistent copy of the database, made while the app runs. GET
/// /documents/{id}/page: the web page a document was read from, as it arrived. GET
/// /briefing/pack.html: the briefing as one self-contained HTML file (no scripts, no outside
/// files) that reads on any machine and prints one item per page.
/// </summary>
public static class DataDownloads
{
    /// <summary>A stored page runs nothing and loads nothing, even if a browser shows it instead of saving it.</summary>
    public const string StoredPagePolicy = "sandbox; default-src 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapDataDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/backup", async (DatabaseBackup backup, Data.Audit.AuditLog audit, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!backup.Supported)
            {
                return Results.Text(DatabaseBackup.ServerDatabaseMessage, statusCode: StatusCodes.Status409Conflict);
            }

            var folder = TemporaryFolders.Create(TemporaryFolders.BackupPrefix);
            try
            {
                var file = Path.Combine(folder, "dashboard.db");
                var documents = await backup.BackupToAsync(file, cancellationToken);
                await audit.RecordAsync(context.User.Identity?.Name ?? $"browser at {context.Connection.RemoteIpAddress}", "backup", "download", $"{documents} documents", cancellationToken);
                var name = $"dashboard-backup-{DateTime.UtcNow:yyyyMMdd-HHmmss}.db";
                // Streamed from the file, which goes with its folder once sent or abandoned.
                return Results.Stream(async body =>
                {
                    try
                    {
                        await using var copy = File.OpenRead(file);
                        await copy.CopyToAsync(body, context.RequestAborted);
                    }
                    finally
                    {
                        TemporaryFolders.Delete(folder);
                    }
                }, "application/vnd.sqlite3", name);
            }
            catch
            {
                TemporaryFolders.Delete(folder);
                throw;
            }
        }).RequireAuthorization(Accounts.AccountHosting.Administer); // a backup holds everything, the accounts too

        // The page a document was read from, as it arrived: downloaded, never shown inside the dashboard,
        // and inert even if a browser rendered it (a sandbox with no scripts, no loads, no forms).
        endpoints.MapGet("/documents/{id:int}/page", async (int id, DocumentQueries documents, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (await documents.PageAsync(id, cancellationToken) is not { } kept)
            {
                return Results.NotFound("This document has no web page kept: it was imported as text.");
            }

            context.Items[SecurityHeaders.OwnPolicy] = true;
            context.Response.Headers.ContentSecurityPolicy = StoredPagePolicy;
            var name = $"{Path.GetFileNameWithoutExtension(kept.FileName)}-as-imported.html";
            return Results.File(Encoding.UTF8.GetBytes(kept.Page), "text/html; charset=utf-8", name);
        });

        endpoints.MapGet("/briefing/pack.html", async (BriefingQueries briefing, CancellationToken cancellationToken) =>
            Results.File(Encoding.UTF8.GetBytes(Pack(await briefing.SlidesAsync(cancellationToken), DateTime.UtcNow)), "text/html; charset=utf-8", "briefing.html"));
        return endpoints;
    }

    /// <summary>The handout: every slide's item with its quotes and the team's notes, all text encoded.</summary>
    public static string Pack(IReadOnlyList<BriefingSlide> slides, DateTime madeUtc)
    {
        ArgumentNullException.ThrowIfNull(slides);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Briefing</title>
            <style>
            body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#212529}
            section{border-top:2px solid #495057;padding-top:1rem;margin-top:2rem}
            blockquote{margin:.5rem 0;padding:.25rem 1rem;border-left:4px solid #6c757d}
            .meta{color:#495057;font-size:.9rem}.stance{font-weight:600}
            @media print{section{break-after:page;border-top:none}body{margin:0}}
            </style></head><body>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<h1>Briefing</h1><p class=\"meta\">{slides.Count} items · made {madeUtc:yyyy-MM-dd HH:mm} UTC</p>");
        var number = 0;
        foreach (var slide in slides)
        {
            number++;
            html.Append(CultureInfo.InvariantCulture, $"<section><p class=\"meta\">{number} / {slides.Count} · pinned by {E(slide.Pin.Author)}</p><h2>{E(slide.Pin.Body)}</h2>");
            switch (slide.Content)
            {
                case CellContent cell:
                    html.Append(CultureInfo.InvariantCulture, $"<p>Latest <span class=\"stance\">{E(cell.Cell.LatestLabel)}</span>{(cell.Cell.LatestConditional ? " (conditional)" : "")} · average <span class=\"stance\">{E(cell.Cell.MeanLabel)}</span> · {cell.Cell.Count} statements</p>");
                    foreach (var statement in cell.Latest)
                    {
                        Quote(html, statement);
                    }

                    break;
                case StatementContent one:
                    Quote(html, one.Statement);
                    break;
                case ContradictionContent pair:
                    html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(pair.Contradiction.Kind)}</strong>: {E(pair.Contradiction.Explanation)}</p><h3>Earlier</h3>");
                    Quote(html, pair.Contradiction.A);
                    html.Append("<h3>Later</h3>");
                    Quote(html, pair.Contradiction.B);
                    break;
                case ClusterContent cluster:
                    foreach (var discrepancy in cluster.Cluster.Discrepancies)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<p>⚠ {E(discrepancy)}</p>");
                    }

                    foreach (var member in cluster.Cluster.Members)
                    {
                        Quote(html, member);
                    }

                    break;
                default:
                    html.Append("<p><em>This item is no longer in the corpus.</em></p>");
                    break;
            }

            if (slide.Annotations.Count > 0)
            {
                html.Append("<h3>From the team</h3><ul>");
                foreach (var a in slide.Annotations)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(a.Author)}</strong>: {E(a.Summary)}</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</section>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Quote(StringBuilder html, StatementView s) =>
        html.Append(CultureInfo.InvariantCulture,
            $"<blockquote><p>{E(s.Direct ? $"“{s.Text}”" : s.Text)}</p><p class=\"meta\">{E(s.Speaker ?? "unknown speaker")}{(s.Actor is null ? "" : $" ({E(s.Actor)})")} · {E(s.Outlet ?? s.FileName)} · {E(s.Date ?? "undated")}{(s.Stances.Count == 0 ? "" : " · " + E(string.Join("; ", s.Stances.Select(st => $"{st.Program}: {st.Label}"))))}</p></blockquote>");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
