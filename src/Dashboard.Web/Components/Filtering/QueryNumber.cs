using System.Globalization;

namespace Dashboard.Web.Components.Filtering;

/// <summary>
/// Numbers from the query string (?page=, ?statement=, ?slide=). They are bound as text and read
/// here, because a typed parameter that fails to parse ends the request with an error page; a
/// link someone mistyped must still open the view.
/// </summary>
public static class QueryNumber
{
    /// <summary>The positive whole number in <paramref name="text"/>, or null.</summary>
    public static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
