namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// A circuit that ends with an unhandled exception leaves the page dead for its user; no test may
/// cause one, even one that passes. Checked over a whole app's output when the app stops.
/// </summary>
public static partial class CircuitFailures
{
    public const string ReportFile = "circuit-failures.log";

    // The circuit's own crash, and a view that failed inside its boundary (ViewBoundary.DefectMarker).
    private static readonly string[] Markers = ["Unhandled exception in circuit", "View failed with an unexpected exception"];

    /// <summary>The app's log setting that records when a circuit loses its connection (the registry logs it at Debug).</summary>
    public const string DisconnectLogSetting = "Logging__LogLevel__Microsoft.AspNetCore.Components.Server.Circuits.CircuitRegistry";

    /// <summary>Each crash in the output, with the lines after it.</summary>
    public static IReadOnlyList<string> Find(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Split('\n');
        return lines
            .Select((line, index) => (line, index))
            .Where(l => Markers.Any(marker => l.line.Contains(marker, StringComparison.Ordinal)))
            .Where(l => !IsNavigationToAPageThatHadGone(lines, l.index))
            .Select(l => Excerpt(lines, l.index))
            .ToList();
    }

    /// <summary>The marker and the exception's line, then the first frames outside the framework: they say which view failed.</summary>
    private static string Excerpt(string[] lines, int index)
    {
        var frames = lines.Skip(index + 2).Take(60).TakeWhile(line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal) || line.Contains("--- End of", StringComparison.Ordinal));
        var own = frames.Where(line => !line.TrimStart().StartsWith("at Microsoft.", StringComparison.Ordinal) && !line.TrimStart().StartsWith("at System.", StringComparison.Ordinal)).Take(4);
        return string.Join('\n', lines.Skip(index).Take(2).Concat(own));
    }

    public static void ThrowIfAny(string output)
    {
        var failures = Find(output);
        if (failures.Count > 0)
        {
            var message = $"{failures.Count} circuit(s) ended with an unhandled exception:\n{string.Join("\n---\n", failures.Take(5))}";
            // A collection's clean-up failure fails the run, but the runner shows only the exception's
            // type; scripts/test.sh prints this file so the reason is in the log.
            File.AppendAllText(Path.Combine(AppContext.BaseDirectory, ReportFile), message + "\n");
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>
    /// A navigation the server sent just as the test closed its page is never answered, and times out
    /// (30 s) as a "crash" of a circuit whose page had already disconnected: no user sees it. Only
    /// that case is excused: the exception is a cancelled navigation, and the registry had recorded
    /// the circuit's disconnection before it.
    /// </summary>
    private static bool IsNavigationToAPageThatHadGone(string[] lines, int index)
    {
        var id = CircuitId().Match(lines[index]);
        var cause = string.Join('\n', lines.Skip(index + 1).Take(4));
        if (!id.Success || !cause.Contains("TaskCanceledException", StringComparison.Ordinal) || !cause.Contains("NavigateToCore", StringComparison.Ordinal))
        {
            return false;
        }

        var circuit = id.Groups["id"].Value;
        return lines.Take(index).Any(line => line.Contains(circuit, StringComparison.Ordinal) && line.Contains("disconnected", StringComparison.OrdinalIgnoreCase));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Unhandled exception in circuit '(?<id>[^']+)'")]
    private static partial System.Text.RegularExpressions.Regex CircuitId();
}
