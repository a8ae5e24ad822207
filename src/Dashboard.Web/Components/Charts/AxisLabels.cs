namespace Dashboard.Web.Components.Charts;

/// <summary>Room for a category axis's labels: plotly.js cuts long names at the chart's edge unless the margin leaves space.</summary>
public static class AxisLabels
{
    /// <summary>The margin, in pixels, for the longest of these labels, at most <paramref name="max"/>.</summary>
    public static int Room(IEnumerable<string> labels, int max) => Math.Min(max, 20 + (9 * labels.Select(l => l.Length).DefaultIfEmpty(0).Max()));
}
