using Dashboard.Core.Analysis.Corpus;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>One utterance of one document in a partition, as the clusterer groups statements (a split quotation is one).</summary>
internal sealed record PartitionUnit(int Document, int First, IReadOnlyList<TouchedStatement> Members, IReadOnlyCollection<string> Words)
{
    public UnitKey Key => new(Document, First);

    /// <summary>The programs its statements take a stance on (<see cref="Utterance"/> counts them the same way).</summary>
    public IReadOnlyCollection<string> Programs => Members.Count == 1 ? Members[0].Programs : [.. Members.SelectMany(m => m.Programs).Distinct()];

    /// <summary>The members in document order, as the clusterer lists an utterance's statements.</summary>
    public IEnumerable<TouchedStatement> InOrder => Members.OrderBy(m => m.Ordinal);

    /// <summary>Statements grouped into utterances, ordered as the clusterer orders them.</summary>
    /// <param name="links">The statement each statement continues, by (document, ordinal): at least every chain <paramref name="statements"/> start.</param>
    public static List<PartitionUnit> Group(IEnumerable<TouchedStatement> statements, IReadOnlyDictionary<(int, int), int?> links)
    {
        var units = statements
            .GroupBy(s => (s.DocumentId, Head: UtteranceClusterer.HeadOf(i => links.GetValueOrDefault((s.DocumentId, i)), s.Ordinal)))
            .Select(g => g.ToList())
            // Most utterances are one statement, whose words are already distinct.
            .Select(g => new PartitionUnit(g[0].DocumentId, g.Min(s => s.Ordinal), g, g.Count == 1 ? g[0].Words : g.SelectMany(m => m.Words).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        units.Sort((a, b) => a.Key.CompareTo(b.Key));
        return units;
    }

    /// <summary>
    /// The statement each statement continues, by (document, index): the statements' own, and those of
    /// their documents' other statements where a split quotation's chain leads outside them.
    /// </summary>
    public static async Task<Dictionary<(int, int), int?>> LinksAsync(DashboardDbContext db, IReadOnlyList<TouchedStatement> statements, CancellationToken cancellationToken)
    {
        var links = statements.ToDictionary(s => (s.DocumentId, s.Ordinal), s => s.ContinuationOf);
        var outside = statements.Where(s => s.ContinuationOf is { } previous && !links.ContainsKey((s.DocumentId, previous))).Select(s => s.DocumentId).Distinct().ToList();
        if (outside.Count > 0)
        {
            foreach (var row in await db.Statements.Where(s => outside.Contains(s.DocumentId)).Select(s => new { s.DocumentId, s.Ordinal, s.ContinuationOf }).ToListAsync(cancellationToken))
            {
                links[(row.DocumentId, row.Ordinal)] = row.ContinuationOf;
            }
        }

        return links;
    }
}
