using Dashboard.Data.Annotations;
using Dashboard.Data.Entities;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Feeds;

/// <summary>What one poll of a feed did.</summary>
public sealed record FeedPollResult(int FeedId, bool Polled, bool Failed, string Message, int Imported);

/// <summary>
/// Polls feeds: takes the feed's lease (a conditional update, so of several instances on one
/// database exactly one wins; decision 022), fetches and reads the feed, imports the articles of
/// links it has not dealt with before (at most <see cref="FeedOptions.MaxItemsPerPoll"/> a poll), records
/// each link's outcome, and schedules the next poll: after the interval, or later after a failure.
/// </summary>
public sealed class FeedPoller(IDbContextFactory<DashboardDbContext> contextFactory, IServiceProvider services, FeedOptions options, TimeProvider clock, IAnnotationNotifier notifier)
{
    private const int MaxResultLength = 500;

    /// <summary>Feeds polled at the same time by one instance: a slow site holds one slot, not the others.</summary>
    private const int Parallel = 4;

    /// <summary>This instance's name on the leases it holds.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Polls every feed that is due and not being polled elsewhere; returns what each poll did.</summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollDueAsync(CancellationToken cancellationToken = default)
    {
        List<int> due;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await db.Feeds.AsNoTracking()
                .Where(f => f.NextPollAt <= now && (f.LeaseUntil == null || f.LeaseUntil < now))
                .OrderBy(f => f.NextPollAt).ThenBy(f => f.Id).Select(f => f.Id).Take(50)
                .ToListAsync(cancellationToken);
        }

