namespace Dashboard.Data;

/// <summary>Growing pauses between tries of a database server that went away: 1, 2, 4, 8, 15, 15 … seconds.</summary>
internal static class RetryPause
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(15);

    public static TimeSpan After(TimeSpan pause) => TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, Longest.Ticks));
}
