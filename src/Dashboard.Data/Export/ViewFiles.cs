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
        // One row per finding: each side's period, stance, statements and outlets, then its clearest statement.
        var csv = new Csv("id", "kind", "actor", "program", "strength", "days_apart",
            "earlier_from", "earlier_to", "earlier_stance", "earlier_statement_ids", "earlier_outlets", "earlier_statement", "earlier_date", "earlier_outlet", "earlier_text",
            "later_from", "later_to", "later_stance", "later_statement_ids", "later_outlets", "later_statement", "later_date", "later_outlet", "later_text", "explanation");
        foreach (var c in pairs)
        {
            csv.Row([Number(c.Id), c.Kind, c.Actor, c.Program, c.Strength.ToString("0.00", CultureInfo.InvariantCulture), c.DaysApart?.ToString(CultureInfo.InvariantCulture),
                .. Side(c.Earlier, c.A), .. Side(c.Later, c.B), c.Explanation]);
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

    private static string?[] Side(FindingSideView side, StatementView clearest) =>
        [side.From, side.To, side.Stance, string.Join(' ', side.StatementIds.Select(Number)), string.Join("; ", side.Outlets),
            Number(clearest.Id), clearest.Date, clearest.Outlet, clearest.Text];

    private static object ContradictionJson(ContradictionView c) => new
    {
        c.Id, c.Fingerprint, c.Kind, c.Actor, c.Program, c.Strength, c.DaysApart, c.Explanation,
        Earlier = SideJson(c.Earlier, c.A),
        Later = SideJson(c.Later, c.B),
    };

    private static object SideJson(FindingSideView side, StatementView clearest) => new
    {
        side.From, side.To, side.Stance, side.StatementIds, side.Outlets,
        Clearest = new { clearest.Id, clearest.DocumentId, clearest.Date, clearest.Outlet, clearest.Speaker, clearest.Text },
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
