using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dashboard.Core.Synthetic;
using Dashboard.Data.Analysis;
using Dashboard.Data.Annotations;
using Dashboard.Data.Entities;
using Dashboard.Data.Gazetteers;
using Dashboard.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Analysis;

/// <summary>
/// Corrections, deletions, restores, purges, imports and verdicts update the corpus results
/// incrementally (decision 028); after any sequence of them the stored clusters, findings, matrix
/// cells and totals are what a full rebuild computes from the same statements. Both ways an update
/// clusters are taken: with the pairs this process judged kept (decision 033; after a rebuild or a
/// server's start), and reading and clustering what the change reaches (after another instance wrote
/// the results).
/// </summary>
public sealed class CorpusUpdateTests
{
    private static readonly string[] Kinds = ["statement", "undo", "document", "delete", "restore", "purge", "import", "verdict"];

    private static readonly string[] Outlets = ["TASS", "Reuters", "Kyodo"];

    private static readonly string[] Labels = ["withdrawing", "refusing", "critical", "neutral", "open", "supportive", "committed"];

    [Fact]
    public async Task Two_hundred_random_changes_leave_the_results_a_full_rebuild_gives()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var gazetteer = database.Get<GazetteerSource>().Current;
        // Few actors and programs, so that changes meet: shared clusters, findings on both sides.
        var articles = new CorpusGenerator(gazetteer).Generate(140, seed: 7).ToList();
        var import = database.Get<ImportService>();
        await import.ImportAllAsync([.. articles.Take(60).Select(File)], "test");
        var reserve = new Queue<GeneratedArticle>(articles.Skip(60));
        var actors = gazetteer.Actors.Where(a => a.Kind == Core.Analysis.Entities.ActorKind.Agency).Select(a => a.Name).Take(6).ToList();
        var programs = gazetteer.Programs.Select(p => p.Name).Take(6).ToList();
        var random = new Random(11);
        var done = new Dictionary<string, int>();
        using var ways = new UpdateWays();

        for (var step = 1; step <= 200; step++)
        {
            if (step is 26 or 126)
            {
                await AnotherInstanceWroteAsync(database);
            }

            if (step == 126)
            {
                // A server starting now: it reads and clusters every partition before the next change.
                await database.Get<UpdatePreparation>().PrepareAsync();
            }

            var operation = await ApplyRandomAsync(database, random, reserve, actors, programs);
            done[operation] = done.GetValueOrDefault(operation) + 1;
            if (step % 50 == 0)
            {
                await StoredResults.AssertAsRebuiltAsync(database);
            }
        }

