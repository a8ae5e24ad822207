namespace Dashboard.Data.Accounts;

/// <summary>The access an action needs. Each role allows its own and everything below it.</summary>
public enum Access
{
    /// <summary>Every view, export and the briefing pack.</summary>
    Read,

    /// <summary>Notes, tags, verdicts, corrections, pins, imports, deleting and restoring documents.</summary>
    Annotate,

    /// <summary>Accounts, the gazetteer, re-analysis, purge, the audit log, backups and restores.</summary>
    Administer,
}

/// <summary>The three roles: viewer (read), analyst (annotate, import), administrator (everything).</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Administrator = "administrator";

    /// <summary>Comma-separated role lists for the framework's role checks.</summary>
    public const string Annotators = Analyst + "," + Administrator;

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Administrator];

    public static bool IsKnown(string? role) => role is Viewer or Analyst or Administrator;

    public static bool Allows(string? role, Access access) => access switch
    {
        Access.Read => IsKnown(role),
        Access.Annotate => role is Analyst or Administrator,
        Access.Administer => role is Administrator,
        _ => false,
    };

    public static string Describe(Access access) => access switch
    {
        Access.Annotate => "annotating and importing need the analyst or administrator role",
        Access.Administer => "this needs the administrator role",
        _ => "reading needs an account",
    };
}
