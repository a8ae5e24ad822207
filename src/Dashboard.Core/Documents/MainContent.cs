using System.Text;
using SmartReader;

namespace Dashboard.Core.Documents;

/// <summary>
/// Keeps the article of a page and drops what surrounds it (navigation, teasers of other stories,
/// share bars, cookie notices, footers). Which text is the article is SmartReader's answer (a port of
/// Mozilla's Readability, Firefox's reader view); the text kept is the page's own lines as
/// <see cref="HtmlText"/> extracted them, so every character keeps its offset in the raw page. A
/// paragraph of the reader's article is found in those lines in order; when too little of the
/// article is found that way, or the reader finds no article, the whole text stays (decision 023).
/// </summary>
public static partial class MainContent
{
    /// <summary>Pages larger than this are kept whole: the reader builds a full document tree.</summary>
    public const int MaxPageCharacters = 3_000_000;

    /// <summary>Deeper nesting than this is kept whole: tree building grows with depth (a page of 50,000 nested elements took minutes).</summary>
    public const int MaxNesting = 400;

    /// <summary>The reader stops on pages with more elements than this, and the whole text stays.</summary>
    public const int MaxElements = 60_000;

    /// <summary>The share of the reader's article that must be found in the page's lines for the cut to be trusted.</summary>
    private const double MinFound = 0.6;

    /// <summary>Short lines between the headline and the article (kicker, byline, dateline) kept, at most this many.</summary>
    private const int MaxHeaderLines = 12;

    private const int MaxHeaderLineLength = 200;

    /// <summary>Elements pages often leave open (the next one closes them): not counted as nesting.</summary>
    private static readonly HashSet<string> ClosedImplicitly = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    public static ExtractedHtml Keep(string html, ExtractedHtml page)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(page);
        if (html.Length > MaxPageCharacters || page.Text.Length == 0 || NestingDepth(html) > MaxNesting)
        {
            return page;
        }

