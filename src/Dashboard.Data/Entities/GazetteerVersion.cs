namespace Dashboard.Data.Entities;

/// <summary>A gazetteer saved from the dashboard: the whole JSON text, who saved it and what changed.</summary>
public sealed class GazetteerVersion
{
    public int Id { get; set; }

    public required string Json { get; set; }

    public DateTime SavedAt { get; set; }

    public required string SavedBy { get; set; }

    public required string Changes { get; set; }
}
