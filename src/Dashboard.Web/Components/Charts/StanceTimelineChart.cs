using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Ui;
using Plotly.Blazor;
using PlotLayout = Plotly.Blazor.Layout;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// Stance over time: one line per actor–program pair, a point per stance whose hover shows the
/// quote and whose click opens the statement. A line breaks where its statements are more than
/// <see cref="GapDays"/> apart, so it never suggests a position that nobody stated in between.
/// </summary>
public sealed class StanceTimelineChart
{
    public const int GapDays = 180;

    /// <summary>
    /// The most markers a line draws, spread by Plotly over its points; every point still shows its quote when
    /// pointed at and opens when clicked. Drawing each of 2,000 markers made a redraw after a correction cost a
    /// browser two to three times what the lines cost (decision 040).
    /// </summary>
    public const int MarkersPerLine = 60;

    /// <summary>For each trace, the statement behind each point (null for the invisible point that breaks a line).</summary>
    private readonly List<List<TimelinePoint?>> points = [];

    private string? description;

    /// <param name="marked">Statements drawn again as large open rings (a finding's two statements), in a trace of their own named "This finding".</param>
    /// <param name="runs">Periods shaded behind the lines (a finding's two sides), each in the half of the scale its stance lies in.</param>
    public StanceTimelineChart(Timeline timeline, IReadOnlySet<int>? marked = null, IReadOnlyList<ShadedRun>? runs = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Timeline = timeline;
        Layout.Shapes = [.. (runs ?? []).Select(Shade)];
        foreach (var series in timeline.Points.GroupBy(p => (p.Actor, p.Program)))
        {
            var drawn = new List<TimelinePoint?>();
            TimelinePoint? previous = null;
            foreach (var point in series)
            {
                if (previous is not null && point.Date.DayNumber - previous.Date.DayNumber > GapDays)
                {
                    drawn.Add(null);
                }

                drawn.Add(point);
                previous = point;
            }

            points.Add(drawn);
            Data.Add(new Scatter
            {
                Name = PlotlyText.Escape($"{series.Key.Actor} – {series.Key.Program}"),
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                ConnectGaps = false,
                X = drawn.Select((p, i) => (object)(p?.Date ?? Midpoint(drawn, i)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
                Y = drawn.Select(p => (object?)p?.Score).ToList()!,
                HoverTextArray = drawn.Select(p => p is null ? "" : PlotlyText.Escape($"{p.Label}: {Format.Shorten(p.Text, 90)}")).ToList(),
                HoverInfo = HoverInfoFlag.X | HoverInfoFlag.Text | HoverInfoFlag.Name,
                Marker = new Marker { Size = 10, MaxDisplayed = MarkersPerLine },
            });
        }

        var rings = marked is null ? [] : timeline.Points.Where(p => marked.Contains(p.StatementId)).Cast<TimelinePoint?>().ToList();
        if (rings.Count > 0)
        {
            points.Add(rings);
            Data.Add(new Scatter
            {
                Name = "This finding",
                Mode = ModeFlag.Markers,
                X = rings.Select(p => (object)p!.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
                Y = rings.Select(p => (object?)p!.Score).ToList()!,
                HoverTextArray = rings.Select(p => PlotlyText.Escape($"This finding – {p!.Label}: {Format.Shorten(p.Text, 90)}")).ToList(),
                HoverInfo = HoverInfoFlag.X | HoverInfoFlag.Text,
                Marker = new Marker { Size = 20, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.CircleOpen, Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Width = 3 } },
            });
        }
    }

    public Timeline Timeline { get; }

    public IList<ITrace> Data { get; } = [];

    public PlotLayout Layout { get; } = new()
    {
        Height = 400,
        Margin = new Margin { L = 110, R = 20, T = 10, B = 40 },
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.15m }],
        XAxis = [new XAxis { Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date }],
        YAxis =
        [
            new YAxis
            {
                Range = [-3.4, 3.4],
                TickVals = StanceScale.Values(),
                TickText = StanceScale.Words(),
                ZeroLine = true,
            },
        ],
    };

    /// <summary>The statement behind a clicked point, or null for a line break or a stale click.</summary>
    public TimelinePoint? At(ChartPoint clicked) =>
        clicked.Trace >= 0 && clicked.Trace < points.Count && clicked.Point is int i && i >= 0 && i < points[clicked.Trace].Count
            ? points[clicked.Trace][i]
            : null;

    /// <summary>What the chart shows, in a sentence or three: made once, as every render of the page asks for it.</summary>
    public string Description => description ??= Describe();

    private string Describe()
    {
        var shown = Timeline.Points;
        var pairs = shown.Select(p => (p.Actor, p.Program)).Distinct().Count();
        var omitted = Timeline.OmittedSeries > 0 ? $" {Timeline.OmittedSeries} quieter pairs are left out; filter by actor or program to see them." : "";
        var sampled = Timeline.NotDrawn > 0
            ? string.Create(CultureInfo.InvariantCulture, $" {shown.Count:N0} of their {Timeline.PairStances:N0} dated stances are drawn, spread evenly over each pair's dates; narrow the filter to see every one.")
            : "";
        var marked = shown.GroupBy(p => (p.Actor, p.Program)).Any(g => g.Count() > MarkersPerLine)
            ? $" A line with more than {MarkersPerLine} stances marks {MarkersPerLine} of them; pointing at the line shows each one."
            : "";
        return $"Stance over time of {pairs} actor–program pairs, {shown.Count} dated stances from {shown[0].Date:yyyy-MM-dd} to {shown[^1].Date:yyyy-MM-dd}; the table below lists them.{omitted}{sampled}{marked}";
    }

    /// <summary>
    /// A translucent band over the run's period (a single day widened to a few, to stay visible),
    /// green above the neutral line or red below it: readable on light and dark backgrounds alike.
    /// </summary>
    private static Shape Shade(ShadedRun run)
    {
        var (from, to) = run.To.DayNumber - run.From.DayNumber < 6 ? (run.From.AddDays(-3), run.To.AddDays(3)) : (run.From, run.To);
        return new Shape
        {
            Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Rect,
            XRef = "x",
            YRef = "y",
            X0 = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            X1 = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Y0 = run.Positive ? 0 : -3.4,
            Y1 = run.Positive ? 3.4 : 0,
            FillColor = run.Positive ? "rgba(46, 160, 67, 0.18)" : "rgba(218, 54, 51, 0.18)",
            Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Width = 0 },
            Layer = Plotly.Blazor.LayoutLib.ShapeLib.LayerEnum.Below,
        };
    }

    private static DateOnly Midpoint(List<TimelinePoint?> drawn, int i) =>
        DateOnly.FromDayNumber((drawn[i - 1]!.Date.DayNumber + drawn[i + 1]!.Date.DayNumber) / 2);
}