        Article article;
        try
        {
            article = new Reader("https://page.invalid/", html) { MaxElemsToParse = MaxElements }.GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The reader gave up (too many elements, markup it cannot handle): the page's text stays whole.
            return page;
        }

        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return page;
        }

        var lines = LinesOf(page.Text);
        var kept = new bool[lines.Count];
        if (!FindArticle(page.Text, lines, HtmlText.Extract(article.Content).Text, kept))
        {
            return page;
        }

        KeepHeader(page.Text, lines, kept, article.Title);
        return Subset(page, lines, kept);
    }

    /// <summary>Marks the lines holding the reader's paragraphs, in order; false when too little was found to trust.</summary>
    private static bool FindArticle(string text, List<(int Start, int End)> lines, string articleText, bool[] kept)
    {
        var (flat, at) = Flatten(text);
        var cursor = 0;
        long wanted = 0, found = 0;
        foreach (var paragraph in articleText.Split('\n'))
        {
            var words = Collapse(paragraph);
            if (words.Length == 0)
            {
                continue;
            }

            wanted += words.Length;
            var index = flat.IndexOf(words, cursor, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }

            found += words.Length;
            cursor = index + words.Length;
            MarkLines(lines, kept, at[index], at[index + words.Length - 1]);
        }

        return wanted > 0 && found >= MinFound * wanted;
    }

    /// <summary>
    /// The headline (the page's line the reader took as the title, near where the article starts) and,
    /// between it and the article's first paragraph, short lines that carry a byline or a year: the
    /// reader sets bylines and datelines apart, and a page without metadata is dated from them.
    /// </summary>
    private static void KeepHeader(string text, List<(int Start, int End)> lines, bool[] kept, string? title)
    {
        var first = Array.IndexOf(kept, true);
        var wantedTitle = Collapse(title ?? "");
        if (first < 0 || wantedTitle.Length == 0)
        {
            return;
        }

        var headline = -1;
        for (var distance = 0; distance <= MaxHeaderLines && headline < 0; distance++)
        {
            foreach (var i in new[] { first - distance, first + distance })
            {
                if (i >= 0 && i < lines.Count && Collapse(text[lines[i].Start..lines[i].End]) == wantedTitle)
                {
                    headline = i;
                    break;
                }
            }
        }

        if (headline < 0)
        {
            return;
        }

        kept[headline] = true;
        for (var i = headline + 1; i < lines.Count && i <= headline + MaxHeaderLines; i++)
        {
            var line = text[lines[i].Start..lines[i].End];
            if (line.Length > MaxHeaderLineLength)
            {
                return; // the story has begun
            }

            kept[i] |= Byline().IsMatch(line);
        }
    }

    private static void MarkLines(List<(int Start, int End)> lines, bool[] kept, int from, int to)
    {
        for (var i = LineAt(lines, from); i < lines.Count && lines[i].Start <= to; i++)
        {
            kept[i] = true;
        }
    }

    private static int LineAt(List<(int Start, int End)> lines, int offset)
    {
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (lines[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>The kept lines, a blank line where others were dropped between them, each character with its offset in the page.</summary>
    private static ExtractedHtml Subset(ExtractedHtml page, List<(int Start, int End)> lines, bool[] kept)
    {
        var text = new StringBuilder(page.Text.Length);
        var offsets = new List<int>(page.Text.Length + 1);
        var previous = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!kept[i] || lines[i].End == lines[i].Start)
            {
                continue;
            }

            if (text.Length > 0)
            {
                var separator = i == previous + 1 ? "\n" : "\n\n";
                foreach (var c in separator)
                {
                    text.Append(c);
                    offsets.Add(page.SourceOffsets[lines[i].Start]);
                }
            }

            for (var k = lines[i].Start; k < lines[i].End; k++)
            {
                text.Append(page.Text[k]);
                offsets.Add(page.SourceOffsets[k]);
            }

            previous = i;
        }

        offsets.Add(page.SourceOffsets[^1]);
        return new ExtractedHtml(text.ToString(), [.. offsets]);
    }

    private static List<(int Start, int End)> LinesOf(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>The text with every run of white space one space, and for each of its characters the offset in the text.</summary>
    private static (string Flat, int[] At) Flatten(string text)
    {
        var flat = new StringBuilder(text.Length);
        var at = new List<int>(text.Length);
        foreach (var (c, i) in text.Select((c, i) => (c, i)))
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (flat.Length == 0 || flat[^1] == ' ')
                {
                    continue;
                }

                flat.Append(' ');
            }
            else
            {
                flat.Append(c);
            }

            at.Add(i);
        }

        return (flat.ToString(), [.. at]);
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00A0', ' ').Trim();

    /// <summary>
    /// The deepest nesting of elements, counted from tags alone in one pass: an end tag closes only an
    /// element counted open (a stray "&lt;/i&gt;" closes nothing), void, self-closed and often-unclosed
    /// elements do not nest, and a script's or style's text is skipped; stops once past <see cref="MaxNesting"/>.
    /// </summary>
    private static int NestingDepth(string html)
    {
        var open = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var deepest = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length;)
        {
            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                break;
            }

            if (html[i + 1] == '/' && NameAt(html, i + 2) is { Length: > 0 } ended && counts.GetValueOrDefault(ended) > 0)
            {
                // Elements left open inside the one that ends are closed with it.
                while (open.Count > 0)
                {
                    var last = open[^1];
                    open.RemoveAt(open.Count - 1);
                    counts[last]--;
                    if (string.Equals(last, ended, StringComparison.OrdinalIgnoreCase))
                    {
                        break;
                    }
                }
            }
            else if (char.IsAsciiLetter(html[i + 1]))
            {
                var name = NameAt(html, i + 1);
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    var end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                    close = end < 0 ? html.Length - 1 : end;
                }
                else if (!HtmlText.IsVoid(name) && !ClosedImplicitly.Contains(name) && html[close - 1] != '/')
                {
                    open.Add(name);
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                    deepest = Math.Max(deepest, open.Count);
                    if (deepest > MaxNesting)
                    {
                        return deepest;
                    }
                }
            }

            i = html.IndexOf('<', close + 1);
        }

        return deepest;
    }

    private static string NameAt(string html, int from)
    {
        var end = from;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }

        return html[from..end];
    }

    /// <summary>A byline ("By …") or a line with a year in it (a dateline, "Updated 10 April 2024").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:by|von|par|por|di)\s+\p{Lu}|\b(?:19|20)\d\d\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | Analysis.Text.Patterns.Options, Analysis.Text.Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Byline();
}
