using Dashboard.Data.Import;

namespace Dashboard.Data.Tests.Import;

public sealed class SampleCorpusTests
{
    [Fact]
    public async Task Imports_the_shipped_samples_into_a_new_database()
    {
        using var database = await TestDatabase.CreateInitializedAsync();

        var outcome = await database.Get<SampleCorpus>().ImportOnceAsync(TestDatabase.SampleArticles);

        Assert.Equal(SampleCorpusOutcome.Imported, outcome);
        var expected = Directory.GetFiles(TestDatabase.SampleArticles, "*.txt").Length;
        Assert.True(expected >= 5, "the sample corpus ships at least five articles");
        Assert.Equal((long)expected, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }

    [Fact]
    public async Task Later_starts_never_import_the_samples_again()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var corpus = database.Get<SampleCorpus>();
        await corpus.ImportOnceAsync(TestDatabase.SampleArticles);
        var count = await database.ScalarAsync("SELECT COUNT(*) FROM Documents;");
        await database.ScalarAsync("DELETE FROM Documents WHERE Id = (SELECT MIN(Id) FROM Documents);");

        var outcome = await corpus.ImportOnceAsync(TestDatabase.SampleArticles);

        Assert.Equal(SampleCorpusOutcome.AlreadyImported, outcome);
        Assert.Equal((long)count! - 1, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }

    [Fact]
    public async Task A_missing_folder_degrades_to_an_empty_corpus_and_is_retried_next_time()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var corpus = database.Get<SampleCorpus>();

        var outcome = await corpus.ImportOnceAsync(Path.Combine(database.Folder, "no-such-folder"));

        Assert.Equal(SampleCorpusOutcome.FolderUnavailable, outcome);
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
        Assert.Equal(SampleCorpusOutcome.Imported, await corpus.ImportOnceAsync(TestDatabase.SampleArticles));
    }

    [Fact]
    public async Task Bad_files_are_skipped_and_the_rest_imported()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var folder = Directory.CreateDirectory(Path.Combine(database.Folder, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "good.txt"), "ESA said it was ready to continue talks.");
        await File.WriteAllTextAsync(Path.Combine(folder, "same-as-good.txt"), "ESA said it was ready to continue talks.");
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]);

        var outcome = await database.Get<SampleCorpus>().ImportOnceAsync(folder);

        Assert.Equal(SampleCorpusOutcome.Imported, outcome);
        Assert.Equal("good.txt", await database.ScalarAsync("SELECT group_concat(FileName) FROM Documents;"));
    }
}
