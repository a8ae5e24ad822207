using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Core.Analysis.Json;

/// <summary>The JSON contract of <c>analyze --format json</c>, documented in docs/analysis-json.md and docs/analysis.schema.json.</summary>
public static class AnalysisJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="corpus">The analysis.</param>
    /// <param name="warnings">Problems with the inputs (unreadable files …), reported with the document warnings.</param>
    /// <param name="toSource">Maps a document offset to the offset in its file (for HTML, whose text was extracted); identity when null.</param>
    public static AnalysisOutput Build(CorpusAnalysis corpus, IEnumerable<string> warnings, Func<AnalyzedDocument, int, int>? toSource = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(warnings);
        toSource ??= (_, offset) => offset;
        var documents = corpus.Documents.Select(d => new DocumentJson(
            d.Id, d.FileName, d.Metadata.Title, d.Metadata.Outlet, d.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            d.Metadata.PublishedInferred, d.Metadata.Language)).ToList();
        var statements = corpus.Statements.Select(s => new StatementJson(
            s.Id, s.Document.Id, s.Statement.Speaker, s.Statement.Actor, s.Statement.Text,
            toSource(s.Document, s.Statement.Span.Start), toSource(s.Document, s.Statement.Span.End),
            s.Statement.Direct, s.Statement.Kind.ToString().ToLowerInvariant(), s.Statement.Venue, s.Statement.Date?.ToString(),
            s.Statement.Stances.Select(st => new StanceJson(st.Program, st.Label.Name(), st.Score, st.Conditional, st.Confidence, st.Cues.Select(c => c.Text).ToList())).ToList()))
            .ToList();
        var clusters = corpus.Clusters.Select(c => new ClusterJson(c.Id, c.Members.Select(m => m.Id).ToList(), c.Discrepancies.ToList())).ToList();
        var contradictions = corpus.Contradictions.Select(c => new ContradictionJson(
            c.Actor, c.Program, c.Kind.ToString().ToLowerInvariant(), c.A.Id, c.B.Id, c.Strength, c.Explanation, SideJson.Of(c.Earlier), SideJson.Of(c.Later))).ToList();
        var matrix = corpus.Matrix.Select(m => new MatrixJson(m.Actor, m.Program, m.Stance.Name(), m.Score, m.Statements, m.Latest.Name())).ToList();
        var allWarnings = warnings.Concat(corpus.Documents.SelectMany(d => d.Warnings)).ToList();
        return new AnalysisOutput(documents, statements, clusters, contradictions, matrix, allWarnings);
    }

    public static string Serialize(AnalysisOutput output) => JsonSerializer.Serialize(output, Options);
}

public sealed record AnalysisOutput(
    IReadOnlyList<DocumentJson> Documents,
    IReadOnlyList<StatementJson> Statements,
    IReadOnlyList<ClusterJson> Clusters,
    IReadOnlyList<ContradictionJson> Contradictions,
    IReadOnlyList<MatrixJson> Matrix,
    IReadOnlyList<string> Warnings);

public sealed record DocumentJson(string Id, string File, string? Title, string? Outlet, string? Published, bool PublishedInferred, string Language);

public sealed record StatementJson(
    string Id, string DocumentId, string? Speaker, string? Actor, string Text, int Start, int End, bool Direct, string Kind, string? Venue, string? Date,
    IReadOnlyList<StanceJson> Stances);

public sealed record StanceJson(string Program, string Stance, int Score, bool Conditional, double Confidence, IReadOnlyList<string> Cues);

public sealed record ClusterJson(string Id, IReadOnlyList<string> StatementIds, IReadOnlyList<string> Discrepancies);

public sealed record ContradictionJson(string Actor, string Program, string Kind, string A, string B, double Strength, string Explanation, SideJson Earlier, SideJson Later);

/// <summary>One side of a finding: the period its statements were said in (null when undated), its stance, every statement.</summary>
public sealed record SideJson(string? From, string? To, string Stance, IReadOnlyList<string> StatementIds)
{
    public static SideJson Of(Corpus.FindingSide side) =>
        new(side.From?.ToString(), side.To?.ToString(), side.Stance.Name(), [.. side.Statements.Select(s => s.Id)]);
}

public sealed record MatrixJson(string Actor, string Program, string Stance, double Score, int Statements, string Latest);
