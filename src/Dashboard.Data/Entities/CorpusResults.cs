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

/// <summary>Two statements of one actor on one program pointing opposite ways; A is the earlier.</summary>
public sealed class Contradiction
{
    public int Id { get; set; }

    /// <summary>Stable across re-analysis: the two statements' fingerprints and the program.</summary>
    public required string Fingerprint { get; set; }

    public required string Actor { get; set; }

    public required string Program { get; set; }

    public required string Kind { get; set; }

    public int StatementAId { get; set; }

    public int StatementBId { get; set; }

    public double Strength { get; set; }

    public required string Explanation { get; set; }
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
