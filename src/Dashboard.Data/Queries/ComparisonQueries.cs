using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Queries;

/// <summary>One line of a two-document comparison: the same utterance in both, or a statement only one of them has.</summary>
public sealed record ComparisonRow(string? ClusterId, IReadOnlyList<StatementView> InFirst, IReadOnlyList<StatementView> InSecond)
{
    public bool Matched => InFirst.Count > 0 && InSecond.Count > 0;
}

public sealed record DocumentComparison(DocumentSummary First, DocumentSummary Second, IReadOnlyList<ComparisonRow> Rows)
{
    public int Matched => Rows.Count(r => r.Matched);
}

/// <summary>Two documents side by side: their statements aligned by utterance cluster, unmatched ones on their own line.</summary>
public sealed class ComparisonQueries(IDbContextFactory<DashboardDbContext> contextFactory, StatementQueries statements, DocumentQueries documents)
{
    public async Task<DocumentComparison?> CompareAsync(int firstId, int secondId, CancellationToken cancellationToken = default)
    {
        var all = await documents.ListAsync(cancellationToken);
        var first = all.FirstOrDefault(d => d.Id == firstId);
        var second = all.FirstOrDefault(d => d.Id == secondId);
        if (first is null || second is null || firstId == secondId)
        {
            return null;
        }

        var a = await statements.OfDocumentAsync(firstId, cancellationToken);
        var b = await statements.OfDocumentAsync(secondId, cancellationToken);
        var ids = a.Concat(b).Select(s => s.Id).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var clusterOf = await db.ClusterMembers.AsNoTracking().Where(m => ids.Contains(m.StatementId))
            .ToDictionaryAsync(m => m.StatementId, m => m.ClusterId, cancellationToken);

        string? ClusterOf(StatementView s) => clusterOf.TryGetValue(s.Id, out var id) ? id : null;
        var shared = a.Select(ClusterOf).Intersect(b.Select(ClusterOf)).Where(c => c is not null).ToHashSet();
        var rows = new List<ComparisonRow>();
        var placed = new HashSet<string>();
        // In the first document's order: each shared utterance once (with every version of both), the rest alone.
        foreach (var statement in a)
        {
            if (ClusterOf(statement) is { } cluster && shared.Contains(cluster))
            {
                if (placed.Add(cluster))
                {
                    rows.Add(new ComparisonRow(cluster, a.Where(s => ClusterOf(s) == cluster).ToList(), b.Where(s => ClusterOf(s) == cluster).ToList()));
                }
            }
            else
            {
                rows.Add(new ComparisonRow(ClusterOf(statement), [statement], []));
            }
        }

        rows.AddRange(b.Where(s => ClusterOf(s) is not { } c || !shared.Contains(c)).Select(s => new ComparisonRow(ClusterOf(s), [], [s])));
        return new DocumentComparison(first, second, rows);
    }
}
