using Plotly.Blazor;
using PlotLayout = Plotly.Blazor.Layout;
using Plotly.Blazor.LayoutLib;

namespace Dashboard.Web.Components.Charts;

/// <summary>Colours a chart's text and grid after the light or dark palette (plotly.js draws in SVG and cannot read CSS variables).</summary>
public static class ChartTheme
{
    /// <summary>The cascading value's name: whether the dark palette is on.</summary>
    public const string DarkModeName = "DarkMode";

    public static void Apply(PlotLayout layout, bool dark)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var text = dark ? "#e8eaed" : "#1b1f24";
        var grid = dark ? "#3a4048" : "#d9dde3";
        layout.PaperBgColor = "rgba(0,0,0,0)";
        layout.PlotBgColor = "rgba(0,0,0,0)";
        layout.Font = new Font { Color = text, Size = 15, Family = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif" };
        foreach (var axis in layout.XAxis ?? [])
        {
            axis.GridColor = grid;
            axis.ZeroLineColor = grid;
        }

        foreach (var axis in layout.YAxis ?? [])
        {
            axis.GridColor = grid;
            axis.ZeroLineColor = grid;
        }
    }
}
