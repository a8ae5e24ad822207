using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Corpus;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Statements;
using Dashboard.Core.Documents;

namespace Dashboard.Core.Analysis;

/// <summary>Everything the analysis knows about a corpus.</summary>
public sealed record CorpusAnalysis(
    IReadOnlyList<AnalyzedDocument> Documents,
    IReadOnlyList<StatementRef> Statements,
    IReadOnlyList<UtteranceCluster> Clusters,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<MatrixCell> Matrix);

/// <summary>
/// The analysis, stage by stage: cleaning → metadata → statements and stances per document, then
/// utterance clusters → contradictions → matrix over the corpus. Rule-based and deterministic; the
/// time per document is bounded by analysing at most <see cref="MaxAnalysedCharacters"/>.
/// </summary>
public sealed class AnalysisPipeline(Gazetteer gazetteer)
{
    public const int MaxAnalysedCharacters = 1_000_000;

    private readonly MetadataExtractor metadata = new(gazetteer);
    private readonly StatementExtractor statements = new(gazetteer);

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>
    /// A short article of our own through every stage once: the first analysis in a process pays for
    /// compiling the patterns and the code, seconds on a busy machine, which a caller timing each
    /// document (an import's limit per article) must not charge to that article. One caller runs it;
    /// another that asks meanwhile waits for it (a command starts it while it opens its database).
    /// </summary>
    public void WarmUp()
    {
        lock (warmUpLock)
        {
            if (warm)
            {
                return;
            }

            try
            {
                AnalyzeDocument("warm-up.txt", WarmUpText);
                warm = true;
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern's first match builds its automaton, which on a starved machine can outlast
                // the limit. A warm-up has no result to lose: the next caller runs it again.
            }
        }
    }

    private readonly Lock warmUpLock = new();
    private bool warm;

    private const string WarmUpText = """
        title: Agencies weigh the lunar station
        outlet: Warm-up Wire
        date: 2024-03-05

        MOSCOW, March 5. The head of the space agency said on Tuesday that Russia is ready for dialogue on the Lunar Gateway. "We are not interested in a secondary role," he told reporters.

        NASA Administrator Bill Nelson said the agency would continue cooperation on the International Space Station until 2030.
        """;

    /// <param name="cancellationToken">Stops the analysis between steps (an import's time limit per document, or its Cancel).</param>
    public AnalyzedDocument AnalyzeDocument(string fileName, string raw, CancellationToken cancellationToken = default) =>
        AnalyzeDocument(fileName, raw, null, cancellationToken);

    /// <param name="corrected">An analyst's corrections of the title, outlet or date: they win over what the text says.</param>
    /// <param name="cancellationToken">Stops the analysis between steps (an import's time limit per document, or its Cancel).</param>
    public AnalyzedDocument AnalyzeDocument(string fileName, string raw, CorrectedFacts? corrected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(raw);
        var warnings = new List<string>();
        var text = AnalysedPart(raw);
        if (text.Length < raw.Length)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{fileName}: only the first {MaxAnalysedCharacters:N0} of {raw.Length:N0} characters were analysed"));
        }

        var cleaned = ArticleCleaner.Clean(text);
        cancellationToken.ThrowIfCancellationRequested();
        if (cleaned.Paragraphs.Count == 0)
        {
            warnings.Add($"{fileName}: no article text was found (everything looked like page debris)");
        }

        // Once per document, shared by both stages; programs named by description ("the station"), agencies
        // by their countries ("the US and Russian space agencies"), members of Congress by their tags and agreements
        // named after a program ("the “Artemis” pact") included.
        var actors = LegislatorTags.Resolve(text, AgencyDescriptions.Resolve(text, Gazetteer.Matcher.Find(text), Gazetteer), Gazetteer);
        var mentions = ProgramDescriptions.Resolve(text, AgreementNames.Resolve(text, actors, Gazetteer), Gazetteer);
        cancellationToken.ThrowIfCancellationRequested();
        var meta = metadata.Extract(cleaned, mentions);
        meta = corrected?.Over(meta) ?? meta;
        if (corrected?.Outlet is { } outlet)
        {
            // The analyst's outlet says whose release this is, or that it is nobody's.
            meta = meta with { IssuedBy = metadata.IssuerNamed(outlet) };
        }

        var found = statements.Extract(cleaned, meta.Published, mentions, meta.IssuedBy, cancellationToken);
        var hash = ContentHash.Of(raw);
        return new AnalyzedDocument(hash[..12], fileName, hash, text, cleaned, meta, found, warnings);
    }

    /// <summary>The text the analysis reads in a document's raw text: the same part, cleaned the same way.</summary>
    public static string CleanedText(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return ArticleCleaner.Clean(AnalysedPart(raw)).Text;
    }

    /// <param name="documents">The analysed documents of the corpus.</param>
    /// <param name="textOf">
    /// An article's cleaned text (<see cref="CleanedText"/>) for documents rebuilt from stored
    /// statements, which carry none; asked for rarely (see <see cref="UtteranceClusterer.Cluster"/>).
    /// </param>
    /// <param name="conflictDays">Opposite stances within this many days are a conflict, further apart a reversal.</param>
    /// <param name="judged">Told what the clusterer judged in each partition (<see cref="UtteranceClusterer.Cluster"/>).</param>
    public static CorpusAnalysis AnalyzeCorpus(IReadOnlyList<AnalyzedDocument> documents, Func<AnalyzedDocument, string>? textOf = null, int conflictDays = ContradictionFinder.DefaultPeriodDays,
        Action<string, IReadOnlyList<Utterance>, IReadOnlyList<UtteranceJoin>>? judged = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var refs = documents.SelectMany(d => d.Statements.Select(s => new StatementRef(d, s))).ToList();
        var clusters = UtteranceClusterer.Cluster(refs, textOf, judged: judged, parallel: true);
        var contradictions = ContradictionFinder.Find(refs, clusters, conflictDays);
        var matrix = MatrixBuilder.Build(refs);
        return new CorpusAnalysis(documents, refs, clusters, contradictions, matrix);
    }

    /// <summary>The part of a raw text the analysis reads: at most <see cref="MaxAnalysedCharacters"/>.</summary>
    private static string AnalysedPart(string raw) => raw.Length > MaxAnalysedCharacters ? raw[..MaxAnalysedCharacters] : raw;
}
