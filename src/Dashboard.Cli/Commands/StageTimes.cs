using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dashboard.Data.Diagnostics;

namespace Dashboard.Cli.Commands;

/// <summary>Where a benchmark's time went: the wall time of each stage (<see cref="Stages"/>) summed while this lives.</summary>
internal sealed class StageTimes : IDisposable
{
    private readonly ConcurrentDictionary<string, (double Seconds, int Count)> totals = new(StringComparer.Ordinal);
    private readonly ActivityListener listener;

    public StageTimes()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Stages.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => totals.AddOrUpdate(activity.OperationName, (activity.Duration.TotalSeconds, 1),
                (_, total) => (total.Seconds + activity.Duration.TotalSeconds, total.Count + 1)),
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Seconds by stage, rounded, in the order of their names (a stage's parts follow it).</summary>
    public SortedDictionary<string, double> Seconds =>
        new(totals.ToDictionary(t => t.Key, t => Math.Round(t.Value.Seconds, 3)), StringComparer.Ordinal);

    /// <summary>Milliseconds by stage spent since <paramref name="earlier"/> (a <see cref="Seconds"/> taken then), the largest first.</summary>
    public IEnumerable<(string Stage, double Milliseconds)> Since(IReadOnlyDictionary<string, double> earlier) =>
        Seconds.Select(s => (s.Key, (s.Value - earlier.GetValueOrDefault(s.Key)) * 1000)).Where(s => s.Item2 >= 1).OrderByDescending(s => s.Item2);

    /// <summary>One table row per stage: total seconds, how many times, its share of <paramref name="wall"/>.</summary>
    public async Task WriteAsync(TextWriter output, double wall)
    {
        foreach (var (name, (seconds, count)) in totals.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {name,-26} {seconds,9:N2} s {count,7:N0}×  {seconds / wall,6:P0}"));
        }
    }

    public void Dispose() => listener.Dispose();
}
