using System.Globalization;
using System.Net;
using System.Text;
using Dashboard.Data.Backup;
using Dashboard.Web.Hosting;
using Dashboard.Data.Briefing;
using Dashboard.Data.Gazetteers;
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

        // ?b= names the briefing; without it, the newest.
        endpoints.MapGet("/briefing/pack.html", async (int? b, BriefingDeck decks, BriefingQueries briefing, CorpusQueries corpus, MatrixQueries matrix, GazetteerSource gazetteers, HttpContext context, CancellationToken cancellationToken) =>
        {
            var deck = await decks.DeckAsync(b, cancellationToken);
            var view = await matrix.GetAsync(DashboardFilter.None, cancellationToken);
            var programs = Components.Pages.Matrix.MatrixGridModel.ProgramColumns(view.Programs, gazetteers.Current.ProgramsByName).Select(p => p.name).ToList();
            var request = context.Request;
            var input = new PackInput(
                deck.Name, deck.MeetingOn, DateTime.UtcNow, await briefing.SlidesAsync(deck.Id, cancellationToken), await corpus.OverviewAsync(DashboardFilter.None, cancellationToken),
                view, programs, new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"));
            return Results.File(Encoding.UTF8.GetBytes(BriefingPack.Render(input)), "text/html; charset=utf-8", BriefingPack.FileName(input.Name, input.MeetingOn ?? DateOnly.FromDateTime(input.MadeUtc)));
        });
        return endpoints;
    }
}
