using System.Globalization;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Ui;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using PlotLayout = Plotly.Blazor.Layout;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// The matrix as a heatmap: agencies × programs, colour = stance score on a diverging scale
/// (red refusing, grey neutral, green committed), blank where an agency said nothing. A click
/// opens the cell's evidence.
/// </summary>
/// <remarks>
/// Each square is a segment of a horizontal bar (one unit wide, starting at its program's column), not a cell of
/// plotly.js's heatmap trace: every chart of the app is then drawn by plotly.js's basic bundle, a quarter of the
/// full one's size, which every browser otherwise loads and compiles for the overview's two charts (decision 043).
/// </remarks>
public sealed class StanceHeatmapChart
{
    /// <summary>Of a column's width, what a square leaves empty on each side: the gap between squares.</summary>
    private const double Inset = 0.03;

    /// <summary>The cell behind each drawn square, in the trace's order (a click reports the square's index).</summary>
    private readonly List<MatrixCellView> squares = [];

    /// <param name="programOrder">The programs in the matrix table's column order, so both read alike.</param>
    public StanceHeatmapChart(MatrixView view, bool average, IReadOnlyList<string> programOrder)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(programOrder);
        View = view;
        // plotly.js draws the first category at the bottom: reversed, the list reads top to bottom as the table does.
        var rowOrder = view.Actors.Reverse().Select(actor => (Actor: actor, Label: PlotlyText.Escape(actor))).ToList();
        var rows = new List<object>();
        var starts = new List<object>();
        var scores = new List<object>();
        var hovers = new List<string>();
        foreach (var (actor, row) in rowOrder)
        {
            for (var column = 0; column < programOrder.Count; column++)
            {
                if (!view.Cells.TryGetValue((actor, programOrder[column]), out var cell))
                {
                    continue;
                }

                squares.Add(cell);
                rows.Add(row);
                starts.Add(column + Inset);
                scores.Add(average ? Math.Round(cell.Mean, 2) : StanceLabels.TryParse(cell.LatestLabel, out var label) ? (int)label : 0);
                hovers.Add(PlotlyText.Escape($"{actor} on {programOrder[column]}: {(average ? $"{cell.MeanLabel} (average {cell.Mean.ToString("0.0", CultureInfo.InvariantCulture)})" : cell.LatestLabel)}, {cell.Count} statements"));
            }
        }

        Data.Add(new Bar
        {
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            Y = rows,
            X = starts.Select(_ => (object)(1 - 2 * Inset)).ToList(),
            BaseArray = starts,
            HoverTextArray = hovers,
            HoverInfo = Plotly.Blazor.Traces.BarLib.HoverInfoFlag.Text,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker
            {
                ColorArray = scores,
                CMin = -3,
                CMax = 3,
                CMid = 0,
                ColorScale = new object[] { new object[] { 0, "#b2182b" }, new object[] { 0.5, "#9e9e9e" }, new object[] { 1, "#1b7837" } },
                ShowScale = true,
                ColorBar = new Plotly.Blazor.Traces.BarLib.MarkerLib.ColorBar
                {
                    TickVals = StanceScale.Values(),
                    TickText = StanceScale.Words(),
                },
            },
        });
        var axis = Layout.XAxis![0];
        axis.Range = [0, Math.Max(1, programOrder.Count)];
        axis.TickVals = Enumerable.Range(0, programOrder.Count).Select(c => (object)(c + 0.5)).ToList();
        axis.TickText = programOrder.Select(p => (object)PlotlyText.Escape(p)).ToList();
        // Every agency keeps its row, also one without a square in the programs shown.
        Layout.YAxis![0].CategoryArray = rowOrder.Select(r => (object)r.Label).ToList();
        // The programs' names are tilted by 30°, so a name takes half its length in height below the squares.
        var bottom = Math.Max(80, 30 + (AxisLabels.Room(programOrder, max: 360) / 2));
        Layout.Margin!.B = bottom;
        Layout.Height = Math.Max(260, (48 * view.Actors.Count) + 60 + bottom);
        Layout.Margin.L = AxisLabels.Room(view.Actors, max: 260);
    }

    public MatrixView View { get; }

    public IList<ITrace> Data { get; } = [];

    public PlotLayout Layout { get; } = new()
    {
        Margin = new Margin { L = 120, R = 20, T = 10, B = 80 },
        ShowLegend = false,
        BarGap = 0.06m,
        XAxis = [new XAxis { TickAngle = -30, ShowGrid = false, ZeroLine = false, FixedRange = true }],
        YAxis = [new YAxis { Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category, CategoryOrder = Plotly.Blazor.LayoutLib.YAxisLib.CategoryOrderEnum.Array, ShowGrid = false, FixedRange = true }],
    };

    public string Description => $"Heatmap of the stance of {View.Actors.Count} agencies on {View.Programs.Count} programs, from red (refusing) through grey (neutral) to green (committed); the matrix table has the same cells.";

    /// <summary>The cell behind a clicked square (the trace's only points are squares).</summary>
    public MatrixCellView? At(ChartPoint point) =>
        point is { Trace: 0, Point: int index } && index < squares.Count ? squares[index] : null;
}
