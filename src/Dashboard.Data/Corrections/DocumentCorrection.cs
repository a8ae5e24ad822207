using System.Globalization;
using Dashboard.Core.Analysis.Metadata;

namespace Dashboard.Data.Corrections;

public enum DocumentField
{
    Title,
    Outlet,
    Date,
}

/// <summary>
/// A person's override of a document's title, outlet or publication date ("date = 2024-04-10"; later
/// lines are the reason), kept as a correction annotation on the document and laid over its analysis
/// every time it is analysed, so the statements' dates and every figure follow it.
/// </summary>
public sealed record DocumentCorrection(DocumentField Field, string Value)
{
    /// <summary>The longest value of each field: what the document's columns hold.</summary>
    public static int MaxLength(DocumentField field) => field switch
    {
        DocumentField.Title => 1000,
        DocumentField.Outlet => 200,
        _ => 40, // parsed as YYYY-MM-DD; room for a mistyped one to be named as such
    };

    /// <summary>The latest publication date a correction may give: tomorrow in UTC is already today where the day starts earlier (Tokyo, Sydney).</summary>
    public static DateOnly LatestDate(TimeProvider clock) => DateOnly.FromDateTime((clock ?? throw new ArgumentNullException(nameof(clock))).GetUtcNow().UtcDateTime).AddDays(1);

    public string Format() => $"{Field.ToString().ToLowerInvariant()} = {Value}";

    /// <summary>What a reader sees: "date: 2024-04-10".</summary>
    public string Describe() => $"{Field.ToString().ToLowerInvariant()}: {Value}";

    public static string DescribeBody(string body) => TryParse(body, out var correction, out _) ? correction!.Describe() : body;

    /// <summary>Reads the first line of a correction's body; <paramref name="error"/> says what is wrong otherwise.</summary>
    /// <param name="today">A publication date after this day is refused: an article is not published in the future.</param>
    public static bool TryParse(string? body, out DocumentCorrection? correction, out string? error, DateOnly? today = null)
    {
        correction = null;
        var line = (body ?? "").Split('\n', 2)[0];
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        var field = equals < 0 ? "" : line[..equals].Trim();
        var value = equals < 0 ? "" : line[(equals + 1)..].Trim();
        DocumentField? named = field.ToLowerInvariant() switch
        {
            "title" => DocumentField.Title,
            "outlet" => DocumentField.Outlet,
            "date" => DocumentField.Date,
            _ => null,
        };
        if (named is not { } which)
        {
            error = "A correction of a document reads “title = …”, “outlet = …” or “date = YYYY-MM-DD”.";
            return false;
        }

        if (value.Length == 0 || value.Length > MaxLength(which) || value.Any(Invisible))
        {
            error = $"A corrected {which.ToString().ToLowerInvariant()} is one line of 1 to {MaxLength(which)} characters, without control characters.";
            return false;
        }

        if (which == DocumentField.Date)
        {
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 1900)
            {
                error = $"“{value}” is not a date; write it as YYYY-MM-DD.";
                return false;
            }

            if (today is { } now && date > now)
            {
                error = $"{value} is after today: a publication date cannot be in the future.";
                return false;
            }
        }

        correction = new DocumentCorrection(which, value);
        error = null;
        return true;
    }

    /// <summary>Control and format characters (line and paragraph separators, direction overrides) have no place in a title or a name.</summary>
    private static bool Invisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The corrections of one document folded into the facts the analysis takes; later ones win.</summary>
    public static CorrectedFacts? Fold(IEnumerable<DocumentCorrection> corrections)
    {
        var facts = new CorrectedFacts();
        foreach (var c in corrections)
        {
            facts = c.Field switch
            {
                DocumentField.Title => facts with { Title = c.Value },
                DocumentField.Outlet => facts with { Outlet = c.Value },
                _ => facts with { Published = DateOnly.ParseExact(c.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) },
            };
        }

        return facts.IsEmpty ? null : facts;
    }
}
