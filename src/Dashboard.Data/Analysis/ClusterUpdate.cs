using Dashboard.Core.Analysis.Corpus;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using CoreCluster = Dashboard.Core.Analysis.Corpus.UtteranceCluster;

namespace Dashboard.Data.Analysis;

/// <summary>
/// Brings the stored utterance clusters up to date after some documents changed (decision 028): in
/// each partition a changed statement was or is in, the candidate components (<see cref="CandidateGraph"/>)
/// of the changed utterances and of what shared a cluster with them are clustered again; the rest of
/// the partition cannot have changed. Should a word have become common or stopped being so, every
/// link of the partition may have changed, and the whole partition is clustered again.
/// </summary>
internal static class ClusterUpdate
{
    /// <summary>One utterance of one document in a partition, as the clusterer groups statements (a split quotation is one).</summary>
    private sealed record Unit(int Document, int First, List<TouchedStatement> Members, HashSet<string> Words);

    /// <summary>
    /// Rewrites the clusters that changed. Returns the statements of every cluster removed or added, and
    /// of those holding a changed statement; and the added clusters' statement fingerprints, by key.
    /// </summary>
    public static async Task<(HashSet<int> Affected, Dictionary<string, HashSet<string>> Written)> ApplyAsync(DashboardDbContext db, CorpusSnapshot before, CorpusSnapshot after, CancellationToken cancellationToken)
    {
        var recomputed = new List<CoreCluster>();
        var replaced = new HashSet<string>(before.Clusters.Keys, StringComparer.Ordinal);
        var rowIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new Dictionary<int, string>();
        var oldLinks = before.Statements.ToDictionary(s => (s.DocumentId, s.Ordinal), s => s.ContinuationOf);
        var partitions = before.Statements.Concat(after.Statements).Select(s => s.Partition).Distinct(StringComparer.Ordinal);
        var clusteredBefore = before.Clusters.Values.SelectMany(m => m).ToHashSet();
        var version = await PartitionCache.VersionAsync(db, cancellationToken);
        var changedDocuments = before.Documents.Keys.Concat(after.Documents.Keys).ToHashSet();
        var written = new Dictionary<string, IReadOnlyList<TouchedStatement>>(StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            var partitionStage = Diagnostics.Stages.Start("corpus.update.clusters.partition");
            // The partition as this process last saw it, with the changed documents' statements as they are now; else read.
            IReadOnlyList<TouchedStatement> statements = PartitionCache.Get(db, partition, version) is { } cached
                ? [.. cached.Where(s => !changedDocuments.Contains(s.DocumentId)).Concat(after.Statements.Where(s => s.Partition == partition))]
                : await StatementsAsync(db, partition, cancellationToken);
            written[partition] = statements;
            var units = Group(statements, await ContinuationsAsync(db, statements, cancellationToken));
            var graph = new CandidateGraph([.. units.Select(u => new CandidateUnit(u.Document, u.Words))]);
            var seeds = CommonnessChanged(graph, Group(before.Statements.Where(s => s.Partition == partition), oldLinks), units.Where(u => changedDocuments.Contains(u.Document)))
                ? Enumerable.Range(0, units.Count)
                : Enumerable.Range(0, units.Count).Where(i => changedDocuments.Contains(units[i].Document) || units[i].Members.Any(m => clusteredBefore.Contains(m.Id)));
            var component = graph.ComponentsOf(seeds).Select(i => units[i]).ToList();
            partitionStage?.Dispose();
            if (component.Count == 0)
            {
                continue;
            }

            using var reclusterStage = Diagnostics.Stages.Start("corpus.update.clusters.recluster");
            var statementIds = component.SelectMany(u => u.Members).Select(m => m.Id).ToList();
            var rows = await CorpusRows.LoadAsync(db, [.. component.Select(u => u.Document)], cancellationToken);
            foreach (var cluster in UtteranceClusterer.Cluster(rows.InOrder(statementIds), rows.TextOf, (_, word) => graph.IsCommon(word)))
            {
                recomputed.Add(cluster);
                foreach (var member in cluster.Members)
                {
                    rowIds[member.Id] = rows.RowIds[member.Id];
                    fingerprints[rows.RowIds[member.Id]] = rows.Fingerprints[member.Id];
                }
            }

            replaced.UnionWith(await db.ClusterMembers.Where(m => statementIds.Contains(m.StatementId)).Select(m => m.ClusterId).Distinct().ToListAsync(cancellationToken));
        }

        await PartitionCache.AdvanceAsync(db, version, written, cancellationToken);
        var (affected, added) = await WriteAsync(db, replaced, recomputed, rowIds, after, cancellationToken);
        return (affected, added.ToDictionary(c => c.Key, c => c.Value.Select(id => fingerprints[id]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>Replaces the old clusters by the new ones where they differ (members or discrepancies).</summary>
    private static async Task<(HashSet<int> Affected, Dictionary<string, HashSet<int>> Added)> WriteAsync(DashboardDbContext db, HashSet<string> replaced, List<CoreCluster> recomputed, Dictionary<string, int> rowIds, CorpusSnapshot after, CancellationToken cancellationToken)
    {
        var ids = replaced.ToList();
        var oldMembers = (await db.ClusterMembers.AsNoTracking().Where(m => ids.Contains(m.ClusterId)).Select(m => new { m.ClusterId, m.StatementId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.ClusterId, m => m.StatementId, StringComparer.Ordinal);
        var oldDiscrepancies = await db.UtteranceClusters.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DiscrepanciesJson, StringComparer.Ordinal, cancellationToken);
        var fresh = recomputed.ToDictionary(c => c.Id, c => (Members: c.Members.Select(m => rowIds[m.Id]).ToHashSet(), Discrepancies: StoredAnalysis.Serialize(c.Discrepancies)), StringComparer.Ordinal);
        bool Same(string id) => oldDiscrepancies.TryGetValue(id, out var json) && fresh.TryGetValue(id, out var now)
            && json == now.Discrepancies && now.Members.SetEquals(oldMembers[id]);

        var gone = ids.Where(id => oldDiscrepancies.ContainsKey(id) && !Same(id)).ToList();
        var added = fresh.Keys.Where(id => !Same(id)).ToList();
        await db.ClusterMembers.Where(m => gone.Contains(m.ClusterId)).ExecuteDeleteAsync(cancellationToken);
        // Gone too: a cluster whose statements all went with their documents, which left its row.
        await db.UtteranceClusters.Where(c => gone.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        await InsertAsync(db, added.Select(id => Row(id, fresh[id].Discrepancies, fresh[id].Members)), cancellationToken);
        var changed = after.Statements.Select(s => s.Id).ToHashSet();
        var affected = gone.SelectMany(id => oldMembers[id]).Concat(added.SelectMany(id => fresh[id].Members)).ToHashSet();
        affected.UnionWith(fresh.Values.Where(c => c.Members.Overlaps(changed)).SelectMany(c => c.Members));
        return (affected, added.ToDictionary(id => id, id => fresh[id].Members, StringComparer.Ordinal));
    }

    /// <summary>A cluster as stored, with its members' statement rows.</summary>
    public static Entities.UtteranceCluster Row(string id, string discrepancies, IEnumerable<int> statementIds)
    {
        var entity = new Entities.UtteranceCluster { Id = id, DiscrepanciesJson = discrepancies };
        entity.Members.AddRange(statementIds.Select(s => new ClusterMember { ClusterId = id, StatementId = s }));
        return entity;
    }

    /// <summary>Writes clusters with their members (<see cref="RowWriter{T}"/>: a rebuild writes thousands).</summary>
    public static async Task InsertAsync(DashboardDbContext db, IEnumerable<Entities.UtteranceCluster> clusters, CancellationToken cancellationToken)
    {
        await using var clusterRows = new RowWriter<Entities.UtteranceCluster>(db);
        await using var memberRows = new RowWriter<ClusterMember>(db);
        foreach (var cluster in clusters)
        {
            await clusterRows.InsertAsync(cluster, cancellationToken);
            foreach (var member in cluster.Members)
            {
                await memberRows.InsertAsync(member, cancellationToken);
            }
        }
    }

    /// <summary>The partition's statements now, read from the database.</summary>
    private static async Task<List<TouchedStatement>> StatementsAsync(DashboardDbContext db, string partition, CancellationToken cancellationToken)
    {
        IQueryable<Statement> query;
        if (partition.Length > 0)
        {
            query = db.Statements.Where(s => s.Actor == partition);
        }
        else
        {
            // Words nobody is named for, whatever the actor, and words of no actor.
            var speakers = await db.Statements.Where(s => s.Speaker != null).Select(s => s.Speaker!).Distinct().ToListAsync(cancellationToken);
            var unnamed = speakers.Where(UtteranceClusterer.IsUnnamed).ToList();
            query = db.Statements.Where(s => s.Actor == null || (s.Speaker != null && unnamed.Contains(s.Speaker)));
        }

        return [.. (await CorpusSnapshot.StatementsAsync(db, query, cancellationToken)).Where(s => s.Partition == partition)];
    }

    /// <summary>Statements grouped into utterances, ordered as the clusterer orders them.</summary>
    private static List<Unit> Group(IEnumerable<TouchedStatement> statements, IReadOnlyDictionary<(int, int), int?> links)
    {
        return [.. statements
            .GroupBy(s => (s.DocumentId, Head: UtteranceClusterer.HeadOf(i => links.GetValueOrDefault((s.DocumentId, i)), s.Ordinal)))
            .Select(g => new Unit(g.Key.DocumentId, g.Min(s => s.Ordinal), [.. g], WordsOf(g)))
            .OrderBy(u => u.Document).ThenBy(u => u.First)];
    }

    private static HashSet<string> WordsOf(IEnumerable<TouchedStatement> members) =>
        members.SelectMany(m => m.Words).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The statement each statement continues, by (document, index): the partition's own, and those of
    /// its documents' other statements where a split quotation's chain leads outside the partition.
    /// </summary>
    private static async Task<Dictionary<(int, int), int?>> ContinuationsAsync(DashboardDbContext db, IReadOnlyList<TouchedStatement> statements, CancellationToken cancellationToken)
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

    /// <summary>
    /// Whether some word of a changed utterance is common now and was not before the change, or the
    /// reverse: before, each changed document's old utterances counted instead of its new ones.
    /// </summary>
    private static bool CommonnessChanged(CandidateGraph graph, List<Unit> old, IEnumerable<Unit> now)
    {
        var delta = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in now.SelectMany(u => u.Words))
        {
            delta[word] = delta.GetValueOrDefault(word) - 1;
        }

        foreach (var word in old.SelectMany(u => u.Words))
        {
            delta[word] = delta.GetValueOrDefault(word) + 1;
        }

        return delta.Any(d => d.Value != 0 && CandidateGraph.IsCommon(graph.Count(d.Key)) != CandidateGraph.IsCommon(graph.Count(d.Key) + d.Value));
    }
}
