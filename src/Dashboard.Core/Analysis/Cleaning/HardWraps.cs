using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Cleaning;

/// <summary>
/// Lines that continue the one before: copy wrapped at a fixed width ("… the head of Russian space
/// agency" / "Roscosmos, Dmitry Bakanov, has arrived …") or broken mid-sentence by a page export
/// ("the Human Space Flight Centre (HSFC)" / "of ISRO has entered into …"). Joined, the sentence
/// keeps its subject, cue and program together.
/// </summary>
internal static class HardWraps
{
    private const int MinimumLines = 6;
    private const int MaximumWrapWidth = 110;
    private const double MinimumUnfinishedShare = 0.4;
    private const double FullLine = 0.6;

    /// <summary>
    /// The width the text is wrapped at, or 0 when it is not wrapped: most lines short, and many of
    /// them ending in mid-sentence.
    /// </summary>
    public static int WrapWidth(string raw, IReadOnlyList<TextSpan> lines)
    {
        if (lines.Count < MinimumLines)
        {
            return 0;
        }

        var lengths = lines.Select(l => l.Length).Order().ToList();
        var width = lengths[(int)(lengths.Count * 0.9)];
        var unfinished = lines.Count(l => !EndsSentence(raw, l));
        return width <= MaximumWrapWidth && unfinished >= MinimumUnfinishedShare * lines.Count ? width : 0;
    }

    /// <summary>
    /// Whether the line <paramref name="next"/> goes on with the sentence the line <paramref name="previous"/>
    /// left unfinished. Across a blank line only a lower-case start says so: a short subhead over a
    /// paragraph is not a wrapped line.
    /// </summary>
    public static bool Continues(string raw, TextSpan previous, TextSpan next, int wrapWidth)
    {
        if (previous.Length == 0 || next.Length == 0 || EndsSentence(raw, previous))
        {
            return false;
        }

        if (char.IsLower(raw[next.Start]))
        {
            return true;
        }

        if (raw.AsSpan(previous.End, next.Start - previous.End).Count('\n') > 1)
        {
            return false;
        }

        // A quotation closed after a comma goes on with its attribution: "…,” / the chief said.
        var last = raw[LastBeforeClosingQuotes(raw, previous)];
        if (!char.IsLetterOrDigit(last) && last is not (',' or ')' or '-' or '–'))
        {
            return false;
        }

        return last == ',' || (wrapWidth > 0 && previous.Length >= FullLine * wrapWidth);
    }

    private static bool EndsSentence(string raw, TextSpan line) =>
        raw[LastBeforeClosingQuotes(raw, line)] is '.' or '!' or '?' or '…' or ':' or ';';

    private static int LastBeforeClosingQuotes(string raw, TextSpan line)
    {
        var end = line.End - 1;
        while (end > line.Start && raw[end] is '"' or '”' or '’' or '\'' or '»')
        {
            end--;
        }

        return end;
    }
}
