using Dashboard.Core.Analysis.Corpus;
using CoreCluster = Dashboard.Core.Analysis.Corpus.UtteranceCluster;

namespace Dashboard.Data.Analysis;

/// <summary>An utterance of a partition by where it starts: its document's row and its first statement's ordinal.</summary>
internal readonly record struct UnitKey(int Document, int First) : IComparable<UnitKey>
{
    public int CompareTo(UnitKey other) => Document != other.Document ? Document.CompareTo(other.Document) : First.CompareTo(other.First);
}

/// <summary>
/// What clustering one partition found, kept with its statements (<see cref="PartitionCache"/>) so that
/// an update judges only the pairs of the utterances that changed (decision 033): every utterance's
/// facts, the pairs judged to possibly join, and the clusters they gave, as statement rows.
/// </summary>
internal sealed class PartitionJoins
{
    private readonly Dictionary<UnitKey, UtteranceFacts> facts;
    private readonly List<(UnitKey A, UnitKey B, JoinKind Kind)> joins;
    private readonly Dictionary<string, int[]> clusters;

    private PartitionJoins(Dictionary<UnitKey, UtteranceFacts> facts, List<(UnitKey A, UnitKey B, JoinKind Kind)> joins, Dictionary<string, int[]> clusters)
    {
        this.facts = facts;
        this.joins = joins;
        this.clusters = clusters;
    }

    public IReadOnlyDictionary<UnitKey, UtteranceFacts> Facts => facts;

    /// <summary>Judged pairs, the earlier utterance first.</summary>
    public IReadOnlyList<(UnitKey A, UnitKey B, JoinKind Kind)> Joins => joins;

    /// <summary>Each cluster's statement rows, in order, by its key (<see cref="KeyOf"/>).</summary>
    public IReadOnlyDictionary<string, int[]> Clusters => clusters;

    /// <summary>What the clusterer reported for one partition, by the rows <paramref name="rows"/> loaded; its clusters come with <see cref="Found"/>.</summary>
    public static PartitionJoins Of(CorpusRows rows, IReadOnlyList<Utterance> units, IReadOnlyList<UtteranceJoin> joins)
    {
        var keys = units.Select(u => rows.KeyOf(u.Members)).ToList();
        return new PartitionJoins(
            units.Index().ToDictionary(u => keys[u.Index], u => u.Item.Facts),
            [.. joins.Select(j => (keys[j.First], keys[j.Second], j.Kind))],
            new Dictionary<string, int[]>(StringComparer.Ordinal));
    }

    /// <summary>
    /// The partition after some documents changed: their utterances' facts and pairs replaced by
    /// <paramref name="facts"/> and <paramref name="joins"/> (judged again), everything else kept;
    /// the clusters still those from before, until <see cref="Found"/>.
    /// </summary>
    public PartitionJoins With(IReadOnlySet<int> changedDocuments, IReadOnlyDictionary<UnitKey, UtteranceFacts> facts, IEnumerable<(UnitKey A, UnitKey B, JoinKind Kind)> joins)
    {
        var keptFacts = Facts.Where(f => !changedDocuments.Contains(f.Key.Document)).Concat(facts).ToDictionary();
        List<(UnitKey A, UnitKey B, JoinKind Kind)> keptJoins = [.. Joins.Where(j => !changedDocuments.Contains(j.A.Document) && !changedDocuments.Contains(j.B.Document)).Concat(joins)];
        return new PartitionJoins(keptFacts, keptJoins, clusters);
    }

    /// <summary>The same facts and pairs with the clusters they give (<see cref="Resolve"/>), as their statement rows.</summary>
    public PartitionJoins Found(IEnumerable<IEnumerable<int>> found) =>
        new(facts, joins, found.Select(rows => rows.Order().ToArray()).ToDictionary(rows => KeyOf(rows), StringComparer.Ordinal));

    /// <summary>The cluster each of <paramref name="units"/> (in the partition's order) ends in, by its first unit's index.</summary>
    public int[] Resolve(IReadOnlyList<UnitKey> units)
    {
        var index = units.Index().ToDictionary(u => u.Item, u => u.Index);
        var ordered = Joins.Select(j => new UtteranceJoin(index[j.A], index[j.B], j.Kind)).OrderBy(j => j.First).ThenBy(j => j.Second);
        return UtteranceJoins.Resolve([.. units.Select(u => Facts[u])], ordered);
    }

    /// <summary>A cluster by its statement rows, whatever their order.</summary>
    public static string KeyOf(IEnumerable<int> statementRows) => string.Join(',', statementRows.Order());
}

/// <summary>Collects what the clusterer reports of each partition while it clusters a whole corpus (<see cref="UtteranceClusterer.Cluster"/>).</summary>
internal sealed class JudgedPartitions(CorpusRows rows)
{
    // Kept by key at once: the clusterer's utterances (their words) need not outlive their partition.
    private readonly Dictionary<string, PartitionJoins> judged = new(StringComparer.Ordinal);

    public void Add(string partition, IReadOnlyList<Utterance> units, IReadOnlyList<UtteranceJoin> joins) => judged[partition] = PartitionJoins.Of(rows, units, joins);

    /// <summary>What was found in one partition, with the clusters made there.</summary>
    public PartitionJoins? Of(string partition, IEnumerable<CoreCluster> clusters) =>
        judged.TryGetValue(partition, out var found) ? found.Found(clusters.Select(c => c.Members.Select(m => rows.RowIds[m.Id]))) : null;

    /// <summary>Every partition as the cache keeps it: its utterances, as loaded with the rows, and what clustering found (<paramref name="clusters"/>).</summary>
    public Dictionary<string, CachedPartition> WithUtterances(IEnumerable<CoreCluster> clusters)
    {
        var byPartition = clusters.ToLookup(c => UtteranceClusterer.PartitionOf(c.Members[0].Statement), StringComparer.Ordinal);
        var links = rows.Touched.ToDictionary(s => (s.DocumentId, s.Ordinal), s => s.ContinuationOf);
        return rows.Touched.GroupBy(s => s.Partition, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => new CachedPartition(PartitionUnit.Group(g, links), Of(g.Key, byPartition[g.Key])),
            StringComparer.Ordinal);
    }
}
