using Dashboard.Data.Annotations;
using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Dashboard.Data.Import.Web;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Feeds;

/// <summary>A feed as the feeds page and the command line list it.</summary>
public sealed record FeedView(
    int Id, string Url, string? Title, int IntervalMinutes, string AddedBy, DateTime AddedAt, DateTime NextPollAt,
    DateTime? LastPolledAt, string? LastResult, bool LastFailed, int ConsecutiveFailures, int ItemsImported, bool BeingPolled);

/// <summary>The list of feeds administrators keep: add (checked address and interval; each address once), remove, list.</summary>
public sealed class FeedService(IDbContextFactory<DashboardDbContext> contextFactory, AuditLog audit, TimeProvider clock, IAnnotationNotifier notifier)
{
    public const int MaxFeeds = 500;

    public async Task<IReadOnlyList<FeedView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Feeds.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new FeedView(f.Id, f.Url, f.Title, f.IntervalMinutes, f.AddedBy, f.AddedAt, f.NextPollAt, f.LastPolledAt, f.LastResult,
                f.LastFailed, f.ConsecutiveFailures, f.ItemsImported, f.LeaseUntil != null && f.LeaseUntil > now))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a feed, due at once; null when added, else why not.</summary>
    public async Task<string?> AddAsync(string? url, int intervalMinutes, string who, CancellationToken cancellationToken = default)
    {
        url = (url ?? "").Trim();
        if (PageFetcher.Refusal(url) is { } refusal)
        {
            return refusal.Replace("can be imported", "can be added as feeds", StringComparison.Ordinal);
        }

        if (intervalMinutes is < FeedOptions.MinIntervalMinutes or > FeedOptions.MaxIntervalMinutes)
        {
            return $"the interval must be between {FeedOptions.MinIntervalMinutes} minutes and {FeedOptions.MaxIntervalMinutes / 60 / 24} days";
        }

        // Normalising may percent-encode the address past the limit the check above saw.
        var address = new Uri(url).AbsoluteUri;
        if (address.Length > PageFetcher.MaxAddressLength)
        {
            return $"the address is longer than {PageFetcher.MaxAddressLength:N0} characters once encoded";
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Feeds.CountAsync(cancellationToken) >= MaxFeeds)
        {
            return $"there are already {MaxFeeds} feeds; remove one first";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Feeds.Add(new Feed { Url = address, IntervalMinutes = intervalMinutes, AddedBy = who, AddedAt = now, NextPollAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            return "this feed is already on the list";
        }

        await audit.RecordAsync(who, "feed added", address, $"every {intervalMinutes} minutes", CancellationToken.None);
        notifier.Publish(AnnotationChange.FeedChanged(0));
        return null;
    }

    /// <summary>Removes a feed and its record of items; the articles it brought stay in the corpus.</summary>
    public async Task<bool> RemoveAsync(int id, string who, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var url = await db.Feeds.Where(f => f.Id == id).Select(f => f.Url).SingleOrDefaultAsync(cancellationToken);
        if (url is null || await db.Feeds.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }

        await audit.RecordAsync(who, "feed removed", url, "", CancellationToken.None);
        notifier.Publish(AnnotationChange.FeedChanged(id));
        return true;
    }
}
