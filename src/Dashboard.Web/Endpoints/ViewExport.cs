using System.Globalization;
using System.Text.Json;
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

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapViewExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{view}.{format}", async (string view, string format, HttpRequest request, FilterOptions options,
            StatementQueries statements, CorpusQueries corpus, MatrixQueries matrix, CancellationToken cancellationToken) =>
        {
            if (format is not ("csv" or "json"))
            {
                return Results.NotFound($"Unknown export format '{format}'; use csv or json.");
            }

            var query = request.Query;
            var (filter, _) = FilterQuery.Parse(Values(query[FilterQuery.Actor]), Values(query[FilterQuery.Program]), Values(query[FilterQuery.Outlet]),
                query[FilterQuery.From], query[FilterQuery.To], query[FilterQuery.Text], await options.GetAsync(cancellationToken));
            switch (view)
            {
                case "statements":
                    var rows = await statements.ExportAsync(filter, MaxStatements, cancellationToken);
                    return format == "json"
                        ? Results.File(JsonSerializer.SerializeToUtf8Bytes(rows, Json), "application/json", "statements.json")
                        : Results.File(ViewFiles.StatementsCsv(rows).ToBytes(), "text/csv; charset=utf-8", "statements.csv");
                case "contradictions":
                    var pairs = await corpus.ContradictionsAsync(filter, request.Query["kind"], cancellationToken);
                    return format == "json"
                        ? Results.File(JsonSerializer.SerializeToUtf8Bytes(pairs.Select(ViewFiles.ContradictionJson), Json), "application/json", "contradictions.json")
                        : Results.File(ViewFiles.ContradictionsCsv(pairs).ToBytes(), "text/csv; charset=utf-8", "contradictions.csv");
                case "matrix":
                    var cells = (await matrix.GetAsync(filter, cancellationToken)).Cells.Values.OrderBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Program, StringComparer.Ordinal).ToList();
                    return format == "json"
                        ? Results.File(JsonSerializer.SerializeToUtf8Bytes(cells, Json), "application/json", "matrix.json")
                        : Results.File(ViewFiles.MatrixCsv(cells).ToBytes(), "text/csv; charset=utf-8", "matrix.csv");
                default:
                    return Results.NotFound($"Unknown view '{view}'; use statements, contradictions or matrix.");
            }
        });
        return endpoints;
    }

    private static string[] Values(Microsoft.Extensions.Primitives.StringValues values) => values.OfType<string>().ToArray();

}
