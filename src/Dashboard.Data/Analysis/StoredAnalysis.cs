using System.Text.Json;
using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Corpus;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;
using Dashboard.Core.Documents;
using Dashboard.Data.Entities;
using CoreStatement = Dashboard.Core.Analysis.Statements.Statement;
using StatementKind = Dashboard.Core.Analysis.Statements.StatementKind;

namespace Dashboard.Data.Analysis;

/// <summary>A cue as stored in <see cref="StatementStance.CuesJson"/>.</summary>
internal sealed record StoredCue(int Start, int End, string Text, int Score, string Kind);

/// <summary>Converts between the analysis' results and their rows, both ways.</summary>
internal static class StoredAnalysis
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Copies a document's analysis onto its row: metadata, and new statement rows with stances.</summary>
    public static void Apply(Document document, AnalyzedDocument analysis, DateTime analyzedAt)
    {
        document.Title = analysis.Metadata.Title;
        document.Outlet = analysis.Metadata.Outlet;
        document.PublishedOn = analysis.Metadata.Published;
        document.PublishedInferred = analysis.Metadata.PublishedInferred;
        document.Language = analysis.Metadata.Language;
        document.AnalyzedAt = analyzedAt;
        document.Statements.Clear();

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var statement in analysis.Statements)
        {
            var normalized = string.Join(' ', Words.Tokenize(statement.Text).Select(w => w.Value.ToLowerInvariant()));
            var occurrence = occurrences[normalized] = occurrences.GetValueOrDefault(normalized) + 1;
            var row = new Statement
            {
                Ordinal = statement.Index,
                Fingerprint = ContentHash.Of($"{document.ContentHash}|{normalized}|{occurrence}"),
                Speaker = Truncate(statement.Speaker, 300),
                Actor = statement.Actor,
                Text = statement.Text,
                Start = statement.Span.Start,
                End = statement.Span.End,
                Direct = statement.Direct,
                Kind = statement.Kind.ToString().ToLowerInvariant(),
                Venue = Truncate(statement.Venue, 300),
                Date = statement.Date?.ToString(),
                DateSort = statement.Date?.Earliest,
                ContinuationOf = statement.ContinuationOf,
                Terms = TermsOf(statement.Text),
            };
            foreach (var stance in statement.Stances)
            {
                row.Stances.Add(new StatementStance
                {
                    Program = stance.Program,
                    Score = stance.Score,
                    Label = stance.Label.Name(),
                    Conditional = stance.Conditional,
                    Confidence = stance.Confidence,
                    CuesJson = JsonSerializer.Serialize(stance.Cues.Select(c => new StoredCue(c.Span.Start, c.Span.End, c.Text, c.Score, c.Kind)), Json),
                });
            }

            document.Statements.Add(row);
        }
    }

    /// <summary>
    /// Rebuilds the analysis' view of a stored document for the corpus stages (clusters,
    /// contradictions, matrix), which need statements and metadata, not the text.
    /// </summary>
    public static AnalyzedDocument ToAnalyzed(Document document, IEnumerable<Statement> statements)
    {
        var core = statements.OrderBy(s => s.Ordinal).Select(s => new CoreStatement(
            new TextSpan(s.Start, s.End), s.Text, s.Speaker, s.Actor, s.Direct, s.Venue,
            PartialDate.TryParse(s.Date, out var date) ? date : null, null,
            s.Stances.Select(ToStance).ToList())
        {
            Index = s.Ordinal,
            ContinuationOf = s.ContinuationOf,
            Kind = Enum.TryParse<StatementKind>(s.Kind, ignoreCase: true, out var kind) ? kind : StatementKind.Said,
        }).ToList();
        var metadata = new ArticleMetadata(document.Title, document.Outlet, document.PublishedOn, document.PublishedInferred, document.Language ?? "und");
        return new AnalyzedDocument(document.ContentHash[..12], document.FileName, document.ContentHash, "", new CleanedArticle("", [], []), metadata, core, []);
    }

    /// <summary>What <see cref="Statement.Terms"/> holds for a text.</summary>
    public static string TermsOf(string text) => string.Join(' ', UtteranceClusterer.WordsOf(text));

    public static IReadOnlyList<StoredCue> Cues(string json) => JsonSerializer.Deserialize<List<StoredCue>>(json, Json) ?? [];

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static ProgramStance ToStance(StatementStance s)
    {
        var label = StanceLabels.TryParse(s.Label, out var parsed) ? parsed : (StanceLabel)Math.Clamp(s.Score, -3, 3);
        var cues = Cues(s.CuesJson).Select(c => new Cue(new TextSpan(c.Start, c.End), c.Text, c.Score, c.Kind)).ToList();
        return new ProgramStance(s.Program, label, s.Conditional, s.Confidence, cues);
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
