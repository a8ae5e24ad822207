namespace Dashboard.Data.Import;

/// <summary>An article ready to be stored: the verbatim text and the name it came under.</summary>
public sealed record ImportCandidate(string FileName, string Text)
{
    /// <summary>Where the text was fetched from, if it was (an import by address).</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The web page the text was read from, verbatim, if it came from one.</summary>
    public string? Page { get; init; }
}

public enum ImportOutcome
{
    /// <summary>Stored as a new document.</summary>
    Imported,

    /// <summary>The same text is already stored (or appears earlier in the same batch); nothing was added.</summary>
    Duplicate,

    /// <summary>Stored, but it repeats an earlier document (the same story from another feed): flagged and not counted twice in the matrix.</summary>
    NearDuplicate,

    /// <summary>Not stored: the file is empty, binary, too large, undecodable or malformed (the detail says which).</summary>
    Rejected,
}

/// <summary>What happened to one file or article: the document that now holds its text (none when rejected) and, when useful, why.</summary>
public sealed record ImportResult(string FileName, ImportOutcome Outcome, int? DocumentId, string? Detail = null);

public static class ImportOutcomes
{
    /// <summary>The word people read for an outcome: imported, duplicate, near-duplicate, rejected.</summary>
    public static string Label(this ImportOutcome outcome) =>
        outcome == ImportOutcome.NearDuplicate ? "near-duplicate" : outcome.ToString().ToLowerInvariant();
}
