using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Metadata;

/// <summary>Month names and the date shapes news pages use.</summary>
public static partial class DateParsing
{
    /// <summary>The English month names, for patterns (no group of its own; any case under IgnoreCase).</summary>
    public const string MonthNamePattern = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /// <summary>The press's month abbreviations, without their stop.</summary>
    public const string MonthAbbreviationPattern = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";

    /// <summary>The days of the week.</summary>
    public const string WeekdayPattern = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>1..12 for an English month name or its abbreviation ("Mar", "Sept."), otherwise null.</summary>
    public static int? Month(string name)
    {
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        if (key == "sept")
        {
            return 9;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i] == key || (key.Length == 3 && MonthNames[i].StartsWith(key, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1950 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>A full date in one of the usual shapes: 2021-03-16, 16 Mar, 2021, March 16, 2021, 16.03.2021.</summary>
    public static DateOnly? ParseFull(string text)
    {
        var iso = Iso().Match(text);
        if (iso.Success)
        {
            return Create(Int(iso.Groups["y"]), Int(iso.Groups["m"]), Int(iso.Groups["d"]));
        }

        var dayFirst = DayMonthYear().Match(text);
        if (dayFirst.Success && Month(dayFirst.Groups["mon"].Value) is { } m1)
        {
            return Create(Int(dayFirst.Groups["y"]), m1, Int(dayFirst.Groups["d"]));
        }

        var monthFirst = MonthDayYear().Match(text);
        if (monthFirst.Success && Month(monthFirst.Groups["mon"].Value) is { } m2)
        {
            return Create(Int(monthFirst.Groups["y"]), m2, Int(monthFirst.Groups["d"]));
        }

        var dotted = Dotted().Match(text);
        return dotted.Success ? Create(Int(dotted.Groups["y"]), Int(dotted.Groups["m"]), Int(dotted.Groups["d"])) : null;
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Za-z]{3,9})\.?,?\s+(?<y>(?:19|20)\d{2})\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d{2})\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Dotted();
}
