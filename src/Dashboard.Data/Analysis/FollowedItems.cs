using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Analysis;

/// <summary>
/// Keeps human work on derived items across a corpus rebuild (decision 026). Pins, notes and
/// verdicts refer to an utterance cluster or a finding by its key; a rebuild can change the key
/// when the item gains an earlier statement, merges or splits. Before the rebuild this records which
/// statements each annotated or pinned item held; after it, every key that no longer exists moves
/// to the new item (of the same program, for findings) sharing the most statements with the old one.
/// A contradiction pinned or judged before findings existed ("statement~statement~program") moves
/// to the finding holding its two statements. What shares nothing stays where it is, and is listed
/// as no longer in the corpus, like other annotations; so does a verdict, tag or slide the new item
/// already has one of (decision 027: one of each per item).
/// </summary>
internal sealed class FollowedItems
{
    // What a context captured, until its rebuild moved the keys: the paths that replace statements
    // clear the derived rows first (their keys point at statements), so the capture happens there.
    private static readonly ConditionalWeakTable<DashboardDbContext, FollowedItems> Captured = [];

    private readonly Dictionary<(string Type, string Key), Item> before = [];

    /// <summary>Whether any annotation or slide referred to a cluster or finding when captured: without one, nothing can move.</summary>
    private bool anyFollowed;

    private sealed record Item(string? Program, HashSet<string> Statements);

    private FollowedItems()
    {
    }

    /// <summary>
    /// The annotated or pinned clusters and findings as they are now, before the derived rows are
    /// cleared; the same capture when this context made one already and has not rebuilt since.
    /// </summary>
    public static async Task<FollowedItems> CaptureAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        if (Captured.TryGetValue(db, out var earlier))
        {
            return earlier;
        }

        var followed = new FollowedItems();
        Captured.AddOrUpdate(db, followed);
        var targets = await TargetsAsync(db, cancellationToken);
        followed.anyFollowed = targets.Count > 0;
        if (targets.Count == 0)
        {
            return followed;
        }

        var clusterKeys = targets.Where(t => t.Type == "cluster").Select(t => t.Key).ToList();
        var clusterRows = await db.ClusterMembers.Where(m => clusterKeys.Contains(m.ClusterId))
            .Join(db.Statements, m => m.StatementId, s => s.Id, (m, s) => new { m.ClusterId, s.Fingerprint })
            .ToListAsync(cancellationToken);
        foreach (var cluster in clusterRows.GroupBy(r => r.ClusterId))
        {
            followed.before[("cluster", cluster.Key)] = new Item(null, [.. cluster.Select(r => r.Fingerprint)]);
        }

        var findingKeys = targets.Where(t => t.Type == "contradiction").Select(t => t.Key).ToList();
        var findings = await db.Contradictions.Where(c => findingKeys.Contains(c.Fingerprint))
            .Select(c => new { c.Id, c.Fingerprint, c.Program, c.StatementAId, c.StatementBId }).ToListAsync(cancellationToken);
        var findingIds = findings.Select(f => f.Id).ToList();
        var sides = await db.FindingStatements.Where(m => findingIds.Contains(m.ContradictionId)).Select(m => new { m.ContradictionId, m.StatementId }).ToListAsync(cancellationToken);
        var statementIds = findings.SelectMany(f => new[] { f.StatementAId, f.StatementBId }).Concat(sides.Select(s => s.StatementId)).Distinct().ToList();
        // Projected, never tracked: the caller is about to replace these statements.
        var fingerprints = await db.Statements.Where(s => statementIds.Contains(s.Id)).Select(s => new { s.Id, s.Fingerprint }).ToDictionaryAsync(s => s.Id, s => s.Fingerprint, cancellationToken);
        var sidesOf = sides.ToLookup(s => s.ContradictionId, s => s.StatementId);
        foreach (var finding in findings)
        {
            var ids = sidesOf[finding.Id].Append(finding.StatementAId).Append(finding.StatementBId);
            followed.before[("contradiction", finding.Fingerprint)] = new Item(finding.Program, [.. ids.Where(fingerprints.ContainsKey).Select(id => fingerprints[id])]);
        }

