using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// A quotation found in the text. <see cref="Inner"/> is the quoted words; <see cref="Outer"/>
/// includes the marks. A <see cref="StrayClose"/> quote ended with a closing mark whose opening was
/// lost (common in translated copy: <c>“A,” he said. B. “</c>) — its start is decided by the caller.
/// </summary>
public sealed record Quote(TextSpan Outer, TextSpan Inner, bool StrayClose)
{
    /// <summary>
    /// The quotation is a document's title, not words someone said: after "a", "the" or "its", and every
    /// word of four letters or more capitalised ("adopted a “Joint Statement on Cooperation in Space”").
    /// </summary>
    public bool NamesADocument(string raw)
    {
        var before = (" " + raw[Math.Max(0, Outer.Start - 8)..Outer.Start]).AsSpan().TrimEnd();
        if (!(before.EndsWith(" a", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" an", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" its", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var words = Words.Tokenize(raw, Inner).Where(w => w.Value.Length >= 4 && char.IsLetter(w.Value[0])).ToList();
        return words.Count >= 2 && words.All(w => char.IsUpper(w.Value[0]));
    }

    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create(".,;:!?");

    /// <summary>
    /// A few of someone's words the writer's sentence uses as its own noun phrase: after a word of the
    /// sentence, at most five words and no punctuation inside ("cut NASA's “legacy human exploration
    /// systems” funding").
    /// </summary>
    public bool IsScareQuote(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var before = raw.AsSpan(0, Outer.Start).TrimEnd();
        return before.Length > 0 && char.IsLetter(before[^1]) && raw.AsSpan(Inner.Start, Inner.Length).IndexOfAny(Punctuation) < 0
            && Words.Count(raw, Inner) <= 5;
    }
}

/// <summary>
/// Finds quotations in a block of article text: straight, curly, guillemets and single quotes;
/// quotes that run over several paragraphs; unbalanced quotes that end with their paragraph.
/// Apostrophes ("Russia’s", "partners’") are not quotes.
/// </summary>
public static class QuoteScanner
{
    public static List<Quote> Scan(string raw, IReadOnlyList<Paragraph> block)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(block);
        var quotes = new List<Quote>();
        int? openAt = null;
        var openFamily = Family.None;

        for (var p = 0; p < block.Count; p++)
        {
            var paragraph = block[p].Span;
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                var c = raw[i];
                var family = FamilyOf(c);
                if (family == Family.None)
                {
                    continue;
                }

                // ''…'' and ‘‘…’’: two single marks set as one double mark (wire copy typed on keyboards without one).
                var pair = family == Family.Single && i + 1 < paragraph.End && FamilyOf(raw[i + 1]) == Family.Single;
                if (pair)
                {
                    family = Family.Double;
                }

                if (openAt is null)
                {
                    if (family == Family.Single && !OpensSingle(raw, i, paragraph))
                    {
                        continue;
                    }

                    if (IsOnlyTrailing(raw, i, paragraph) && c is not '"')
                    {
                        quotes.Add(new Quote(new TextSpan(i, i + 1), new TextSpan(i, i), StrayClose: true));
                        continue;
                    }

                    if (c is '”' or '»' or '’')
                    {
                        i += pair ? 1 : 0;
                        continue; // a closing mark with nothing open
                    }

                    openAt = i;
                    openFamily = family;
                    i += pair ? 1 : 0;
                    continue;
                }

                if (family != openFamily || (!pair && !Closes(raw, i, openAt.Value)) || (pair && i <= openAt.Value + 2))
                {
                    continue;
                }

                quotes.Add(Make(raw, openAt.Value, i + (pair ? 2 : 1)));
                openAt = null;
                openFamily = Family.None;
                i += pair ? 1 : 0;
            }

            if (openAt is not null && !ContinuesInto(raw, block, p + 1, openFamily))
            {
                // Unbalanced: the quote ends with its paragraph.
                quotes.Add(Make(raw, openAt.Value, paragraph.End));
                openAt = null;
                openFamily = Family.None;
            }
            else if (openAt is not null && p + 1 < block.Count && FamilyOf(raw[block[p + 1].Span.Start]) == openFamily)
            {
                // Conventional multi-paragraph quote: the next paragraph re-opens with a mark; skip it.
                block = SkipFirstMark(block, p + 1);
            }
        }

        if (openAt is not null)
        {
            quotes.Add(Make(raw, openAt.Value, block[^1].Span.End));
        }

        return quotes;
    }

    private enum Family
    {
        None,
        Double,
        Single,
    }

    private static Family FamilyOf(char c) => c switch
    {
        '"' or '“' or '”' or '„' or '«' or '»' => Family.Double,
        '‘' or '’' or '\'' => Family.Single,
        _ => Family.None,
    };

    private static Quote Make(string raw, int open, int endExclusive)
    {
        var closesWithMark = endExclusive - 1 > open && FamilyOf(raw[endExclusive - 1]) != Family.None;
        // a doubled mark (''…'') gives up both its characters on each side
        var start = open + 1 < endExclusive && FamilyOf(raw[open]) == Family.Single && FamilyOf(raw[open + 1]) == Family.Single ? open + 2 : open + 1;
        var end = closesWithMark ? endExclusive - 1 : endExclusive;
        end = closesWithMark && end - 1 > start && FamilyOf(raw[end]) == Family.Single && FamilyOf(raw[end - 1]) == Family.Single ? end - 1 : end;
        var inner = new TextSpan(start, Math.Max(start, end)).Trim(raw);
        return new Quote(new TextSpan(open, endExclusive), inner, StrayClose: false);
    }

    /// <summary>A single quote opens only at a word start and before a letter: ‘Through… / 'We…</summary>
    private static bool OpensSingle(string raw, int i, TextSpan paragraph)
    {
        if (raw[i] == '’')
        {
            return false;
        }

        // "…in Santiago.'Now, …": a page that lost the space before the mark after a full stop.
        var before = i == paragraph.Start || char.IsWhiteSpace(raw[i - 1]) || raw[i - 1] is '(' or '[' or '—' or '-' or '"' or '“'
            || (raw[i - 1] is '.' or '!' or '?' && SentenceSplitter.OpensGluedQuote(raw, paragraph.Start, i - 1, i, paragraph.End));
        var after = i + 1 < paragraph.End && char.IsLetter(raw[i + 1]);
        return before && after && (raw[i] == '‘' || char.IsUpper(raw[i + 1]));
    }

    /// <summary>A closing mark follows a non-space and is not an apostrophe inside a word.</summary>
    private static bool Closes(string raw, int i, int openAt)
    {
        if (i == openAt + 1)
        {
            return false;
        }

        var c = raw[i];
        var next = i + 1 < raw.Length ? raw[i + 1] : ' ';
        if (c is '’' or '\'')
        {
            return !char.IsLetter(next) && (char.IsPunctuation(raw[i - 1]) || char.IsLetterOrDigit(raw[i - 1]));
        }

        if (c is '"')
        {
            return !char.IsWhiteSpace(raw[i - 1]) || char.IsPunctuation(next) || char.IsWhiteSpace(next);
        }

        return c is not ('“' or '„' or '«') || !char.IsLetterOrDigit(next);
    }

    /// <summary>An opening-looking mark with nothing after it in its paragraph closes a quote whose opening was lost.</summary>
    private static bool IsOnlyTrailing(string raw, int i, TextSpan paragraph)
    {
        for (var j = i + 1; j < paragraph.End; j++)
        {
            if (!char.IsWhiteSpace(raw[j]))
            {
                return false;
            }
        }

        return i > paragraph.Start && (char.IsPunctuation(raw[i - 1]) || char.IsWhiteSpace(raw[i - 1]));
    }

    /// <summary>Does an open quote carry on into the next paragraph (which re-opens it, or closes it before opening another)?</summary>
    private static bool ContinuesInto(string raw, IReadOnlyList<Paragraph> block, int next, Family family)
    {
        if (next >= block.Count)
        {
            return false;
        }

        var span = block[next].Span;
        if (FamilyOf(raw[span.Start]) == family)
        {
            return true;
        }

        for (var i = span.Start; i < span.End; i++)
        {
            if (FamilyOf(raw[i]) != family)
            {
                continue;
            }

            if (raw[i] is '”' or '»' or '’' || (raw[i] is '"' or '\'' && i > span.Start && !char.IsWhiteSpace(raw[i - 1])))
            {
                return family != Family.Single || raw[i] != '’' || !(i + 1 < span.End && char.IsLetter(raw[i + 1]));
            }

            return false;
        }

        return false;
    }

    private static List<Paragraph> SkipFirstMark(IReadOnlyList<Paragraph> block, int index)
    {
        var copy = block.ToList();
        var span = copy[index].Span;
        copy[index] = copy[index] with { Span = new TextSpan(span.Start + 1, span.End) };
        return copy;
    }
}
