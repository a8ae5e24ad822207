using Dashboard.Data.Queries;
using Dashboard.Web.Components.Ui;
using Plotly.Blazor;
using PlotLayout = Plotly.Blazor.Layout;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace Dashboard.Web.Components.Charts;

/// <summary>Coverage by outlet: a horizontal bar of documents per outlet, busiest at the top.</summary>
public sealed class CoverageChart
{
    /// <summary>
    /// The chart of <paramref name="outlets"/>: <paramref name="current"/> when it shows the same counts, so that a change
    /// elsewhere (a stance corrected) does not make every open browser draw the bars again.
    /// </summary>
    public static CoverageChart Of(IReadOnlyList<OutletCount> outlets, CoverageChart? current) =>
        current is not null && current.Outlets.SequenceEqual(outlets ?? throw new ArgumentNullException(nameof(outlets))) ? current : new CoverageChart(outlets);

    public CoverageChart(IReadOnlyList<OutletCount> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        Outlets = outlets;
        // plotly.js draws the first category at the bottom: reversed, the busiest is on top.
        var ordered = outlets.Reverse().ToList();
        Data.Add(new Bar
        {
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            Y = ordered.Select(o => (object)PlotlyText.Escape(o.Outlet)).ToList(),
            X = ordered.Select(o => (object)o.Documents).ToList(),
            HoverInfo = Plotly.Blazor.Traces.BarLib.HoverInfoFlag.X | Plotly.Blazor.Traces.BarLib.HoverInfoFlag.Y,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = "#4f7cc4" },
        });
        Layout.Height = Math.Max(160, 34 * outlets.Count + 60);
        // Whole documents: a tick per document while the bars are short; beyond that plotly.js picks the step
        // (one tick per document at 12,000 documents an outlet once held the overview's page for 18 s).
        Layout.XAxis![0].DTick = outlets.Count > 0 && outlets.Max(o => o.Documents) <= MaxTicks ? 1 : null;
        Layout.Margin!.L = AxisLabels.Room(outlets.Select(o => o.Outlet), max: 320);
    }

    /// <summary>The longest bar, in documents, that still gets a tick per document.</summary>
    public const int MaxTicks = 10;

    public IReadOnlyList<OutletCount> Outlets { get; }

    public IList<ITrace> Data { get; } = [];

    public PlotLayout Layout { get; } = new()
    {
        Margin = new Margin { L = 10, R = 20, T = 10, B = 40 },
        ShowLegend = false,
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "Documents" }, TickFormat = ",d" }],
        YAxis = [new YAxis { Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category }],
    };

    public string Description => $"Documents per outlet for {Outlets.Count} outlets; the table below has the counts.";
}
