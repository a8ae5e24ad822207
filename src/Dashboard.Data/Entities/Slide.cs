namespace Dashboard.Data.Entities;

/// <summary>
/// A slide of one of the team's briefings: an item pinned from a view (matrix cell, statement,
/// contradiction or source comparison, by its stable key), with the title and speaker notes the
/// team gave it and its place in the deck. Removing it keeps the row (<see cref="RemovedAt"/>), so
/// an undo brings it back where it was.
/// </summary>
public sealed class Slide
{
    public int Id { get; set; }

    /// <summary>The briefing (<see cref="Deck"/>) the slide belongs to.</summary>
    public int DeckId { get; set; }

    /// <summary>"cell", "statement", "contradiction" or "cluster".</summary>
    public required string TargetType { get; set; }

    public required string TargetKey { get; set; }

    public required string Title { get; set; }

    /// <summary>What the presenter means to say; only the presenter view shows it.</summary>
    public string Notes { get; set; } = "";

    /// <summary>The slide's place in the deck: slides are shown by position, then by id.</summary>
    public int Position { get; set; }

    /// <summary>What the item said when it was pinned (its headline figures or words), to tell when it changed since.</summary>
    public string Snapshot { get; set; } = "";

    /// <summary>Who the item is about, for finding it again should a re-analysis no longer produce it.</summary>
    public string? LookupActor { get; set; }

    public string? LookupProgram { get; set; }

    /// <summary>A few of the item's own words (a statement's), for the same.</summary>
    public string? LookupWords { get; set; }

    public required string PinnedBy { get; set; }

    public DateTime PinnedAt { get; set; }

    public string? EditedBy { get; set; }

    public DateTime? RemovedAt { get; set; }

    /// <summary>Raised by every edit; an edit based on an older version is refused, never lost silently.</summary>
    public int Version { get; set; } = 1;
}
