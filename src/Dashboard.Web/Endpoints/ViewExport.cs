using System.Globalization;
using System.Text.Json;
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
                        : Results.File(StatementsCsv(rows).ToBytes(), "text/csv; charset=utf-8", "statements.csv");
                case "contradictions":
                    var pairs = await corpus.ContradictionsAsync(filter, request.Query["kind"], cancellationToken);
                    return format == "json"
                        ? Results.File(JsonSerializer.SerializeToUtf8Bytes(pairs.Select(ContradictionJson), Json), "application/json", "contradictions.json")
                        : Results.File(ContradictionsCsv(pairs).ToBytes(), "text/csv; charset=utf-8", "contradictions.csv");
                case "matrix":
                    var cells = (await matrix.GetAsync(filter, cancellationToken)).Cells.Values.OrderBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Program, StringComparer.Ordinal).ToList();
                    return format == "json"
                        ? Results.File(JsonSerializer.SerializeToUtf8Bytes(cells, Json), "application/json", "matrix.json")
                        : Results.File(MatrixCsv(cells).ToBytes(), "text/csv; charset=utf-8", "matrix.csv");
                default:
                    return Results.NotFound($"Unknown view '{view}'; use statements, contradictions or matrix.");
            }
        });
        return endpoints;
    }

    private static Csv StatementsCsv(IEnumerable<StatementRow> rows)
    {
        var csv = new Csv("id", "document_id", "file", "outlet", "date", "speaker", "actor", "direct", "venue", "stances", "text");
        foreach (var r in rows)
        {
            csv.Row(Number(r.Id), Number(r.DocumentId), r.FileName, r.Outlet, r.Date, r.Speaker, r.Actor, r.Direct ? "yes" : "no", r.Venue, r.Stances, r.Text);
        }

        return csv;
    }

    private static Csv ContradictionsCsv(IEnumerable<ContradictionView> pairs)
    {
        var csv = new Csv("id", "kind", "actor", "program", "strength", "days_apart", "earlier_statement", "earlier_date", "earlier_outlet", "earlier_text",
            "later_statement", "later_date", "later_outlet", "later_text", "explanation");
        foreach (var c in pairs)
        {
            csv.Row(Number(c.Id), c.Kind, c.Actor, c.Program, c.Strength.ToString("0.00", CultureInfo.InvariantCulture), c.DaysApart?.ToString(CultureInfo.InvariantCulture),
                Number(c.A.Id), c.A.Date, c.A.Outlet, c.A.Text, Number(c.B.Id), c.B.Date, c.B.Outlet, c.B.Text, c.Explanation);
        }

        return csv;
    }

    private static Csv MatrixCsv(IEnumerable<MatrixCellView> cells)
    {
        var csv = new Csv("actor", "program", "statements", "latest", "previous", "trend", "average_score", "average", "latest_conditional", "statement_ids");
        foreach (var c in cells)
        {
            csv.Row(c.Actor, c.Program, Number(c.Count), c.LatestLabel, c.PreviousLabel, c.Trend, c.Mean.ToString("0.00", CultureInfo.InvariantCulture), c.MeanLabel,
                c.LatestConditional ? "yes" : "no", string.Join(' ', c.StatementIds));
        }

        return csv;
    }

    private static object ContradictionJson(ContradictionView c) => new
    {
        c.Id, c.Fingerprint, c.Kind, c.Actor, c.Program, c.Strength, c.DaysApart, c.Explanation,
        Earlier = new { c.A.Id, c.A.DocumentId, c.A.Date, c.A.Outlet, c.A.Speaker, c.A.Text },
        Later = new { c.B.Id, c.B.DocumentId, c.B.Date, c.B.Outlet, c.B.Speaker, c.B.Text },
    };

    private static string[] Values(Microsoft.Extensions.Primitives.StringValues values) => values.OfType<string>().ToArray();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
