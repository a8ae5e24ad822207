using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>A statement found by a pass of <see cref="StatementExtractor"/>, before its date, venue and stances are read.</summary>
internal sealed record StatementDraft(TextSpan Span, Speaker Speaker, bool Direct, TextSpan Attribution, int Paragraph)
{
    public StatementDraft? Continues { get; init; }

    /// <summary>Sentences of the words that report another party's act (<see cref="QuotedActs"/>): not the speaker's position.</summary>
    public IReadOnlyList<TextSpan> OthersActs { get; init; } = [];

    /// <summary>One of those sentences as the position of the party it reports: never what a later quotation carries on.</summary>
    public bool OthersAct { get; init; }

    /// <summary>Words said, or a position reported as an act or in an agency's own release: those take their date from their own words ("… discontinued its cooperation last year").</summary>
    public StatementKind Kind { get; init; }

    /// <summary>Reported in the standfirst under the headline (<see cref="ReportedPosition.Standfirst"/>).</summary>
    public bool Standfirst { get; init; }

    public string? Venue { get; set; }

    public PartialDate? Date { get; set; }
}