using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Filtering;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// GET /export/{statements|contradictions|matrix}.{csv|json} with the views' own filter in the
/// query string (actor, program, outlet, from, to, q): what a view shows, as a file.
/// </summary>
public static class ViewExport
{
    /// <summary>The most statements one export carries; the file says when it was cut.</summary>
    public const int MaxStatements = 100_000;

    public static IEndpointRouteBuilder MapViewExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{view}.{format}", async (string view, string format, HttpRequest request, FilterOptions options, ViewFiles files, CancellationToken cancellationToken) =>
        {
            if (!ViewFiles.Formats.Contains(format))
            {
                return Results.NotFound($"Unknown export format '{format}'; use csv or json.");
            }

            if (!ViewFiles.Views.Contains(view))
            {
                return Results.NotFound($"Unknown view '{view}'; use statements, contradictions or matrix.");
            }

            var query = request.Query;
            var (filter, problems) = FilterQuery.Parse(Values(query[FilterQuery.Actor]), Values(query[FilterQuery.Program]), Values(query[FilterQuery.Outlet]),
                query[FilterQuery.From], query[FilterQuery.To], query[FilterQuery.Text], await options.GetAsync(cancellationToken));
            if (problems.Count > 0)
            {
                // An unknown name would otherwise drop out of the filter and widen the export to the whole corpus.
                return Results.Text($"Nothing was exported: {string.Join(" ", problems)} Choose values the dashboard knows (the filter lists them), as the command line's export does.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            var file = await files.CreateAsync(view, format, filter, query["kind"], MaxStatements, cancellationToken);
            return Results.File(file.Bytes, file.ContentType, file.FileName);
        });
        return endpoints;
    }

    private static string[] Values(Microsoft.Extensions.Primitives.StringValues values) => values.OfType<string>().ToArray();
}
