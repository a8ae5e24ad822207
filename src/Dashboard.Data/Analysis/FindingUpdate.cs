using Dashboard.Core.Analysis.Corpus;
using Dashboard.Core.Analysis.Stance;
using Microsoft.EntityFrameworkCore;
using CoreFinding = Dashboard.Core.Analysis.Corpus.Contradiction;
using StoredContradiction = Dashboard.Data.Entities.Contradiction;

namespace Dashboard.Data.Analysis;

/// <summary>
/// The findings of some (actor, program) groups, found again from their statements and the stored
/// clusters (decision 028): a group's findings depend on its own statements and on the clusters they
/// are in, nothing else. Also the one way a finding becomes a row, for the rebuild too.
/// </summary>
internal static class FindingUpdate
{
    /// <summary>A new finding with its statements' fingerprints, for <see cref="FollowedItems"/>.</summary>
    public sealed record Written(string Key, string Program, double Strength, HashSet<string> Statements);

    public static async Task<List<Written>> ApplyAsync(DashboardDbContext db, IReadOnlySet<(string Actor, string Program)> groups, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return [];
        }

        var readStage = Diagnostics.Stages.Start("corpus.update.findings.read");
        var actors = groups.Select(g => g.Actor).Distinct().ToList();
        var programs = groups.Select(g => g.Program).Distinct().ToList();
        var stances = await db.StatementStances.AsNoTracking()
            .Where(st => programs.Contains(st.Program) && st.Statement!.Actor != null && actors.Contains(st.Statement.Actor))
            .Select(st => new { st.StatementId, st.Program, st.Statement!.Actor, st.Statement.DocumentId })
            .ToListAsync(cancellationToken);
        var statements = stances.Where(s => groups.Contains((s.Actor!, s.Program))).ToList();
        var statementIds = statements.Select(s => s.StatementId).Distinct().ToList();
        var clusterIds = db.ClusterMembers.Where(m => EF.Parameter(statementIds).Contains(m.StatementId)).Select(m => m.ClusterId);
        var members = await db.ClusterMembers.AsNoTracking().Where(m => clusterIds.Contains(m.ClusterId))
            .Join(db.Statements, m => m.StatementId, s => s.Id, (m, s) => new { m.ClusterId, m.StatementId, s.DocumentId }).ToListAsync(cancellationToken);
        // The groups' statements and their clusters' members, not their documents' other statements.
        var rows = await CorpusRows.LoadStatementsAsync(db, [.. statements.Select(s => s.DocumentId).Concat(members.Select(m => m.DocumentId))],
            [.. statementIds.Concat(members.Select(m => m.StatementId))], cancellationToken);
        var clusters = members.GroupBy(m => m.ClusterId, StringComparer.Ordinal)
            .Select(g => new UtteranceCluster(g.Key, rows.InOrder(g.Select(m => m.StatementId)), []))
            .ToList();
        readStage?.Dispose();
        List<CoreFinding> found;
        using (Diagnostics.Stages.Start("corpus.update.findings.find"))
        {
            found = [.. ContradictionFinder.Find(rows.InOrder(statementIds), clusters).Where(f => groups.Contains((f.Actor, f.Program)))];
        }

        using var writeStage = Diagnostics.Stages.Start("corpus.update.findings.write");
        var old = (await db.Contradictions.Where(c => actors.Contains(c.Actor) && programs.Contains(c.Program)).Select(c => new { c.Id, c.Actor, c.Program }).ToListAsync(cancellationToken))
            .Where(c => groups.Contains((c.Actor, c.Program))).Select(c => c.Id).ToList();
        await db.FindingStatements.Where(s => EF.Parameter(old).Contains(s.ContradictionId)).ExecuteDeleteAsync(cancellationToken);
        await db.Contradictions.Where(c => EF.Parameter(old).Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        return await WriteAsync(db, found, rows.RowIds, rows.Fingerprints, cancellationToken);
    }

    /// <summary>Writes the findings' rows with their statements (<see cref="RowWriter{T}"/>: a rebuild writes thousands).</summary>
    public static async Task<List<Written>> WriteAsync(DashboardDbContext db, IEnumerable<CoreFinding> findings, IReadOnlyDictionary<string, int> rowIds, IReadOnlyDictionary<string, string> fingerprints, CancellationToken cancellationToken)
    {
        var written = new List<Written>();
        await using var findingRows = new RowWriter<StoredContradiction>(db);
        await using var sideRows = new RowWriter<Entities.FindingStatement>(db);
        foreach (var finding in findings)
        {
            var row = Row(finding, rowIds, fingerprints);
            await findingRows.InsertAsync(row, cancellationToken);
            foreach (var side in row.Statements)
            {
                side.ContradictionId = row.Id;
                await sideRows.InsertAsync(side, cancellationToken);
            }

            written.Add(new Written(row.Fingerprint, finding.Program, finding.Strength, [.. finding.Statements.Select(s => fingerprints[s.Id])]));
        }

        return written;
    }

    /// <summary>A finding as stored: keyed by the kind, program and (the start of) the fingerprints of each side's first-said statement.</summary>
    private static StoredContradiction Row(CoreFinding finding, IReadOnlyDictionary<string, int> rowIds, IReadOnlyDictionary<string, string> fingerprints)
    {
        var row = new StoredContradiction
        {
            Fingerprint = $"{finding.Kind.ToString().ToLowerInvariant()}:{Start(fingerprints[finding.Earlier.Statements[0].Id])}{KeySeparator}{Start(fingerprints[finding.Later.Statements[0].Id])}{KeySeparator}{finding.Program}",
            Actor = finding.Actor,
            Program = finding.Program,
            Kind = finding.Kind.ToString().ToLowerInvariant(),
            StatementAId = rowIds[finding.A.Id],
            StatementBId = rowIds[finding.B.Id],
            Strength = finding.Strength,
            Explanation = finding.Explanation,
            EarlierFrom = finding.Earlier.From?.ToString(),
            EarlierTo = finding.Earlier.To?.ToString(),
            EarlierStance = finding.Earlier.Stance.Name(),
            LaterFrom = finding.Later.From?.ToString(),
            LaterTo = finding.Later.To?.ToString(),
            LaterStance = finding.Later.Stance.Name(),
        };
        row.Statements.AddRange(finding.Earlier.Statements.Select(s => new Entities.FindingStatement { StatementId = rowIds[s.Id] })
            .Concat(finding.Later.Statements.Select(s => new Entities.FindingStatement { StatementId = rowIds[s.Id], Later = true })));
        return row;
    }

    /// <summary>
    /// What a finding's key (<see cref="Row"/>) names: the starts of its two sides' first statements'
    /// fingerprints (whole fingerprints in a pair's key from before findings, which has no kind) and the
    /// program; null for a key of another shape.
    /// </summary>
    public static (string[] Starts, string Program)? ReadKey(string key)
    {
        var parts = key.Split(KeySeparator, 3);
        return parts.Length == 3 ? ([parts[0][(parts[0].IndexOf(':', StringComparison.Ordinal) + 1)..], parts[1]], parts[2]) : null;
    }

    private const char KeySeparator = '~';

    /// <summary>Enough of a fingerprint to tell statements apart, short enough for the key's column.</summary>
    private static string Start(string fingerprint) => fingerprint.Length > 24 ? fingerprint[..24] : fingerprint;
}
