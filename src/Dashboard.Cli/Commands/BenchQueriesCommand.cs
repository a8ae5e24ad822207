using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Data;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>bench queries [--statements n] [--repeat r]</c>: fills a new SQLite database in a temporary
/// folder with n synthetic statements (gazetteer actors and programs, dates over 2019–2025, ten
/// statements a document), then times what the views ask of the database — overview, matrix with
/// and without an actor filter, contradictions, statement pages (first, deep, sorted, filtered),
/// text search — and prints p50/p95 per query, then one line of JSON. Rows are synthesised so
/// that sizes can be chosen freely and filled in seconds.
/// <c>bench queries --measure &lt;connection&gt;</c> times the same queries on a database as it is
/// (an imported corpus), changing nothing; the search words are then taken from its statements.
/// </summary>
public static class BenchQueriesCommand
{
    private const int StatementsPerDocument = 10;

    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Positional.Count != 0)
        {
            throw new UsageException("bench queries takes no folder; it builds its own database");
        }

        var count = parsed.IntOption("statements", 100_000);
        var repeat = parsed.IntOption("repeat", 30);
        if (count < 1 || count > 5_000_000 || repeat < 1)
        {
            throw new UsageException("--statements must be between 1 and 5,000,000 and --repeat at least 1");
        }

        // --keep FILE leaves the filled database there (for the browser benchmarks); it must be new.
        var keep = parsed.Option("keep") is { Length: > 0 } kept ? Path.GetFullPath(kept) : null;
        if (keep is not null && File.Exists(keep))
        {
            throw new UsageException($"--keep {keep}: the file exists; give a new file name");
        }

        // --connection measures another database (a PostgreSQL server): it must be empty, because
        // the benchmark fills it; the database is left filled for a look afterwards.
        var connection = parsed.Option("connection") is { Length: > 0 } given ? given : null;
        if (connection is not null && keep is not null)
        {
            throw new UsageException("--keep and --connection exclude each other");
        }

        var measure = parsed.Option("measure") is { Length: > 0 } existing ? existing : null;
        if (measure is not null && (connection is not null || keep is not null || parsed.Option("statements") is not null))
        {
            throw new UsageException("--measure takes a database as it is: no --statements, --keep or --connection with it");
        }

        if (measure is not null)
        {
            return await MeasureAsync(measure, repeat, parsed.Option("gazetteer"), output, error);
        }

        var folder = Directory.CreateTempSubdirectory("dashboard-bench-").FullName;
        var file = keep ?? Path.Combine(folder, "bench.db");
        try
        {
            using var database = await DashboardDatabase.OpenAsync(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Dashboard"] = connection ?? $"Data Source={file}",
                ["Dashboard:Gazetteer"] = parsed.Option("gazetteer"),
            });
            if (connection is not null && await HoldsDocumentsAsync(database.Get<IDbContextFactory<DashboardDbContext>>()))
            {
                await error.WriteLineAsync($"error: {database.Description} already holds documents; bench queries fills the database it measures, so give it an empty one (nothing was changed)");
                return ExitCodes.Failure;
            }

            var gazetteer = database.Get<Dashboard.Data.Gazetteers.GazetteerSource>().Current;

            var fill = Stopwatch.StartNew();
            await FillAsync(database.Get<IDbContextFactory<DashboardDbContext>>(), gazetteer, count);
            var fillSeconds = fill.Elapsed.TotalSeconds;
            // What the end of an import does: clusters, contradictions and the stored matrix cells.
            var rebuild = Stopwatch.StartNew();
            await database.Get<Dashboard.Data.Analysis.AnalysisStore>().RebuildCorpusIfStaleAsync();
            var rebuildSeconds = rebuild.Elapsed.TotalSeconds;

            await PinBriefingAsync(database, BriefingSlides);
            var header = string.Create(CultureInfo.InvariantCulture,
                $"query benchmark on {(connection is null ? "SQLite" : database.Description)}: {count:N0} statements in {count / StatementsPerDocument:N0} documents (filled in {fillSeconds:N1} s, corpus rebuilt in {rebuildSeconds:N1} s), {repeat} runs each");
            var figures = new Dictionary<string, object> { ["statements"] = count, ["repeat"] = repeat, ["cores"] = Environment.ProcessorCount, ["corpusRebuildSeconds"] = Math.Round(rebuildSeconds, 1) };
            await TimeQueriesAsync(database, count, new SearchProbe("term421", "lunar orbit"), repeat, header, figures, output);
            return ExitCodes.Success;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The words of the two text searches: one that few statements hold, two that many do.</summary>
    private sealed record SearchProbe(string Rare, string Common);

    /// <summary>An existing database as it is: opened as the app opens it (an older schema is upgraded), no rows written.</summary>
    private static async Task<int> MeasureAsync(string connection, int repeat, string? gazetteerFile, TextWriter output, TextWriter error)
    {
        try
        {
            using var database = await DashboardDatabase.OpenExistingAsync(connection, gazetteerFile, error, "there is nothing to measure");
            if (database is null)
            {
                return ExitCodes.Failure;
            }

            var factory = database.Get<IDbContextFactory<DashboardDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var documents = await db.Documents.CountAsync();
            var count = await db.Statements.CountAsync();
            if (documents == 0 || count == 0)
            {
                await error.WriteLineAsync($"error: {database.Description} holds no {(documents == 0 ? "documents" : "statements")}, so there is nothing to measure; import articles first, or leave out --measure to let the benchmark fill a database of its own");
                return ExitCodes.Failure;
            }

            var words = await SearchWordsOfAsync(db);
            var header = string.Create(CultureInfo.InvariantCulture,
                $"query benchmark on {database.Description} as it is: {count:N0} statements in {documents:N0} documents, searching “{words.Rare}” and “{words.Common}”, {repeat} runs each");
            var figures = new Dictionary<string, object> { ["documents"] = documents, ["statements"] = count, ["repeat"] = repeat, ["cores"] = Environment.ProcessorCount };
            await TimeQueriesAsync(database, count, words, repeat, header, figures, output);
            return ExitCodes.Success;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>
    /// From the first 5,000 statements: the two most frequent words of four letters or more, and the
    /// first of the words of seven letters or more that occur there exactly twice (rare, but there).
    /// </summary>
    private static async Task<SearchProbe> SearchWordsOfAsync(DashboardDbContext db)
    {
        var texts = await db.Statements.OrderBy(s => s.Id).Select(s => s.Text).Take(5_000).ToListAsync();
        var counts = texts.SelectMany(t => Dashboard.Data.Search.SearchWords.Tokenize(t).Distinct())
            .GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = counts.Where(c => c.Key.Length >= 4).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).Select(c => c.Key);
        var rare = counts.Where(c => c.Key.Length >= 7 && c.Value == 2).Select(c => c.Key).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? counts.OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
        return new SearchProbe(rare, string.Join(' ', common));
    }

    private static async Task TimeQueriesAsync(DashboardDatabase database, int count, SearchProbe words, int repeat, string header, Dictionary<string, object> figures, TextWriter output)
    {
        var gazetteer = database.Get<Dashboard.Data.Gazetteers.GazetteerSource>().Current;
        var agency = gazetteer.Actors.First(a => a.Kind == ActorKind.Agency).Name;
        var statements = database.Get<StatementQueries>();
        var matrix = database.Get<MatrixQueries>();
        var corpus = database.Get<CorpusQueries>();
        var none = DashboardFilter.None;
        var byActor = none with { Actors = [agency] };
        // The three filters the matrix and overview compute from the statements (the stored cells serve actors and programs only).
        var overview = await corpus.OverviewAsync(none);
        var outlet = overview.Outlets.Count > 0 ? overview.Outlets[0].Outlet : "TASS";
        var newest = overview.To ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var filtered = new (string Name, string Key, DashboardFilter Filter)[]
        {
            ("an outlet", "Outlet", none with { Outlets = [outlet] }),
            ("a year", "Year", none with { From = newest.AddYears(-1), To = newest }),
            ("rare words", "Words", none with { Text = words.Rare }),
        };
        var deepPage = Math.Max(1, count / 50 / 2);
        // The page before the deep one, read once: its last statement is where a reader who came page by page continues from.
        var beforeDeep = deepPage > 1 ? (await statements.PageAsync(none, StatementSort.DateDescending, deepPage - 1, 50)).Next : null;
        var briefing = database.Get<Dashboard.Data.Briefing.BriefingQueries>();
        var deck = (await database.Get<Dashboard.Data.Briefing.BriefingDeck>().DeckAsync(null)).Id;
        var slides = (await briefing.SlidesAsync(deck)).Count;
        (string Name, string Key, Func<Task> Run)[] queries =
        [
            ("overview", "overview", () => corpus.OverviewAsync(none)),
            ("overview, computed", "overviewComputed", () => corpus.ComputeOverviewAsync(none)),
            ("stance timeline", "timeline", () => corpus.TimelineAsync(none)),
            ("stance timeline, read", "timelineRead", () => corpus.ReadTimelineAsync(none)),
            ("matrix", "matrix", () => matrix.GetAsync(none)),
            ("matrix, computed", "matrixComputed", () => matrix.ComputeAsync(none)),
            ("matrix, one actor", "matrixOneActor", () => matrix.GetAsync(byActor)),
            .. filtered.Select(f => ($"matrix, {f.Name}", $"matrix{f.Key}", (Func<Task>)(() => matrix.GetAsync(f.Filter)))),
            .. filtered.Select(f => ($"overview, {f.Name}", $"overview{f.Key}", (Func<Task>)(() => corpus.OverviewAsync(f.Filter)))),
            ("contradictions (top 500)", "contradictions", () => corpus.ContradictionsAsync(none, null)),
            ("contradictions, a page of 25", "contradictionsPage", async () => await corpus.ContradictionViewsAsync((await corpus.ContradictionRefsAsync(none, null)).Take(25).ToList())),
            ("statements, first page", "statementsFirstPage", () => statements.PageAsync(none, StatementSort.DateDescending, 1, 50)),
            ($"statements, page {deepPage:N0}", "statementsDeepPage", () => statements.PageAsync(none, StatementSort.DateDescending, deepPage, 50)),
            ($"statements, page {deepPage:N0} after page {deepPage - 1:N0}", "statementsDeepPageKeyset", () => statements.PageAsync(none, StatementSort.DateDescending, deepPage, 50, beforeDeep)),
            ("statements by actor", "statementsByActor", () => statements.PageAsync(none, StatementSort.Actor, 1, 50)),
            ("statements by outlet", "statementsByOutlet", () => statements.PageAsync(none, StatementSort.Outlet, 1, 50)),
            ("statements, one actor", "statementsOneActor", () => statements.PageAsync(byActor, StatementSort.DateDescending, 1, 50)),
            ("text search, top 50", "textSearchTop50", () => statements.PageAsync(none with { Text = words.Rare }, StatementSort.DateDescending, 1, 50)),
            ("text search, common words", "textSearchCommonWords", () => statements.PageAsync(none with { Text = words.Common }, StatementSort.DateDescending, 1, 50)),
            ($"briefing, {slides} slides", "briefing", () => briefing.SlidesAsync(deck)),
        ];

        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(header);
        await output.WriteLineAsync(string.Create(culture, $"  {"query",-28} {"p50 ms",10} {"p95 ms",10}"));
        foreach (var (name, key, run) in queries)
        {
            await run(); // warm-up: query compilation and the page cache
            var times = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                var clock = Stopwatch.StartNew();
                await run();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var p50 = Percentile(times, 0.50);
            var p95 = Percentile(times, 0.95);
            await output.WriteLineAsync(string.Create(culture, $"  {name,-28} {p50,10:N1} {p95,10:N1}"));
            figures[key] = new { p50 = Math.Round(p50, 1), p95 = Math.Round(p95, 1) };
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(figures));
    }

    /// <summary>How many items the filled database's briefing pins: a long meeting's worth.</summary>
    private const int BriefingSlides = 200;

    /// <summary>Pins as many items as there are to <paramref name="slides"/>: matrix cells, statements, contradictions and comparisons in turn.</summary>
    private static async Task PinBriefingAsync(DashboardDatabase database, int slides)
    {
        var none = DashboardFilter.None;
        var corpus = database.Get<CorpusQueries>();
        var cells = (await database.Get<MatrixQueries>().GetAsync(none)).Cells.Values.Select(c => ("cell", Dashboard.Data.Briefing.CellKey.Of(c.Actor, c.Program)));
        var statements = (await database.Get<StatementQueries>().PageAsync(none, StatementSort.DateDescending, 1, slides)).Items.Select(s => ("statement", s.Fingerprint));
        var contradictions = (await corpus.ContradictionRefsAsync(none, null)).Select(c => ("contradiction", c.Fingerprint));
        var clusters = (await corpus.ClustersAsync(none)).Select(c => ("cluster", c.Id));
        var kinds = new[] { cells.ToList(), statements.ToList(), contradictions.ToList(), clusters.ToList() };
        var items = Enumerable.Range(0, slides).SelectMany(i => kinds.Where(k => i < k.Count).Select(k => k[i])).Take(slides);
        var deck = database.Get<Dashboard.Data.Briefing.BriefingDeck>();
        foreach (var (type, key) in items)
        {
            await deck.PinAsync(type, key, key, "bench");
        }
    }

    private static async Task<bool> HoldsDocumentsAsync(IDbContextFactory<DashboardDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Documents.IgnoreQueryFilters().AnyAsync();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Deterministic rows, written in batches with change tracking off.</summary>
    private static async Task FillAsync(IDbContextFactory<DashboardDbContext> factory, Gazetteer gazetteer, int count)
    {
        var random = new Random(20261121);
        var actors = gazetteer.Actors.Where(a => a.Kind == ActorKind.Agency).Select(a => a.Name).ToArray();
        var programs = gazetteer.Programs.Select(p => p.Name).ToArray();
        string[] outlets = ["TASS", "Reuters", "SpaceNews", "Xinhua", "Interfax", "CNBC", "RIA Novosti", "The Verge"];
        string[] words = ["lunar", "orbit", "station", "cooperation", "partners", "program", "mission", "budget", "launch", "module", "crew", "schedule", "agreement", "science", "base"];
        var start = new DateOnly(2019, 1, 1);
        var documents = (count + StatementsPerDocument - 1) / StatementsPerDocument;
        const int batch = 500;
        for (var first = 0; first < documents; first += batch)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var d = first; d < Math.Min(documents, first + batch); d++)
            {
                var published = start.AddDays(random.Next(0, 7 * 365));
                var document = new Document
                {
                    FileName = $"bench-{d:D7}.txt", RawText = "", ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(d))), ImportedAt = DateTime.UtcNow,
                    Title = $"Bench article {d}", Outlet = outlets[random.Next(outlets.Length)], PublishedOn = published, Language = "en", AnalyzedAt = DateTime.UtcNow,
                };
                for (var s = 0; s < StatementsPerDocument && d * StatementsPerDocument + s < count; s++)
                {
                    // 18 common words (each in about 70% of statements) and one of 1,000 rarer terms (0.1%).
                    var text = string.Join(' ', Enumerable.Range(0, 18).Select(_ => words[random.Next(words.Length)])) + $" term{random.Next(1000):D3}";
                    var statement = new Statement
                    {
                        Ordinal = s, Fingerprint = $"bench-{d}-{s}", Speaker = $"Speaker {random.Next(400)}", Actor = actors[random.Next(actors.Length)],
                        Text = text, Start = 0, End = text.Length, Direct = random.Next(2) == 0, Date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateSort = published,
                    };
                    var score = random.Next(-3, 4);
                    statement.Stances.Add(new StatementStance
                    {
                        Program = programs[random.Next(programs.Length)], Score = score, Label = ((StanceLabel)score).Name(), Conditional = random.Next(5) == 0, Confidence = 0.6, CuesJson = "[]",
                    });
                    document.Statements.Add(statement);
                }

                db.Documents.Add(document);
            }

            await db.SaveChangesAsync();
        }
    }
}
