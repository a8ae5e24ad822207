namespace Dashboard.Data.Queries;

/// <summary>
/// One reading of a view's query shared by every browser that asks for it with the same arguments while
/// the stored results keep one version (<see cref="Analysis.PartitionCache.SettledVersionAsync"/>). When a
/// correction reaches every open view at once, the views wait for one reading instead of each making its own
/// on the same cores. A reading runs to its end even when the view that started it goes away.
/// </summary>
/// <param name="same">
/// When a new version's reading equals the one it replaces, the earlier instance is given instead, so a view
/// can tell by reference that nothing it shows changed and leave its drawing alone.
/// </param>
internal sealed class SharedReadings<T>(Func<T, T, bool>? same = null)
    where T : class
{
    /// <summary>Readings kept at most; past it the oldest arguments are forgotten.</summary>
    private const int MaxEntries = 16;

    private readonly Lock gate = new();
    private readonly Dictionary<string, (object Version, Task<T> Reading)> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    /// <param name="version">What the reading depends on besides <paramref name="key"/>: compared with <see cref="object.Equals(object?)"/>.</param>
    public Task<T> GetAsync(string key, object version, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        Task<T> reading;
        lock (gate)
        {
            if (entries.TryGetValue(key, out var entry) && Equals(entry.Version, version) && !entry.Reading.IsFaulted && !entry.Reading.IsCanceled)
            {
                reading = entry.Reading;
            }
            else
            {
                var earlier = entries.TryGetValue(key, out var replaced) && replaced.Reading.IsCompletedSuccessfully ? replaced.Reading.Result : null;
                reading = Task.Run(async () =>
                {
                    var fresh = await read();
                    return earlier is not null && same is not null && same(earlier, fresh) ? earlier : fresh;
                }, CancellationToken.None);
                if (!entries.ContainsKey(key))
                {
                    order.Enqueue(key);
                }

                entries[key] = (version, reading);
                while (entries.Count > MaxEntries && order.TryDequeue(out var oldest))
                {
                    entries.Remove(oldest);
                }
            }
        }

        return reading.WaitAsync(cancellationToken);
    }
}
