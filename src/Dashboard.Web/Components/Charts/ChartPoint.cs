using System.Globalization;
using System.Text.Json;
using Plotly.Blazor.Interop;

namespace Dashboard.Web.Components.Charts;

/// <summary>A clicked point: its trace, its index within the trace (null for a heatmap cell) and its x and y as text.</summary>
public readonly record struct ChartPoint(int Trace, int? Point, string? X, string? Y)
{
    /// <summary>The point plotly.js reported; its numbers arrive as JSON of whatever type the trace uses.</summary>
    public static ChartPoint? From(EventDataPoint? point)
    {
        if (point is null || Integer(point.CurveNumber) is not int trace)
        {
            return null;
        }

        return new ChartPoint(trace, Integer(point.PointNumber), Text(point.X), Text(point.Y));
    }

    private static int? Integer(object? value) => value switch
    {
        int i => i,
        long l when l is >= 0 and <= int.MaxValue => (int)l,
        double d when d is >= 0 and <= int.MaxValue && d == Math.Floor(d) => (int)d,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var n) => n,
        _ => null,
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
