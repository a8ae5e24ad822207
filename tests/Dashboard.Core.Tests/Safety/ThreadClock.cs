using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dashboard.Core.Tests.Safety;

/// <summary>
/// Processor time the calling thread has used, for time limits that must hold while the rest of the
/// suite loads the machine: on two cores beside the end-to-end tests, wall time doubled or tripled
/// for work that had not grown, while quadratic work shows in the thread's own time as it does in
/// wall time. Linux only (clock_gettime); elsewhere, wall time.
/// </summary>
internal readonly struct ThreadClock
{
    private const int ThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID

    private readonly double started;

    private ThreadClock(double started) => this.started = started;

    public double ElapsedMilliseconds => Now() - started;

    public static ThreadClock StartNew() => new(Now());

    private static double Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeId, out var time) == 0)
        {
            return (time.Seconds * 1_000.0) + (time.Nanoseconds / 1_000_000.0);
        }

        return Stopwatch.GetTimestamp() * 1_000.0 / Stopwatch.Frequency;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
