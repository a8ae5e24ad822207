using System.Text.Json;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;

namespace Dashboard.Web.Components.Tests;

/// <summary>How data becomes traces, and how a click on a trace finds its data again.</summary>
public sealed class ChartModelTests
{
    private static TimelinePoint Point(string actor, string program, string date, int score, int id) =>
        new(actor, program, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), score, "open", id, 1, $"quote {id}");

    [Fact]
    public void A_line_breaks_where_its_statements_are_half_a_year_apart_and_a_click_finds_the_statement()
    {
        var timeline = new Timeline(
        [
            Point("NASA", "Artemis", "2020-01-10", 2, 1),
            Point("NASA", "Artemis", "2020-02-10", 3, 2),
            Point("NASA", "Artemis", "2021-01-10", -1, 3), // eleven months later
            Point("CNSA", "ILRS", "2021-03-01", 3, 4),
        ], OmittedSeries: 2, PairStances: 4);

        var chart = new StanceTimelineChart(timeline);

        var nasa = (Scatter)chart.Data[0];
        Assert.Equal([2, 3, null, -1], nasa.Y.Select(y => (int?)y));
        Assert.False(nasa.ConnectGaps);
        Assert.Equal(3, chart.At(new ChartPoint(0, 3, null, null))!.StatementId);
        Assert.Null(chart.At(new ChartPoint(0, 2, null, null))); // the invisible break
        Assert.Null(chart.At(new ChartPoint(5, 0, null, null))); // a stale click
        Assert.Equal(4, chart.At(new ChartPoint(1, 0, null, null))!.StatementId);
        Assert.Contains("2 quieter pairs are left out", chart.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("spread evenly", chart.Description, StringComparison.Ordinal);
        Assert.Contains("4 of their 1,504 dated stances are drawn, spread evenly", new StanceTimelineChart(timeline with { PairStances = 1_504 }).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_busy_line_marks_some_of_its_points_and_a_click_on_any_of_them_finds_its_statement()
    {
        var start = new DateOnly(2020, 1, 6);
        var busy = Enumerable.Range(1, StanceTimelineChart.MarkersPerLine + 1)
            .Select(i => new TimelinePoint("NASA", "Artemis", start.AddDays(7 * i), i % 3, "open", i, 1, $"quote {i}"));
        var quiet = new TimelinePoint("ESA", "Lunar Gateway", start, 1, "open", 1_000, 2, "quote");
        var chart = new StanceTimelineChart(new Timeline([quiet, .. busy], 0, StanceTimelineChart.MarkersPerLine + 2));

        Assert.All(chart.Data.Cast<Scatter>(), line => Assert.Equal(StanceTimelineChart.MarkersPerLine, line.Marker.MaxDisplayed));
        Assert.Equal(StanceTimelineChart.MarkersPerLine + 1, chart.At(new ChartPoint(1, StanceTimelineChart.MarkersPerLine, null, null))!.StatementId);
        Assert.Contains($"marks {StanceTimelineChart.MarkersPerLine} of them", chart.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("marks", new StanceTimelineChart(new Timeline([quiet], 0, 1)).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_with_markup_are_escaped_before_plotly_reads_them()
    {
        var chart = new StanceTimelineChart(new Timeline([Point("<b>Bold</b>", "Artemis", "2020-01-10", 1, 1)], 0, 1));

        Assert.DoesNotContain("<b>", ((Scatter)chart.Data[0]).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_s_dated_sides_are_shaded_in_their_half_of_the_scale_and_an_undated_side_is_not()
    {
        var refusing = new FindingSideView("2021-01", "2021-01-25", "refusing", [1, 2], ["TASS"], []);
        var open = new FindingSideView("2021-12-15", "2021-12-15", "open", [3], ["RIA"], []);
        var undated = new FindingSideView(null, null, "open", [4], ["blog.txt"], []);

        var runs = new[] { refusing, open, undated }.Select(ShadedRun.Of).OfType<ShadedRun>().ToList();
        var chart = new StanceTimelineChart(new Timeline([Point("Roscosmos", "Lunar Gateway", "2021-01-25", -2, 1)], 0, 1), null, runs);

        Assert.Equal([new ShadedRun(new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 25), false), new ShadedRun(new DateOnly(2021, 12, 15), new DateOnly(2021, 12, 15), true)], runs);
        Assert.Equal(2, chart.Layout.Shapes.Count);
        Assert.Equal((-3.4, 0.0), (Convert.ToDouble(chart.Layout.Shapes[0].Y0, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(chart.Layout.Shapes[0].Y1, System.Globalization.CultureInfo.InvariantCulture)));
        // One day is widened so the band stays visible.
        Assert.Equal(("2021-12-12", "2021-12-18"), (chart.Layout.Shapes[1].X0, chart.Layout.Shapes[1].X1));
    }

    [Fact]
    public void Coverage_puts_the_busiest_outlet_on_top()
    {
        var chart = new CoverageChart([new OutletCount("TASS", 9), new OutletCount("Interfax", 4), new OutletCount("CNBC", 1)]);

        var bar = (Bar)chart.Data[0];
        Assert.Equal(["CNBC", "Interfax", "TASS"], bar.Y.Cast<string>()); // plotly.js draws the first category at the bottom
        Assert.Equal([1, 4, 9], bar.X.Cast<int>());
        Assert.Equal(1, chart.Layout.XAxis![0].DTick); // a tick per document while bars are short
    }

    [Fact]
    public void Coverage_with_the_same_counts_keeps_its_chart_and_a_changed_count_makes_a_new_one()
    {
        var chart = CoverageChart.Of([new OutletCount("TASS", 9), new OutletCount("CNBC", 1)], null);

        Assert.Same(chart, CoverageChart.Of([new OutletCount("TASS", 9), new OutletCount("CNBC", 1)], chart));
        var changed = CoverageChart.Of([new OutletCount("TASS", 8), new OutletCount("CNBC", 1)], chart);
        Assert.NotSame(chart, changed);
        Assert.Equal([1, 8], ((Bar)changed.Data[0]).X.Cast<int>());
        Assert.NotSame(changed, CoverageChart.Of([new OutletCount("TASS", 8)], changed));
    }

    [Fact]
    public void Coverage_of_a_large_corpus_leaves_the_tick_step_to_the_chart()
    {
        var chart = new CoverageChart([new OutletCount("TASS", 12_500), new OutletCount("CNBC", 3)]);

        Assert.Null(chart.Layout.XAxis![0].DTick);
        Assert.Equal(",d", chart.Layout.XAxis[0].TickFormat);
    }

    [Fact]
    public void A_heatmap_square_sits_in_its_row_and_column_and_opens_its_cell()
    {
        var gateway = new MatrixCellView("Roscosmos", "Lunar Gateway", 3, -1.5, "critical", "refusing", "critical", false, false, null, null, [1, 2, 3]);
        var artemis = new MatrixCellView("NASA", "Artemis", 2, 2.5, "committed", "committed", "supportive", false, false, null, null, [4, 5]);
        var cells = new Dictionary<(string, string), MatrixCellView> { [("Roscosmos", "Lunar Gateway")] = gateway, [("NASA", "Artemis")] = artemis };
        var view = new MatrixView(["NASA", "Roscosmos"], ["Artemis", "Lunar Gateway"], cells, 0);

        var chart = new StanceHeatmapChart(view, average: false, programOrder: ["Lunar Gateway", "Artemis"]);

        var squares = (Bar)chart.Data[0];
        // Top row first, as in the table: plotly.js draws the first category at the bottom.
        Assert.Equal(["Roscosmos", "NASA"], chart.Layout.YAxis![0].CategoryArray.Cast<string>());
        Assert.Equal(["Roscosmos", "NASA"], squares.Y.Cast<string>());
        // The table's column order, not A–Z: Lunar Gateway is the first column, Artemis the second.
        Assert.Equal(["Lunar Gateway", "Artemis"], chart.Layout.XAxis![0].TickText.Cast<string>());
        Assert.Equal([0, 1], squares.BaseArray.Cast<double>().Select(Math.Floor));
        Assert.All(squares.BaseArray.Cast<double>().Zip(squares.X.Cast<double>()), s => Assert.True(s.First + s.Second < Math.Floor(s.First) + 1));
        Assert.Equal([(double)StanceLabel.Refusing, (double)StanceLabel.Committed], squares.Marker.ColorArray.Cast<double>());
        Assert.Same(gateway, chart.At(new ChartPoint(0, 0, null, null)));
        Assert.Same(artemis, chart.At(new ChartPoint(0, 1, null, null)));
        Assert.Null(chart.At(new ChartPoint(0, 2, null, null))); // no third square: Roscosmos said nothing on Artemis
        Assert.Null(chart.At(new ChartPoint(0, null, "Artemis", "NASA")));
    }

    [Fact]
    public void The_timeline_and_the_heatmap_read_the_stances_on_one_scale_from_withdrawing_to_committed()
    {
        var point = new TimelinePoint("NASA", "Artemis", new DateOnly(2024, 1, 1), 3, "committed", 1, 1, "We are committed.");
        var timeline = new StanceTimelineChart(new Timeline([point], 0, 1));
        var view = new MatrixView(["NASA"], ["Artemis"], new Dictionary<(string, string), MatrixCellView>(), 0);
        var bar = ((Bar)new StanceHeatmapChart(view, average: false, programOrder: ["Artemis"]).Data[0]).Marker.ColorBar;

        string[] words = ["withdrawing", "refusing", "critical", "neutral", "open", "supportive", "committed"];
        Assert.Equal([-3, -2, -1, 0, 1, 2, 3], timeline.Layout.YAxis![0].TickVals.Cast<int>());
        Assert.Equal(words, timeline.Layout.YAxis[0].TickText.Cast<string>());
        Assert.Equal([-3, -2, -1, 0, 1, 2, 3], bar.TickVals.Cast<int>());
        Assert.Equal(words, bar.TickText.Cast<string>());
    }

    [Fact]
    public void A_heatmap_leaves_room_under_its_squares_for_long_program_names()
    {
        var view = new MatrixView(["NASA", "ESA", "JAXA", "CNSA", "Roscosmos"], ["ISS", "Russian Orbital Station"], new Dictionary<(string, string), MatrixCellView>(), 0);

        var narrow = new StanceHeatmapChart(view, average: false, programOrder: ["ISS"]);
        var tall = new StanceHeatmapChart(view, average: false, programOrder: ["ISS", "Russian Orbital Station"]);

        Assert.Equal(80, narrow.Layout.Margin!.B);
        Assert.True(tall.Layout.Margin!.B > 120, $"bottom margin {tall.Layout.Margin.B}"); // a tilted name of 23 letters
        Assert.Equal(tall.Layout.Margin.B - narrow.Layout.Margin.B, tall.Layout.Height - narrow.Layout.Height); // the squares keep their size
    }

    [Fact]
    public void A_clicked_point_is_read_from_the_json_plotly_sends()
    {
        var point = new EventDataPoint
        {
            CurveNumber = JsonDocument.Parse("2").RootElement,
            PointNumber = JsonDocument.Parse("7").RootElement,
            X = JsonDocument.Parse("\"2021-01-10\"").RootElement,
            Y = JsonDocument.Parse("1.5").RootElement,
        };

        Assert.Equal(new ChartPoint(2, 7, "2021-01-10", "1.5"), ChartPoint.From(point));
        Assert.Null(ChartPoint.From(new EventDataPoint { CurveNumber = "x" }));
        Assert.Null(ChartPoint.From(null));
    }
}
