using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Stance;

/// <summary>
/// A clause as the cue patterns read it: news copy puts the day inside the verb phrase ("agreed on
/// Tuesday to build", "will next month sign", "signed on March 9 an agreement"), which would break
/// every cue of adjacent words. The time adjunct is left out of the text the patterns see; a match is
/// mapped back to the raw span, which then covers the adjunct too.
/// </summary>
internal sealed partial class CueText
{
    private readonly int start;
    private readonly int[]? offsets;

    private CueText(string text, int start, int[]? offsets)
    {
        Text = text;
        this.start = start;
        this.offsets = offsets;
    }

    /// <summary>What the cue patterns match.</summary>
    public string Text { get; }

    public static CueText Of(string raw, TextSpan clause)
    {
        var text = raw[clause.Start..clause.End];
        var adjuncts = TimeAdjunct().Matches(text);
        if (adjuncts.Count == 0)
        {
            return new CueText(text, clause.Start, null);
        }

        var kept = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        var next = 0;
        foreach (Match adjunct in adjuncts)
        {
            // The adjunct's own words go, with the space after them: "agreed on Tuesday to" reads "agreed to".
            var group = adjunct.Groups["time"];
            Keep(text, next, group.Index, kept, offsets);
            next = group.Index + group.Length;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }
        }

        Keep(text, next, text.Length, kept, offsets);
        return new CueText(kept.ToString(), clause.Start, [.. offsets]);
    }

    /// <summary>The raw span of a match in <see cref="Text"/>.</summary>
    public TextSpan Span(int index, int length)
    {
        if (offsets is null)
        {
            return new TextSpan(start + index, start + index + length);
        }

        if (length == 0)
        {
            var at = start + (index < offsets.Length ? offsets[index] : offsets[^1] + 1);
            return new TextSpan(at, at);
        }

        return new TextSpan(start + offsets[index], start + offsets[index + length - 1] + 1);
    }

    private static void Keep(string text, int from, int to, StringBuilder kept, List<int> offsets)
    {
        for (var i = from; i < to; i++)
        {
            kept.Append(text[i]);
            offsets.Add(i);
        }
    }

    /// <summary>
    /// A day named between two words of a verb phrase: "on Tuesday", "Tuesday", "on March 9",
    /// "yesterday", "last week", "earlier this month", "next year". Years are left alone, so a date that
    /// a cue needs ("scheduled for 2025", "until 2030") stays; no cue needs a relative one. Each match
    /// takes the letters on both sides of its adjunct, so of two in a row ("on Tuesday next week") the
    /// second stays.
    /// </summary>
    [GeneratedRegex(@"\p{Ll} (?<time>(?:on )?" + Weekday + "|(?:on )?" + Month + @" \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?|yesterday|today|tonight|(?:(?:earlier|later) )?(?:last|this|next) (?:week|month|year|weekend|spring|summer|autumn|fall|winter)|(?:last|next) " + Weekday + @") \p{L}", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TimeAdjunct();

    private const string Weekday = DateParsing.WeekdayPattern;

    private const string Month = "(?:" + DateParsing.MonthAbbreviationPattern + @"\.?|" + DateParsing.MonthNamePattern + ")";
}
