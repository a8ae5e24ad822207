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
public sealed class StanceHeatmapChart
{
    private readonly Dictionary<string, string> actors = [];
    private readonly Dictionary<string, string> programs = [];

    /// <param name="programOrder">The programs in the matrix table's column order, so both read alike.</param>
    public StanceHeatmapChart(MatrixView view, bool average, IReadOnlyList<string> programOrder)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(programOrder);
        View = view;
        foreach (var actor in view.Actors)
        {
            actors[PlotlyText.Escape(actor)] = actor;
        }

        foreach (var program in view.Programs)
        {
            programs[PlotlyText.Escape(program)] = program;
        }

        // plotly.js draws the first row at the bottom: reversed, the list reads top to bottom as the table does.
        var rows = view.Actors.Reverse().ToList();
        double? Score(string actor, string program) => view.Cells.TryGetValue((actor, program), out var cell)
            ? average ? Math.Round(cell.Mean, 2) : StanceLabels.TryParse(cell.LatestLabel, out var label) ? (int)label : 0
            : null;
        string Hover(string actor, string program) => view.Cells.TryGetValue((actor, program), out var cell)
            ? PlotlyText.Escape($"{actor} on {program}: {(average ? $"{cell.MeanLabel} (average {cell.Mean.ToString("0.0", CultureInfo.InvariantCulture)})" : cell.LatestLabel)}, {cell.Count} statements")
            : PlotlyText.Escape($"{actor} on {program}: no statements");
        Data.Add(new HeatMap
        {
            X = programOrder.Select(p => (object)PlotlyText.Escape(p)).ToList(),
            Y = rows.Select(a => (object)PlotlyText.Escape(a)).ToList(),
            Z = rows.Select(a => (object)programOrder.Select(p => Score(a, p)).ToArray()).ToList(),
            ZMin = -3,
            ZMax = 3,
            ZMid = 0,
            XGap = 2,
            YGap = 2,
            ColorScale = new object[] { new object[] { 0, "#b2182b" }, new object[] { 0.5, "#9e9e9e" }, new object[] { 1, "#1b7837" } },
            ColorBar = new Plotly.Blazor.Traces.HeatMapLib.ColorBar
            {
                TickVals = [-3, -2, -1, 0, 1, 2, 3],
                TickText = ["withdrawing", "refusing", "critical", "neutral", "open", "supportive", "committed"],
            },
            HoverInfo = Plotly.Blazor.Traces.HeatMapLib.HoverInfoFlag.Text,
        });
        ((HeatMap)Data[0]).Text = rows.Select(a => (object)programOrder.Select(p => Hover(a, p)).ToArray()).ToList();
        Layout.Height = Math.Max(260, 48 * view.Actors.Count + 140);
        Layout.Margin!.L = AxisLabels.Room(view.Actors, max: 260);
    }

    public MatrixView View { get; }

    public IList<ITrace> Data { get; } = [];

    public PlotLayout Layout { get; } = new()
    {
        Margin = new Margin { L = 120, R = 20, T = 10, B = 80 },
        XAxis = [new XAxis { Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category, TickAngle = -30 }],
        YAxis = [new YAxis { Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category }],
    };

    public string Description => $"Heatmap of the stance of {View.Actors.Count} agencies on {View.Programs.Count} programs, from red (refusing) through grey (neutral) to green (committed); the matrix table has the same cells.";

    /// <summary>The cell behind a clicked square, or null for an empty one.</summary>
    public MatrixCellView? At(ChartPoint point) =>
        point.X is { } x && point.Y is { } y && programs.TryGetValue(x, out var program) && actors.TryGetValue(y, out var actor)
            && View.Cells.TryGetValue((actor, program), out var cell) ? cell : null;
}
