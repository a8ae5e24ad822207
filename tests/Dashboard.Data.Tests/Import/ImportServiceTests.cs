using System.Text;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Import;

public sealed class ImportServiceTests
{
    private const string Story = """
        title: CNSA invites partners to the lunar station
        outlet: Xinhua
        date: 2023-04-25

        BEIJING — China's space agency said on Tuesday that the International Lunar Research Station is open to every country that wants to take part, and that talks with several partners are under way.
        "The ILRS is open to all countries and international organisations that share our goals, and we welcome them to join at any stage of the project," Wu Yanhua, deputy director of CNSA, told a press conference in Hefei.
        He said the agency had signed agreements with Russia, Venezuela and South Africa, and that more would follow before the end of the year, as construction of the basic station moves ahead.
        The first robotic missions of the station are planned for later this decade, with a crewed presence to follow once the basic station is complete.
        """;

    private static ImportFile File(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Each_file_gets_one_result_in_order_imported_duplicate_near_duplicate_or_rejected_with_the_reason()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var service = database.Get<ImportService>();
        var otherFeed = "Space Wire | Home | World\n\n" + Story.Replace("on Tuesday", "Tuesday", StringComparison.Ordinal)
            + "\n\nLike this story? Share it with a friend!\n© 2023 Space Wire";
        var progress = new List<ImportProgress>();

        var results = await service.ImportAsync(
        [
            File("../../story.txt", Story),
            File("copy.txt", Story),
            File("other-feed.md", otherFeed),
            new ImportFile("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]),
            File("empty.txt", ""),
            File("feed.json", """[{"title": 3, "text": "x"}]"""),
        ], new Progress<ImportProgress>(progress.Add));

        Assert.Equal(
            [("story.txt", ImportOutcome.Imported), ("copy.txt", ImportOutcome.Duplicate), ("other-feed.md", ImportOutcome.NearDuplicate),
             ("image.txt", ImportOutcome.Rejected), ("empty.txt", ImportOutcome.Rejected), ("feed.json", ImportOutcome.Rejected)],
            results.Select(r => (r.FileName, r.Outcome)));
        Assert.Equal(results[0].DocumentId, results[1].DocumentId);
        Assert.Equal($"repeats document {results[0].DocumentId}", results[2].Detail);
        Assert.Contains("binary", results[3].Detail, StringComparison.Ordinal);
        Assert.Contains("“title” must be a string", results[5].Detail, StringComparison.Ordinal);
        Assert.Equal(2L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));

        // The near-duplicate is kept (and its statements listed) but the matrix counts the story once.
        var cell = (await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None)).Cells.Values.Single(c => c.Actor == "CNSA");
        var statements = await database.Get<StatementQueries>().PageAsync(DashboardFilter.None with { Actors = ["CNSA"], Programs = [cell.Program] }, StatementSort.DateAscending, 1, 50);
        Assert.True(statements.Total >= 2);
        Assert.Equal(statements.Total / 2, cell.StatementIds.Count);
    }

    [Fact]
    public async Task Batches_of_one_import_find_near_duplicates_stored_by_earlier_batches_and_never_a_removed_twin()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var importer = database.Get<DocumentImporter>();
        var deleted = database.Get<DeletedDocuments>();
        var index = new NearDuplicateIndex(); // one import: read once, then only what is new
        string Feed(int n) => $"Feed {n} | Home | World\n\n" + Story + $"\n\n© 2023 Feed {n}";
        async Task<ImportResult> ImportAsync(string name, string text) =>
            Assert.Single(await importer.ImportBatchAsync([new ImportCandidate(name, text)], updateCorpus: false, index));

        var story = await ImportAsync("story.txt", Story);
        Assert.Equal(ImportOutcome.NearDuplicate, (await ImportAsync("feed-1.txt", Feed(1))).Outcome);

        // Deleted after the index read it: never named as a twin; the copy that stands in for it is.
        Assert.True(await deleted.DeleteAsync(story.DocumentId!.Value, "Ben"));
        var feed1 = (await database.Get<DocumentQueries>().ListAsync()).Single(d => d.FileName == "feed-1.txt");
        var second = await ImportAsync("feed-2.txt", Feed(2));
        Assert.Equal((ImportOutcome.NearDuplicate, $"repeats document {feed1.Id}"), (second.Outcome, second.Detail));

        // Restored: known again. Purged: gone for good, never named.
        Assert.True(await deleted.RestoreAsync(story.DocumentId.Value, "Ben"));
        Assert.Equal((long)feed1.Id, await database.ScalarAsync($"SELECT NearDuplicateOf FROM Documents WHERE Id = {story.DocumentId};")); // the copy that stood in for it is the story now
        var again = await ImportAsync("feed-3.txt", Feed(3));
        Assert.Equal((ImportOutcome.NearDuplicate, $"repeats document {story.DocumentId}"), (again.Outcome, again.Detail));
        Assert.True(await deleted.DeleteAsync(story.DocumentId.Value, "Ben"));
        Assert.True(await deleted.PurgeAsync(story.DocumentId.Value, "Ben"));
        var last = await ImportAsync("feed-4.txt", Feed(4));
        Assert.NotEqual($"repeats document {story.DocumentId}", last.Detail);
    }

    [Fact]
    public async Task A_repeat_of_a_repeat_is_found_whether_or_not_the_three_share_a_batch()
    {
        var (original, repeat, further) = Chain();
        foreach (var batches in new[] { new[] { new[] { original }, [repeat], [further] }, [[original, repeat, further]] })
        {
            using var database = await TestDatabase.CreateInitializedAsync();
            var index = new NearDuplicateIndex();
            var results = new List<ImportResult>();
            foreach (var batch in batches)
            {
                results.AddRange(await database.Get<DocumentImporter>().ImportBatchAsync([.. batch.Select((text, i) => new ImportCandidate($"feed-{results.Count + i}.txt", text))], updateCorpus: false, index));
            }

            Assert.Equal([ImportOutcome.Imported, ImportOutcome.NearDuplicate, ImportOutcome.NearDuplicate], results.Select(r => r.Outcome));
            Assert.Equal($"repeats document {results[1].DocumentId}", results[2].Detail); // too far from the first to repeat it, near its repeat
        }
    }

    /// <summary>Three versions of one story, each with more words changed: the second near the first, the third near the second only.</summary>
    private static (string Original, string Repeat, string Further) Chain()
    {
        var words = Story.Split(' ');
        const int Header = 12; // the body's words change, not the header's
        string Changed(int count) => string.Join(' ', words.Select((w, i) => i >= Header && i < Header + (count * 3) && i % 3 == 0 ? $"changed{i}" : w));
        long Fingerprint(string text) => Core.Documents.NearDuplicates.Fingerprint(Core.Analysis.Cleaning.ArticleCleaner.Clean(text).Text);
        var versions = Enumerable.Range(0, (words.Length - Header) / 3).Select(n => (Text: Changed(n), Print: Fingerprint(Changed(n)))).ToList();
        foreach (var repeat in versions.Skip(1).Where(v => Core.Documents.NearDuplicates.AreNear(versions[0].Print, v.Print)))
        {
            if (versions.FirstOrDefault(v => Core.Documents.NearDuplicates.AreNear(repeat.Print, v.Print) && !Core.Documents.NearDuplicates.AreNear(versions[0].Print, v.Print)) is { Text: not null } further)
            {
                return (versions[0].Text, repeat.Text, further.Text);
            }
        }

        throw new InvalidOperationException("no chain of versions; change the story");
    }

    [Fact]
    public async Task Batches_stored_without_the_corpus_update_are_caught_up_once_and_only_once()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var samples = Directory.EnumerateFiles(TestDatabase.SampleArticles).Order(StringComparer.Ordinal)
            .Select(f => new ImportCandidate(Path.GetFileName(f), System.IO.File.ReadAllText(f))).ToList();
        var analysis = database.Get<Dashboard.Data.Analysis.AnalysisStore>();

        // As a killed import leaves it: statements stored, corpus results not rebuilt yet.
        await database.Get<DocumentImporter>().ImportBatchAsync(samples, updateCorpus: false);
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM MatrixCells;"));

        Assert.True(await analysis.RebuildCorpusIfStaleAsync());
        var cells = await database.ScalarAsync("SELECT COUNT(*) FROM MatrixCells;");
        Assert.True((long)cells! > 0);
        Assert.False(await analysis.RebuildCorpusIfStaleAsync()); // nothing left to do

        using var fresh = await TestDatabase.CreateInitializedAsync();
        await fresh.Get<DocumentImporter>().ImportBatchAsync(samples);
        Assert.Equal(cells, await fresh.ScalarAsync("SELECT COUNT(*) FROM MatrixCells;")); // the same as updating at once
        Assert.Equal(await fresh.ScalarAsync("SELECT COUNT(*) FROM Contradictions;"), await database.ScalarAsync("SELECT COUNT(*) FROM Contradictions;"));
    }

    [Fact]
    public async Task A_folder_larger_than_one_upload_is_imported_in_rounds_with_the_corpus_results_up_to_date()
    {
        using var database = TestDatabase.Create();
        await database.Get<DatabaseInitializer>().InitializeAsync();
        var service = new ImportService(database.Get<DocumentImporter>(), database.Get<Dashboard.Data.Analysis.AnalysisStore>(), new ImportLimits(MaxFiles: 2), database.Get<Dashboard.Data.Audit.AuditLog>());
        var files = Directory.EnumerateFiles(TestDatabase.SampleArticles).Order(StringComparer.Ordinal).Select(f => new ImportFile(Path.GetFileName(f), System.IO.File.ReadAllBytes(f))).ToList();

        var results = await service.ImportAllAsync(files, "Ada");

        Assert.Equal(5, results.Count(r => r.Outcome == ImportOutcome.Imported));
        Assert.True((long)(await database.ScalarAsync("SELECT COUNT(*) FROM MatrixCells;"))! > 0);
        Assert.Null(await database.ScalarAsync("SELECT Value FROM AppSettings WHERE Key = 'CorpusStale';"));
    }

    [Fact]
    public async Task A_text_repeated_in_the_next_batch_analysed_while_the_first_is_written_is_a_duplicate_of_the_stored_one()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var files = Enumerable.Range(0, ImportService.BatchSize + 3)
            .Select(i => File($"story-{i}.txt", i == ImportService.BatchSize + 1 ? Story : Story.Replace("Tuesday", $"Tuesday, day {i},", StringComparison.Ordinal)))
            .Prepend(File("first.txt", Story))
            .ToList();
        var progress = new List<ImportProgress>();

        var results = await database.Get<ImportService>().ImportAsync(files, new Inline<ImportProgress>(progress.Add));

        var repeat = results[ImportService.BatchSize + 2];
        Assert.Equal(ImportOutcome.Duplicate, repeat.Outcome);
        Assert.Equal(results[0].DocumentId, repeat.DocumentId);
        Assert.Equal((long)files.Count - 1, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));

        // Counted as the batches overlap: neither count ever goes back, and both end at every article.
        Assert.Equal(progress.Select(p => p.Analysed).Order(), progress.Select(p => p.Analysed));
        Assert.Equal(progress.Select(p => p.Done).Order(), progress.Select(p => p.Done));
        Assert.Equal((files.Count, files.Count, files.Count), (progress[^1].Done, progress[^1].Total, progress.Max(p => p.Analysed)));
    }

    [Fact]
    public async Task A_folder_import_cancelled_before_it_starts_reports_every_file_and_records_each_round()
    {
        using var database = TestDatabase.Create();
        await database.Get<DatabaseInitializer>().InitializeAsync();
        var service = new ImportService(database.Get<DocumentImporter>(), database.Get<Dashboard.Data.Analysis.AnalysisStore>(), new ImportLimits(MaxFiles: 2), database.Get<Dashboard.Data.Audit.AuditLog>());
        var files = Enumerable.Range(0, 5).Select(i => File($"story-{i}.txt", Story.Replace("Tuesday", $"Tuesday, day {i},", StringComparison.Ordinal))).ToList();

        var results = await service.ImportAllAsync(files, "Ada", cancellationToken: new CancellationToken(canceled: true));

        Assert.Equal(files.Select(f => f.Name), results.Select(r => r.FileName));
        Assert.All(results, r => Assert.Equal("not imported: the import was cancelled before this article was stored", r.Detail));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
        Assert.Equal(["import (cancelled)", "import (cancelled)", "import (cancelled)"], (await database.Get<Dashboard.Data.Audit.AuditLog>().ListAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task A_folder_in_rounds_records_each_round_once_in_order()
    {
        using var database = TestDatabase.Create();
        await database.Get<DatabaseInitializer>().InitializeAsync();
        var service = new ImportService(database.Get<DocumentImporter>(), database.Get<Dashboard.Data.Analysis.AnalysisStore>(), new ImportLimits(MaxFiles: 2), database.Get<Dashboard.Data.Audit.AuditLog>());
        // A round whose files are all refused stores nothing, between rounds that do.
        var files = new List<ImportFile>
        {
            File("a.txt", Story), File("b.txt", Story.Replace("Tuesday", "Monday", StringComparison.Ordinal)),
            File("empty-1.txt", ""), File("empty-2.txt", ""),
            File("c.txt", Story.Replace("Tuesday", "Friday", StringComparison.Ordinal)),
        };
        var done = new List<int>();

        var results = await service.ImportAllAsync(files, "Ada", new Inline<int>(done.Add));

        Assert.Equal([2, 4, 5], done);
        Assert.Equal([ImportOutcome.Imported, ImportOutcome.NearDuplicate, ImportOutcome.Rejected, ImportOutcome.Rejected, ImportOutcome.NearDuplicate], results.Select(r => r.Outcome));
        var log = (await database.Get<Dashboard.Data.Audit.AuditLog>().ListAsync()).OrderBy(e => e.At).ToList();
        Assert.Equal(["1 imported, 1 near-duplicate", "2 rejected", "1 near-duplicate"], log.Where(e => e.Action == "import").Select(e => e.Detail));
    }

    /// <summary>Reports on the calling thread, in the order the import reports.</summary>
    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    [Fact]
    public async Task Files_beyond_the_limit_are_refused_and_the_rest_imported()
    {
        using var database = TestDatabase.Create();
        await database.Get<DatabaseInitializer>().InitializeAsync();
        var service = new ImportService(database.Get<DocumentImporter>(), database.Get<Dashboard.Data.Analysis.AnalysisStore>(), new ImportLimits(MaxFileBytes: 200, MaxFiles: 2), database.Get<Dashboard.Data.Audit.AuditLog>());

        var results = await service.ImportAsync([File("a.txt", "First article text."), File("b.txt", new string('x', 201)), File("c.txt", "Third.")]);

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Rejected, ImportOutcome.Rejected], results.Select(r => r.Outcome));
        Assert.Contains("over the limit of 200", results[1].Detail, StringComparison.Ordinal);
        Assert.Contains("limit of 2 files", results[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_files_twice_adds_nothing_the_second_time()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var service = database.Get<ImportService>();
        ImportFile[] files = [File("a.txt", Story), File("b.txt", "A short note from the Moscow desk about Luna-25.")];

        await service.ImportAsync(files);
        var again = await service.ImportAsync(files);

        Assert.All(again, r => Assert.Equal(ImportOutcome.Duplicate, r.Outcome));
        Assert.Equal(2L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }

    [Fact]
    public async Task An_upload_of_more_articles_than_the_limit_stores_the_first_and_says_why_it_refused_the_rest()
    {
        using var database = await TestDatabase.CreateInitializedAsync(new Dictionary<string, string?> { ["Dashboard:Import:MaxArticles"] = "3" });
        var feed = "[" + string.Join(",", Enumerable.Range(1, 5).Select(i => $$"""{"title": "Item {{i}}", "text": "The article number {{i}} says nothing much."}""")) + "]";

        var results = await database.Get<ImportService>().ImportAsync([File("feed.json", feed)]);

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Imported, ImportOutcome.Imported, ImportOutcome.Rejected, ImportOutcome.Rejected], results.Select(r => r.Outcome));
        Assert.Contains("over the limit of 3 articles an import", results[4].Detail, StringComparison.Ordinal);
        Assert.Equal(3L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }
}
