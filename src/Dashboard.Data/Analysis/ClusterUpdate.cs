using Dashboard.Core.Analysis.Corpus;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using CoreCluster = Dashboard.Core.Analysis.Corpus.UtteranceCluster;

namespace Dashboard.Data.Analysis;

/// <summary>
/// Brings the stored utterance clusters up to date after some documents changed. Where this process
/// keeps what clustering a partition found (<see cref="PartitionJoins"/>, decision 033), only the pairs
/// of the changed utterances are judged again and every kept pair is joined again in order. Otherwise
/// (decision 028), the candidate components (<see cref="CandidateGraph"/>) of the changed utterances
/// and of what shared a cluster with them are clustered again; the rest of the partition cannot have
/// changed. Should a word have become common or stopped being so, every link of the partition may
/// have changed, and the whole partition is clustered again.
/// </summary>
internal static class ClusterUpdate
{
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
        var changedStatements = before.Statements.Concat(after.Statements).Select(s => s.Id).ToHashSet();
        var written = new Dictionary<string, CachedPartition>(StringComparer.Ordinal);
        void Take(IEnumerable<CoreCluster> clusters, CorpusRows rows)
        {
            foreach (var cluster in clusters)
            {
                recomputed.Add(cluster);
                foreach (var member in cluster.Members)
                {
                    rowIds[member.Id] = rows.RowIds[member.Id];
                    fingerprints[rows.RowIds[member.Id]] = rows.Fingerprints[member.Id];
                }
            }
        }

        foreach (var partition in partitions)
        {
            var partitionStage = Diagnostics.Stages.Start("corpus.update.clusters.partition");
            // The partition as this process last saw it, with the changed documents' statements as they are now; else read.
            var cached = PartitionCache.Get(db, partition, version);
            List<PartitionUnit> units;
            if (cached is not null)
            {
                List<TouchedStatement> now = [.. after.Statements.Where(s => s.Partition == partition)];
                units = [.. cached.Units.Where(u => !changedDocuments.Contains(u.Document)), .. PartitionUnit.Group(now, await PartitionUnit.LinksAsync(db, now, cancellationToken))];
                units.Sort((a, b) => a.Key.CompareTo(b.Key));
            }
            else
            {
                var statements = await StatementsAsync(db, partition, cancellationToken);
                units = PartitionUnit.Group(statements, await PartitionUnit.LinksAsync(db, statements, cancellationToken));
            }

            var graph = new CandidateGraph([.. units.Select(u => new CandidateUnit(u.Document, u.Words))]);
            var commonnessChanged = CommonnessChanged(graph, PartitionUnit.Group(before.Statements.Where(s => s.Partition == partition), oldLinks), units.Where(u => changedDocuments.Contains(u.Document)));
            partitionStage?.Dispose();
            if (cached?.Joins is { } joins && !commonnessChanged)
            {
                using var stage = Diagnostics.Stages.Start("corpus.update.clusters.rejudge");
                var (clusters, rows, next, statementIds) = await RejudgeAsync(db, joins, units, graph, changedDocuments, changedStatements, cancellationToken);
                Take(clusters, rows);
                written[partition] = new CachedPartition(units, next);
                replaced.UnionWith(await db.ClusterMembers.Where(m => EF.Parameter(statementIds).Contains(m.StatementId)).Select(m => m.ClusterId).Distinct().ToListAsync(cancellationToken));
                continue;
            }

            var seeds = commonnessChanged
                ? Enumerable.Range(0, units.Count)
                : Enumerable.Range(0, units.Count).Where(i => changedDocuments.Contains(units[i].Document) || units[i].Members.Any(m => clusteredBefore.Contains(m.Id)));
            var component = graph.ComponentsOf(seeds).Select(i => units[i]).ToList();
            if (component.Count == 0)
            {
                written[partition] = new CachedPartition(units, null);
                continue;
            }

            using var reclusterStage = Diagnostics.Stages.Start("corpus.update.clusters.recluster");
            var componentStatements = component.SelectMany(u => u.Members).Select(m => m.Id).ToList();
            var componentRows = await CorpusRows.LoadAsync(db, [.. component.Select(u => u.Document)], cancellationToken);
            // Clustering the whole partition again finds all its pairs: kept, later updates judge only what changes.
            JudgedPartitions? judged = component.Count == units.Count ? new JudgedPartitions(componentRows) : null;
            var found = UtteranceClusterer.Cluster(componentRows.InOrder(componentStatements), componentRows.TextOf, (_, word) => graph.IsCommon(word), judged: judged is null ? null : judged.Add, cancellationToken: cancellationToken);
            Take(found, componentRows);
            written[partition] = new CachedPartition(units, judged?.Of(partition, found));
            replaced.UnionWith(await db.ClusterMembers.Where(m => EF.Parameter(componentStatements).Contains(m.StatementId)).Select(m => m.ClusterId).Distinct().ToListAsync(cancellationToken));
        }

