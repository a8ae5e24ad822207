using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Export;

/// <summary>A view as a downloadable file.</summary>
public sealed record ViewFile(byte[] Bytes, string ContentType, string FileName);

/// <summary>
/// The statements, contradictions and matrix views as CSV or JSON files for a filter: one maker for
/// the browser downloads and the command line alike.
/// </summary>
public sealed class ViewFiles(StatementQueries statements, CorpusQueries corpus, MatrixQueries matrix)
{
    public static readonly string[] Views = ["statements", "contradictions", "matrix"];
    public static readonly string[] Formats = ["csv", "json"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The file for <paramref name="view"/> in <paramref name="format"/> (see <see cref="Views"/>, <see cref="Formats"/>); <paramref name="kind"/> narrows contradictions.</summary>
    public async Task<ViewFile> CreateAsync(string view, string format, DashboardFilter filter, string? kind, int maxStatements, CancellationToken cancellationToken = default)
    {
        if (!Views.Contains(view) || !Formats.Contains(format))
        {
            throw new ArgumentException($"No export '{view}.{format}'.", nameof(view));
        }

        var csv = format == "csv";
        byte[] bytes;
        switch (view)
        {
            case "statements":
                var rows = await statements.ExportAsync(filter, maxStatements, cancellationToken);
                bytes = csv ? StatementsCsv(rows).ToBytes() : JsonSerializer.SerializeToUtf8Bytes(rows, Json);
                break;
            case "contradictions":
                var pairs = await corpus.ContradictionsAsync(filter, kind, cancellationToken);
                bytes = csv ? ContradictionsCsv(pairs).ToBytes() : JsonSerializer.SerializeToUtf8Bytes(pairs.Select(ContradictionJson), Json);
                break;
            default:
                var cells = (await matrix.GetAsync(filter, cancellationToken)).Cells.Values
                    .OrderBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Program, StringComparer.Ordinal).ToList();
                bytes = csv ? MatrixCsv(cells).ToBytes() : JsonSerializer.SerializeToUtf8Bytes(cells, Json);
                break;
        }

        return new ViewFile(bytes, csv ? "text/csv; charset=utf-8" : "application/json", $"{view}.{format}");
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

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
