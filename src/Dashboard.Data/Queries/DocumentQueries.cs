using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

public sealed record DocumentSummary(int Id, string FileName, string? Title, string? Outlet, DateOnly? PublishedOn, DateTime ImportedAt, int Characters);

public sealed record DocumentDetail(int Id, string FileName, string? Title, string? Outlet, DateOnly? PublishedOn, bool PublishedInferred, DateTime ImportedAt, string ContentHash, string RawText)
{
    /// <summary>The address the article was fetched from, when it was imported by address.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The length in characters of the web page the text was read from, when one is kept.</summary>
    public int? PageLength { get; init; }

    /// <summary>The title, outlet or date an analyst corrected (the values above already show them), or null.</summary>
    public Dashboard.Core.Analysis.Metadata.CorrectedFacts? Corrected { get; init; }
}

/// <summary>Read-only views of documents; each call uses its own short-lived context.</summary>
public sealed class DocumentQueries(IDbContextFactory<DashboardDbContext> contextFactory)
{
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Documents.AsNoTracking()
            .OrderBy(d => d.FileName).ThenBy(d => d.Id)
            .Select(d => new DocumentSummary(d.Id, d.FileName, d.Title, d.Outlet, d.PublishedOn, d.ImportedAt, d.RawText.Length))
            .ToListAsync(cancellationToken);
    }

    public async Task<DocumentDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new DocumentDetail(d.Id, d.FileName, d.Title, d.Outlet, d.PublishedOn, d.PublishedInferred, d.ImportedAt, d.ContentHash, d.RawText)
            {
                SourceUrl = d.SourceUrl,
                PageLength = d.Page == null ? null : d.Page.Length,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return document is null ? null : document with { Corrected = await Corrections.StoredCorrections.FactsOfAsync(db, document.ContentHash, cancellationToken) };
    }

    /// <summary>The web page a document was read from, verbatim, with the document's file name; null when none is kept (or no such document).</summary>
    public async Task<(string FileName, string Page)?> PageAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Documents.AsNoTracking().Where(d => d.Id == id && d.Page != null)
            .Select(d => new { d.FileName, d.Page }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.FileName, Import.PageArchive.Unpack(row.Page!));
    }

    /// <summary>The title (or file name, when it has none) of each of these documents.</summary>
    public async Task<IReadOnlyDictionary<int, string>> TitlesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Title, d.FileName }).ToListAsync(cancellationToken);
        return rows.ToDictionary(d => d.Id, d => d.Title ?? d.FileName);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Documents.CountAsync(cancellationToken);
    }
}
