namespace Dashboard.Data.Entities;

/// <summary>
/// Human work on an item: a note, a tag, a verdict on a contradiction, or a correction. Never
/// machine-derived: re-analysis leaves it alone, and it refers to its target by stable keys
/// (document hash, statement or contradiction fingerprint, "actor|program" for a matrix cell).
/// </summary>
public sealed class Annotation
{
    public int Id { get; set; }

    /// <summary>note, tag, verdict or correction.</summary>
    public required string Kind { get; set; }

    /// <summary>document, span, statement, contradiction or cell.</summary>
    public required string TargetType { get; set; }

    public required string TargetKey { get; set; }

    /// <summary>The note's text (≤ 10,000 characters), the tag, or the reason for a verdict or correction.</summary>
    public required string Body { get; set; }

    /// <summary>confirmed or dismissed, for verdicts.</summary>
    public string? Verdict { get; set; }

    /// <summary>For a note on a passage: the passage as a <c>SpanAnchor</c> (JSON); the key is the document's hash.</summary>
    public string? Anchor { get; set; }

    /// <summary>Who wrote it; an edit or deletion by someone else never changes it.</summary>
    public required string Author { get; set; }

    /// <summary>Who changed it last (edit, verdict, deletion), when that was not only its author.</summary>
    public string? EditedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Incremented by every change; a save based on an older version is a conflict.</summary>
    public int Version { get; set; } = 1;

    public bool Deleted { get; set; }

    public List<AnnotationRevision> Revisions { get; } = [];
}

/// <summary>A past state of an annotation, kept whenever it is changed or deleted.</summary>
public sealed class AnnotationRevision
{
    public int Id { get; set; }

    public int AnnotationId { get; set; }

    public int Version { get; set; }

    public required string Body { get; set; }

    public string? Verdict { get; set; }

    public bool Deleted { get; set; }

    public required string Author { get; set; }

    public DateTime At { get; set; }
}
