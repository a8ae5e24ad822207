using System.Globalization;
using System.Text;
using Dashboard.Data.Analysis;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Analysis;

/// <summary>The stored corpus results (clusters, findings, matrix cells, totals), compared with what a full rebuild of the same statements stores.</summary>
internal static class StoredResults
{
    /// <summary>Rebuilds the results and asserts that they are what was stored before.</summary>
    public static async Task AssertAsRebuiltAsync(TestDatabase database)
    {
        var stored = await TextAsync(database);
        await RebuildAsync(database);
        Assert.Equal(await TextAsync(database), stored);
    }

    /// <summary>A full rebuild, as the app does one when the results are marked out of date (an upgrade, a stopped import).</summary>
    public static async Task RebuildAsync(TestDatabase database)
    {
        await using (var db = await database.OpenAsync())
        {
            db.AppSettings.Add(new AppSetting { Key = "CorpusStale", Value = "1" });
            await db.SaveChangesAsync();
        }

        Assert.True(await database.Get<AnalysisStore>().RebuildCorpusIfStaleAsync());
    }

    /// <summary>Every stored corpus result, written out by statement fingerprints (row ids differ between the two ways).</summary>
    public static async Task<string> TextAsync(TestDatabase database)
    {
        await using var db = await database.OpenAsync();
        var fingerprints = await db.Statements.ToDictionaryAsync(s => s.Id, s => s.Fingerprint);
        string Ids(IEnumerable<int> ids) => string.Join(",", ids.Select(id => fingerprints[id][..8]).Order(StringComparer.Ordinal));
        var text = new StringBuilder();
        foreach (var cluster in (await db.UtteranceClusters.Include(c => c.Members).ToListAsync()).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"cluster {cluster.Id} [{Ids(cluster.Members.Select(m => m.StatementId))}] {cluster.DiscrepanciesJson}");
        }

        foreach (var finding in (await db.Contradictions.Include(c => c.Statements).ToListAsync()).OrderBy(c => c.Fingerprint, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"finding {finding.Fingerprint} {finding.Actor} {finding.Program} {finding.Kind} {fingerprints[finding.StatementAId][..8]} {fingerprints[finding.StatementBId][..8]} {finding.Strength:F6} {finding.EarlierFrom}-{finding.EarlierTo} {finding.EarlierStance} {finding.LaterFrom}-{finding.LaterTo} {finding.LaterStance} earlier [{Ids(finding.Statements.Where(s => !s.Later).Select(s => s.StatementId))}] later [{Ids(finding.Statements.Where(s => s.Later).Select(s => s.StatementId))}] {finding.Explanation}");
        }

        foreach (var cell in (await db.MatrixCells.ToListAsync()).OrderBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Program, StringComparer.Ordinal))
        {
            var ids = System.Text.Json.JsonSerializer.Deserialize<List<int>>(cell.StatementIdsJson)!;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"cell {cell.Actor} {cell.Program} {cell.Statements} {cell.Mean} {cell.Latest} {cell.Previous} {cell.LatestConditional} {cell.AnyConditional} {(cell.StrongestStatementId is { } strongest ? fingerprints[strongest][..8] : "-")} [{Ids(ids)}]");
        }

        text.AppendLine(await db.AppSettings.Where(s => s.Key == "CorpusTotals").Select(s => s.Value).SingleAsync());
        return text.ToString();
    }
}
