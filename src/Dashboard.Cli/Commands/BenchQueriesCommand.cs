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
/// text search — and prints p50/p95 per query, then one line of JSON. Rows are synthesised rather
/// than imported so that the query cost is measured at sizes the import would take long to reach.
/// </summary>
public static class BenchQueriesCommand
{
    private const int StatementsPerDocument = 10;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse(args, "statements", "repeat", "gazetteer", "keep", "connection");
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

            var agency = gazetteer.Actors.First(a => a.Kind == ActorKind.Agency).Name;
            var statements = database.Get<StatementQueries>();
            var matrix = database.Get<MatrixQueries>();
            var corpus = database.Get<CorpusQueries>();
            var none = DashboardFilter.None;
            var byActor = none with { Actors = [agency] };
            var deepPage = Math.Max(1, count / 50 / 2);
            var queries = new (string Name, string Key, Func<Task> Run)[]
            {
                ("overview", "overview", () => corpus.OverviewAsync(none)),
                ("matrix", "matrix", () => matrix.GetAsync(none)),
                ("matrix, computed", "matrixComputed", () => matrix.ComputeAsync(none)),
                ("matrix, one actor", "matrixOneActor", () => matrix.GetAsync(byActor)),
                ("contradictions", "contradictions", () => corpus.ContradictionsAsync(none, null)),
                ("statements, first page", "statementsFirstPage", () => statements.PageAsync(none, StatementSort.DateDescending, 1, 50)),
                ($"statements, page {deepPage:N0}", "statementsDeepPage", () => statements.PageAsync(none, StatementSort.DateDescending, deepPage, 50)),
                ("statements by actor", "statementsByActor", () => statements.PageAsync(none, StatementSort.Actor, 1, 50)),
                ("statements by outlet", "statementsByOutlet", () => statements.PageAsync(none, StatementSort.Outlet, 1, 50)),
                ("statements, one actor", "statementsOneActor", () => statements.PageAsync(byActor, StatementSort.DateDescending, 1, 50)),
                ("text search, top 50", "textSearchTop50", () => statements.PageAsync(none with { Text = "term421" }, StatementSort.DateDescending, 1, 50)),
                ("text search, common words", "textSearchCommonWords", () => statements.PageAsync(none with { Text = "lunar orbit" }, StatementSort.DateDescending, 1, 50)),
            };

            var culture = CultureInfo.InvariantCulture;
            await output.WriteLineAsync(string.Create(culture, $"query benchmark on {(connection is null ? "SQLite" : database.Description)}: {count:N0} statements in {count / StatementsPerDocument:N0} documents (filled in {fillSeconds:N1} s, corpus rebuilt in {rebuildSeconds:N1} s), {repeat} runs each"));
            await output.WriteLineAsync(string.Create(culture, $"  {"query",-28} {"p50 ms",10} {"p95 ms",10}"));
            var figures = new Dictionary<string, object> { ["statements"] = count, ["repeat"] = repeat, ["cores"] = Environment.ProcessorCount, ["corpusRebuildSeconds"] = Math.Round(rebuildSeconds, 1) };
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
            return ExitCodes.Success;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
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
