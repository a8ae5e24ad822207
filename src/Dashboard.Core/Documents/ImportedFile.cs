using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dashboard.Core.Documents;

/// <summary>An article taken from an uploaded or imported file: a safe name and the text to store.</summary>
public sealed record ImportedArticle(string FileName, string Text)
{
    /// <summary>The web page <see cref="Text"/> was read from, verbatim (an .html file); null for text.</summary>
    public string? Page { get; init; }
}

/// <summary>What one file yields: its articles (a JSON file may hold many), or why it was refused.</summary>
public sealed record ImportedFile(string FileName, IReadOnlyList<ImportedArticle> Articles, string? Rejection)
{
    public bool Accepted => Rejection is null;

    public static ImportedFile Rejected(string fileName, string reason) => new(fileName, [], reason);
}

/// <summary>
/// Turns the bytes of an imported file into articles: .txt and .md as text, .html reduced to its
/// visible text, .json as an array of {title, outlet, published, url, text}. Decoding, binary and
/// size checks come first; every refusal says why. A name is only ever a label (never a path).
/// </summary>
public static class ImportFormats
{
    public static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".json"];

    public const int MaxNameLength = 200;

    /// <summary>The most articles one .json file may hold: a feed export, not a corpus dump.</summary>
    public const int DefaultMaxItemsPerFile = 1000;

    public static ImportedFile Read(string? name, ReadOnlySpan<byte> bytes, long maxBytes, int maxItems = DefaultMaxItemsPerFile)
    {
        var fileName = SafeName(name);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return ImportedFile.Rejected(fileName, $"not a supported kind of file ({string.Join(", ", Extensions)})");
        }

        if (bytes.Length > maxBytes)
        {
            return ImportedFile.Rejected(fileName, $"the file is {bytes.Length:N0} bytes, over the limit of {maxBytes:N0}");
        }

        var decoded = ArticleTextDecoder.Decode(bytes);
        if (!decoded.IsAccepted)
        {
            return ImportedFile.Rejected(fileName, decoded.Rejection!);
        }

        var text = decoded.Text!;
        return extension switch
        {
            ".json" => FromJson(fileName, text, maxItems),
            ".html" or ".htm" => FromHtml(fileName, text),
            _ => HtmlText.LooksLikeHtml(text) ? FromHtml(fileName, text) : FromText(fileName, text),
        };
    }

    /// <summary>The last segment of whatever the client sent, without control characters: "../../x.txt" is "x.txt".</summary>
    public static string SafeName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim().TrimStart('.');
        if (clean.Length > MaxNameLength)
        {
            clean = clean[..(MaxNameLength - 10)] + Path.GetExtension(clean)[..Math.Min(10, Path.GetExtension(clean).Length)];
        }

        return clean.Length == 0 ? "unnamed.txt" : clean;
    }

    private static ImportedFile FromText(string fileName, string text) =>
        string.IsNullOrWhiteSpace(text)
            ? ImportedFile.Rejected(fileName, "the file holds no text")
            : new ImportedFile(fileName, [new ImportedArticle(fileName, text)], null);

    /// <summary>
    /// The page's main content, after front-matter lines from what the page says about itself (its
    /// JSON-LD, Open Graph and meta tags): the analysis trusts those before guessing from the text.
    /// </summary>
    private static ImportedFile FromHtml(string fileName, string html)
    {
        // A day's grace: a page published this morning in Tokyo is dated tomorrow in UTC's evening.
        var text = PageArticle.Read(html, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1)).Text;
        return string.IsNullOrWhiteSpace(text)
            ? ImportedFile.Rejected(fileName, "the HTML page has no visible text")
            : new ImportedFile(fileName, [new ImportedArticle(fileName, text) { Page = html }], null);
    }

    /// <summary>An array of objects; the metadata becomes front-matter lines the analysis reads (title:, outlet:, date:, url:).</summary>
    private static ImportedFile FromJson(string fileName, string json, int maxItems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            return ImportedFile.Rejected(fileName, $"not valid JSON ({ex.Message})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return ImportedFile.Rejected(fileName, "the JSON must be an array of {title, outlet, published, url, text}");
            }

            var count = document.RootElement.GetArrayLength();
            if (count > maxItems)
            {
                return ImportedFile.Rejected(fileName, string.Create(CultureInfo.InvariantCulture, $"the JSON array holds {count:N0} items, over the limit of {maxItems:N0} a file; split it into smaller files"));
            }

            var articles = new List<ImportedArticle>(count);
            var index = 0;
            var stem = Path.GetFileNameWithoutExtension(fileName);
            foreach (var item in document.RootElement.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    return ImportedFile.Rejected(fileName, $"item {index} is not an object");
                }

                var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var field in new[] { "title", "outlet", "published", "url", "text" })
                {
                    if (!item.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
                    {
                        fields[field] = null;
                    }
                    else if (value.ValueKind == JsonValueKind.String)
                    {
                        fields[field] = value.GetString();
                    }
                    else
                    {
                        return ImportedFile.Rejected(fileName, $"item {index}: “{field}” must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
                    }
                }

                if (string.IsNullOrWhiteSpace(fields["text"]))
                {
                    return ImportedFile.Rejected(fileName, $"item {index} has no text");
                }

                var header = new StringBuilder();
                AppendLine(header, "title", fields["title"]);
                AppendLine(header, "outlet", fields["outlet"]);
                AppendLine(header, "date", fields["published"]);
                AppendLine(header, "url", fields["url"]);
                var body = IsMarkup(fields["text"]!) ? HtmlText.Extract(fields["text"]!).Text : fields["text"]!;
                var text = header.Length == 0 ? body : header.Append('\n').Append(body).ToString();
                articles.Add(new ImportedArticle(string.Create(CultureInfo.InvariantCulture, $"{stem}#{index}.json"), text));
            }

            return articles.Count == 0 ? ImportedFile.Rejected(fileName, "the JSON array is empty") : new ImportedFile(fileName, articles, null);
        }
    }

    /// <summary>Feeds often carry an item's text as an HTML fragment ("&lt;p&gt;…&lt;/p&gt;"), too short to look like a page.</summary>
    private static bool IsMarkup(string text) =>
        HtmlText.LooksLikeHtml(text) || text.Contains("</p>", StringComparison.OrdinalIgnoreCase) || text.Contains("<br", StringComparison.OrdinalIgnoreCase);

    /// <summary>One metadata line; line breaks inside a value would forge other lines, so they become spaces.</summary>
    private static void AppendLine(StringBuilder header, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            header.Append(key).Append(": ").Append(value.ReplaceLineEndings(" ").Trim()).Append('\n');
        }
    }
}