        var results = new FeedPollResult[due.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, due.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await PollIsolatedAsync(due[i], token));
        return results;
    }

    /// <summary>One feed of a round: whatever goes wrong with it (the database gone a moment) is its own result, never the others'.</summary>
    private async Task<FeedPollResult> PollIsolatedAsync(int feedId, CancellationToken cancellationToken)
    {
        try
        {
            return await PollAsync(feedId, onlyWhenDue: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The lease runs out and the feed is polled again then.
            return new FeedPollResult(feedId, false, true, Clip($"the poll stopped: {(ex.InnerException ?? ex).Message}"), 0);
        }
    }

    /// <summary>Polls one feed now (an administrator's "poll now"), unless another poll of it is under way.</summary>
    public Task<FeedPollResult> PollNowAsync(int feedId, CancellationToken cancellationToken = default) =>
        PollAsync(feedId, onlyWhenDue: false, cancellationToken);

    private async Task<FeedPollResult> PollAsync(int feedId, bool onlyWhenDue, CancellationToken cancellationToken)
    {
        if (!await TryLeaseAsync(feedId, onlyWhenDue, cancellationToken))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var exists = await db.Feeds.AnyAsync(f => f.Id == feedId, cancellationToken);
            return new FeedPollResult(feedId, false, false, exists ? "not polled: it is being polled already, or is not due" : "not polled: there is no such feed", 0);
        }

        Feed? feed;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            feed = await db.Feeds.AsNoTracking().SingleOrDefaultAsync(f => f.Id == feedId, cancellationToken);
        }

        if (feed is null)
        {
            return new FeedPollResult(feedId, false, false, "not polled: the feed was removed", 0);
        }

        FeedPollResult result;
        string? title = null;
        try
        {
            (result, title) = await FetchAndImportAsync(feed, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync(feed, null, null, CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException || DatabaseErrors.IsUnavailable(ex))
        {
            // The articles stored so far stay; the feed is tried again after its back-off.
            result = Failure(feed, $"the poll stopped: {(ex.InnerException ?? ex).Message}");
        }

        await ReleaseAsync(feed, result, title, CancellationToken.None);
        notifier.Publish(AnnotationChange.FeedChanged(feedId));
        return result;
    }

    private async Task<(FeedPollResult Result, string? Title)> FetchAndImportAsync(Feed feed, CancellationToken cancellationToken)
    {
        // A transient scope: the fetcher's typed client is transient, and is let go after the poll.
        await using var scope = services.CreateAsyncScope();
        var fetched = await scope.ServiceProvider.GetRequiredService<PageFetcher>().FetchFeedAsync(feed.Url, cancellationToken);
        if (fetched.File is null)
        {
            return (Failure(feed, fetched.Problem ?? "the feed could not be fetched"), null);
        }

        var content = FeedReader.Read(fetched.File.Bytes, new Uri(fetched.File.SourceUrl ?? feed.Url));
        if (content.Problem is { } problem)
        {
            return (Failure(feed, problem), null);
        }

        var links = await NewLinksAsync(feed.Id, content.Entries.Select(e => e.Link).ToList(), cancellationToken);
        var batch = links.Take(Math.Min(options.MaxItemsPerPoll, scope.ServiceProvider.GetRequiredService<ImportLimits>().MaxFiles)).ToList();
        var results = batch.Count == 0 ? [] : await scope.ServiceProvider.GetRequiredService<UrlImporter>().ImportAsync(batch, who: $"feed {Shown(feed)}", cancellationToken: cancellationToken);
        await RecordItemsAsync(feed.Id, batch, results, cancellationToken);

        var imported = results.Count(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.NearDuplicate);
        var message = Summary(content, links.Count, batch.Count, imported, results);
        return (new FeedPollResult(feed.Id, true, false, message, imported), content.Title);
    }

    private static FeedPollResult Failure(Feed feed, string problem) => new(feed.Id, true, true, Clip(problem), 0);

    /// <summary>A result as the feed's record holds it: at most <see cref="MaxResultLength"/> characters (a reason may quote a long address).</summary>
    private static string Clip(string text) => text.Length > MaxResultLength ? text[..(MaxResultLength - 1)] + "…" : text;

    private static string Summary(FeedContent content, int newLinks, int taken, int imported, IReadOnlyList<ImportResult> results)
    {
        var parts = new List<string> { $"{content.Entries.Count} item{(content.Entries.Count == 1 ? "" : "s")}, {newLinks} new" };
        if (taken > 0)
        {
            parts.Add($"{imported} imported");
            var duplicates = results.Count(r => r.Outcome == ImportOutcome.Duplicate);
            var rejected = results.Count(r => r.Outcome == ImportOutcome.Rejected);
            if (duplicates > 0)
            {
                parts.Add($"{duplicates} already in the corpus");
            }

            if (rejected > 0)
            {
                parts.Add($"{rejected} refused (first: {results.First(r => r.Outcome == ImportOutcome.Rejected).Detail})");
            }
        }

        if (newLinks > taken)
        {
            parts.Add($"{newLinks - taken} left for the next polls");
        }

        if (content.WithoutLink > 0)
        {
            parts.Add($"{content.WithoutLink} without a link skipped");
        }

        return Clip(string.Join("; ", parts));
    }

    /// <summary>Links neither dealt with by this feed (a refused one may be tried again) nor already the source of a document, deleted ones included.</summary>
    private async Task<List<string>> NewLinksAsync(int feedId, List<string> links, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in links.Chunk(200))
        {
            known.UnionWith(await db.FeedItems.AsNoTracking()
                .Where(i => i.FeedId == feedId && chunk.Contains(i.Link) && (i.Outcome != "rejected" || i.Attempts >= FeedItem.MaxAttempts))
                .Select(i => i.Link).ToListAsync(cancellationToken));
            known.UnionWith(await db.Documents.IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.SourceUrl != null && chunk.Contains(d.SourceUrl))
                .Select(d => d.SourceUrl!).ToListAsync(cancellationToken));
        }

        return [.. links.Where(l => !known.Contains(l))];
    }

    private async Task RecordItemsAsync(int feedId, List<string> links, IReadOnlyList<ImportResult> results, CancellationToken cancellationToken)
    {
        if (links.Count == 0)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.FeedItems.Where(i => i.FeedId == feedId && links.Contains(i.Link)).ToDictionaryAsync(i => i.Link, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < links.Count; i++)
        {
            if (!existing.TryGetValue(links[i], out var item))
            {
                item = new FeedItem { FeedId = feedId, Link = links[i], FirstSeenAt = now, Outcome = "" };
                db.FeedItems.Add(item);
            }

            item.Outcome = results[i].Outcome.Label();
            item.Detail = results[i].Detail is { } detail && detail.Length > 300 ? detail[..299] + "…" : results[i].Detail;
            item.DocumentId = results[i].DocumentId;
            item.Attempts++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance took the lease after ours ran out and recorded these links first.
        }
    }

    /// <summary>Takes the feed's lease if nobody holds it (and, for a background poll, if it is due): one conditional update, atomic on both databases.</summary>
    private async Task<bool> TryLeaseAsync(int feedId, bool onlyWhenDue, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.LeaseFor(services.GetRequiredService<FetchTimeout>().Total);
        var owner = Instance;
        return await db.Feeds
            .Where(f => f.Id == feedId && (f.LeaseUntil == null || f.LeaseUntil < now) && (!onlyWhenDue || f.NextPollAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.LeaseOwner, owner).SetProperty(f => f.LeaseUntil, until), cancellationToken) == 1;
    }

    /// <summary>
    /// Records the poll (none when it was cancelled) and lets the lease go, in one update that holds
    /// only while the lease is still this instance's (one that ran out and was taken is left to its
    /// new holder); the next poll is due after the interval, or after a back-off that doubles with
    /// each failure in a row.
    /// </summary>
    private async Task ReleaseAsync(Feed feed, FeedPollResult? result, string? title, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = Instance;
        var mine = db.Feeds.Where(f => f.Id == feed.Id && f.LeaseOwner == owner);
        if (result is null)
        {
            await mine.ExecuteUpdateAsync(s => s.SetProperty(f => f.LeaseOwner, (string?)null).SetProperty(f => f.LeaseUntil, (DateTime?)null), cancellationToken);
            return;
        }

        var stored = await mine.AsNoTracking().Select(f => new { f.ConsecutiveFailures, f.IntervalMinutes, f.Title }).SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return; // removed meanwhile, or the lease ran out and another instance took it
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var failures = result.Failed ? stored.ConsecutiveFailures + 1 : 0;
        var next = now + NextWait(stored.IntervalMinutes, failures);
        var newTitle = title ?? stored.Title;
        var message = Clip(result.Message);
        await mine.ExecuteUpdateAsync(
            s => s.SetProperty(f => f.LastPolledAt, now)
                .SetProperty(f => f.LastResult, message)
                .SetProperty(f => f.LastFailed, result.Failed)
                .SetProperty(f => f.ConsecutiveFailures, failures)
                .SetProperty(f => f.ItemsImported, f => f.ItemsImported + result.Imported)
                .SetProperty(f => f.Title, newTitle)
                .SetProperty(f => f.NextPollAt, next)
                .SetProperty(f => f.LeaseOwner, (string?)null)
                .SetProperty(f => f.LeaseUntil, (DateTime?)null),
            cancellationToken);
    }

    /// <summary>The interval, doubled for each failure in a row, never more than <see cref="FeedOptions.MaxBackOff"/> (nor less than the interval).</summary>
    public static TimeSpan NextWait(int intervalMinutes, int failures)
    {
        var interval = TimeSpan.FromMinutes(intervalMinutes);
        if (failures == 0)
        {
            return interval;
        }

        var backOff = interval * Math.Pow(2, Math.Min(failures, 16));
        return backOff > FeedOptions.MaxBackOff ? (interval > FeedOptions.MaxBackOff ? interval : FeedOptions.MaxBackOff) : backOff;
    }

    private static string Shown(Feed feed) => feed.Title ?? feed.Url;
}
