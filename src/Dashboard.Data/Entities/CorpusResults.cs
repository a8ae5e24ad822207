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

/// <summary>Where an actor stands on a program, pre-aggregated for the matrix.</summary>
public sealed class MatrixCell
{
    public required string Actor { get; set; }

    public required string Program { get; set; }

    public required string Stance { get; set; }

    public double Score { get; set; }

    public int Statements { get; set; }

    public required string Latest { get; set; }

    public required string Trend { get; set; }

    public bool LatestConditional { get; set; }

    /// <summary>JSON object label → count.</summary>
    public required string CountsJson { get; set; }
}
