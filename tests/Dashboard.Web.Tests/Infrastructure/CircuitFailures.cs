namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// A circuit that ends with an unhandled exception leaves the page dead for its user; no test may
/// cause one, even one that passes. Checked over a whole app's output when the app stops.
/// </summary>
public static class CircuitFailures
{
    public const string ReportFile = "circuit-failures.log";

    // The circuit's own crash, and a view that failed inside its boundary (ViewBoundary.DefectMarker).
    private static readonly string[] Markers = ["Unhandled exception in circuit", "View failed with an unexpected exception"];

    public static void ThrowIfAny(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Split('\n');
        var failures = lines
            .Select((line, index) => (line, index))
            .Where(l => Markers.Any(marker => l.line.Contains(marker, StringComparison.Ordinal)))
            .Select(l => string.Join('\n', lines.Skip(l.index).Take(6)))
            .ToList();
        if (failures.Count > 0)
        {
            var message = $"{failures.Count} circuit(s) ended with an unhandled exception:\n{string.Join("\n---\n", failures.Take(5))}";
            // A collection's clean-up failure fails the run, but the runner shows only the exception's
            // type; scripts/test.sh prints this file so the reason is in the log.
            File.AppendAllText(Path.Combine(AppContext.BaseDirectory, ReportFile), message + "\n");
            throw new InvalidOperationException(message);
        }
    }
}
