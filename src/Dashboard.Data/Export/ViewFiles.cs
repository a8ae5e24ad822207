using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Export;

/// <summary>The rows of the statements, contradictions and matrix views as files (CSV; JSON shapes), for the web downloads and the command line alike.</summary>
public static class ViewFiles
{
    public static Csv StatementsCsv(IEnumerable<StatementRow> rows)
    {
        var csv = new Csv("id", "document_id", "file", "outlet", "date", "speaker", "actor", "direct", "venue", "stances", "text");
        foreach (var r in rows)
        {
            csv.Row(Number(r.Id), Number(r.DocumentId), r.FileName, r.Outlet, r.Date, r.Speaker, r.Actor, r.Direct ? "yes" : "no", r.Venue, r.Stances, r.Text);
        }

        return csv;
    }

    public static Csv ContradictionsCsv(IEnumerable<ContradictionView> pairs)
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

    public static Csv MatrixCsv(IEnumerable<MatrixCellView> cells)
    {
        var csv = new Csv("actor", "program", "statements", "latest", "previous", "trend", "average_score", "average", "latest_conditional", "statement_ids");
        foreach (var c in cells)
        {
            csv.Row(c.Actor, c.Program, Number(c.Count), c.LatestLabel, c.PreviousLabel, c.Trend, c.Mean.ToString("0.00", CultureInfo.InvariantCulture), c.MeanLabel,
                c.LatestConditional ? "yes" : "no", string.Join(' ', c.StatementIds));
        }

        return csv;
    }

    public static object ContradictionJson(ContradictionView c) => new
    {
        c.Id, c.Fingerprint, c.Kind, c.Actor, c.Program, c.Strength, c.DaysApart, c.Explanation,
        Earlier = new { c.A.Id, c.A.DocumentId, c.A.Date, c.A.Outlet, c.A.Speaker, c.A.Text },
        Later = new { c.B.Id, c.B.DocumentId, c.B.Date, c.B.Outlet, c.B.Speaker, c.B.Text },
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
