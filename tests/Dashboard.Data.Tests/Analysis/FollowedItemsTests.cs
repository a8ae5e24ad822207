using Dashboard.Data.Analysis;
using Dashboard.Data.Annotations;
using Dashboard.Data.Briefing;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Data.Tests.Analysis.GatewayReports;

namespace Dashboard.Data.Tests.Analysis;

/// <summary>Pins, notes and verdicts follow a cluster or finding whose key a rebuild changed, and those on the pairs of before findings move to the finding holding the pair.</summary>
public sealed class FollowedItemsTests
{
    private const string LastBeforeFindings = "20261206050520_Briefings";

    [Fact]
    public async Task A_pinned_cluster_and_a_pinned_and_judged_finding_stay_so_when_a_third_outlet_reports_the_words()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        foreach (var (name, text) in new[] { ("tass.txt", Tass), ("interfax.txt", Interfax), ("ria.txt", Ria) })
        {
            await database.InsertDocumentAsync(name, text);
        }

        await database.Get<AnalysisStore>().AnalyzePendingAsync();
        var (cluster, finding) = await SingleClusterAndFindingAsync(database);
        var deck = database.Get<BriefingDeck>();
        Assert.Null(await deck.PinAsync("cluster", cluster, "Borisov's words in two outlets", "Ana"));
        Assert.Null(await deck.PinAsync("contradiction", finding, "Roscosmos turns on the Gateway", "Ana"));
        Assert.True((await database.Get<AnnotationService>().AddAsync("verdict", "contradiction", finding, "", "confirmed", "Ana")).Ok);
        Assert.True((await database.Get<AnnotationService>().AddAsync("note", "cluster", cluster, "Ask TASS for the recording.", null, "Ana")).Ok);

        await database.InsertDocumentAsync("izvestia.txt", Izvestia);
        await database.Get<AnalysisStore>().AnalyzePendingAsync();

