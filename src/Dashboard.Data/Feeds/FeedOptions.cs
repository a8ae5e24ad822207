using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data.Feeds;

/// <summary>
/// How feeds are polled: <c>Dashboard:Feeds:CheckSeconds</c> (30: how often an instance looks for due
/// feeds), <c>Dashboard:Feeds:MaxItemsPerPoll</c> (20 new articles a poll; the rest follow at the next
/// polls), <c>Dashboard:Feeds:Poll</c> (true: false stops this instance polling in the background).
/// </summary>
public sealed record FeedOptions(TimeSpan CheckEvery, int MaxItemsPerPoll, bool PollInBackground)
{
    public const int DefaultIntervalMinutes = 30;
    public const int MinIntervalMinutes = 5;
    public const int MaxIntervalMinutes = 7 * 24 * 60;

    /// <summary>Beyond the fetches' own time limits, how long a poll's lease lasts (the import's analysis and storing).</summary>
    public static readonly TimeSpan LeaseMargin = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a poll may hold a feed: every fetch it can make (the feed and each of its articles)
    /// at its full time limit, and the margin. A poll that outlives it (an instance that died
    /// mid-poll) frees the feed for another instance.
    /// </summary>
    public TimeSpan LeaseFor(TimeSpan fetchTimeout) => fetchTimeout * (MaxItemsPerPoll + 1) + LeaseMargin;

    /// <summary>The longest back-off after failures.</summary>
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromDays(1);

    public static FeedOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var check = double.TryParse(configuration["Dashboard:Feeds:CheckSeconds"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 3600 ? seconds : 30;
        var items = int.TryParse(configuration["Dashboard:Feeds:MaxItemsPerPoll"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 200 ? n : 20;
        var poll = !bool.TryParse(configuration["Dashboard:Feeds:Poll"], out var on) || on;
        return new FeedOptions(TimeSpan.FromSeconds(check), items, poll);
    }
}
