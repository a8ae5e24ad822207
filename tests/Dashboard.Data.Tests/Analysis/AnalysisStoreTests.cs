using Dashboard.Data.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Analysis;

public sealed class AnalysisStoreTests
{
    [Fact]
    public async Task Import_stores_metadata_statements_stances_and_corpus_results()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        await using var db = await database.OpenAsync();

        var documents = await db.Documents.Include(d => d.Statements).ThenInclude(s => s.Stances).ToListAsync();
        Assert.All(documents, d => Assert.NotNull(d.AnalyzedAt));
        Assert.Contains(documents, d => d.Outlet == "Interfax" && d.PublishedOn == new DateOnly(2021, 12, 15) && d.PublishedInferred);
        Assert.True(documents.Sum(d => d.Statements.Count) >= 20);
        foreach (var statement in documents.SelectMany(d => d.Statements.Select(s => (d.RawText, s))))
        {
            Assert.Equal(statement.s.Text, statement.RawText[statement.s.Start..statement.s.End]);
        }

        Assert.True(await db.MatrixCells.AnyAsync(c => c.Actor == "Roscosmos" && c.Program == "Lunar Gateway"));
        Assert.True(await db.Contradictions.AnyAsync(c => c.Kind == "reversal" && c.Program == "Lunar Gateway"));
        Assert.True(await db.UtteranceClusters.AnyAsync());
    }

    /// <summary>
    /// The corpus results are rebuilt from stored statements, which carry no article text: a person's
    /// remark paraphrased by two outlets must still be one cluster there, as the analysis makes it,
    /// although one report names a place the other article mentions outside the quotation only.
    /// </summary>
    [Fact]
    public async Task A_remark_paraphrased_by_two_outlets_is_one_cluster_when_rebuilt_from_the_stored_statements()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.InsertDocumentAsync("first.txt", "title: Luna goes on\noutlet: TASS\ndate: 2023-08-29\n\nThe probe left Vostochny in August. “Russia remains committed to its Luna programme: the plans are bold and they will be carried out,” Dmitry Peskov said on Tuesday.\n");
        await database.InsertDocumentAsync("second.txt", "title: Kremlin on the crash\noutlet: Pledge Times\ndate: 2023-08-30\n\n“The key thing is to continue Russia's Luna programme from Vostochny; nothing will stop it,” Dmitry Peskov said, adding that failure was no reason to despair.\n");

        Assert.Equal(2, await database.Get<AnalysisStore>().AnalyzePendingAsync());

        await using var db = await database.OpenAsync();
        var cluster = Assert.Single(await db.UtteranceClusters.Include(c => c.Members).ToListAsync());
        var statements = cluster.Members.Select(m => m.StatementId).ToList();
        Assert.Equal(2, await db.Statements.Where(s => statements.Contains(s.Id)).Select(s => s.DocumentId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Re_analysis_replaces_machine_rows_and_keeps_statement_fingerprints()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        List<string> before;
        List<int> idsBefore;
        await using (var db = await database.OpenAsync())
        {
            before = await db.Statements.OrderBy(s => s.Fingerprint).Select(s => s.Fingerprint).ToListAsync();
            idsBefore = await db.Statements.Select(s => s.Id).ToListAsync();
        }

        var count = await database.Get<AnalysisStore>().ReanalyzeAllAsync();

        await using var after = await database.OpenAsync();
        Assert.Equal(5, count);
        Assert.Equal(before, await after.Statements.OrderBy(s => s.Fingerprint).Select(s => s.Fingerprint).ToListAsync());
        Assert.Empty((await after.Statements.Select(s => s.Id).ToListAsync()).Intersect(idsBefore));
        Assert.True(await after.Contradictions.AnyAsync());
    }

    [Fact]
    public async Task Upgrading_from_the_first_schema_keeps_documents_and_analyses_them()
    {
        using var database = await TestDatabase.CreateMigratedToAsync("20261121000000_InitialSchema");

        var text = await File.ReadAllTextAsync(Path.Combine(TestDatabase.SampleArticles, "003_5422f9083324faf0.txt"));
        await database.InsertDocumentAsync("old.txt", text);

        await database.Get<DatabaseInitializer>().InitializeAsync();
        var analysed = await database.Get<AnalysisStore>().AnalyzePendingAsync();

        Assert.Equal(1, analysed);
        await using var upgraded = await database.OpenAsync();
        var document = await upgraded.Documents.Include(d => d.Statements).SingleAsync();
        Assert.Equal(text, document.RawText);
        Assert.Equal("Sputnik", document.Outlet);
        Assert.NotEmpty(document.Statements);
        Assert.Equal(0, await database.Get<AnalysisStore>().AnalyzePendingAsync());
    }

    [Fact]
    public async Task Deleting_a_document_removes_its_machine_rows()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        await using var db = await database.OpenAsync();
        var document = await db.Documents.FirstAsync(d => d.FileName.StartsWith("003"));

        db.Documents.Remove(document);
        await db.SaveChangesAsync();

        Assert.Equal(0L, await database.ScalarAsync($"SELECT COUNT(*) FROM Statements WHERE DocumentId = {document.Id};"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM StatementStances WHERE StatementId NOT IN (SELECT Id FROM Statements);"));
    }
}
