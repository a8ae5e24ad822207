using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// One utterance attributed in an article. <see cref="Span"/> covers the attributed words in the
/// raw text (the quotation, or the reported clause); <see cref="Attribution"/> the words that say
/// who said it.
/// </summary>
public sealed record Statement(
    TextSpan Span,
    string Text,
    string? Speaker,
    string? Actor,
    bool Direct,
    string? Venue,
    PartialDate? Date,
    TextSpan? Attribution,
    IReadOnlyList<ProgramStance> Stances)
{
    /// <summary>Position of the statement among the document's statements (0-based, in text order).</summary>
    public int Index { get; init; }

    /// <summary>The <see cref="Index"/> of the statement this one continues (the second half of a split quotation), if any.</summary>
    public int? ContinuationOf { get; init; }

    /// <summary>Words said, an agency's release, or an act reported: only words can be reported again by another outlet.</summary>
    public StatementKind Kind { get; init; }
}
