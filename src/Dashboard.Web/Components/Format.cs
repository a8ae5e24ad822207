using System.Globalization;

namespace Dashboard.Web.Components;

/// <summary>How dates read in the dashboard: ISO dates, so a mixed international team reads them the same way.</summary>
public static class Format
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";

    public static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A size people read: "12 KB", "1.4 MB".</summary>
    public static string Kilobytes(long characters) => characters < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, characters / 1024.0):0} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{characters / 1024.0 / 1024.0:0.0} MB");

    /// <summary>The text cut to <paramref name="length"/> characters with an ellipsis; "" for null.</summary>
    public static string Shorten(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..length] + "…";
}
