using System.Globalization;

namespace Dashboard.Core.Analysis.Text;

/// <summary>A date known to the year, the month or the day ("2021", "2021-12", "2021-12-15").</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day the date can mean; used to order statements.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean ("2021-12" → 31 December 2021): a period's end.</summary>
    public DateOnly Latest => (Month, Day) switch
    {
        (null, _) => new DateOnly(Year, 12, 31),
        ({ } m, null) => new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)),
        _ => Earliest,
    };

    public DateOnly? Exact => Month is { } m && Day is { } d ? new DateOnly(Year, m, d) : null;

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest);

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("0000", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}-{d:00}"),
    };

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        int? month = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) ? m : null;
        int? day = parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) ? d : null;
        date = new PartialDate(year, month, day);
        return true;
    }
}
