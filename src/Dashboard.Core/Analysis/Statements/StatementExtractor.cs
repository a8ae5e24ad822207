using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Finds who said what in an article: direct quotations (attributed after or before the quote,
/// or continuing the previous speaker's quotation), reported speech ("X said that…",
/// "…, X said", "According to X, …", "X dismissed…"), an interview's turns ("NELSON: …") and
/// positions reported as acts. Each
/// statement gets its speaker, actor, venue, date and stance toward the programs it concerns;
/// offsets are raw offsets. The passes run in that order over one <see cref="ExtractionRun"/>.
/// </summary>
public sealed class StatementExtractor(Gazetteer gazetteer)
{
    /// <param name="article">The cleaned article.</param>
    /// <param name="published">Its publication date, for roles and relative dates.</param>
    /// <param name="mentions">The gazetteer's mentions in the whole raw text, when the caller already has them.</param>
    /// <param name="issuedBy">The agency whose own release the article is, if it is one: it speaks where nobody else does.</param>
    /// <param name="cancellationToken">Checked once per quote, sentence and statement.</param>
    public IReadOnlyList<Statement> Extract(CleanedArticle article, DateOnly? published, IReadOnlyList<Mention>? mentions = null, string? issuedBy = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var readOnce = Stance.StanceScorer.ReadOnce(article.Raw); // the passes score many sentences again
        var run = new ExtractionRun(gazetteer, article, published, mentions ?? gazetteer.Matcher.Find(article.Raw), cancellationToken);
        new QuoteAttribution(run).Read();
        new ReportedSpeech(run).Read();
        new TranscriptTurns(run).Read();
        new InterviewAnswers(run).Read();
        AddReportedPositions(run, issuedBy);
        return new StatementAssembly(run).Assemble();
    }

    /// <summary>Positions reported as acts, and an agency's own release speaking for it (<see cref="ReportedPositions"/>), where no statement covers them yet.</summary>
    private static void AddReportedPositions(ExtractionRun run, string? issuedBy)
    {
        var raw = run.Raw;
        // Scare quotes ("too “U.S.-centric”", "cut “legacy exploration systems” funding") and a document's title are words of the sentence, not a statement that covers it.
        var covered = run.Quotes.Where(q => Words.Count(raw, q.Inner) >= ExtractionRun.MinimumQuoteWords && !q.NamesADocument(raw) && !q.IsScareQuote(raw)).Select(q => q.Outer)
            .Concat(run.Drafts.Select(d => d.Span)).Concat(run.Drafts.Select(d => d.Attribution)).Where(c => c.Length > 0).ToList();
        foreach (var position in ReportedPositions.Find(run.Gazetteer, raw, run.Sentences, covered, run.Mentions, run.Headline, issuedBy, run.Published, run.Topics.Antecedent, run.Resolver.Introduced))
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            run.Drafts.Add(new StatementDraft(position.Content, position.Speaker, Direct: false, position.Attribution, position.Paragraph)
            {
                Venue = position.Attribution.Length == 0 ? "press release" : null,
                // In an agency's own release every sentence is its words, whoever acts in it.
                Kind = issuedBy is null ? StatementKind.Act : StatementKind.Release,
                Standfirst = position.Standfirst,
            });
        }
    }
}