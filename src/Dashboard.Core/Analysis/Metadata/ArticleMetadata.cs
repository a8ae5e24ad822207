namespace Dashboard.Core.Analysis.Metadata;

/// <summary>What an article says about itself: title, outlet, publication date (and whether it was inferred), language.</summary>
public sealed record ArticleMetadata(string? Title, string? Outlet, DateOnly? Published, bool PublishedInferred, string Language)
{
    /// <summary>How each value was found, for the reader ("date from the dateline, year inferred from …").</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The agency or government whose own release this is (its site, or itself named as the source), else null.</summary>
    public string? IssuedBy { get; init; }
}
