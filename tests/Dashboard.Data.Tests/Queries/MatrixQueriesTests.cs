using Dashboard.Data.Annotations;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The stored (pre-aggregated) matrix cells against the matrix computed from the statements.</summary>
public sealed class MatrixQueriesTests
{
    private const string Extra = """
        title: Roscosmos warms to the Gateway, then cools
        outlet: Orbital Ledger
        date: 2024-02-01

        MOSCOW — Roscosmos said on Thursday it was ready for dialogue on the Lunar Gateway.
        "We are not interested in the Gateway as it stands," Yuri Borisov said later the same day.
        """;


    [Fact]
    public async Task Stored_cells_equal_computed_ones_after_import_correction_deletion_and_purge()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("extra.txt", Extra)]);
        await AssertSameAsync(database);

        var matrix = await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None);
        var cell = matrix.Cells.Values.OrderByDescending(c => c.Count).First();
        var statement = (await database.Get<StatementQueries>().ByIdsAsync([cell.StatementIds[0]])).Single();
        var corrected = await database.Get<AnnotationService>().AddAsync("correction", "statement", statement.Fingerprint, $"stance {cell.Program} = refusing\nchecked", null, "Ana");
        Assert.True(corrected.Ok, corrected.Error);
        await AssertSameAsync(database);

        var deletion = database.Get<DeletedDocuments>();
        Assert.True(await deletion.DeleteAsync(statement.DocumentId, "Ana"));
        await AssertSameAsync(database);
        Assert.True(await deletion.PurgeAsync(statement.DocumentId, "Ana"));
        await AssertSameAsync(database);
    }

    [Fact]
    public async Task While_the_corpus_is_out_of_date_the_matrix_is_computed_and_includes_the_new_statements()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var before = await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None);

        // An import in progress: its batches mark the corpus out of date instead of rebuilding it.
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("extra.txt", Extra)], updateCorpus: false);

        var during = await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None);
        Assert.Equal(Describe(await database.Get<MatrixQueries>().ComputeAsync(DashboardFilter.None)), Describe(during));
        Assert.True(during.Cells.Values.Sum(c => c.Count) > before.Cells.Values.Sum(c => c.Count));
    }

    private static async Task AssertSameAsync(TestDatabase database)
    {
        var matrix = database.Get<MatrixQueries>();
        var all = await matrix.ComputeAsync(DashboardFilter.None);
        Assert.NotEmpty(all.Cells);
        var actor = all.Actors[0];
        var program = all.Programs[^1];
        foreach (var filter in new[]
        {
            DashboardFilter.None,
            DashboardFilter.None with { Actors = [actor] },
            DashboardFilter.None with { Programs = [program] },
            DashboardFilter.None with { Actors = [actor], Programs = [program] },
            DashboardFilter.None with { Actors = all.Actors.Take(2).ToList() },
            DashboardFilter.None with { Actors = ["No such agency"] },
        })
        {
            var view = await matrix.GetAsync(filter);
            Assert.Equal(Describe(await matrix.ComputeAsync(filter)), Describe(view));

            // One cell read alone (what the page does when a cell is opened) is the same cell.
            foreach (var (key, cell) in view.Cells.Take(3))
            {
                var alone = await matrix.CellAsync(filter, key.Actor, key.Program);
                Assert.NotNull(alone);
                Assert.Equal(cell.StatementIds, alone.StatementIds);
                Assert.Equal((cell.Count, cell.Mean, cell.LatestLabel, cell.StrongestStatementId), (alone.Count, alone.Mean, alone.LatestLabel, alone.StrongestStatementId));
            }
        }

        Assert.All((await matrix.GetAsync(DashboardFilter.None)).WithoutEvidence().Cells.Values, c =>
        {
            Assert.Empty(c.StatementIds);
            Assert.Null(c.StrongestQuote);
        });
    }

    /// <summary>Everything a cell shows, in order, as text (the records hold lists, compared by reference).</summary>
    private static string Describe(MatrixView view) =>
        string.Join('\n', view.Cells.OrderBy(c => c.Key.Actor, StringComparer.Ordinal).ThenBy(c => c.Key.Program, StringComparer.Ordinal).Select(c =>
            $"{c.Key} {c.Value.Count} {c.Value.Mean} {c.Value.MeanLabel} {c.Value.LatestLabel} {c.Value.PreviousLabel} {c.Value.Trend} {c.Value.LatestConditional} {c.Value.AnyConditional} {c.Value.StrongestStatementId} {c.Value.StrongestQuote} [{string.Join(',', c.Value.StatementIds)}]"))
        + $"\nactors {string.Join(',', view.Actors)}; programs {string.Join(',', view.Programs)}; others {view.OtherActorStatements}";
}
