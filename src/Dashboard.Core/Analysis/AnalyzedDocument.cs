using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Statements;

namespace Dashboard.Core.Analysis;

/// <summary>The per-article results: cleaned text, metadata and statements. <see cref="Id"/> is stable for the same text.</summary>
public sealed record AnalyzedDocument(
    string Id,
    string FileName,
    string ContentHash,
    string Raw,
    CleanedArticle Cleaned,
    ArticleMetadata Metadata,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<string> Warnings);

/// <summary>A statement with the document it belongs to, and its corpus-wide id ("&lt;document id&gt;-s&lt;n&gt;").</summary>
public sealed record StatementRef(AnalyzedDocument Document, Statement Statement)
{
    public string Id => $"{Document.Id}-s{Statement.Index}";

    /// <summary>Outlet, or the file name when the outlet is unknown: how a reader tells sources apart.</summary>
    public string Source => Document.Metadata.Outlet ?? Document.FileName;
}
