using Dashboard.Data.Queries;
using Dashboard.Web.Components.Ui;

namespace Dashboard.Web.Components.Pages.Matrix;

/// <summary>
/// What MatrixGrid.razor.js draws: every word, class and name decided here, so the module only
/// builds elements and sets their text (never markup).
/// </summary>
public sealed record MatrixGridModel(string Caption, IReadOnlyList<string> Programs, IReadOnlyList<MatrixGridRow> Rows, string? SelectedActor, string? SelectedProgram)
{
    public static MatrixGridModel Of(MatrixView view, bool showAverage, (string Actor, string Program)? selected)
    {
        ArgumentNullException.ThrowIfNull(view);
        var caption = $"{(showAverage ? "Average" : "Latest")} stance of {view.Actors.Count} agencies on {view.Programs.Count} programs. "
            + "Arrows compare the latest statement with the one before; “(if…)” marks a conditional stance."
            + (view.OtherActorStatements > 0 ? $" {view.OtherActorStatements} statements by non-agency actors are not shown here (see Statements)." : "");
        var rows = view.Actors.Select(actor => new MatrixGridRow(actor, view.Programs
            .Select(program => view.Cells.TryGetValue((actor, program), out var cell) ? Cell(cell, showAverage) : null)
            .ToList())).ToList();
        return new MatrixGridModel(caption, view.Programs, rows, selected?.Actor, selected?.Program);
    }

    private static MatrixGridCell Cell(MatrixCellView cell, bool showAverage)
    {
        var label = showAverage ? cell.MeanLabel : cell.LatestLabel;
        return new MatrixGridCell(
            label,
            StanceStyle.Css(label),
            StanceStyle.Icon(label),
            $"{cell.Count} {(cell.Count == 1 ? "statement" : "statements")}",
            StanceStyle.TrendIcon(cell.Trend),
            StanceStyle.TrendText(cell.Trend),
            showAverage ? cell.AnyConditional : cell.LatestConditional);
    }
}

/// <summary>One agency's row: a cell per program, null where it said nothing about it.</summary>
public sealed record MatrixGridRow(string Actor, IReadOnlyList<MatrixGridCell?> Cells);

/// <summary>A cell as drawn: its stance word, colour class and icon, its count, its trend (icon and words; empty for one statement) and whether it is hedged.</summary>
public sealed record MatrixGridCell(string Label, string Css, string Icon, string Count, string TrendIcon, string TrendText, bool Hedged);
