using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Pages.Statements;

/// <summary>The table's columns and directions as the query's orders, and each order in words.</summary>
public static class StatementSorts
{
    /// <summary>The order for a column ("Date", "Actor", … as the table names its sort labels) and direction; null for a column that does not sort.</summary>
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
