using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Annotations;

namespace Dashboard.Web.Endpoints;

/// <summary>GET /annotations/export.csv and /annotations/export.json with the list's filters (kind, author, q).</summary>
public static class AnnotationExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapAnnotationExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/annotations/export.{format}", (string format, string? kind, string? author, string? q, AnnotationService annotations) => format switch
        {
            // Written as it is read: every annotation, however many, without holding them all.
            "csv" => Results.Stream(body => WriteCsvAsync(body, annotations.StreamAsync(kind, author, q)), "text/csv; charset=utf-8", "annotations.csv"),
            "json" => Results.Stream(body => WriteJsonAsync(body, annotations.StreamAsync(kind, author, q)), "application/json", "annotations.json"),
            _ => Results.NotFound($"Unknown export format '{format}'; use csv or json."),
        });
        return endpoints;
    }

    private static async Task WriteCsvAsync(Stream body, IAsyncEnumerable<AnnotationView> items)
    {
        await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteAsync(Data.Export.Csv.Line(Header));
        await foreach (var a in items)
        {
            await writer.WriteAsync(Data.Export.Csv.Line(Cells(a)));
        }
    }

    /// <summary>An array written an item at a time, with asynchronous writes only (the server refuses blocking ones).</summary>
    private static async Task WriteJsonAsync(Stream body, IAsyncEnumerable<AnnotationView> items)
    {
        await body.WriteAsync("[\n"u8.ToArray());
        var first = true;
        await foreach (var a in items)
        {
            await body.WriteAsync(first ? "  "u8.ToArray() : ",\n  "u8.ToArray());
            await body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(a, Json));
            first = false;
        }

        await body.WriteAsync("\n]\n"u8.ToArray());
    }

    private static readonly string[] Header = ["id", "kind", "target_type", "target_key", "verdict", "author", "created_utc", "updated_utc", "passage", "body"];

    private static string?[] Cells(AnnotationView a) =>
    [
        a.Id.ToString(CultureInfo.InvariantCulture), a.Kind, a.TargetType, a.TargetKey, a.Verdict, a.Author,
        a.CreatedAt.ToString("O", CultureInfo.InvariantCulture), a.UpdatedAt.ToString("O", CultureInfo.InvariantCulture), a.Anchor?.Exact, a.Body,
    ];
}
