using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Feeds;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>feeds list | add &lt;address&gt; [--every &lt;minutes&gt;] | remove &lt;id&gt; | poll [&lt;id&gt;]</c>: the feeds the
/// dashboard polls. <c>poll</c> polls now (all due feeds, or the one given) and says what each poll did;
/// exit 1 when a poll failed or a feed could not be added or removed.
/// </summary>
public static class FeedsCommand
{
    public const string Help = "feeds needs: list | add <address> [--every <minutes>] | remove <id> | poll [<id>]";

    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var verb = parsed.Positional.Count > 0 ? parsed.Positional[0] : null;
        var argument = parsed.Positional.Count > 1 ? parsed.Positional[1] : null;
        var valid = parsed.Positional.Count <= 2 && verb switch
        {
            "list" => argument is null,
            "add" => argument is not null,
            "remove" => Id(argument) is not null,
            "poll" => argument is null || Id(argument) is not null,
            _ => false,
        };
        if (!valid || (parsed.Option("every") is not null && verb != "add"))
        {
            throw new UsageException(Help);
        }

        var every = FeedOptions.DefaultIntervalMinutes;
        if (parsed.Option("every") is { } text && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out every))
        {
            throw new UsageException($"--every takes a whole number of minutes, not '{text}'");
        }

        try
        {
            using var database = await DashboardDatabase.OpenAsync(settings, warmUpAnalysis: verb is not ("list" or "add" or "remove")); // a poll imports
            return verb switch
            {
                "list" => await ListAsync(database.Get<FeedService>(), output),
                "add" => await ReportAsync(await database.Get<FeedService>().AddAsync(argument, every, ImportCommand.Who), $"added           {argument!.Trim()} (every {every} minutes)", output, error),
                "remove" => await ReportAsync(await database.Get<FeedService>().RemoveAsync(Id(argument)!.Value, ImportCommand.Who) ? null : $"there is no feed {argument}", $"removed         feed {argument}", output, error),
                _ => await PollAsync(database.Get<FeedPoller>(), database.Get<FeedService>(), Id(argument), output),
            };
        }
        catch (DatabaseStartupException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int? Id(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static async Task<int> ListAsync(FeedService feeds, TextWriter output)
    {
        foreach (var feed in await feeds.ListAsync())
        {
            var last = feed.LastPolledAt is { } at ? $"{at:yyyy-MM-dd HH:mm} UTC {(feed.LastFailed ? "failed" : "ok")}: {feed.LastResult}" : "not polled yet";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{feed.Id,4}  {feed.Url}  every {feed.IntervalMinutes} min  {feed.ItemsImported} articles  {last}"));
        }

        return ExitCodes.Success;
    }

    private static async Task<int> ReportAsync(string? problem, string done, TextWriter output, TextWriter error)
    {
        if (problem is not null)
        {
            await error.WriteLineAsync($"error: {problem}");
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync(done);
        return ExitCodes.Success;
    }

    /// <summary>Every feed (or the one given) now, whether due or not; a feed another instance is polling is left to it.</summary>
    private static async Task<int> PollAsync(FeedPoller poller, FeedService feeds, int? id, TextWriter output)
    {
        var ids = id is { } one ? [one] : (await feeds.ListAsync()).Select(f => f.Id).ToList();
        var failed = false;
        foreach (var feedId in ids)
        {
            var result = await poller.PollNowAsync(feedId);
            failed |= result.Failed;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{(result.Failed ? "failed" : result.Polled ? "polled" : "skipped"),-15} feed {feedId}: {result.Message}"));
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }
}
