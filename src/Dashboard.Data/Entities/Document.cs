namespace Dashboard.Data.Entities;

/// <summary>One article as ingested. <see cref="RawText"/> is kept verbatim and never altered.</summary>
public sealed class Document
{
    public int Id { get; set; }

    /// <summary>Name of the file the article came from (no folder).</summary>
    public required string FileName { get; set; }

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>The article's text exactly as decoded from its file; offsets elsewhere point into it.</summary>
    public required string RawText { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="RawText"/>; unique, so an article is stored once.</summary>
    public required string ContentHash { get; set; }

    /// <summary>When the article entered the database (UTC).</summary>
    public DateTime ImportedAt { get; set; }

    /// <summary>True when the year of <see cref="PublishedOn"/> was inferred rather than read.</summary>
    public bool PublishedInferred { get; set; }

    /// <summary>Language of most of the article text ("en", "ru", …).</summary>
    public string? Language { get; set; }

    /// <summary>When the analysis last ran on this document (UTC); null until it has.</summary>
    public DateTime? AnalyzedAt { get; set; }

    /// <summary>SimHash of the article text without debris (0: too short to tell; null: not computed yet).</summary>
    public long? SimHash { get; set; }

    /// <summary>The earlier document this one repeats (the same story from another feed): kept and shown, not counted twice in the matrix.</summary>
    public int? NearDuplicateOf { get; set; }

    /// <summary>When someone deleted it (undo clears it). A deleted document keeps its text but has no statements.</summary>
    public DateTime? DeletedAt { get; set; }

    public string? DeletedBy { get; set; }

    /// <summary>The address the article was fetched from (after redirects), when it was imported by address.</summary>
    public string? SourceUrl { get; set; }

    /// <summary>The web page the text was read from, kept verbatim; null for text imports. Loaded only when asked for.</summary>
    public DocumentPage? Page { get; set; }

    public List<Statement> Statements { get; } = [];
}
