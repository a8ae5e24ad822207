namespace Dashboard.Data.Import;

/// <summary>An article ready to be stored: the verbatim text and the name it came under.</summary>
public sealed record ImportCandidate(string FileName, string Text);

public enum ImportOutcome
{
    /// <summary>Stored as a new document.</summary>
    Imported,

    /// <summary>The same text is already stored (or appears earlier in the same batch); nothing was added.</summary>
    Duplicate,
}

/// <summary>What happened to one candidate, and the document that now holds its text.</summary>
public sealed record ImportResult(string FileName, ImportOutcome Outcome, int DocumentId);
