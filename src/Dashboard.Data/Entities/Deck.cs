namespace Dashboard.Data.Entities;

/// <summary>
/// A named briefing, one per meeting (the views call it a briefing): its slides are the
/// <see cref="Slide"/> rows that point at it. Items pinned from the views go to the newest one.
/// </summary>
public sealed class Deck
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The day of the meeting, when the team gave one.</summary>
    public DateOnly? MeetingOn { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
