using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Documents;

/// <summary>
/// What a news page says about itself, in order of trust: its JSON-LD <c>NewsArticle</c>
/// (headline, datePublished, publisher, author), then Open Graph and <c>article:</c> properties,
/// then <c>&lt;meta name="author"&gt;</c>, the first <c>&lt;time datetime&gt;</c> and the canonical link.
/// A date after <c>today</c> is a page that lies (or a scheduled post) and is dropped.
/// </summary>
public sealed partial record PageMetadata(string? Title, string? Outlet, DateOnly? Published, string? Author, string? Url)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "PressRelease", "OpinionNewsArticle",
    };

    public static PageMetadata None { get; } = new(null, null, null, null, null);

    public bool IsEmpty => this == None;

    /// <summary>The most of a page parsed as a document: its head (up to "&lt;/head&gt;" or "&lt;body").</summary>
    private const int HeadLimit = 32 * 1024;

    public static PageMetadata Read(string html, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(html);
        // Only the head is parsed as a document: a hostile body (50,000 nested elements) costs a tree
        // builder minutes. JSON-LD and <time> in the body are found by a linear scan.
        using var document = new HtmlParser().ParseDocument(HeadOf(html));
        var linked = LinkedData(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent)
            .Concat(BodyLinkedData().Matches(html).Take(8).Select(m => WebUtility.HtmlDecode(m.Groups["json"].Value))));
        string? Meta(string key) => document.QuerySelectorAll("meta")
            .Where(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            .Select(m => OneLine(m.GetAttribute("content")))
            .FirstOrDefault(v => v is not null);

        var published = new[]
            {
                Text(linked, "datePublished"), Meta("article:published_time"), Meta("og:published_time"), Meta("date"),
                Meta("pubdate"), document.QuerySelector("time[datetime]")?.GetAttribute("datetime") ?? TimeIn(html),
            }
            .Select(DateOf)
            .FirstOrDefault(d => d is { } date && date <= today);
        var headline = Text(linked, "headline") ?? Meta("og:title");
        var titleTag = OneLine(document.Title);
        var (titled, site) = SplitTitle(titleTag, headline);
        return new PageMetadata(
            headline ?? titled ?? titleTag,
            Name(linked, "publisher") ?? Meta("og:site_name") ?? site,
            published,
            Name(linked, "author") ?? Meta("author") ?? Meta("article:author"),
            Web(Text(linked, "url")) ?? Web(Meta("og:url")) ?? Web(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")));
    }

    /// <summary>The page's metadata as the front-matter lines the analysis reads (title:, outlet:, date:, author:, url:).</summary>
    public string FrontMatter()
    {
        var lines = new List<string>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                lines.Add($"{key}: {value}");
            }
        }

        Add("title", Title);
        Add("outlet", Outlet);
        Add("date", Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("author", Author);
        Add("url", Url);
        return lines.Count == 0 ? "" : string.Join('\n', lines) + "\n\n";
    }

    /// <summary>
    /// A page's &lt;title&gt; as sites write it, the headline then the site's name after a separator
    /// ("Agency weighs the station | Orbital Ledger"): the headline and the site. With the headline
    /// known from the metadata, whatever follows it is the site; without, the last part is the site only
    /// when it is short (at most five words) and the rest is a headline of at least three words.
    /// </summary>
    public static (string? Title, string? Site) SplitTitle(string? title, string? headline)
    {
        if (title is null)
        {
            return (null, null);
        }

        if (headline is not null)
        {
            if (!title.StartsWith(headline, StringComparison.OrdinalIgnoreCase))
            {
                return (null, null);
            }

            var rest = title[headline.Length..].TrimStart();
            var separator = rest.Length - rest.TrimStart(TitleSeparators.ToCharArray()).Length;
            // "Headline - 07.12.2017 - Site": the site is the last part.
            var parts = rest[separator..].Split([" | ", " – ", " — ", " - ", " :: ", " · "], StringSplitOptions.RemoveEmptyEntries);
            return separator is > 0 and <= 2 && parts.Length > 0 && Site(parts[^1]) is { } named ? (headline, named) : (null, null);
        }

        foreach (var separator in new[] { " | ", " – ", " — ", " - ", " :: ", " · " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && Site(title[(at + separator.Length)..]) is { } named && Words(title[..at]) >= 3)
            {
                return (title[..at].Trim(), named);
            }
        }

        return (null, null);
    }

    private const string TitleSeparators = "|–—-:·";

    private static string? Site(string text)
    {
        var site = text.Trim();
        return site.Length is >= 2 and <= 60 && Words(site) <= 5 && site.Any(char.IsLetter) ? site : null;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? TimeIn(string html) => TimeElement().Match(html) is { Success: true } time ? time.Groups["value"].Value : null;

    private static string HeadOf(string html)
    {
        var end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            end = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        }

        // A page with neither is a fragment: its metadata, if any, comes from the linear scans alone.
        return end < 0 ? "" : html[..Math.Min(end, HeadLimit)];
    }

    /// <summary>The first JSON-LD object of an article type, found at the top, in an array or in an <c>@graph</c>; malformed blocks are skipped.</summary>
    private static JsonElement? LinkedData(IEnumerable<string> blocks)
    {
        foreach (var block in blocks)
        {
            try
            {
                using var json = JsonDocument.Parse(block, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true });
                if (FindArticle(json.RootElement) is { } found)
                {
                    return found.Clone();
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing; the page's other metadata may.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select(FindArticle).FirstOrDefault(e => e is not null),
        JsonValueKind.Object when IsArticle(element) => element,
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => FindArticle(graph),
        _ => null,
    };

    private static bool IsArticle(JsonElement element) =>
        element.TryGetProperty("@type", out var type)
        && (type.ValueKind == JsonValueKind.String ? ArticleTypes.Contains(type.GetString()!)
            : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)));

    private static string? Text(JsonElement? element, string property) =>
        element is { } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? OneLine(value.GetString()) : null;

    /// <summary>A publisher or author: a string, an object with a name, or the first of an array of either.</summary>
    private static string? Name(JsonElement? element, string property)
    {
        if (element is not { } e || !e.TryGetProperty(property, out var value))
        {
            return null;
        }

        var first = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().FirstOrDefault() : value;
        return first.ValueKind switch
        {
            JsonValueKind.String => OneLine(first.GetString()),
            JsonValueKind.Object => Text(first, "name"),
            _ => null,
        };
    }

    private static DateOnly? DateOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.DateTime); // the day as the page wrote it, in its own time zone
        }

        return DateOnly.TryParseExact(value.Trim().Length >= 10 ? value.Trim()[..10] : value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private static string? Web(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var address) && address.Scheme is "http" or "https" ? address.ToString() : null;

    /// <summary>A JSON-LD block anywhere in the page (its text holds no tag).</summary>
    [GeneratedRegex(@"<script[^>]*application/ld\+json[^>]*>(?<json>[^<]+)</script", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex BodyLinkedData();

    [GeneratedRegex(@"<time\b[^>]*\bdatetime\s*=\s*[""'](?<value>[^""'<>]{4,40})[""']", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TimeElement();

    /// <summary>One line of plain text, at most 300 characters: a value must not forge other front-matter lines.</summary>
    public static string? OneLine(string? value)
    {
        var line = string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length == 0 ? null : line.Length > 300 ? line[..300] : line;
    }
}
