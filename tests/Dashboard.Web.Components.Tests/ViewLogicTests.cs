using Dashboard.Core.Analysis.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Filtering;
using Dashboard.Web.Components.Pages.Matrix;
using Dashboard.Web.Components.Pages.Statements;
using Dashboard.Web.Components.Ui;
using MudBlazor;

namespace Dashboard.Web.Components.Tests;

/// <summary>The small decisions behind the views: suggestions, sort orders, the matrix model, icons.</summary>
public sealed class ViewLogicTests
{
    [Fact]
    public void Suggestions_put_names_that_start_with_the_letters_first()
    {
        var options = new[] { "ESA", "NASA", "Roscosmos", "State Space Corporation Roscosmos", "UK Space Agency" };

        Assert.Equal(["Roscosmos", "State Space Corporation Roscosmos"], PickerSearch.Matches(options, "ros"));
        Assert.Equal(["ESA", "NASA"], PickerSearch.Matches(options, "SA").Take(2)); // "ESA" has no word starting with it either; order kept
        Assert.Equal(["State Space Corporation Roscosmos", "UK Space Agency"], PickerSearch.Matches(options, "space")); // a word starts with it
        Assert.Equal(options, PickerSearch.Matches(options, "  "));
        Assert.Empty(PickerSearch.Matches(options, "<script>"));
    }

    [Theory]
    [InlineData("Date", false, StatementSort.DateAscending)]
    [InlineData("Date", true, StatementSort.DateDescending)]
    [InlineData("Stance", false, StatementSort.Stance)]
    [InlineData("Stance", true, StatementSort.StanceDescending)]
    [InlineData("Program", true, StatementSort.ProgramDescending)]
    [InlineData("Outlet", false, StatementSort.Outlet)]
    public void A_grid_column_and_direction_is_one_of_the_queries_orders(string column, bool descending, StatementSort expected) =>
        Assert.Equal(expected, StatementSorts.For(column, descending));

    [Fact]
    public void An_unknown_column_is_no_order_and_every_order_has_words()
    {
        Assert.Null(StatementSorts.For("Text'; DROP", descending: false));
        Assert.All(Enum.GetValues<StatementSort>(), sort => Assert.False(string.IsNullOrWhiteSpace(StatementSorts.Describe(sort))));
        Assert.Equal(Enum.GetValues<StatementSort>().Length, Enum.GetValues<StatementSort>().Select(StatementSorts.Describe).Distinct().Count());
    }

    [Theory]
    [InlineData(StatementSort.DateDescending, "Date", StatementSort.DateAscending)] // the sorted column turns round
    [InlineData(StatementSort.DateAscending, "Date", StatementSort.DateDescending)]
    [InlineData(StatementSort.DateDescending, "Speaker", StatementSort.Speaker)] // another column starts from A
    [InlineData(StatementSort.Speaker, "Speaker", StatementSort.SpeakerDescending)]
    [InlineData(StatementSort.StanceDescending, "Stance", StatementSort.Stance)]
    [InlineData(StatementSort.Outlet, "Text'; DROP", StatementSort.Outlet)] // no such column: the order stays
    public void A_header_click_turns_the_sorted_column_round_or_sorts_another_from_its_start(StatementSort current, string column, StatementSort expected) =>
        Assert.Equal(expected, StatementSorts.Next(current, column));

    [Fact]
    public void Every_order_belongs_to_its_column_in_its_direction() =>
        Assert.All(Enum.GetValues<StatementSort>(), sort =>
            Assert.Equal(sort, StatementSorts.For(StatementSorts.ColumnOf(sort), StatementSorts.IsDescending(sort))));

    [Fact]
    public void The_matrix_groups_programs_by_kind_names_their_lead_and_marks_an_agencys_own()
    {
        static MatrixCellView Cell(string actor, string program) => new(actor, program, 2, 1, "open", "open", null, false, false, null, null, [1, 2]);
        var view = new MatrixView(["NASA", "Roscosmos"], ["Artemis", "ISS", "Lunar Gateway"],
            new Dictionary<(string, string), MatrixCellView> { [("NASA", "Artemis")] = Cell("NASA", "Artemis"), [("Roscosmos", "ISS")] = Cell("Roscosmos", "ISS") }, 0);
        var programs = new Dictionary<string, ProgramEntry>
        {
            ["Artemis"] = new("Artemis", "NASA", null, []),
            ["ISS"] = new("ISS", "NASA", null, []) { Kind = ProgramKind.Station },
            ["Lunar Gateway"] = new("Lunar Gateway", "NASA", null, []) { Kind = ProgramKind.Station },
        };

        var model = MatrixGridModel.Of(view, showAverage: false, selected: null, programs);

        Assert.Equal([("Programs", 1), ("Stations", 2)], model.Groups.Select(g => (g.Name, g.Span)));
        Assert.Equal(["Artemis", "ISS", "Lunar Gateway"], model.Programs.Select(p => p.Name));
        Assert.True(model.Rows[0].Cells[0]!.Own);      // NASA on Artemis
        Assert.False(model.Rows[1].Cells[1]!.Own);     // Roscosmos on the ISS
        Assert.Null(model.Rows[0].Cells[2]);           // NASA said nothing on the Gateway
        Assert.NotEmpty(model.Rows[0].Cells[0]!.Icon);
    }

    [Fact]
    public void An_icon_is_drawn_from_its_path_data_without_its_invisible_box()
    {
        var paths = SvgIcon.Paths(Icons.Material.Filled.ThumbUp);

        Assert.NotEmpty(paths);
        Assert.DoesNotContain("M0 0h24v24H0z", paths);
        Assert.Empty(SvgIcon.Paths(""));
    }
}
