namespace Dashboard.Data.Entities;

/// <summary>One change someone made, kept for review: when, who, what kind of change, on what.</summary>
public sealed class AuditEntry
{
    public int Id { get; set; }

    public DateTime At { get; set; }

    public required string Who { get; set; }

    public required string Action { get; set; }

    public required string Target { get; set; }

    public required string Detail { get; set; }
}