        await PartitionCache.AdvanceAsync(db, version, written, cancellationToken);
        var (affected, added) = await WriteAsync(db, replaced, recomputed, rowIds, after, cancellationToken);
        return (affected, added.ToDictionary(c => c.Key, c => c.Value.Select(id => fingerprints[id]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>
    /// Decision 033: the changed utterances' pairs judged again, the kept pairs of everything else, and
    /// all of them joined in order. Returns the clusters that are new or hold a changed statement (with
    /// the rows they were made from), the partition's joins now, and the statements of every cluster
    /// that changed, before or after, whose stored clusters need comparing.
    /// </summary>
    private static async Task<(List<CoreCluster> Clusters, CorpusRows Rows, PartitionJoins Joins, List<int> Statements)> RejudgeAsync(
        DashboardDbContext db, PartitionJoins joins, List<PartitionUnit> units, CandidateGraph graph, HashSet<int> changedDocuments, HashSet<int> changedStatements, CancellationToken cancellationToken)
    {
        var changed = Enumerable.Range(0, units.Count).Where(i => changedDocuments.Contains(units[i].Document)).ToList();
        var changedUnits = changed.ToHashSet();
        var rows = await CorpusRows.LoadAsync(db, [.. changed.Select(i => units[i].Document)], cancellationToken);
        var utterances = new Dictionary<int, Utterance>();
        Utterance Of(int i) => utterances.TryGetValue(i, out var found) ? found : utterances[i] = new Utterance([.. units[i].InOrder.Select(m => rows.Refs[m.Id])]);
        // Only pairs that may join are read and judged: the kept facts and programs rule out most (a large one's candidates run to hundreds).
        var pairs = changed.SelectMany(i => graph.AllCandidates(i)
                .Where(c => !changedUnits.Contains(c.Other) || c.Other > i)
                .Where(c => UtteranceClusterer.MayJoin(Of(i).Facts, Of(i).Programs, changedUnits.Contains(c.Other) ? Of(c.Other).Facts : joins.Facts[units[c.Other].Key], units[c.Other].Programs, c.Shared))
                .Select(c => (First: Math.Min(i, c.Other), Second: Math.Max(i, c.Other), c.Shared)))
            .ToList();
        rows.Add(await CorpusRows.LoadAsync(db, [.. pairs.SelectMany(p => new[] { units[p.First].Document, units[p.Second].Document }).Where(d => !changedDocuments.Contains(d)).Distinct()], cancellationToken));
        var judge = UtteranceClusterer.JudgeWith(rows.TextOf);
        var judged = pairs.Select(p => (A: units[p.First].Key, B: units[p.Second].Key, Kind: judge(Of(p.First), Of(p.Second), p.Shared))).Where(p => p.Kind != JoinKind.None).ToList();
        var keys = units.Select(u => u.Key).ToList();
        var partial = joins.With(changedDocuments, changed.ToDictionary(i => units[i].Key, i => Of(i).Facts), judged);
        var roots = partial.Resolve(keys);
        var sizes = new int[units.Count];
        foreach (var root in roots)
        {
            sizes[root]++;
        }

        // Most utterances stay alone: only groups of two or more can be clusters.
        var clusters = Enumerable.Range(0, units.Count).Where(i => sizes[roots[i]] >= 2).GroupBy(i => roots[i], i => units[i])
            .Where(g => g.Select(u => u.Document).Distinct().Count() >= 2)
            .Select(g => g.SelectMany(u => u.InOrder).ToList())
            .ToList();
        var next = partial.Found(clusters.Select(c => c.Select(m => m.Id)));
        var fresh = clusters.Where(c => !joins.Clusters.ContainsKey(PartitionJoins.KeyOf(c.Select(m => m.Id))) || c.Any(m => changedStatements.Contains(m.Id))).ToList();
        var gone = joins.Clusters.Where(c => !next.Clusters.ContainsKey(c.Key) || c.Value.Any(changedStatements.Contains)).Select(c => c.Value);
        var freshRows = await CorpusRows.LoadAsync(db, [.. fresh.SelectMany(c => c.Select(m => m.DocumentId)).Distinct()], cancellationToken);
        var found = fresh.Select(c => UtteranceClusterer.ClusterOf([.. c.Select(m => freshRows.Refs[m.Id])])).ToList();
        return (found, freshRows, next, [.. gone.SelectMany(c => c).Concat(fresh.SelectMany(c => c.Select(m => m.Id))).Distinct()]);
    }

    /// <summary>Replaces the old clusters by the new ones where they differ (members or discrepancies).</summary>
    private static async Task<(HashSet<int> Affected, Dictionary<string, HashSet<int>> Added)> WriteAsync(DashboardDbContext db, HashSet<string> replaced, List<CoreCluster> recomputed, Dictionary<string, int> rowIds, CorpusSnapshot after, CancellationToken cancellationToken)
    {
        var ids = replaced.ToList();
        var oldMembers = (await db.ClusterMembers.AsNoTracking().Where(m => EF.Parameter(ids).Contains(m.ClusterId)).Select(m => new { m.ClusterId, m.StatementId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.ClusterId, m => m.StatementId, StringComparer.Ordinal);
        var oldDiscrepancies = await db.UtteranceClusters.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DiscrepanciesJson, StringComparer.Ordinal, cancellationToken);
        var fresh = recomputed.ToDictionary(c => c.Id, c => (Members: c.Members.Select(m => rowIds[m.Id]).ToHashSet(), Discrepancies: StoredAnalysis.Serialize(c.Discrepancies)), StringComparer.Ordinal);
        bool Same(string id) => oldDiscrepancies.TryGetValue(id, out var json) && fresh.TryGetValue(id, out var now)
            && json == now.Discrepancies && now.Members.SetEquals(oldMembers[id]);

        var gone = ids.Where(id => oldDiscrepancies.ContainsKey(id) && !Same(id)).ToList();
        var added = fresh.Keys.Where(id => !Same(id)).ToList();
        await db.ClusterMembers.Where(m => EF.Parameter(gone).Contains(m.ClusterId)).ExecuteDeleteAsync(cancellationToken);
        // Gone too: a cluster whose statements all went with their documents, which left its row.
        await db.UtteranceClusters.Where(c => EF.Parameter(gone).Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
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

    /// <summary>
    /// Whether some word of a changed utterance is common now and was not before the change, or the
    /// reverse: before, each changed document's old utterances counted instead of its new ones.
    /// </summary>
    private static bool CommonnessChanged(CandidateGraph graph, List<PartitionUnit> old, IEnumerable<PartitionUnit> now)
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