        // Every kind of change happened, and the corpus had something to compare.
        Assert.All(Kinds, kind => Assert.True(done.GetValueOrDefault(kind) > 3, $"{kind}: {done.GetValueOrDefault(kind)}"));
        Assert.True(ways.Kept > 20 && ways.Read > 20, $"partitions updated from kept pairs: {ways.Kept}, read and clustered: {ways.Read}");
        await using var db = await database.OpenAsync();
        Assert.True(await db.UtteranceClusters.CountAsync() > 3);
        Assert.True(await db.Contradictions.CountAsync() > 3);
    }

    [Fact]
    public async Task A_correction_whose_transaction_rolls_back_leaves_the_kept_pairs_to_the_next_change()
    {
        // The import's rebuild keeps every partition's judged pairs.
        using var database = await ImportedAsync(40, seed: 3);
        var actors = database.Get<GazetteerSource>().Current.Actors.Where(a => a.Kind == Core.Analysis.Entities.ActorKind.Agency).Select(a => a.Name).ToList();
        List<(string Fingerprint, string? Actor)> statements;
        await using (var db = await database.OpenAsync())
        {
            statements = [.. (await db.Statements.Where(s => s.Actor != null).OrderBy(s => s.Id).Select(s => new { s.Fingerprint, s.Actor }).Take(2).ToListAsync()).Select(s => (s.Fingerprint, s.Actor))];
        }

        var annotations = database.Get<AnnotationService>();
        string Other(string? actor) => actors.First(a => a != actor);
        using var ways = new UpdateWays();
        using (var cancel = new CancellationTokenSource())
        {
            // The request goes away (a browser closed) after the clusters were written, before the findings.
            ways.WhenStarted("corpus.update.findings", cancel.Cancel);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                annotations.AddAsync("correction", "statement", statements[0].Fingerprint, $"actor = {Other(statements[0].Actor)}", null, "test", cancel.Token));
        }

        // The correction and its application rolled back together: nothing listed that is not applied.
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Annotations;"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM AuditEntries WHERE Action LIKE 'correction%';"));
        await using (var db = await database.OpenAsync())
        {
            Assert.Equal(statements[0].Actor, await db.Statements.Where(s => s.Fingerprint == statements[0].Fingerprint).Select(s => s.Actor).SingleAsync());
        }

        // (No comparison with a rebuild here: a rebuild keeps every partition again.)
        var keptBefore = ways.Kept;

        Assert.True((await annotations.AddAsync("correction", "statement", statements[1].Fingerprint, $"actor = {Other(statements[1].Actor)}", null, "test")).Ok);

        Assert.True(ways.Kept > keptBefore, $"partitions updated from kept pairs after the rollback: {ways.Kept - keptBefore}");
        Assert.Equal(0, ways.Read);
        await StoredResults.AssertAsRebuiltAsync(database);
    }

    [Fact]
    public async Task Preparing_for_corrections_rehearses_each_kind_of_change_and_leaves_the_corpus_and_its_version_as_they_were()
    {
        using var database = await ImportedAsync(30, seed: 5);
        const string Version = "SELECT Value FROM AppSettings WHERE Key = 'CorpusVersion';";
        const string Corpus = "SELECT (SELECT COUNT(*) FROM Statements) || '/' || (SELECT MAX(Id) FROM Statements) || '/' || (SELECT COUNT(*) FROM Documents WHERE DeletedAt IS NULL) || '/' || (SELECT COUNT(*) FROM AuditEntries);";
        var version = await database.ScalarAsync(Version);
        var corpus = await database.ScalarAsync(Corpus);
        using var ways = new UpdateWays();

        Assert.True(await database.Get<UpdatePreparation>().PrepareAsync());

        // A statement's correction, its document's, a deletion and a restore: four updates, all rolled back.
        Assert.True(ways.Kept >= 4, $"the rehearsal updated {ways.Kept} partitions from the kept pairs");
        Assert.Equal(version, await database.ScalarAsync(Version));
        Assert.Equal(corpus, await database.ScalarAsync(Corpus));
        var kept = ways.Kept;
        // To the busiest other actor: a partition the warm-up kept (an actor new to the corpus has none yet).
        var statement = (string)(await database.ScalarAsync("SELECT Fingerprint FROM Statements WHERE Actor IS NOT NULL ORDER BY Id DESC LIMIT 1;"))!;
        var actor = (string)(await database.ScalarAsync(
            $"SELECT Actor FROM Statements WHERE Actor IS NOT NULL AND Actor <> (SELECT Actor FROM Statements WHERE Fingerprint = '{statement}') GROUP BY Actor ORDER BY COUNT(*) DESC, Actor LIMIT 1;"))!;
        Assert.True((await database.Get<AnnotationService>().AddAsync("correction", "statement", statement, $"actor = {actor}", null, "test")).Ok);
        Assert.True(ways.Kept > kept && ways.Read == 0, $"after the rehearsal, partitions from kept pairs: {ways.Kept - kept}, read again: {ways.Read}");
        await StoredResults.AssertAsRebuiltAsync(database);
    }

    [Fact]
    public async Task A_warm_up_overtaken_by_a_change_while_it_reads_keeps_nothing_it_read()
    {
        using var database = await ImportedAsync(30, seed: 9);
        using var ways = new UpdateWays();
        // Another instance writes the results while this one reads every partition, outside the corpus lock.
        ways.WhenEnded("corpus.warm.read", () => Task.Run(() => AnotherInstanceWroteAsync(database)).GetAwaiter().GetResult());

        Assert.False(await database.Get<UpdatePreparation>().PrepareAsync());

        var statement = (string)(await database.ScalarAsync("SELECT Fingerprint FROM Statements WHERE Actor IS NOT NULL ORDER BY Id LIMIT 1;"))!;
        Assert.True((await database.Get<AnnotationService>().AddAsync("correction", "statement", statement, "stance Artemis = critical", null, "test")).Ok);
        Assert.True(ways.Read > 0 && ways.Kept == 0, $"after the dropped warm-up, partitions from kept pairs: {ways.Kept}, read again: {ways.Read}");
        await StoredResults.AssertAsRebuiltAsync(database);
    }

    [Fact]
    public async Task A_database_from_before_pairs_were_met_in_order_rebuilds_its_results_at_the_next_start()
    {
        using var database = await RebuiltAtAsync("20261206173007_StatementTerms");
        await database.InsertDocumentAsync("old.txt", "The agency said the station would keep flying.");
        var document = await database.ScalarAsync("SELECT Id FROM Documents;");
        await database.ScalarAsync($"INSERT INTO Statements (DocumentId, Ordinal, Fingerprint, Text, Start, End, Direct, Kind) VALUES ({document}, 0, 'old', 'The station would keep flying.', 0, 30, false, 'said');");

        await database.Get<Data.DatabaseInitializer>().InitializeAsync();

        Assert.Equal("1", await database.ScalarAsync("SELECT Value FROM AppSettings WHERE Key = 'CorpusStale';"));
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM Statements;"));

        // The rebuild stores the words the statement had none of (stems, each once, in order).
        await database.Get<AnalysisStore>().RebuildCorpusIfStaleAsync();
        Assert.Equal(string.Join(' ', Core.Analysis.Corpus.UtteranceClusterer.WordsOf("The station would keep flying.")), await database.ScalarAsync("SELECT Terms FROM Statements;"));
        Assert.Null(await database.ScalarAsync("SELECT Value FROM AppSettings WHERE Key = 'CorpusStale';"));
    }

    [Fact]
    public async Task An_empty_database_from_before_pairs_were_met_in_order_has_nothing_to_rebuild()
    {
        using var database = await RebuiltAtAsync("20261206173007_StatementTerms");

        await database.Get<Data.DatabaseInitializer>().InitializeAsync();

        Assert.Null(await database.ScalarAsync("SELECT Value FROM AppSettings WHERE Key = 'CorpusStale';"));
    }

    /// <summary>A database at an older migration whose results a start has rebuilt since (earlier upgrades mark them out of date).</summary>
    private static async Task<TestDatabase> RebuiltAtAsync(string migration)
    {
        var database = await TestDatabase.CreateMigratedToAsync(migration);
        await database.ScalarAsync("DELETE FROM AppSettings WHERE Key = 'CorpusStale';");
        return database;
    }

    /// <summary>Counts, in this test's own flow, the partitions updated each way (the stages the update reports).</summary>
    private sealed class UpdateWays : IDisposable
    {
        private readonly ActivitySource source = new("CorpusUpdateTests");
        private readonly ActivityListener listener;
        private readonly Activity root;
        private int kept;
        private int read;
        private (string Stage, bool AtStart, Action Then)? hook;

        public UpdateWays()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name is Diagnostics.Stages.SourceName or "CorpusUpdateTests",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStarted = Started,
                ActivityStopped = Stopped,
            };
            ActivitySource.AddActivityListener(listener);
            root = source.StartActivity("random changes")!;
        }

        public int Kept => kept;

        public int Read => read;

        /// <summary>Runs <paramref name="then"/> when this flow next starts <paramref name="stage"/>, before the stage's work.</summary>
        public void WhenStarted(string stage, Action then) => hook = (stage, true, then);

        /// <summary>Runs <paramref name="then"/> when this flow next ends <paramref name="stage"/>, before the flow goes on.</summary>
        public void WhenEnded(string stage, Action then) => hook = (stage, false, then);

        private void Started(Activity activity) => RunHook(activity, atStart: true);

        private void RunHook(Activity activity, bool atStart)
        {
            // The hook first: the root activity is not yet assigned while it starts.
            if (hook is { } set && set.AtStart == atStart && activity.OperationName == set.Stage && activity.TraceId == root.TraceId)
            {
                hook = null;
                set.Then();
            }
        }

        public void Dispose()
        {
            root.Dispose();
            listener.Dispose();
            source.Dispose();
        }

        private void Stopped(Activity activity)
        {
            if (activity.TraceId != root.TraceId)
            {
                return;
            }

            RunHook(activity, atStart: false);

            if (activity.OperationName == "corpus.update.clusters.rejudge")
            {
                Interlocked.Increment(ref kept);
            }
            else if (activity.OperationName == "corpus.update.clusters.recluster")
            {
                Interlocked.Increment(ref read);
            }
        }
    }

    /// <summary>What another instance's update leaves: a results version this process never saw, so it keeps nothing it knew.</summary>
    private static async Task AnotherInstanceWroteAsync(TestDatabase database)
    {
        await using var db = await database.OpenAsync();
        Assert.Equal(1, await db.AppSettings.Where(s => s.Key == "CorpusVersion").ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, Guid.NewGuid().ToString("N"))));
    }

    private static ImportFile File(GeneratedArticle article) => new(article.FileName, Encoding.UTF8.GetBytes(article.Text));

    /// <summary>A database with <paramref name="articles"/> generated articles imported, its results built.</summary>
    private static async Task<TestDatabase> ImportedAsync(int articles, int seed)
    {
        var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<ImportService>().ImportAllAsync([.. new CorpusGenerator(database.Get<GazetteerSource>().Current).Generate(articles, seed: seed).Select(File)], "test");
        return database;
    }

    private static async Task<string> ApplyRandomAsync(TestDatabase database, Random random, Queue<GeneratedArticle> reserve, List<string> actors, List<string> programs)
    {
        var annotations = database.Get<AnnotationService>();
        var deleted = database.Get<DeletedDocuments>();
        await using var db = await database.OpenAsync();
        switch (random.Next(10))
        {
            case 0 or 1:
                {
                    var statement = await Pick(db.Statements.OrderBy(s => s.Id).Select(s => s.Fingerprint), random);
                    var body = random.Next(2) == 0 ? $"actor = {actors[random.Next(actors.Count)]}" : $"stance {programs[random.Next(programs.Count)]} = {Labels[random.Next(Labels.Length)]}";
                    Assert.True((await annotations.AddAsync("correction", "statement", statement!, body, null, "test")).Ok, body);
                    return "statement";
                }

            case 2:
                {
                    var correction = await Pick(db.Annotations.Where(a => a.Kind == "correction" && !a.Deleted).OrderBy(a => a.Id).Select(a => (int?)a.Id), random);
                    if (correction is { } id)
                    {
                        Assert.True((await annotations.DeleteAsync(id, "test")).Ok);
                    }

                    return "undo";
                }

            case 3:
                {
                    var document = await Pick(db.Documents.OrderBy(d => d.Id).Select(d => d.ContentHash), random);
                    var body = random.Next(2) == 0
                        ? string.Create(CultureInfo.InvariantCulture, $"date = {new DateOnly(2019, 1, 1).AddDays(random.Next(2000)):yyyy-MM-dd}")
                        : $"outlet = {Outlets[random.Next(Outlets.Length)]}";
                    Assert.True((await annotations.AddAsync("correction", "document", document!, body, null, "test")).Ok, body);
                    return "document";
                }

            case 4:
                await deleted.DeleteAsync((await Pick(db.Documents.OrderBy(d => d.Id).Select(d => (int?)d.Id), random))!.Value, "test");
                return "delete";
            case 5:
                if (await Pick(db.Documents.IgnoreQueryFilters().Where(d => d.DeletedAt != null).OrderBy(d => d.Id).Select(d => (int?)d.Id), random) is { } restore)
                {
                    Assert.True(await deleted.RestoreAsync(restore, "test"));
                }

                return "restore";
            case 6:
                if (await Pick(db.Documents.IgnoreQueryFilters().Where(d => d.DeletedAt != null).OrderBy(d => d.Id).Select(d => (int?)d.Id), random) is { } purge)
                {
                    Assert.True(await deleted.PurgeAsync(purge, "test"));
                }

                return "purge";
            case 7 or 8:
                {
                    var files = Enumerable.Range(0, random.Next(1, 4)).Where(_ => reserve.Count > 0).Select(_ => File(reserve.Dequeue())).ToList();
                    await database.Get<ImportService>().ImportAsync(files, who: "test");
                    return "import";
                }

            default:
                {
                    var finding = await Pick(db.Contradictions.OrderBy(c => c.Id).Select(c => c.Fingerprint), random);
                    if (finding is not null)
                    {
                        var current = (await annotations.ForTargetsAsync("contradiction", [finding])).FirstOrDefault(a => a.Kind == "verdict");
                        Assert.True((await annotations.SetVerdictAsync("contradiction", finding, current, random.Next(2) == 0 ? "confirmed" : "dismissed", "test")).Ok);
                    }

                    return "verdict";
                }
        }
    }

    private static async Task<T?> Pick<T>(IQueryable<T> query, Random random)
    {
        var count = await query.CountAsync();
        return count == 0 ? default : await query.Skip(random.Next(count)).FirstAsync();
    }
}
