using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Documents;

/// <summary>Text extracted from HTML, with the offset in the HTML of every character of it.</summary>
public sealed record ExtractedHtml(string Text, int[] SourceOffsets)
{
    /// <summary>The HTML offset of text offset <paramref name="textOffset"/> (the end maps past the last source character).</summary>
    public int ToSource(int textOffset) => SourceOffsets[Math.Clamp(textOffset, 0, SourceOffsets.Length - 1)];

    /// <summary>The text after <paramref name="prefix"/> (front-matter lines made from the page's metadata), whose characters map to the page's start.</summary>
    public ExtractedHtml WithPrefix(string prefix) =>
        prefix.Length == 0 ? this : new ExtractedHtml(prefix + Text, [.. Enumerable.Repeat(0, prefix.Length), .. SourceOffsets]);
}

/// <summary>
/// The article a page holds as the analysis reads it, for an import and for <c>analyze</c> alike:
/// front-matter lines from what the page says about itself (<see cref="PageMetadata"/>), then the
/// text of its main content (<see cref="MainContent"/>), each character with its offset in the page.
/// </summary>
public static class PageArticle
{
    /// <param name="latest">The latest publication date believed (a page dated later lies): tomorrow, for a page published today in another time zone.</param>
    public static ExtractedHtml Read(string html, DateOnly latest)
    {
        var page = MainContent.Keep(html, HtmlText.Extract(html));
        return page.Text.Length == 0 ? page : page.WithPrefix(PageMetadata.Read(html, latest).FrontMatter());
    }
}

