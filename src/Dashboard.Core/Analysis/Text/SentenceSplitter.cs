namespace Dashboard.Core.Analysis.Text;

/// <summary>
/// Splits a span of text into sentences: at . ! ? (and any closing quotes after them) followed by
/// space and a capital, digit or opening quote, except after common abbreviations and initials; and
/// where a page lost that space between two words ("link.According", "ISS."ESA's").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "sen", "rep", "gov", "pres", "inc", "corp", "ltd", "co",
        "vs", "etc", "e.g", "i.e", "no", "nos", "vol", "fig", "approx", "est", "dept", "univ",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "u.s.a", "e.u", "a.m", "p.m",
    };

    public static List<TextSpan> Split(string text, TextSpan span)
    {
        var sentences = new List<TextSpan>();
        var start = span.Start;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < span.End && IsClosing(text[end]))
            {
                end++;
            }

            if (end >= span.End)
            {
                break;
            }

            // "…in Santiago.'Now, by joining …": the mark opens the next sentence's quotation.
            var opening = end > i + 1 && OpensGluedQuote(text, start, i, end - 1, span.End);
            if (opening)
            {
                end--;
            }

            // "… operation of the ISS."ESA's chief said …": a closing quotation glued to the next sentence's first word.
            var closedGlued = end > i + 1 && !opening && char.IsUpper(text[end]);
            if (!char.IsWhiteSpace(text[end]) && !opening && !closedGlued && !IsGlued(text, i, end, span.End))
            {
                continue;
            }

            var next = end;
            while (next < span.End && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= span.End || !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i, start))
            {
                continue;
            }

            var sentence = new TextSpan(start, end).Trim(text);
            if (sentence.Length > 0)
            {
                sentences.Add(sentence);
            }

            start = next;
            i = next - 1;
        }

        var last = new TextSpan(start, span.End).Trim(text);
        if (last.Length > 0)
        {
            sentences.Add(last);
        }

        return sentences;
    }

    /// <summary>
    /// "… via video link.According to …", "… by 2027.In a meeting …": a page that lost the space after a
    /// full stop. A lower-case word of three letters or more, or a year, the stop, then a capitalised word;
    /// not "U.S.Army" nor "example.com".
    /// </summary>
    private static bool IsGlued(string text, int dot, int next, int end) =>
        text[dot] == '.' && next + 1 < end && char.IsUpper(text[next]) && char.IsLower(text[next + 1])
        && dot >= 3 && ((char.IsLower(text[dot - 1]) && char.IsLower(text[dot - 2]) && char.IsLower(text[dot - 3])) || IsYearBefore(text, dot));

    private static bool IsYearBefore(string text, int dot) =>
        dot >= 4 && char.IsAsciiDigit(text[dot - 1]) && char.IsAsciiDigit(text[dot - 2]) && char.IsAsciiDigit(text[dot - 3]) && char.IsAsciiDigit(text[dot - 4])
        && (dot == 4 || !char.IsAsciiDigit(text[dot - 5])) && text[dot - 4] is '1' or '2';

    /// <summary>
    /// A quotation mark glued between a sentence's last stop and a capitalised word opens a quotation
    /// when the sentence has none open: an opening curly mark, a straight double mark after an even
    /// number of them, a straight single mark when none is left open.
    /// </summary>
    internal static bool OpensGluedQuote(string text, int sentenceStart, int stop, int mark, int end)
    {
        if (stop <= sentenceStart || mark != stop + 1 || mark + 2 >= end || !char.IsUpper(text[mark + 1]) || !char.IsLetter(text[stop - 1]))
        {
            return false;
        }

        var sentence = text.AsSpan(sentenceStart, stop - sentenceStart);
        return text[mark] switch
        {
            '“' or '‘' => true,
            '"' => sentence.Count('"') % 2 == 0,
            '\'' => !SingleStillOpen(sentence),
            _ => false,
        };
    }

    /// <summary>Whether a straight single quotation opened in <paramref name="sentence"/> (after a space) is still open at its end.</summary>
    private static bool SingleStillOpen(ReadOnlySpan<char> sentence)
    {
        var open = 0;
        for (var k = 0; k < sentence.Length; k++)
        {
            if (sentence[k] != '\'')
            {
                continue;
            }

            var after = k + 1 < sentence.Length ? sentence[k + 1] : ' ';
            if (k == 0 || char.IsWhiteSpace(sentence[k - 1]))
            {
                open++;
            }
            else if (!char.IsLetter(after))
            {
                open = Math.Max(0, open - 1);
            }
        }

        return open > 0;
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or '»' or ')' or ']' or '“';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '«' or '\'' or '(' or '[' or '„' || (char.IsLetter(c) && !char.IsLower(c));

    /// <summary>"U.S.", "Dr.", "Jan." or a single initial ("S. Somanath") do not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot, int sentenceStart)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }
}
