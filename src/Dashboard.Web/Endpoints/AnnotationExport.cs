using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Annotations;
using Dashboard.Data.Export;

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
                "csv" => Results.File(Csv(items).ToBytes(), "text/csv; charset=utf-8", "annotations.csv"),
                "json" => Results.File(JsonSerializer.SerializeToUtf8Bytes(items, Json), "application/json", "annotations.json"),
                _ => Results.NotFound($"Unknown export format '{format}'; use csv or json."),
            };
        });
        return endpoints;
    }

    public static Csv Csv(IEnumerable<AnnotationView> items)
    {
        var csv = new Csv("id", "kind", "target_type", "target_key", "verdict", "author", "created_utc", "updated_utc", "passage", "body");
        foreach (var a in items)
        {
            csv.Row(a.Id.ToString(CultureInfo.InvariantCulture), a.Kind, a.TargetType, a.TargetKey, a.Verdict, a.Author,
                a.CreatedAt.ToString("O", CultureInfo.InvariantCulture), a.UpdatedAt.ToString("O", CultureInfo.InvariantCulture), a.Anchor?.Exact, a.Body);
        }

        return csv;
    }
}