/// <summary>
/// Reduces an HTML page to its text: scripts, styles, templates, comments and hidden elements
/// never become text; block elements become line breaks; entities are decoded.
/// </summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "math", "select", "button",
    };

    /// <summary>Elements whose content is text up to their end tag, never markup.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header",
        "footer", "blockquote", "title", "figcaption", "figure", "aside", "nav", "main", "dd", "dt", "pre", "hr", "form",
    };

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr",
    };

    /// <summary>Whether <paramref name="name"/> is an element that has no content and no end tag (br, img, meta…).</summary>
    public static bool IsVoid(string name) => Void.Contains(name);

    public static bool LooksLikeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return TagLike().Count(head) >= 5;
    }

    public static ExtractedHtml Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length / 2);
        var map = new List<int>(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] == '<')
            {
                i = Tag(html, i, text, map);
                continue;
            }

            if (html[i] == '&')
            {
                var end = html.IndexOf(';', i, Math.Min(12, html.Length - i));
                if (end > i)
                {
                    var decoded = WebUtility.HtmlDecode(html[i..(end + 1)]);
                    if (decoded.Length <= 2 && decoded != html[i..(end + 1)])
                    {
                        foreach (var c in decoded)
                        {
                            Append(text, map, c == '\u00A0' ? ' ' : c, i);
                        }

                        i = end + 1;
                        continue;
                    }
                }
            }

            Append(text, map, html[i], i);
            i++;
        }

        if (map.Count == 0)
        {
            return new ExtractedHtml("", [html.Length]);
        }

        // Trim each line and drop runs of blank lines, keeping the map in step.
        var result = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length + 1);
        foreach (var line in Lines(text.ToString()))
        {
            var (start, end) = line;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                if (result.Length > 0 && !EndsWithBlankLine(result))
                {
                    result.Append('\n');
                    offsets.Add(map[Math.Min(line.Start, map.Count - 1)]);
                }

                continue;
            }

            if (result.Length > 0 && result[^1] != '\n')
            {
                result.Append('\n');
                offsets.Add(map[start]);
            }

            for (var k = start; k < end; k++)
            {
                result.Append(text[k]);
                offsets.Add(map[k]);
            }

            result.Append('\n');
            offsets.Add(map[end - 1] + 1);
        }

        offsets.Add(html.Length);
        return new ExtractedHtml(result.ToString().TrimEnd('\n'), [.. offsets]);
    }

    private static bool EndsWithBlankLine(StringBuilder builder) => builder.Length >= 2 && builder[^1] == '\n' && builder[^2] == '\n';

    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                yield return (start, i);
                start = i + 1;
            }
        }
    }

    private static void Append(StringBuilder text, List<int> map, char c, int source)
    {
        if (c is '\r')
        {
            return;
        }

        if (c is ' ' or '\t' or '\n' && (text.Length == 0 || text[^1] is ' ' or '\n'))
        {
            if (c == '\n' && text.Length > 0 && text[^1] == ' ')
            {
                text[^1] = '\n';
            }

            return;
        }

        text.Append(c is '\t' ? ' ' : c);
        map.Add(source);
    }

    /// <summary>Handles one tag at <paramref name="i"/>; returns the offset after what it consumed.</summary>
    private static int Tag(string html, int i, StringBuilder text, List<int> map)
    {
        if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
        {
            var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
            return endComment < 0 ? html.Length : endComment + 3;
        }

        // A document type, a CDATA section's markers or a processing instruction ("<!DOCTYPE html>",
        // "<?xml …?>") is markup, never text.
        if (i + 1 < html.Length && html[i + 1] is '!' or '?')
        {
            var endDeclaration = html.IndexOf('>', i + 2);
            return endDeclaration < 0 ? html.Length : endDeclaration + 1;
        }

        // Only "<name" or "</name" opens a tag; any other "<" is text. Deciding that before looking
        // for the ">" keeps a page of stray "<" linear.
        var nameAt = i + 1 < html.Length && html[i + 1] == '/' ? i + 2 : i + 1;
        if (nameAt >= html.Length || !char.IsAsciiLetter(html[nameAt]))
        {
            Append(text, map, '<', i);
            return i + 1;
        }

        var close = html.IndexOf('>', i + 1);
        if (close < 0)
        {
            return html.Length;
        }

        var tag = html[(i + 1)..close];
        var match = TagName().Match(tag);
        var closing = match.Groups["slash"].Success;
        var name = match.Groups["name"].Value;
        if (Blocks.Contains(name))
        {
            Append(text, map, '\n', i);
        }

        if (!closing && !Void.Contains(name) && !tag.EndsWith('/') && (Dropped.Contains(name) || Hidden().IsMatch(tag)))
        {
            return SkipElement(html, close + 1, name);
        }

        return close + 1;
    }

    /// <summary>
    /// Skips to the end of the element named <paramref name="name"/>, counting nested elements of the
    /// same name; a script or style ends at its first end tag whatever its text holds (HTML's raw
    /// text elements: "document.write('&lt;script …')" inside a script opens nothing).
    /// </summary>
    private static int SkipElement(string html, int from, string name)
    {
        if (RawText.Contains(name))
        {
            var end = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
            var close = end < 0 ? -1 : html.IndexOf('>', end);
            return close < 0 ? html.Length : close + 1;
        }

        var depth = 1;
        var i = from;
        while (depth > 0)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                return html.Length;
            }

            var at = open + 1;
            var closing = at < html.Length && html[at] == '/';
            at += closing ? 1 : 0;
            var end = at + name.Length;
            if (string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0 || end > html.Length
                || (end < html.Length && (char.IsLetterOrDigit(html[end]) || html[end] == '_')))
            {
                i = open + 1;
                continue;
            }

            var close = html.IndexOf('>', end);
            if (close < 0)
            {
                return html.Length;
            }

            depth += closing ? -1 : html[close - 1] == '/' ? 0 : 1;
            i = close + 1;
        }

        return i;
    }

    [GeneratedRegex(@"^(?<slash>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TagName();

    [GeneratedRegex(@"\shidden(?:\s|=|/|$)|aria-hidden\s*=\s*[""']?true|display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</?(?:p|div|span|a|br|li|h[1-6]|body|head|table|td|article)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TagLike();
}
