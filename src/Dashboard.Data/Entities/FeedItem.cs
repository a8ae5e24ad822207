namespace Dashboard.Data.Entities;

/// <summary>
/// An item of a feed that a poll dealt with, by its link: a link seen once is not fetched again
/// (an article an analyst deleted stays deleted), except a fetch that failed, tried again at later polls up to <see cref="MaxAttempts"/> times.
/// </summary>
public sealed class FeedItem
{
    public const int MaxAttempts = 3;

    public int Id { get; set; }

    public int FeedId { get; set; }

    public required string Link { get; set; }

    public DateTime FirstSeenAt { get; set; }

    /// <summary>imported, duplicate, near-duplicate or rejected, as for any import.</summary>
    public required string Outcome { get; set; }

    public string? Detail { get; set; }

    public int? DocumentId { get; set; }

    public int Attempts { get; set; }
}
