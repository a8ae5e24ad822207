using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Data.Feeds;

/// <summary>
/// Looks for due feeds every <see cref="FeedOptions.CheckEvery"/> and polls them, in every app
/// instance (the lease decides which instance polls a feed). A failing poll is logged and waits for
/// the next round; it never stops the loop.
/// </summary>
public sealed partial class FeedPollingService(FeedPoller poller, FeedOptions options, ILogger<FeedPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.PollInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.CheckEvery);
        do
        {
            try
            {
                foreach (var result in await poller.PollDueAsync(stoppingToken))
                {
                    if (result.Polled)
                    {
                        LogPolled(logger, result.FeedId, result.Message);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRoundFailed(logger, ex.Message);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} polled: {Result}")]
    private static partial void LogPolled(ILogger logger, int feedId, string result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling feeds failed this round, trying again at the next: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string reason);
}
