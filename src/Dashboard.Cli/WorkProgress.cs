using System.Globalization;
using Spectre.Console;

namespace Dashboard.Cli;

/// <summary>
/// How far long work has come, told the way the output allows: a progress bar on a terminal, a
/// plain line every tenth of the way when standard error is redirected (a log file keeps them), and
/// nothing when the command writes elsewhere (in-process callers and the tests).
/// </summary>
public static class WorkProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports how many of <paramref name="total"/> items are done.</summary>
    public static async Task<T> RunAsync<T>(TextWriter error, string what, int total, Func<IProgress<int>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!ReferenceEquals(error, Console.Error) || total <= 0)
        {
            return await work(new Progress<int>(_ => { }));
        }

        if (Console.IsErrorRedirected)
        {
            return await work(new PlainLines(error, what, total));
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(what), maxValue: total);
                return await work(new Bar(task));
            });
    }

    private sealed class Bar(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }

    private sealed class PlainLines(TextWriter error, string what, int total) : IProgress<int>
    {
        private readonly Lock gate = new();
        private int lastTenth = -1;

        public void Report(int value)
        {
            var tenth = (int)(10L * Math.Clamp(value, 0, total) / total);
            lock (gate)
            {
                if (tenth > lastTenth)
                {
                    lastTenth = tenth;
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {value:N0} of {total:N0} ({tenth * 10} %)"));
                }
            }
        }
    }
}
