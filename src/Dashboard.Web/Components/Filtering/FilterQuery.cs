using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Filtering;

/// <summary>
/// Turns the query string into a <see cref="DashboardFilter"/>. Unknown values and malformed dates
/// are dropped with a note the filter bar shows; the view never fails because of its URL.
/// </summary>
public static class FilterQuery
{
    public const string Actor = "actor";
    public const string Program = "program";
    public const string Outlet = "outlet";
    public const string From = "from";
    public const string To = "to";
    public const string Text = "q";

    public static (DashboardFilter Filter, IReadOnlyList<string> Notes) Parse(
        string[]? actors, string[]? programs, string[]? outlets, string? from, string? to, string? text, FilterChoices choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var notes = new List<string>();
        var filter = new DashboardFilter(
            Known(actors, choices.Actors, "actor", notes),
            Known(programs, choices.Programs, "program", notes),
            Known(outlets, choices.Outlets, "outlet", notes),
            Date(from, "from", notes),
            Date(to, "to", notes),
            SearchText(text, notes));
        if (filter.From is { } f && filter.To is { } t && f > t)
        {
            notes.Add($"The date range {f:yyyy-MM-dd} to {t:yyyy-MM-dd} is reversed; it was swapped.");
            filter = filter with { From = t, To = f };
        }

        return (filter, notes);
    }

    private static List<string> Known(string[]? values, IReadOnlyList<string> known, string what, List<string> notes)
    {
        var result = new List<string>();
        foreach (var value in (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var match = known.FirstOrDefault(k => string.Equals(k, value.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                notes.Add($"Unknown {what} “{Format.Shorten(value, 60)}” ignored.");
            }
            else
            {
                result.Add(match);
            }
        }

        return result;
    }

    private static DateOnly? Date(string? text, string what, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        notes.Add($"The “{what}” date “{Format.Shorten(text, 60)}” is not a date (YYYY-MM-DD) and was ignored.");
        return null;
    }

    private static string? SearchText(string? text, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > DashboardFilter.MaxTextLength)
        {
            notes.Add($"The search text was cut to {DashboardFilter.MaxTextLength} characters.");
            trimmed = trimmed[..DashboardFilter.MaxTextLength];
        }

        var words = Data.Search.SearchWords.Parse(trimmed);
        if (words.IsEmpty)
        {
            notes.Add($"The search “{Format.Shorten(trimmed, 60)}” has no words (letters or digits) to look for, so nothing matches.");
        }
        else if (words.Words.Count == Data.Search.SearchWords.MaxWords)
        {
            notes.Add($"The search looks for the first {Data.Search.SearchWords.MaxWords} different words only.");
        }

        return trimmed;
    }

    /// <summary>The query parameters for a filter (null removes a parameter), to merge into the current URL.</summary>
    public static Dictionary<string, object?> ToQuery(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new Dictionary<string, object?>
        {
            [Actor] = filter.Actors.Count == 0 ? null : filter.Actors.ToArray(),
            [Program] = filter.Programs.Count == 0 ? null : filter.Programs.ToArray(),
            [Outlet] = filter.Outlets.Count == 0 ? null : filter.Outlets.ToArray(),
            [From] = filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [To] = filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [Text] = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text,
            ["page"] = null,
        };
    }
}
