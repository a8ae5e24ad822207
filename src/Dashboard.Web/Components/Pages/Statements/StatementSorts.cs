using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Pages.Statements;

/// <summary>The table's columns and directions as the query's orders, and each order in words.</summary>
public static class StatementSorts
{
    /// <summary>The order for a column ("Date", "Actor", … as the headers name them) and direction; null for a column that does not sort.</summary>
    public static StatementSort? For(string? column, bool descending) => column switch
    {
        "Date" => descending ? StatementSort.DateDescending : StatementSort.DateAscending,
        "Actor" => descending ? StatementSort.ActorDescending : StatementSort.Actor,
        "Speaker" => descending ? StatementSort.SpeakerDescending : StatementSort.Speaker,
        "Outlet" => descending ? StatementSort.OutletDescending : StatementSort.Outlet,
        "Program" => descending ? StatementSort.ProgramDescending : StatementSort.Program,
        "Stance" => descending ? StatementSort.StanceDescending : StatementSort.Stance,
        _ => null,
    };

    /// <summary>The column an order sorts, as <see cref="For"/> names it.</summary>
    public static string ColumnOf(StatementSort sort) => sort switch
    {
        StatementSort.DateAscending or StatementSort.DateDescending => "Date",
        StatementSort.Actor or StatementSort.ActorDescending => "Actor",
        StatementSort.Speaker or StatementSort.SpeakerDescending => "Speaker",
        StatementSort.Outlet or StatementSort.OutletDescending => "Outlet",
        StatementSort.Program or StatementSort.ProgramDescending => "Program",
        _ => "Stance",
    };

    public static bool IsDescending(StatementSort sort) =>
        sort is StatementSort.DateDescending or StatementSort.ActorDescending or StatementSort.SpeakerDescending
            or StatementSort.OutletDescending or StatementSort.ProgramDescending or StatementSort.StanceDescending;

    /// <summary>A click on a column's header: the other direction of the column sorted now, else the column from A (or the oldest, or the most negative).</summary>
    public static StatementSort Next(StatementSort current, string column) =>
        For(column, descending: ColumnOf(current) == column && !IsDescending(current)) ?? current;

    public static string Describe(StatementSort sort) => sort switch
    {
        StatementSort.DateAscending => "date, oldest first",
        StatementSort.Actor => "actor, A to Z",
        StatementSort.ActorDescending => "actor, Z to A",
        StatementSort.Speaker => "speaker, A to Z",
        StatementSort.SpeakerDescending => "speaker, Z to A",
        StatementSort.Outlet => "source, A to Z",
        StatementSort.OutletDescending => "source, Z to A",
        StatementSort.Program => "program, A to Z",
        StatementSort.ProgramDescending => "program, Z to A",
        StatementSort.Stance => "stance, most negative first",
        StatementSort.StanceDescending => "stance, most positive first",
        _ => "date, newest first",
    };
}
