using Dashboard.Core.Analysis.Metadata;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Corrections;

/// <summary>Reads the corrections people made and lays them over freshly analysed statements.</summary>
internal static class StoredCorrections
{
    public const string Kind = "correction";

    /// <summary>Every live correction by statement fingerprint, oldest first (later ones win).</summary>
    public static async Task<ILookup<string, Correction>> LoadAsync(DashboardDbContext db, IReadOnlyCollection<string>? fingerprints, CancellationToken cancellationToken)
    {
        var query = db.Annotations.AsNoTracking().Where(a => a.Kind == Kind && a.TargetType == "statement" && !a.Deleted);
        if (fingerprints is not null)
        {
            query = query.Where(a => fingerprints.Contains(a.TargetKey));
        }

        var rows = await query.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(a => new { a.TargetKey, a.Body }).ToListAsync(cancellationToken);
        return rows
            .Select(r => (r.TargetKey, Ok: Correction.TryParse(r.Body, out var correction, out _), correction))
            .Where(r => r.Ok)
            .ToLookup(r => r.TargetKey, r => r.correction!, StringComparer.Ordinal);
    }

    /// <summary>Every live correction of a document's title, outlet or date, folded per content hash (later ones win).</summary>
    public static async Task<IReadOnlyDictionary<string, CorrectedFacts>> LoadFactsAsync(DashboardDbContext db, IReadOnlyCollection<string>? contentHashes, CancellationToken cancellationToken)
    {
        var query = db.Annotations.AsNoTracking().Where(a => a.Kind == Kind && a.TargetType == "document" && !a.Deleted);
        if (contentHashes is not null)
        {
            query = query.Where(a => contentHashes.Contains(a.TargetKey));
        }

        var rows = await query.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Select(a => new { a.TargetKey, a.Body }).ToListAsync(cancellationToken);
        return rows
            .Select(r => (r.TargetKey, Ok: DocumentCorrection.TryParse(r.Body, out var correction, out _), correction))
            .Where(r => r.Ok)
            .GroupBy(r => r.TargetKey, StringComparer.Ordinal)
            .Select(g => (g.Key, Facts: DocumentCorrection.Fold(g.Select(r => r.correction!))))
            .Where(g => g.Facts is not null)
            .ToDictionary(g => g.Key, g => g.Facts!, StringComparer.Ordinal);
    }

    /// <summary>The live corrections of one document's title, outlet or date, or null when it has none.</summary>
    public static async Task<CorrectedFacts?> FactsOfAsync(DashboardDbContext db, string contentHash, CancellationToken cancellationToken) =>
        (await LoadFactsAsync(db, [contentHash], cancellationToken)).GetValueOrDefault(contentHash);

    public static void Apply(IEnumerable<Statement> statements, ILookup<string, Correction> corrections)
    {
        foreach (var statement in statements)
        {
            foreach (var correction in corrections[statement.Fingerprint])
            {
                correction.ApplyTo(statement);
            }
        }
    }
}
