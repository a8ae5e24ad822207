using Dashboard.Data.Analysis;
using Dashboard.Data.Annotations;
using Dashboard.Data.Import;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Data.Tests.Analysis.GatewayReports;

namespace Dashboard.Data.Tests.Analysis;

/// <summary>
/// Two changes of the corpus at once, from two instances on one database: a correction during a
/// re-analysis, a deletion during an import, a verdict on a finding an import is merging. On SQLite
/// they queue; on PostgreSQL they race for the corpus lock. Either way nothing is lost, the person
/// is told when the item had changed, and the results are what a full rebuild gives.
/// </summary>
public sealed class ConcurrentChangesTests
{
    private const int Rounds = 4;

    [Fact]
    public async Task Corrections_made_while_a_re_analysis_runs_are_all_in_its_results()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        await ImportAsync(first, ("tass.txt", Tass), ("ria.txt", Ria));
        var labels = new[] { "critical", "supportive", "refusing", "open" };
        var outlets = new[] { "Kommersant", "Vedomosti", "RBC", "Gazeta" };
        for (var round = 0; round < Rounds; round++)
        {
            var (statement, document) = await FirstStatementAsync(first, "Roscosmos");
            var annotations = second.Get<AnnotationService>();
            var reanalysis = first.Get<AnalysisStore>().ReanalyzeAllAsync();
            var corrections = Task.WhenAll(
                annotations.AddAsync("correction", "statement", statement, $"stance Lunar Gateway = {labels[round]}", null, "Ana"),
                annotations.AddAsync("correction", "document", document, $"outlet = {outlets[round]}", null, "Ben"));
            await reanalysis;

            Assert.All(await corrections, r => Assert.True(r.Ok && r.Notice is null, r.Error ?? r.Notice));
            await using var db = await first.OpenAsync();
            var stored = await db.Statements.Include(s => s.Stances).Include(s => s.Document).SingleAsync(s => s.Fingerprint == statement);
            Assert.Equal((labels[round], outlets[round]), (stored.Stances.Single(s => s.Program == "Lunar Gateway").Label, stored.Document!.Outlet));
            await StoredResults.AssertAsRebuiltAsync(first);
        }
    }

    [Fact]
    public async Task A_correction_of_a_statement_a_re_analysis_no_longer_finds_is_kept_and_the_person_told()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await ImportAsync(database, ("tass.txt", Tass));
        var (statement, _) = await FirstStatementAsync(database, "Roscosmos");
        await using (var db = await database.OpenAsync())
        {
            // What a re-analysis does to a statement whose wording it now splits differently: a new key.
            await db.Statements.Where(s => s.Fingerprint == statement).ExecuteUpdateAsync(u => u.SetProperty(s => s.Fingerprint, "replaced"));
        }

        var result = await database.Get<AnnotationService>().AddAsync("correction", "statement", statement, "actor = NASA", null, "Ana");

        Assert.True(result.Ok);
        Assert.Contains("no longer in the analysis", result.Notice, StringComparison.Ordinal);
        Assert.Single(await database.Get<AnnotationService>().ForTargetsAsync("statement", [statement]));
    }

    [Fact]
    public async Task A_document_deleted_while_an_import_stores_its_copy_leaves_the_copy_standing_alone()
    {
        using var first = await TestDatabase.CreateInitializedAsync();
        using var second = first.SecondProcess();
        for (var round = 0; round < Rounds; round++)
        {
            // An outlet's copy of the story with its own page furniture: a near-duplicate, not the same text.
            var story = Tass.Replace("Tuesday", $"Tuesday, day {round}", StringComparison.Ordinal);
            var copy = $"Feed {round} | Home | World\n\n{story}\n\nShare this story with a friend.\n© 2022 Feed {round}";
            var original = Assert.Single(await first.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate($"story-{round}.txt", story)])).DocumentId!.Value;

            var (deleted, imported) = (first.Get<DeletedDocuments>().DeleteAsync(original, "Ana"), second.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate($"copy-{round}.txt", copy)]));
            Assert.True(await deleted);
            var result = Assert.Single(await imported);

            Assert.Contains(result.Outcome, new[] { ImportOutcome.Imported, ImportOutcome.NearDuplicate });
            await using var db = await first.OpenAsync();
            var stored = await db.Documents.SingleAsync(d => d.Id == result.DocumentId);
            Assert.Null(stored.NearDuplicateOf); // its twin is gone, so it is the story now and counts
            Assert.True(await db.Statements.AnyAsync(s => s.DocumentId == stored.Id));
            await StoredResults.AssertAsRebuiltAsync(first);
        }
    }

    [Fact]
    public async Task A_verdict_on_a_finding_an_import_merges_meanwhile_ends_on_the_merged_finding()
    {
        for (var round = 0; round < Rounds; round++)
        {
            using var first = await TestDatabase.CreateInitializedAsync();
            using var second = first.SecondProcess();
            await ImportAsync(first, ("tass.txt", Tass), ("interfax.txt", Interfax), ("ria.txt", Ria));
            var shown = await SingleFindingAsync(first);

            var verdict = second.Get<AnnotationService>().AddAsync("verdict", "contradiction", shown, "", "confirmed", "Ana");
            var import = first.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("izvestia.txt", Izvestia)]);
            var (saved, _) = (await verdict, await import);

            var merged = await SingleFindingAsync(first);
            Assert.NotEqual(shown, merged);
            Assert.True(saved.Ok, saved.Error);
            // Saved before the merge: moved with the finding. After it: put on the merged finding, and the person told.
            Assert.Equal(saved.Notice is null ? shown : merged, saved.Saved!.TargetKey);
            Assert.Equal("confirmed", Assert.Single(await first.Get<AnnotationService>().ForTargetsAsync("contradiction", [merged])).Verdict);
            Assert.Empty(await first.Get<AnnotationService>().ForTargetsAsync("contradiction", [shown]));
            await StoredResults.AssertAsRebuiltAsync(first);
        }
    }

    [Fact]
    public async Task A_verdict_given_from_a_view_opened_before_a_merge_is_moved_and_the_person_told()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await ImportAsync(database, ("tass.txt", Tass), ("interfax.txt", Interfax), ("ria.txt", Ria));
        var shown = await SingleFindingAsync(database);
        await ImportAsync(database, ("izvestia.txt", Izvestia));
        var merged = await SingleFindingAsync(database);

        var result = await database.Get<AnnotationService>().AddAsync("verdict", "contradiction", shown, "", "dismissed", "Ben");

        Assert.Equal(merged, result.Saved?.TargetKey);
        Assert.Contains("merged it with another", result.Notice, StringComparison.Ordinal);
        var again = await database.Get<AnnotationService>().AddAsync("verdict", "contradiction", shown, "", "confirmed", "Ana");
        Assert.Equal("dismissed", again.Conflict?.Current.Verdict); // the merged finding has a verdict now: the second one is a conflict there
    }

    [PostgresFact]
    public async Task A_verdict_given_while_a_long_rebuild_holds_the_results_waits_a_moment_then_says_so()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await ImportAsync(database, ("tass.txt", Tass), ("interfax.txt", Interfax), ("ria.txt", Ria));
        var finding = await SingleFindingAsync(database);
        await using (var rebuild = new Npgsql.NpgsqlConnection(database.ConnectionString))
        {
            // What a re-analysis or a large import's final rebuild holds for as long as it runs (the corpus lock, "Corp").
            await rebuild.OpenAsync();
            await using var holding = await rebuild.BeginTransactionAsync();
            await using (var take = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(1131377264)", rebuild, holding))
            {
                await take.ExecuteNonQueryAsync();
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var refused = await database.Get<AnnotationService>().AddAsync("verdict", "contradiction", finding, "", "confirmed", "Ana");

            Assert.Contains("being brought up to date", refused.Error, StringComparison.Ordinal);
            Assert.InRange(clock.Elapsed.TotalSeconds, 4, 20);
        }

        Assert.True((await database.Get<AnnotationService>().AddAsync("verdict", "contradiction", finding, "", "confirmed", "Ana")).Ok);
    }

    private static async Task ImportAsync(TestDatabase database, params (string Name, string Text)[] files) =>
        Assert.All(await database.Get<DocumentImporter>().ImportBatchAsync([.. files.Select(f => new ImportCandidate(f.Name, f.Text))]),
            r => Assert.Equal(ImportOutcome.Imported, r.Outcome));

    private static async Task<(string Statement, string Document)> FirstStatementAsync(TestDatabase database, string actor)
    {
        await using var db = await database.OpenAsync();
        var statement = await db.Statements.Include(s => s.Document).Where(s => s.Actor == actor && s.Stances.Any(st => st.Program == "Lunar Gateway"))
            .OrderBy(s => s.DocumentId).ThenBy(s => s.Ordinal).FirstAsync();
        return (statement.Fingerprint, statement.Document!.ContentHash);
    }

    private static async Task<string> SingleFindingAsync(TestDatabase database)
    {
        await using var db = await database.OpenAsync();
        return await db.Contradictions.Select(c => c.Fingerprint).SingleAsync();
    }
}
