using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// When a statement was made, when the words around it say ("in July", "On January 25,",
/// "In 2017", "on Monday"): resolved against the article's date, never after it.
/// </summary>
internal static partial class StatementDates
{
    public static PartialDate? Find(string text, DateOnly? published)
    {
        // "In 2017, X agreed …, but later Rogozin said …": the date is of the earlier event.
        var later = Later().Match(text);
        if (later.Success)
        {
            text = text[later.Index..];
        }

        var dayMonth = Past(MonthDay(), text);
        if (dayMonth.Success && DateParsing.Month(dayMonth.Groups["mon"].Value) is { } month)
        {
            int? day = dayMonth.Groups["d"].Success ? int.Parse(dayMonth.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            if (dayMonth.Groups["y"].Success)
            {
                return new PartialDate(int.Parse(dayMonth.Groups["y"].Value, CultureInfo.InvariantCulture), month, day);
            }

            if (published is { } p)
            {
                var year = month > p.Month || (month == p.Month && day > p.Day) ? p.Year - 1 : p.Year;
                return new PartialDate(year, month, day);
            }

            return null;
        }

        var year2 = Past(InYear(), text);
        if (year2.Success && (published is not { } before || int.Parse(year2.Groups["y"].Value, CultureInfo.InvariantCulture) <= before.Year))
        {
            return new PartialDate(int.Parse(year2.Groups["y"].Value, CultureInfo.InvariantCulture));
        }

        var weekday = Past(Weekday(), text);
        if (weekday.Success && published is { } pub && Enum.TryParse<DayOfWeek>(weekday.Groups["wd"].Value, ignoreCase: true, out var dayOfWeek))
        {
            var back = ((int)pub.DayOfWeek - (int)dayOfWeek + 7) % 7;
            // "last Friday" in Friday's paper is a week ago; "on Friday" is today
            return PartialDate.Of(pub.AddDays(-(back == 0 && weekday.Groups["last"].Success ? 7 : back)));
        }

        if (published is { } issued && DayOfMonth(text, issued) is { } dayOfMonth)
        {
            return dayOfMonth;
        }

        if (published is { } today && Yesterday().IsMatch(text))
        {
            return PartialDate.Of(today.AddDays(-1));
        }

        if (published is { } week && LastWeek().IsMatch(text))
        {
            var earlier = week.AddDays(-7);
            return new PartialDate(earlier.Year, earlier.Month);
        }

        return published is { } now ? Relative(text, now) : null;
    }

    /// <summary>
    /// "decided on Tuesday to end …", "agreed in March to …", "signed last year": the date of an act, given
    /// right after its verb, or null.
    /// </summary>
    public static PartialDate? OfAct(string text, DateOnly? published)
    {
        var act = DatedAct().Match(text);
        return act.Success ? Find(text[act.Index..Math.Min(text.Length, act.Index + act.Length + 30)], published) : null;
    }

    [GeneratedRegex(@"\b(?:decided|agreed|signed|voted|approved|resolved|ended|suspended|terminated|joined|withdrew|left|quit)\s+(?:on|in|during|last|earlier|yesterday)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DatedAct();

    /// <summary>"last year", "last month", "earlier this year", "two years ago", "three months ago": as precise as the words are.</summary>
    private static PartialDate? Relative(string text, DateOnly published)
    {
        var ago = Past(Ago(), text);
        if (ago.Success && Number(ago.Groups["n"].Value) is { } n)
        {
            return ago.Groups["unit"].Value.ToLowerInvariant() switch
            {
                var u when u.StartsWith("year", StringComparison.Ordinal) => new PartialDate(published.Year - n),
                var u when u.StartsWith("month", StringComparison.Ordinal) => Month(published.AddMonths(-n)),
                var u when u.StartsWith("week", StringComparison.Ordinal) => Month(published.AddDays(-7 * n)),
                _ => PartialDate.Of(published.AddDays(-n)),
            };
        }

        var last = Past(LastPeriod(), text);
        if (last.Success)
        {
            return last.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase) ? new PartialDate(published.Year - 1) : Month(published.AddMonths(-1));
        }

        var earlierThis = EarlierThis().Match(text);
        if (earlierThis.Success)
        {
            return earlierThis.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase) ? new PartialDate(published.Year) : Month(published);
        }

        return null;
    }

    private static PartialDate Month(DateOnly date) => new(date.Year, date.Month);

    /// <summary>
    /// The first match that is not a future event and does not date a noun: "details will be provided
    /// on July 20" says when something is to happen, "following the announcement of our extension one
    /// year ago" when something else happened, not when the words were said.
    /// </summary>
    private static Match Past(Regex pattern, string text)
    {
        var match = pattern.Match(text);
        while (match.Success)
        {
            var clause = ClauseBefore(text, match.Index, 60);
            if (!Future().IsMatch(clause) && !EarlierEvent().IsMatch(ClauseBefore(text, match.Index, 120)))
            {
                return match;
            }

            match = match.NextMatch();
        }

        return match;
    }

    private static string ClauseBefore(string text, int at, int reach)
    {
        var clause = text[Math.Max(0, at - reach)..at];
        return clause[(clause.LastIndexOfAny([',', '.', ';', ':']) + 1)..];
    }

    /// <summary>A phrase naming an earlier event, whose date is its own: "following …", "after …", "in the wake of …".</summary>
    [GeneratedRegex(@"\b(?:following|after|in\s+the\s+wake\s+of)\s+(?:the|an?|its|their|our|his|her|[A-Z][\w.’']*(?:’s|'s))\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex EarlierEvent();

    // A plan told in the past is still of a later event: "had intended to fly the probe in October".
    [GeneratedRegex(@"\b(?:will|shall|(?:is|are)\s+to|(?:is|are|was|were)\s+(?:scheduled|planned|expected|due|set|slated)|(?:plan(?:s|ned)?|intend(?:s|ed)?|aim(?:s|ed)?)\s+to|going\s+to|to\s+(?:launch|fly|land|send|lift\s+off|dock))\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Future();

    private static int? Number(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100 ? n : null,
    };

    /// <summary>A sentence that opens with a date ("On January 25, it was reported…") dates what follows in its paragraph.</summary>
    public static bool OpensWithDate(string sentence) => OpeningDate().IsMatch(sentence);

    // Not "since": "the first crew since 1972", "a partner since March" name where a state began, and it holds when the words are said.
    // A month's abbreviation only with its day ("on Aug. 29"): "in Mar" is no date.
    [GeneratedRegex(@"\b(?:in|on|by|last|early|late|mid-?)\s+(?:(?<mon>" + DateParsing.MonthNamePattern + @")(?:\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)?|(?<mon>" + DateParsing.MonthAbbreviationPattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b)(?:,?\s+(?<y>(?:19|20)\d{2}))?\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:in|during)\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex InYear();

    /// <summary>"on Monday", "this past Saturday", "last Friday".</summary>
    [GeneratedRegex(@"\b(?:on|this\s+past|(?<last>last))\s+(?<wd>" + DateParsing.WeekdayPattern + @")\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Weekday();

    /// <summary>
    /// "On the 24th, the minister signed …", "signed on the 24th and released …": a day of the month with no month is
    /// the paper's month, or the one before when the day is still to come. Not an ordinal of a thing ("on the 20th anniversary").
    /// </summary>
    private static PartialDate? DayOfMonth(string text, DateOnly published)
    {
        var match = Past(DayOrdinal(), text);
        if (!match.Success || (match.Groups["next"].Success && !DayOrdinalFollower().IsMatch(match.Groups["next"].Value)))
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = day > published.Day ? published.AddMonths(-1) : published;
        return day <= DateTime.DaysInMonth(month.Year, month.Month) ? new PartialDate(month.Year, month.Month, day) : null;
    }

    /// <summary>A day of the month as a number, 1 to 31.</summary>
    private const string DayNumber = @"[1-9]|[12]\d|3[01]";

    /// <summary>"on the 24th", and the word after it if there is one (<see cref="DayOrdinalFollower"/> decides whether it is a date).</summary>
    [GeneratedRegex(@"\bon\s+the\s+(?<d>" + DayNumber + @")(?:st|nd|rd|th)\b(?:\s+(?<next>[\p{L}]+))?", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DayOrdinal();

    /// <summary>Words that may follow a date but never a counted thing: "on the 24th and", "on the 24th as a follow-up", "on the 24th, at …".</summary>
    [GeneratedRegex(@"^(?:and|as|at|in|with|when|after|before|by|during|while|to|that|local|for|of|it|he|she|they|the)$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DayOrdinalFollower();

    [GeneratedRegex(@"\b(?:but\s+)?later\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Later();

    [GeneratedRegex(@"\byesterday\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Yesterday();

    [GeneratedRegex(@"\b(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>years?|months?|weeks?|days?)\s+ago\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\blast\s+(?<unit>year|month)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LastPeriod();

    [GeneratedRegex(@"\bearlier\s+this\s+(?<unit>year|month)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex EarlierThis();

    [GeneratedRegex(@"\blast\s+week\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LastWeek();

    /// <summary>"In March 2021,", "On January 25,", "Last week,", "Earlier this year,", "On Monday,", "Earlier on Tuesday,", "On the 24th," opening a sentence or what was reported.</summary>
    [GeneratedRegex(@"^(?:(?:In|On)\s+(?:" + DateParsing.MonthNamePattern + @"|(?:19|20)\d{2})\b[^,]{0,20}|(?:Last|Earlier\s+this)\s+(?:week|month|year)|(?:(?:Earlier|Later)\s+)?On\s+" + DateParsing.WeekdayPattern + @"|On\s+the\s+(?:" + DayNumber + @")(?:st|nd|rd|th)|Yesterday),", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpeningDate();
}
