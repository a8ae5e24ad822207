namespace Dashboard.Data.Entities;

/// <summary>
/// A news feed (RSS or Atom) an administrator added: polled every <see cref="IntervalMinutes"/>, its
/// new items fetched and imported. Each poll holds a lease (<see cref="LeaseOwner"/> until
/// <see cref="LeaseUntil"/>), so with several app instances on one database only one polls it at a time.
/// </summary>
public sealed class Feed
{
    public int Id { get; set; }

    public required string Url { get; set; }

    /// <summary>The feed's own title, once a poll has read it.</summary>
    public string? Title { get; set; }

    public int IntervalMinutes { get; set; }

    public required string AddedBy { get; set; }

    public DateTime AddedAt { get; set; }

    /// <summary>When the feed is next due: after its interval, or later after failures (back-off).</summary>
    public DateTime NextPollAt { get; set; }

    public DateTime? LastPolledAt { get; set; }

    /// <summary>What the last poll did, in a sentence ("3 new articles imported", or what went wrong).</summary>
    public string? LastResult { get; set; }

    /// <summary>Whether the last poll failed as a whole (the feed could not be fetched or read).</summary>
    public bool LastFailed { get; set; }

    /// <summary>Polls that failed in a row; each doubles the wait before the next, up to a day.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Articles this feed brought into the corpus, in all.</summary>
    public int ItemsImported { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }
}
