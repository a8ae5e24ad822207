namespace Dashboard.Data.Entities;

/// <summary>Statements in different documents reporting the same utterance. Machine-derived, rebuilt with the corpus.</summary>
public sealed class UtteranceCluster
{
    public required string Id { get; set; }

    /// <summary>JSON array of strings ("venue: … vs …").</summary>
    public required string DiscrepanciesJson { get; set; }

    public List<ClusterMember> Members { get; } = [];
}

public sealed class ClusterMember
{
    public required string ClusterId { get; set; }

    public int StatementId { get; set; }
}

/// <summary>
/// A finding: one change or contradiction of an actor's position on a program (decision 026), with
/// every statement of its two sides (<see cref="Statements"/>) and the clearest pair of them (A from
/// the earlier side, B from the later).
/// </summary>
public sealed class Contradiction
{
    public int Id { get; set; }

    /// <summary>
    /// What human work refers to: the kind and the first-said statement of each side (their
    /// fingerprints) and the program. It survives a side gaining or losing statements; when a side's
    /// first statement changes, the rebuild moves pins, notes and verdicts to the finding that
    /// shares the most statements with the old one.
    /// </summary>
    public required string Fingerprint { get; set; }

    public required string Actor { get; set; }

    public required string Program { get; set; }

    public required string Kind { get; set; }

    public int StatementAId { get; set; }

    public int StatementBId { get; set; }

    public double Strength { get; set; }

    public required string Explanation { get; set; }

    /// <summary>The period of the earlier side ("2021-01-25", "2021-12"); null when undated.</summary>
    public string? EarlierFrom { get; set; }

    public string? EarlierTo { get; set; }

    /// <summary>The stance most of the earlier side takes ("refusing").</summary>
    public string EarlierStance { get; set; } = "";

    public string? LaterFrom { get; set; }

    public string? LaterTo { get; set; }

    public string LaterStance { get; set; } = "";

    public List<FindingStatement> Statements { get; } = [];
}

/// <summary>A statement on one side of a finding.</summary>
public sealed class FindingStatement
{
    public int ContradictionId { get; set; }

    public int StatementId { get; set; }

    /// <summary>False: the earlier side; true: the later.</summary>
    public bool Later { get; set; }
}

/// <summary>
/// One matrix cell for the whole corpus (no filter), written at every corpus rebuild with the same
/// code the filtered matrix uses (<see cref="Queries.MatrixCells"/>), so the unfiltered matrix and
/// its actor and program selections are read instead of computed (decision 010).
/// </summary>
public sealed class MatrixCell
{
    public required string Actor { get; set; }

    public required string Program { get; set; }

    public int Statements { get; set; }

    public double Mean { get; set; }

    public required string Latest { get; set; }

    public string? Previous { get; set; }

    public bool LatestConditional { get; set; }

    public bool AnyConditional { get; set; }

    public int? StrongestStatementId { get; set; }

    /// <summary>JSON array of the statement ids, oldest first.</summary>
    public required string StatementIdsJson { get; set; }
}
