using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Data.Annotations;

namespace Dashboard.Web.Endpoints;

/// <summary>GET /annotations/export.csv and /annotations/export.json with the list's filters (kind, author, q).</summary>
public static class AnnotationExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapAnnotationExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/annotations/export.{format}", async (string format, string? kind, string? author, string? q, AnnotationService annotations, CancellationToken cancellationToken) =>
        {
            var items = await annotations.ListAsync(kind, author, q, cancellationToken);
            return format switch
            {
                "csv" => Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(items))).ToArray(), "text/csv; charset=utf-8", "annotations.csv"),
                "json" => Results.File(JsonSerializer.SerializeToUtf8Bytes(items, Json), "application/json", "annotations.json"),
                _ => Results.NotFound($"Unknown export format '{format}'; use csv or json."),
            };
        });
        return endpoints;
    }

    public static string Csv(IEnumerable<AnnotationView> items)
    {
        var builder = new StringBuilder("id,kind,target_type,target_key,verdict,author,created_utc,updated_utc,body\r\n");
        foreach (var a in items)
        {
            builder.AppendJoin(',', [
                a.Id.ToString(CultureInfo.InvariantCulture), Cell(a.Kind), Cell(a.TargetType), Cell(a.TargetKey), Cell(a.Verdict ?? ""), Cell(a.Author),
                a.CreatedAt.ToString("O", CultureInfo.InvariantCulture), a.UpdatedAt.ToString("O", CultureInfo.InvariantCulture), Cell(a.Body)]);
            builder.Append("\r\n");
        }

        return builder.ToString();
    }

    /// <summary>Quoted, with formula-looking text neutralised so a spreadsheet never executes it.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