        return followed;
    }

    /// <summary>
    /// Moves the keys of items the rebuild or update re-keyed; <paramref name="newClusters"/> and <paramref name="newFindings"/>
    /// give the statement fingerprints of the items it wrote, by key (after an update only the items it
    /// rewrote: an item that lost its key shared its statements with those alone), asked for only when
    /// something is followed (on a large corpus they are a set per cluster and finding, for nothing when
    /// no one pinned or noted one).
    /// </summary>
    public async Task<int> MoveAsync(DashboardDbContext db, Func<IReadOnlyDictionary<string, HashSet<string>>> newClusters,
        Func<IReadOnlyDictionary<string, (string Program, double Strength, HashSet<string> Statements)>> newFindings, CancellationToken cancellationToken)
    {
        Captured.Remove(db);
        if (!anyFollowed)
        {
            return 0;
        }

        var clusters = newClusters();
        var findings = newFindings();
        var targets = await TargetsAsync(db, cancellationToken);
        var clusterKeys = targets.Where(t => t.Type == "cluster").Select(t => t.Key).ToList();
        var findingKeys = targets.Where(t => t.Type == "contradiction").Select(t => t.Key).ToList();
        var live = (await db.UtteranceClusters.Where(c => clusterKeys.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).Select(k => ("cluster", k))
            .Concat((await db.Contradictions.Where(c => findingKeys.Contains(c.Fingerprint)).Select(c => c.Fingerprint).ToListAsync(cancellationToken)).Select(k => ("contradiction", k)))
            .ToHashSet();
        var moved = 0;
        foreach (var (type, key) in targets)
        {
            var old = live.Contains((type, key)) ? null : Before(type, key);
            var target = old is null ? null
                : type == "cluster" ? Best(old.Statements, clusters.Select(c => (c.Key, 0.0, c.Value)))
                : Best(old.Statements, findings.Where(f => old.Program is null || f.Value.Program == old.Program).Select(f => (f.Key, f.Value.Strength, f.Value.Statements)));
            if (target is null)
            {
                continue;
            }

            // The new item may have its own verdict, the same tag or a slide already (two old items became one): those
            // of the old one stay where they are, listed as no longer in the corpus, rather than make a second one.
            moved += await db.Annotations
                .Where(a => a.TargetType == type && a.TargetKey == key)
                .Where(a => !(a.Kind == "verdict" && !a.Deleted && db.Annotations.Any(b => b.Kind == "verdict" && !b.Deleted && b.TargetType == type && b.TargetKey == target)))
                .Where(a => !(a.Kind == "tag" && !a.Deleted && db.Annotations.Any(b => b.Kind == "tag" && !b.Deleted && b.TargetType == type && b.TargetKey == target && b.Body == a.Body)))
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.TargetKey, target), cancellationToken);
            moved += await db.Slides
                .Where(s => s.TargetType == type && s.TargetKey == key)
                .Where(s => s.RemovedAt != null || !db.Slides.Any(b => b.DeckId == s.DeckId && b.RemovedAt == null && b.TargetType == type && b.TargetKey == target))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.TargetKey, target), cancellationToken);
        }

        return moved;
    }

    /// <summary>
    /// Where something added on a finding's key belongs when the key is not live: the finding of the same
    /// program holding most of the statements the key names (a view shown before a change merged or
    /// re-keyed it; the key names each side's first statement). Null when the key is live or nothing holds
    /// them. Asked under the corpus lock, so that no update moves keys between the look and the save.
    /// </summary>
    public static async Task<string?> SuccessorAsync(DashboardDbContext db, string type, string key, CancellationToken cancellationToken)
    {
        if (type != "contradiction" || FindingUpdate.ReadKey(key) is not { } named || await db.Contradictions.AnyAsync(c => c.Fingerprint == key, cancellationToken))
        {
            return null;
        }

        var program = named.Program;
        var statements = new List<int>();
        foreach (var start in named.Starts.Where(s => s.Length >= 16).Distinct()) // too short a start would name statements by chance
        {
            statements.AddRange(await db.Statements.Where(s => s.Fingerprint.StartsWith(start)).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        var holding = await db.FindingStatements.Where(m => statements.Contains(m.StatementId))
            .Join(db.Contradictions.Where(c => c.Program == program), m => m.ContradictionId, c => c.Id, (m, c) => new { c.Fingerprint, c.Strength })
            .ToListAsync(cancellationToken);
        return holding.GroupBy(h => h.Fingerprint)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.First().Strength).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>The item as captured, or for a pair from before findings its two statements and program.</summary>
    private Item? Before(string type, string key)
    {
        if (before.TryGetValue((type, key), out var item))
        {
            return item;
        }

        var parts = key.Split('~', 3);
        return type == "contradiction" && parts.Length == 3 && !parts[0].Contains(':', StringComparison.Ordinal) ? new Item(parts[2], [parts[0], parts[1]]) : null;
    }

    private static string? Best(HashSet<string>? old, IEnumerable<(string Key, double Strength, HashSet<string> Statements)> candidates)
    {
        if (old is null || old.Count == 0)
        {
            return null;
        }

        var best = candidates.Select(c => (c.Key, c.Strength, Shared: c.Statements.Count(old.Contains)))
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared).ThenByDescending(c => c.Strength).ThenBy(c => c.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key;
    }

    /// <summary>Every cluster and finding key some annotation or slide refers to.</summary>
    private static async Task<List<(string Type, string Key)>> TargetsAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        string[] types = ["cluster", "contradiction"];
        var annotated = await db.Annotations.Where(a => types.Contains(a.TargetType)).Select(a => new { Type = a.TargetType, Key = a.TargetKey }).Distinct().ToListAsync(cancellationToken);
        var pinned = await db.Slides.Where(s => types.Contains(s.TargetType)).Select(s => new { Type = s.TargetType, Key = s.TargetKey }).Distinct().ToListAsync(cancellationToken);
        return [.. annotated.Concat(pinned).Select(t => (t.Type, t.Key)).Distinct()];
    }
}
