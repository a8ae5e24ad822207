using Dashboard.Core.Analysis.Metadata;
using Dashboard.Data.Analysis;
using Dashboard.Data.Annotations;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Corrections;

/// <summary>Corrections through the annotation service, on a real database with articles the analysis never saw in development.</summary>
public sealed class CorrectionWorkflowTests
{
    private const string Earlier = """
        title: ESA keeps its options open on the Gateway
        outlet: Orbital Ledger
        date: 2023-03-02

        PARIS — The European Space Agency remains committed to the Lunar Gateway, its director general said on Thursday.
        "Europe will deliver its modules for the Gateway on time, and we are fully committed to it," Josef Aschbacher said at a press conference.
        """;

    private const string Later = """
        title: ESA chief hints at limits
        outlet: Launch Desk
        date: 2024-06-10

        Josef Aschbacher told reporters in Berlin that Europe would reconsider its role.
        "We will not pay for the Gateway if the budget is cut again," Aschbacher said.
        """;

    [Fact]
    public async Task A_stance_correction_shows_in_the_matrix_and_contradictions_at_once_and_survives_re_analysis()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("esa-1.txt", Earlier), new ImportCandidate("esa-2.txt", Later)]);
        var matrix = database.Get<MatrixQueries>();
        var statement = await FirstStatementOnAsync(database, "ESA", "Lunar Gateway", "committed");
        var before = (await matrix.GetAsync(DashboardFilter.None)).Cells[("ESA", "Lunar Gateway")];

        var result = await database.Get<AnnotationService>().AddAsync(
            "correction", "statement", statement.Fingerprint, "stance Lunar Gateway = refusing\nHe was speaking of the old design.", null, "Ana");

        Assert.True(result.Ok, result.Error);
        var after = (await matrix.GetAsync(DashboardFilter.None)).Cells[("ESA", "Lunar Gateway")];
        Assert.NotEqual(before.Mean, after.Mean);
        var corrected = (await database.Get<StatementQueries>().ByIdsAsync([statement.Id])).Single();
        Assert.Equal("refusing", corrected.Stances.Single(s => s.Program == "Lunar Gateway").Label);
        Assert.Equal(["stance on Lunar Gateway: refusing"], corrected.Corrections);

        await database.Get<AnalysisStore>().ReanalyzeAllAsync();

        var again = (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateAscending, 1, 200)).Items.Single(s => s.Fingerprint == statement.Fingerprint);
        Assert.Equal("refusing", again.Stances.Single(s => s.Program == "Lunar Gateway").Label);
        Assert.Equal(after.Mean, (await matrix.GetAsync(DashboardFilter.None)).Cells[("ESA", "Lunar Gateway")].Mean);
    }

    [Fact]
    public async Task Deleting_a_correction_brings_back_what_the_analysis_said_and_keeps_the_statement_row()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("esa-1.txt", Earlier)]);
        var statement = await FirstStatementOnAsync(database, "ESA", "Lunar Gateway", "committed");
        var service = database.Get<AnnotationService>();

        var correction = (await service.AddAsync("correction", "statement", statement.Fingerprint, "actor = JAXA", null, "Ana")).Saved!;
        Assert.Equal("JAXA", (await database.Get<StatementQueries>().ByIdsAsync([statement.Id])).Single().Actor);
        Assert.True((await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None)).Cells.ContainsKey(("JAXA", "Lunar Gateway")));

        Assert.True((await service.DeleteAsync(correction.Id, "Ben")).Ok);

        var restored = (await database.Get<StatementQueries>().ByIdsAsync([statement.Id])).Single();
        Assert.Equal("ESA", restored.Actor);
        Assert.Empty(restored.Corrections);
        Assert.False((await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None)).Cells.ContainsKey(("JAXA", "Lunar Gateway")));
    }

    [Fact]
    public async Task A_correction_can_create_a_contradiction_the_analysis_missed()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("esa-1.txt", Earlier), new ImportCandidate("esa-2.txt", Later)]);
        var corpus = database.Get<CorpusQueries>();
        var later = (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, 50)).Items
            .First(s => s.Actor == "ESA" && s.Text.Contains("not pay", StringComparison.Ordinal));
        var existing = (await corpus.ContradictionsAsync(DashboardFilter.None, null)).Count(c => c.Actor == "ESA");

        await database.Get<AnnotationService>().AddAsync("correction", "statement", later.Fingerprint, "stance Lunar Gateway = withdrawing", null, "Ana");

        var now = await corpus.ContradictionsAsync(DashboardFilter.None, null);
        Assert.True(now.Count(c => c.Actor == "ESA") > existing, "the corrected withdrawal should oppose the earlier commitment");
        Assert.Contains(now, c => c.Actor == "ESA" && c.Program == "Lunar Gateway" && c.B.Fingerprint == later.Fingerprint);
    }

    [Theory]
    [InlineData("cell", "actor = NASA", "Corrections are made on statements and documents.")]
    [InlineData("document", "stance Artemis = open", "A correction of a document reads")]
    [InlineData("document", "date = 2099-01-01", "after today")]
    [InlineData("document", "date = 10 April 2024", "is not a date")]
    [InlineData("document", "outlet = ", "1 to 200 characters")]
    [InlineData("statement", "stance Artemis = ecstatic", "is not a stance")]
    [InlineData("statement", "<script>alert(1)</script>", "A correction reads")]
    public async Task Bad_corrections_are_refused_and_change_nothing(string targetType, string body, string reason)
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var result = await database.Get<AnnotationService>().AddAsync("correction", targetType, "fp", body, null, "Ana");
        Assert.False(result.Ok);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Annotations;"));
    }

    private const string Misdated = """
        title: Agency weighs the station
        outlet: Wire Digest
        date: 2024-03-05

        The head of the European Space Agency said on Monday that Europe remains fully committed to the Lunar Gateway.
        """;

    [Fact]
    public async Task Correcting_a_document_s_date_and_outlet_redates_its_statements_everywhere_and_survives_re_analysis()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("esa-3.txt", Misdated)]);
        var statement = await FirstStatementOnAsync(database, "ESA", "Lunar Gateway", "committed");
        Assert.Equal("2024-03-04", statement.Date); // the Monday before the 5th
        var document = (await database.Get<DocumentQueries>().GetAsync(statement.DocumentId))!;
        var service = database.Get<AnnotationService>();

        var date = await service.AddAsync("correction", "document", document.ContentHash, "date = 2024-03-13\nthe wire re-ran it a week later", null, "Ana");
        var outlet = await service.AddAsync("correction", "document", document.ContentHash, "outlet = Reuters", null, "Ana");

        Assert.True(date.Ok && outlet.Ok, date.Error ?? outlet.Error);
        var corrected = (await database.Get<DocumentQueries>().GetAsync(statement.DocumentId))!;
        Assert.Equal((new DateOnly(2024, 3, 13), "Reuters", false), (corrected.PublishedOn, corrected.Outlet, corrected.PublishedInferred));
        Assert.Equal(new CorrectedFacts(Outlet: "Reuters", Published: new DateOnly(2024, 3, 13)), corrected.Corrected); // what the document page marks as corrected
        var redated = await ByFingerprintAsync(database, statement.Fingerprint);
        Assert.Equal("2024-03-11", redated.Date); // the same statement, dated from the corrected day
        Assert.Equal("Reuters", redated.Outlet);
        Assert.Contains("Reuters", (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None with { Outlets = ["Reuters"] }, StatementSort.DateAscending, 1, 10)).Items.Select(s => s.Outlet));

        await database.Get<AnalysisStore>().ReanalyzeAllAsync();
        Assert.Equal("2024-03-11", (await ByFingerprintAsync(database, statement.Fingerprint)).Date);

        // Undoing the date correction brings back the text's own date; the outlet correction stays.
        Assert.True((await service.DeleteAsync(date.Saved!.Id, "Ben")).Ok);
        var undone = (await database.Get<DocumentQueries>().GetAsync(statement.DocumentId))!;
        Assert.Equal((new DateOnly(2024, 3, 5), "Reuters"), (undone.PublishedOn, undone.Outlet));
        Assert.Equal(new CorrectedFacts(Outlet: "Reuters"), undone.Corrected);
        Assert.Equal("2024-03-04", (await ByFingerprintAsync(database, statement.Fingerprint)).Date);
    }

    [Fact]
    public async Task A_correction_of_a_statement_that_no_longer_exists_is_kept()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var result = await database.Get<AnnotationService>().AddAsync("correction", "statement", "gone", "actor = NASA", null, "Ana");

        Assert.True(result.Ok);
        Assert.Contains("The correction is kept", result.Notice, StringComparison.Ordinal);
        Assert.Single(await database.Get<AnnotationService>().ForTargetsAsync("statement", ["gone"]));
    }

    private static async Task<StatementView> ByFingerprintAsync(TestDatabase database, string fingerprint) =>
        (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateAscending, 1, 200)).Items.Single(s => s.Fingerprint == fingerprint);

    [SqliteFact]
    public async Task A_correction_while_another_writer_holds_the_file_past_its_wait_is_refused_clearly_and_leaves_nothing()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("esa-1.txt", Earlier)]);
        var statement = await FirstStatementOnAsync(database, "ESA", "Lunar Gateway", "committed");
        var document = (await database.Get<DocumentQueries>().GetAsync(statement.DocumentId))!;
        using var impatient = database.SecondProcess(database.ConnectionString + ";Default Timeout=1");
        var service = impatient.Get<AnnotationService>();

        AnnotationResult onStatement, onDocument;
        await using (await database.HoldWriteLockAsync())
        {
            onStatement = await service.AddAsync("correction", "statement", statement.Fingerprint, "stance Lunar Gateway = refusing", null, "Ana");
            onDocument = await service.AddAsync("correction", "document", document.ContentHash, "outlet = Reuters", null, "Ana");
        }

        Assert.All(new[] { onStatement, onDocument }, result =>
        {
            Assert.False(result.Ok);
            Assert.Contains("busy", result.Error, StringComparison.Ordinal);
            Assert.Contains("neither saved nor applied", result.Error, StringComparison.Ordinal);
        });
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Annotations"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM AuditEntries WHERE Action LIKE 'correction%'"));
        Assert.Equal("committed", (await ByFingerprintAsync(database, statement.Fingerprint)).Stances.Single(s => s.Program == "Lunar Gateway").Label);

        // Once the writer is done, the same correction goes through; an edit of it meets the same refusal while another writer holds the file.
        var saved = await service.AddAsync("correction", "statement", statement.Fingerprint, "stance Lunar Gateway = refusing", null, "Ana");
        Assert.True(saved.Ok, saved.Error);
        await using (await database.HoldWriteLockAsync())
        {
            var edit = await service.UpdateAsync(saved.Saved!.Id, saved.Saved.Version, "stance Lunar Gateway = open", null, "Ben");
            Assert.Contains("neither saved nor applied", edit.Error, StringComparison.Ordinal);
            var undo = await service.DeleteAsync(saved.Saved.Id, "Ben");
            Assert.Contains("was not undone", undo.Error, StringComparison.Ordinal);
        }

        Assert.Equal("refusing", (await ByFingerprintAsync(database, statement.Fingerprint)).Stances.Single(s => s.Program == "Lunar Gateway").Label);
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM AnnotationRevisions"));
        Assert.True((await service.DeleteAsync(saved.Saved!.Id, "Ben")).Ok);
        Assert.Equal("This correction was already undone.", (await service.DeleteAsync(saved.Saved.Id, "Ben")).Error);
    }

    private static async Task<StatementView> FirstStatementOnAsync(TestDatabase database, string actor, string program, string label)
    {
        var page = await database.Get<StatementQueries>().PageAsync(DashboardFilter.None with { Actors = [actor] }, StatementSort.DateAscending, 1, 200);
        return page.Items.First(s => s.Stances.Any(st => st.Program == program && st.Label == label));
    }
}