        var (grown, followed) = await SingleClusterAndFindingAsync(database);
        Assert.NotEqual(cluster, grown); // the earliest member changed, so did the key …
        Assert.NotEqual(finding, followed);
        Assert.True(await deck.IsPinnedAsync("cluster", grown)); // … and the pins followed
        Assert.True(await deck.IsPinnedAsync("contradiction", followed));
        var annotations = database.Get<AnnotationService>();
        Assert.Equal("confirmed", Assert.Single(await annotations.ForTargetsAsync("contradiction", [followed])).Verdict);
        Assert.Equal("Ask TASS for the recording.", Assert.Single(await annotations.ForTargetsAsync("cluster", [grown])).Body);
        await using var db = await database.OpenAsync();
        Assert.Equal(3, await db.ClusterMembers.CountAsync(m => m.ClusterId == grown));
        Assert.Equal(4, await db.FindingStatements.CountAsync(m => db.Contradictions.Any(c => c.Id == m.ContradictionId && c.Fingerprint == followed)));
    }

    [Fact]
    public async Task A_verdict_on_a_finding_survives_re_analysis_while_its_sides_exist()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        foreach (var (name, text) in new[] { ("tass.txt", Tass), ("ria.txt", Ria) })
        {
            await database.InsertDocumentAsync(name, text);
        }

        await database.Get<AnalysisStore>().AnalyzePendingAsync();
        var (_, finding) = await SingleClusterAndFindingAsync(database, clusters: 0);
        Assert.True((await database.Get<AnnotationService>().AddAsync("verdict", "contradiction", finding, "", "dismissed", "Ben")).Ok);

        await database.Get<AnalysisStore>().ReanalyzeAllAsync();

        Assert.Equal(finding, (await SingleClusterAndFindingAsync(database, clusters: 0)).Finding);
        Assert.Equal("dismissed", Assert.Single(await database.Get<AnnotationService>().ForTargetsAsync("contradiction", [finding])).Verdict);
    }

    [Fact]
    public async Task Verdicts_and_pins_on_a_pair_of_before_findings_move_to_the_finding_holding_the_pair()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        foreach (var (name, text) in new[] { ("tass.txt", Tass), ("interfax.txt", Interfax), ("ria.txt", Ria) })
        {
            await database.InsertDocumentAsync(name, text);
        }

        await database.Get<AnalysisStore>().AnalyzePendingAsync();
        var (_, finding) = await SingleClusterAndFindingAsync(database);
        // As the pair finder stored it: "earlier~later~program", the two statements' fingerprints.
        string pair;
        await using (var db = await database.OpenAsync())
        {
            var row = await db.Contradictions.SingleAsync();
            var fingerprints = await db.Statements.Where(s => s.Id == row.StatementAId || s.Id == row.StatementBId).ToDictionaryAsync(s => s.Id, s => s.Fingerprint);
            pair = $"{fingerprints[row.StatementAId]}~{fingerprints[row.StatementBId]}~{row.Program}";
        }

        Assert.Null(await database.Get<BriefingDeck>().PinAsync("contradiction", pair, "An old pin", "Ana"));
        Assert.True((await database.Get<AnnotationService>().AddAsync("verdict", "contradiction", pair, "", "confirmed", "Ana")).Ok);
        Assert.True((await database.Get<AnnotationService>().AddAsync("note", "contradiction", "00~11~Lunar Gateway", "A pair nobody can place.", null, "Ana")).Ok);

        await database.Get<AnalysisStore>().ReanalyzeAllAsync();

        Assert.True(await database.Get<BriefingDeck>().IsPinnedAsync("contradiction", finding));
        Assert.Equal("confirmed", Assert.Single(await database.Get<AnnotationService>().ForTargetsAsync("contradiction", [finding])).Verdict);
        // What shares no statement stays where it was, listed as no longer in the corpus, never lost.
        Assert.Single(await database.Get<AnnotationService>().ForTargetsAsync("contradiction", ["00~11~Lunar Gateway"]));
    }

    [Fact]
    public async Task Upgrading_a_database_with_pair_contradictions_rebuilds_them_as_findings_at_the_next_start()
    {
        using var database = await TestDatabase.CreateMigratedToAsync(LastBeforeFindings);
        await database.InsertDocumentAsync("old.txt", "Rogozin said Russia was not interested in the Lunar Gateway.");
        await database.ScalarAsync("INSERT INTO Statements (DocumentId, Ordinal, Fingerprint, Text, Start, \"End\", Direct, Kind) SELECT Id, 0, 'f-a', 'Russia was not interested', 13, 38, FALSE, 'said' FROM Documents;");
        await database.ScalarAsync("INSERT INTO Statements (DocumentId, Ordinal, Fingerprint, Text, Start, \"End\", Direct, Kind) SELECT Id, 1, 'f-b', 'in the Lunar Gateway', 39, 59, FALSE, 'said' FROM Documents;");
        await database.ScalarAsync("INSERT INTO Contradictions (Fingerprint, Actor, Program, Kind, StatementAId, StatementBId, Strength, Explanation) SELECT 'f-a~f-b~Lunar Gateway', 'Roscosmos', 'Lunar Gateway', 'conflict', MIN(Id), MAX(Id), 0.5, 'old' FROM Statements;");
        await database.ScalarAsync("INSERT INTO Annotations (Kind, TargetType, TargetKey, Body, Verdict, Author, CreatedAt, UpdatedAt, Version, Deleted) VALUES ('verdict', 'contradiction', 'f-a~f-b~Lunar Gateway', '', 'confirmed', 'Ana', '2026-12-01 10:00:00', '2026-12-01 10:00:00', 1, FALSE);");

        await database.Get<DatabaseInitializer>().InitializeAsync();

        Assert.True(await database.Get<AnalysisStore>().RebuildCorpusIfStaleAsync()); // what the app runs at start
        await using var db = await database.OpenAsync();
        Assert.Empty(await db.Contradictions.ToListAsync()); // the stored statements have no stances: no finding
        Assert.Equal("confirmed", (await db.Annotations.SingleAsync()).Verdict); // the verdict is kept, unplaced
    }

    private static async Task<(string Cluster, string Finding)> SingleClusterAndFindingAsync(TestDatabase database, int clusters = 1)
    {
        await using var db = await database.OpenAsync();
        var clusterIds = await db.UtteranceClusters.Select(c => c.Id).ToListAsync();
        Assert.Equal(clusters, clusterIds.Count);
        var finding = Assert.Single(await db.Contradictions.Select(c => new { c.Fingerprint, c.Kind }).ToListAsync());
        Assert.Equal("reversal", finding.Kind);
        return (clusterIds.FirstOrDefault() ?? "", finding.Fingerprint);
    }
}
