using System.Globalization;

namespace Dashboard.Web.Components;

/// <summary>How dates read in the dashboard: ISO dates, so a mixed international team reads them the same way.</summary>
public static class Format
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";

    public static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The text cut to <paramref name="length"/> characters with an ellipsis; "" for null.</summary>
    public static string Shorten(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..length] + "…";
}
