namespace Dashboard.Data.Entities;

/// <summary>An utterance the analysis attributed in a document. Machine-derived: replaced on re-analysis.</summary>
public sealed class Statement
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public Document? Document { get; set; }

    /// <summary>Position among the document's statements, in text order.</summary>
    public int Ordinal { get; set; }

    /// <summary>
    /// Stable identity across re-analysis: hash of the document's content hash, the statement's
    /// normalised words and their occurrence. Human work (later) attaches to this, not to <see cref="Id"/>.
    /// </summary>
    public required string Fingerprint { get; set; }

    public string? Speaker { get; set; }

    public string? Actor { get; set; }

    public required string Text { get; set; }

    /// <summary>Raw offsets: Document.RawText[Start..End] is <see cref="Text"/>.</summary>
    public int Start { get; set; }

    public int End { get; set; }

    public bool Direct { get; set; }

    /// <summary>"said", "release" or "act" (the analysis' <c>StatementKind</c>): an act the article reports is nobody's words.</summary>
    public string Kind { get; set; } = "said";

    public string? Venue { get; set; }

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public string? Date { get; set; }

    /// <summary>The first day <see cref="Date"/> can mean, for ordering and date filters.</summary>
    public DateOnly? DateSort { get; set; }

    /// <summary>Ordinal of the statement this one continues (second half of a split quotation).</summary>
    public int? ContinuationOf { get; set; }

    /// <summary>
    /// The text's stems, each once, space-separated: the words the clusterer compares, kept so that an
    /// update finds the utterances a change can join without stemming a whole partition again
    /// (decision 028). Null on rows from before it, which the next corpus rebuild fills.
    /// </summary>
    public string? Terms { get; set; }

    public List<StatementStance> Stances { get; } = [];
}

/// <summary>The stance of a statement toward one program, with the cue spans that decided it (JSON).</summary>
public sealed class StatementStance
{
    public int Id { get; set; }

    public int StatementId { get; set; }

    public Statement? Statement { get; set; }

    public required string Program { get; set; }

    public int Score { get; set; }

    public required string Label { get; set; }

    public bool Conditional { get; set; }

    public double Confidence { get; set; }

    /// <summary>JSON array of {start, end, text, score, kind}.</summary>
    public required string CuesJson { get; set; }
}
