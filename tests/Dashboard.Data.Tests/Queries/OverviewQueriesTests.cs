using System.Text.Json;
using Dashboard.Data.Annotations;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The overview's counts stored at the corpus rebuild against the same counts computed from the statements.</summary>
public sealed class OverviewQueriesTests
{
    private const string Extra = """
        title: ESA and NASA on the Gateway schedule
        outlet: Zeta Wire
        date: 2025-03-04

        PARIS — ESA said on Tuesday it was ready for dialogue on the Lunar Gateway.
        NASA officials said they were committed to Artemis, "whatever the budget".
        """;

    [Fact]
    public async Task A_filtered_overview_counts_the_statements_the_filter_lists()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var outlet = (await database.Get<CorpusQueries>().OverviewAsync(DashboardFilter.None)).Outlets[0].Outlet;
        DashboardFilter[] filters =
        [
            DashboardFilter.None with { Outlets = [outlet] },
            DashboardFilter.None with { From = new DateOnly(2023, 1, 1), To = new DateOnly(2024, 12, 31) },
            DashboardFilter.None with { Actors = ["NASA", "Roscosmos"] },
            DashboardFilter.None with { Text = "station" },
            DashboardFilter.None with { Outlets = ["an outlet nobody has"] },
        ];
        foreach (var filter in filters)
        {
            var overview = await database.Get<CorpusQueries>().OverviewAsync(filter);
            var listed = (await database.Get<StatementQueries>().PageAsync(filter, StatementSort.DateAscending, 1, 500)).Items;
            await using var db = await database.OpenAsync();
            var ids = listed.Select(s => s.Id).ToList();
            var dates = await db.Statements.Where(s => ids.Contains(s.Id) && s.DateSort != null).Select(s => s.DateSort!.Value).ToListAsync();
            var programs = await db.StatementStances.Where(st => ids.Contains(st.StatementId)).Select(st => st.Program).Distinct().CountAsync();
            Assert.Equal(
                (listed.Select(s => s.DocumentId).Distinct().Count(), listed.Count, listed.Where(s => s.Actor != null).Select(s => s.Actor).Distinct().Count(), programs,
                    dates.Count == 0 ? (DateOnly?)null : dates.Min(), dates.Count == 0 ? (DateOnly?)null : dates.Max()),
                (overview.Documents, overview.Statements, overview.Actors, overview.Programs, overview.From, overview.To));
        }
    }

    [Fact]
    public async Task A_database_from_before_the_filters_indexes_keeps_its_statements_and_counts_an_outlet_alike()
    {
        using var database = await TestDatabase.CreateMigratedToAsync("20261207003640_ClustersJoinedInOrder");
        await database.InsertDocumentAsync("old.txt", "The agency said the station would keep flying.");
        var document = await database.ScalarAsync("SELECT Id FROM Documents;");
        await database.ScalarAsync($"UPDATE Documents SET Outlet = 'Old Wire' WHERE Id = {document};");
        await database.ScalarAsync($"INSERT INTO Statements (DocumentId, Ordinal, Fingerprint, Actor, Text, Start, End, Direct, Kind, DateSort) VALUES ({document}, 0, 'old', 'NASA', 'The station would keep flying.', 0, 30, false, 'said', '2024-05-01');");

        await database.Get<DatabaseInitializer>().InitializeAsync();

        var overview = await database.Get<CorpusQueries>().OverviewAsync(DashboardFilter.None with { Outlets = ["Old Wire"] });
        Assert.Equal((1, 1, 1, new DateOnly(2024, 5, 1)), (overview.Documents, overview.Statements, overview.Actors, overview.From!.Value));
    }

    [Fact]
    public async Task Totals_stored_before_the_pairs_were_kept_get_them_at_the_next_change_and_a_setting_may_be_long()
    {
        using var database = await TestDatabase.CreateMigratedToAsync("20261207022134_CoveringIndexesForFilters");
        await database.ScalarAsync("INSERT INTO \"AppSettings\" (\"Key\", \"Value\") VALUES ('Kept', 'as it was');");
        await database.Get<DatabaseInitializer>().InitializeAsync();
        Assert.Equal("as it was", await database.ScalarAsync("SELECT \"Value\" FROM \"AppSettings\" WHERE \"Key\" = 'Kept';"));
        await database.ScalarAsync($"UPDATE \"AppSettings\" SET \"Value\" = '{new string('x', 20_000)}' WHERE \"Key\" = 'Kept';");

        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("extra.txt", Extra)]);
        await using (var db = await database.OpenAsync())
        {
            // As an older version stored them: no pairs.
            var totals = await db.AppSettings.SingleAsync(s => s.Key == "CorpusTotals");
            var json = System.Text.Json.Nodes.JsonNode.Parse(totals.Value)!.AsObject();
            Assert.True(json.Remove("Pairs"));
            totals.Value = json.ToJsonString();
            await db.SaveChangesAsync();
        }

        var statement = (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, 10)).Items.First(s => s.Date is not null && s.Stances.Count > 0);
        Assert.True((await database.Get<AnnotationService>().AddAsync("correction", "statement", statement.Fingerprint, "actor = Zeta Agency", null, "Ana")).Ok);

        var timeline = await database.Get<CorpusQueries>().ReadTimelineAsync(DashboardFilter.None);
        Assert.Contains(timeline.Points, p => p.Actor == "Zeta Agency" && p.StatementId == statement.Id);
        await Dashboard.Data.Tests.Analysis.StoredResults.AssertAsRebuiltAsync(database);
    }

    [Fact]
    public async Task Stored_counts_equal_computed_ones_after_import_correction_deletion_and_purge()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("extra.txt", Extra)]);
        var corpus = database.Get<CorpusQueries>();
        var first = await AssertSameAsync(corpus);
        Assert.Contains(first.Outlets, o => o.Outlet == "Zeta Wire" && o.Documents == 1);

        // A statement of an actor quoted more than once, given to a new actor: one actor more.
        var page = await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, StatementQueries.MaxPageSize);
        var statement = page.Items.Where(s => s.Actor is not null).GroupBy(s => s.Actor).First(g => g.Count() > 1).First();
        var corrected = await database.Get<AnnotationService>().AddAsync("correction", "statement", statement.Fingerprint, "actor = Zeta Agency\nchecked", null, "Ana");
        Assert.True(corrected.Ok, corrected.Error);
        var afterCorrection = await AssertSameAsync(corpus);
        Assert.Equal(first.Actors + 1, afterCorrection.Actors);

        var deletion = database.Get<DeletedDocuments>();
        Assert.True(await deletion.DeleteAsync(statement.DocumentId, "Ana"));
        var afterDeletion = await AssertSameAsync(corpus);
        Assert.Equal(first.Documents - 1, afterDeletion.Documents);
        Assert.True(await deletion.PurgeAsync(statement.DocumentId, "Ana"));
        await AssertSameAsync(corpus);
    }

    [Fact]
    public async Task While_the_corpus_is_out_of_date_the_counts_are_computed_and_include_the_new_documents()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();
        var before = await corpus.OverviewAsync(DashboardFilter.None);

        // An import in progress: its batches mark the corpus out of date instead of rebuilding it.
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("extra.txt", Extra)], updateCorpus: false);

        var during = await corpus.OverviewAsync(DashboardFilter.None);
        Assert.Equal(before.Documents + 1, during.Documents);
        Assert.True(during.Statements > before.Statements);
        Assert.Equal(Describe(await corpus.ComputeOverviewAsync(DashboardFilter.None)), Describe(during));
    }

    [Fact]
    public async Task A_database_from_before_the_stored_counts_gets_them_at_the_next_start_without_a_rebuild()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        await using (var db = await database.OpenAsync())
        {
            Assert.Equal(1, await db.AppSettings.Where(s => s.Key == "CorpusTotals").ExecuteDeleteAsync());
        }

        var corpus = database.Get<CorpusQueries>();
        var computed = Describe(await corpus.ComputeOverviewAsync(DashboardFilter.None));
        Assert.Equal(computed, Describe(await corpus.OverviewAsync(DashboardFilter.None))); // counted, while none are stored

        Assert.False(await database.Get<Dashboard.Data.Analysis.AnalysisStore>().RebuildCorpusIfStaleAsync()); // what a start runs: no rebuild

        await using (var db = await database.OpenAsync())
        {
            Assert.True(await db.AppSettings.AnyAsync(s => s.Key == "CorpusTotals"));
        }

        Assert.Equal(computed, Describe(await corpus.OverviewAsync(DashboardFilter.None)));
    }

    private static async Task<OverviewFigures> AssertSameAsync(CorpusQueries corpus)
    {
        var overview = await corpus.OverviewAsync(DashboardFilter.None);
        Assert.True(overview.Documents > 0 && overview.Statements > 0 && overview.Outlets.Count > 0);
        Assert.Equal(Describe(await corpus.ComputeOverviewAsync(DashboardFilter.None)), Describe(overview));
        return overview;
    }

    private static string Describe(OverviewFigures overview) => JsonSerializer.Serialize(overview);
}
