using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>
/// Where an annotated item is in the current corpus. <see cref="Found"/> false: the item is no
/// longer there (a re-analysis no longer finds the statement, the document is gone) — the
/// annotation is kept and listed as unplaced, never dropped.
/// </summary>
public sealed record TargetPlace(bool Found, int? DocumentId = null, int? StatementId = null, int? ContradictionId = null);

/// <summary>Resolves annotation targets (stable keys) to today's rows, for links from the annotations list.</summary>
public sealed class TargetQueries(IDbContextFactory<DashboardDbContext> contextFactory)
{
    public async Task<IReadOnlyDictionary<(string Type, string Key), TargetPlace>> PlacesAsync(
        IReadOnlyCollection<(string Type, string Key)> targets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var keys = targets.Select(t => t.Key).Distinct().ToList();
        var documents = await db.Documents.Where(d => keys.Contains(d.ContentHash)).Select(d => new { d.ContentHash, d.Id }).ToDictionaryAsync(d => d.ContentHash, d => d.Id, cancellationToken);
        var statements = await db.Statements.Where(s => keys.Contains(s.Fingerprint)).Select(s => new { s.Fingerprint, s.Id, s.DocumentId }).ToDictionaryAsync(s => s.Fingerprint, cancellationToken);
        var contradictions = await db.Contradictions.Where(c => keys.Contains(c.Fingerprint)).Select(c => new { c.Fingerprint, c.Id }).ToDictionaryAsync(c => c.Fingerprint, c => c.Id, cancellationToken);
        var clusters = await db.UtteranceClusters.Where(c => keys.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var cells = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in targets.Where(t => t.Type == "cell").Select(t => t.Key).Distinct())
        {
            var (actor, program) = Briefing.CellKey.Split(key);
            if (await db.StatementStances.AnyAsync(st => st.Program == program && st.Statement!.Actor == actor, cancellationToken))
            {
                cells.Add(key);
            }
        }

        return targets.Distinct().ToDictionary(t => t, t => t.Type switch
        {
            "document" or "span" => documents.TryGetValue(t.Key, out var document) ? new TargetPlace(true, document) : new TargetPlace(false),
            "statement" => statements.TryGetValue(t.Key, out var s) ? new TargetPlace(true, s.DocumentId, s.Id) : new TargetPlace(false),
            "contradiction" => contradictions.TryGetValue(t.Key, out var c) ? new TargetPlace(true, ContradictionId: c) : new TargetPlace(false),
            "cluster" => new TargetPlace(clusters.Contains(t.Key)),
            "cell" => new TargetPlace(cells.Contains(t.Key)),
            _ => new TargetPlace(false),
        });
    }
}
