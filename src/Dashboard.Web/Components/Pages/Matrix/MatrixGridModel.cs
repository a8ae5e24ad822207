using Dashboard.Core.Analysis.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Ui;

namespace Dashboard.Web.Components.Pages.Matrix;

/// <summary>
/// What MatrixGrid.razor.js draws: every word, class and name decided here, so the module only
/// builds elements and sets their text (never markup). Programs are grouped by kind (lunar
/// programs apart from stations and agreements) and say which agency leads them.
/// </summary>
public sealed record MatrixGridModel(string Caption, IReadOnlyList<MatrixGridGroup> Groups, IReadOnlyList<MatrixGridProgram> Programs, IReadOnlyList<MatrixGridRow> Rows, string? SelectedActor, string? SelectedProgram)
{
    public static MatrixGridModel Of(MatrixView view, bool showAverage, (string Actor, string Program)? selected, IReadOnlyDictionary<string, ProgramEntry> gazetteer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var programs = ProgramColumns(view.Programs, gazetteer);
        var groups = programs.GroupBy(p => p.Kind).Select(g => new MatrixGridGroup(KindName(g.Key), g.Count())).ToList();
        var caption = $"{(showAverage ? "Average" : "Latest")} stance of {view.Actors.Count} agencies on {view.Programs.Count} programs, grouped by kind. "
            + "Arrows compare the latest statement with the one before; “(if…)” marks a conditional stance; “leads” marks the agency's own program."
            + (view.OtherActorStatements > 0 ? $" {view.OtherActorStatements} statements by non-agency actors are not shown here (see Statements)." : "");
        var rows = view.Actors.Select(actor => new MatrixGridRow(actor, programs
            .Select(program => view.Cells.TryGetValue((actor, program.name), out var cell) ? Cell(cell, showAverage, own: program.Lead == actor) : null)
            .ToList())).ToList();
        return new MatrixGridModel(caption, groups, programs.Select(p => new MatrixGridProgram(p.name, p.Lead)).ToList(), rows, selected?.Actor, selected?.Program);
    }

    /// <summary>The programs in column order, grouped by kind then by name: the table and the heatmap share it.</summary>
    public static IReadOnlyList<(string name, ProgramKind Kind, string? Lead)> ProgramColumns(IEnumerable<string> programs, IReadOnlyDictionary<string, ProgramEntry> gazetteer) =>
        programs
            .Select(name => gazetteer.TryGetValue(name, out var entry) ? (name, entry.Kind, entry.Lead) : (name, Kind: ProgramKind.Program, Lead: (string?)null))
            .OrderBy(p => p.Kind).ThenBy(p => p.name, StringComparer.Ordinal)
            .ToList();

    private static string KindName(ProgramKind kind) => kind switch
    {
        ProgramKind.Station => "Stations",
        ProgramKind.Agreement => "Agreements",
        ProgramKind.Mission => "Missions",
        ProgramKind.Spacecraft => "Spacecraft",
        _ => "Programs",
    };

    private static MatrixGridCell Cell(MatrixCellView cell, bool showAverage, bool own)
    {
        var label = showAverage ? cell.MeanLabel : cell.LatestLabel;
        return new MatrixGridCell(
            label,
            StanceStyle.Css(label),
            SvgIcon.Paths(StanceStyle.Icon(label)),
            $"{cell.Count} {(cell.Count == 1 ? "statement" : "statements")}",
            SvgIcon.Paths(StanceStyle.TrendIcon(cell.Trend)),
            StanceStyle.TrendText(cell.Trend),
            showAverage ? cell.AnyConditional : cell.LatestConditional,
            own);
    }
}

/// <summary>A run of program columns of one kind ("Stations", 2 columns).</summary>
public sealed record MatrixGridGroup(string Name, int Span);

/// <summary>A program column: its name and the agency that leads it, if the gazetteer says.</summary>
public sealed record MatrixGridProgram(string Name, string? Lead);

/// <summary>One agency's row: a cell per program, null where it said nothing about it.</summary>
public sealed record MatrixGridRow(string Actor, IReadOnlyList<MatrixGridCell?> Cells);

/// <summary>A cell as drawn: its stance word, colour class and icon (SVG path data), its count, its trend (icon and words; empty for one statement), whether it is hedged and whether the agency leads the program.</summary>
public sealed record MatrixGridCell(string Label, string Css, IReadOnlyList<string> Icon, string Count, IReadOnlyList<string> TrendIcon, string TrendText, bool Hedged, bool Own);
