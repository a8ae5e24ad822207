using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Dashboard.Data.Feeds;

/// <summary>One item of a feed: the article's address, with its title and date when the feed gives them.</summary>
public sealed record FeedEntry(string Link, string? Title, DateTimeOffset? Published);

/// <summary>What a feed document holds, or why it could not be read (<see cref="Problem"/>).</summary>
public sealed record FeedContent(string? Title, IReadOnlyList<FeedEntry> Entries, int WithoutLink, string? Problem)
{
    public static FeedContent Failed(string problem) => new(null, [], 0, problem);
}

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 document. No document type is processed (an entity-expansion bomb
/// is refused, not expanded), nothing outside the document is resolved, a date that cannot be read
/// leaves its item undated instead of failing the feed, and only http(s) links are kept, each once,
/// resolved against the feed's address when relative.
/// </summary>
public static class FeedReader
{
    public static FeedContent Read(byte[] bytes, Uri feedAddress)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(feedAddress);
        if (bytes.Length == 0)
        {
            return FeedContent.Failed("the feed is empty");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = bytes.LongLength * 4,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Atom10FeedFormatter { DateTimeParser = LenientDate };
            if (!formatter.CanRead(reader))
            {
                formatter = new Rss20FeedFormatter { DateTimeParser = LenientDate };
                if (!formatter.CanRead(reader))
                {
                    return FeedContent.Failed($"not an RSS or Atom feed (its root element is <{reader.LocalName}>)");
                }
            }

            formatter.ReadFrom(reader);
            return Contents(formatter.Feed, feedAddress);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return FeedContent.Failed("the feed declares a document type, which is refused (it can expand into a huge document)");
        }
        catch (XmlException ex)
        {
            return FeedContent.Failed($"the feed is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition})");
        }
    }

    private static FeedContent Contents(SyndicationFeed feed, Uri feedAddress)
    {
        var entries = new List<FeedEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var withoutLink = 0;
        foreach (var item in feed.Items)
        {
            if (LinkOf(item, feedAddress) is not { } link)
            {
                withoutLink++;
                continue;
            }

            if (seen.Add(link))
            {
                var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
                entries.Add(new FeedEntry(link, Core.Documents.PageMetadata.OneLine(item.Title?.Text), date == default ? null : date));
            }
        }

        return new FeedContent(Core.Documents.PageMetadata.OneLine(feed.Title?.Text), entries, withoutLink, null);
    }

    /// <summary>The item's article: its alternate link (RSS &lt;link&gt;, Atom rel="alternate"), else a permalink id.</summary>
    private static string? LinkOf(SyndicationItem item, Uri feedAddress)
    {
        var candidates = item.Links
            .Where(l => string.IsNullOrEmpty(l.RelationshipType) || l.RelationshipType == "alternate")
            .Select(l => l.Uri?.OriginalString)
            .Append(item.Id);
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate)
                && Uri.TryCreate(feedAddress, candidate.Trim(), out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.AbsoluteUri.Length <= Import.Web.PageFetcher.MaxAddressLength)
            {
                return uri.AbsoluteUri;
            }
        }

        return null;
    }

    /// <summary>RFC 822 and ISO dates as the feed formats write them, and the usual looser forms; anything else leaves the item undated.</summary>
    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString?.Trim() ?? "";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value))
        {
            return true;
        }

        // "Tue, 10 Apr 2024 09:00:00 GMT" parses above; a named zone other than GMT/UTC ("EST") does not: drop it.
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && DateTimeOffset.TryParse(text[..lastSpace], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        value = default;
        return true; // undated, not a broken feed
    }
}
