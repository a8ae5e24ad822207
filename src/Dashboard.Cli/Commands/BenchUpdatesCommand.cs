using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dashboard.Data;
using Dashboard.Data.Analysis;
using Dashboard.Data.Annotations;
using Dashboard.Data.Entities;
using Dashboard.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>bench updates &lt;connection&gt; [--changes n] [--seed s]</c>: on a database with an imported
/// corpus, makes n changes of the kinds a meeting makes (statement corrections and their undo,
/// document corrections and their undo, deletions and their restore, verdicts), each timed from the
/// call to the moment the stored results reflect it (the call returns after the commit), then times
/// one full rebuild of the results, which is what every change cost before updates were incremental.
/// Every correction and deletion is undone within the run; the verdicts stay. Prints a table, then
/// one line of JSON with p50/p95 in milliseconds.
/// </summary>
public static class BenchUpdatesCommand
{
    private const string Who = "bench";

    private static readonly string[] Cycle =
        ["statement", "verdict", "delete", "stance", "undo statement", "restore", "document", "verdict", "undo stance", "undo document"];

    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Positional.Count != 1)
        {
            throw new UsageException("bench updates needs exactly one database (a SQLite file or a connection string) with an imported corpus");
        }

        var changes = parsed.IntOption("changes", 50);
        if (changes < Cycle.Length || changes > 10_000)
        {
            throw new UsageException($"--changes must be between {Cycle.Length} and 10,000");
        }

        var connection = parsed.Positional[0].Contains('=', StringComparison.Ordinal) ? parsed.Positional[0] : $"Data Source={Path.GetFullPath(parsed.Positional[0])}";
        try
        {
            using var database = await DashboardDatabase.OpenExistingAsync(connection, parsed.Option("gazetteer"), error, "import a corpus first");
            if (database is null)
            {
                return ExitCodes.Failure;
            }

            var factory = database.Get<IDbContextFactory<DashboardDbContext>>();
            int documents, statements;
            await using (var db = await factory.CreateDbContextAsync())
            {
                documents = await db.Documents.CountAsync();
                statements = await db.Statements.CountAsync();
            }

            if (statements == 0)
            {
                await error.WriteLineAsync($"error: {database.Description} holds no statements, so there is nothing to change; import a corpus first");
                return ExitCodes.Failure;
            }

            // An import that stopped early leaves the results out of date: brought up to date first, untimed.
            await database.Get<AnalysisStore>().RebuildCorpusIfStaleAsync();
            // What a server does once at start, untimed: the patterns built, the partitions read into memory.
            var warm = Stopwatch.StartNew();
            await database.Get<UpdatePreparation>().PrepareAsync();
            var warmMs = warm.Elapsed.TotalMilliseconds;
            var run = new Run(database, new Random(parsed.IntOption("seed", 1)));
            var times = new List<(string Kind, double Milliseconds)>();
            var slowest = new List<(string Kind, double Milliseconds, string Stages)>();
            using (var stages = new StageTimes())
            {
                for (var i = 0; i < changes; i++)
                {
                    var kind = Cycle[i % Cycle.Length];
                    var before = stages.Seconds;
                    var ms = await run.TimeAsync(kind);
                    times.Add((kind, ms));
                    slowest.Add((kind, ms, string.Join(", ", stages.Since(before).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Milliseconds:N0}")))));
                }
            }

            await run.UndoRemainingAsync();
            var rebuild = await TimeRebuildAsync(database);
            var notes = slowest.OrderByDescending(s => s.Milliseconds).Take(5)
                .Select(s => string.Create(CultureInfo.InvariantCulture, $"    {s.Kind} {s.Milliseconds:N0}: {s.Stages}"))
                .Prepend("  the slowest changes, where their time went (ms; a stage's parts follow it):");
            await PrintAsync(output, database.Description, documents, statements, times, rebuild, warmMs, notes);
            return ExitCodes.Success;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>One full rebuild, as an upgrade or re-analysis does it (and, before decision 028, every change).</summary>
    private static async Task<double> TimeRebuildAsync(DashboardDatabase database)
    {
        await using (var db = await database.Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            await db.AppSettings.Where(s => s.Key == "CorpusStale").ExecuteDeleteAsync();
            db.AppSettings.Add(new AppSetting { Key = "CorpusStale", Value = "1" });
            await db.SaveChangesAsync();
        }

        var clock = Stopwatch.StartNew();
        await database.Get<AnalysisStore>().RebuildCorpusIfStaleAsync();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task PrintAsync(TextWriter output, string description, int documents, int statements, List<(string Kind, double Milliseconds)> times, double rebuild, double warm, IEnumerable<string> notes)
    {
        var culture = CultureInfo.InvariantCulture;
        var all = times.Select(t => t.Milliseconds).ToList();
        await output.WriteLineAsync(string.Create(culture, $"update benchmark on {description}: {documents:N0} documents, {statements:N0} statements, {times.Count} changes (ms from the call to stored results)"));
        await output.WriteLineAsync("  change               n      p50      p95      max");
        foreach (var kind in times.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ms = kind.Select(t => t.Milliseconds).ToList();
            await output.WriteLineAsync(string.Create(culture, $"  {kind.Key,-16} {ms.Count,5} {Percentile(ms, 50),8:N1} {Percentile(ms, 95),8:N1} {ms.Max(),8:N1}"));
        }

        await output.WriteLineAsync(string.Create(culture, $"  {"all",-16} {all.Count,5} {Percentile(all, 50),8:N1} {Percentile(all, 95),8:N1} {all.Max(),8:N1}"));
        await output.WriteLineAsync(string.Create(culture, $"  full rebuild (every change before incremental updates): {rebuild:N0} ms; preparing at start (patterns, partitions): {warm:N0} ms"));
        foreach (var note in notes)
        {
            await output.WriteLineAsync(note);
        }

        var figures = new Dictionary<string, object>
        {
            ["documents"] = documents,
            ["statements"] = statements,
            ["changes"] = all.Count,
            ["cores"] = Environment.ProcessorCount,
            ["p50"] = Math.Round(Percentile(all, 50), 1),
            ["p95"] = Math.Round(Percentile(all, 95), 1),
            ["max"] = Math.Round(all.Max(), 1),
            ["fullRebuildMs"] = Math.Round(rebuild, 0),
            ["warmUpMs"] = Math.Round(warm, 0),
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(figures));
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The changes of one run, and what is left to undo.</summary>
    private sealed class Run(DashboardDatabase database, Random random)
    {
        private readonly Dictionary<string, int> corrections = [];
        private readonly Stack<int> deleted = new();

        private AnnotationService Annotations => database.Get<AnnotationService>();

        public async Task<double> TimeAsync(string kind)
        {
            // The target is chosen first, untimed; only the change itself is timed.
            Func<Task> change = kind switch
            {
                "statement" => await CorrectStatementAsync(kind, s => $"actor = {OtherActor(s.Actor)}"),
                "stance" => await CorrectStatementAsync(kind, s => $"stance {s.Program} = {(s.Score >= 0 ? "refusing" : "supportive")}"),
                "document" => await CorrectDocumentAsync(),
                "verdict" => await VerdictAsync(),
                "delete" => await DeleteAsync(),
                "restore" => Restore(),
                _ => Undo(kind["undo ".Length..]),
            };
            var clock = Stopwatch.StartNew();
            await change();
            return clock.Elapsed.TotalMilliseconds;
        }

        public async Task UndoRemainingAsync()
        {
            foreach (var kind in corrections.Keys.ToList())
            {
                await Undo(kind)();
            }

            while (deleted.Count > 0)
            {
                await Restore()();
            }
        }

        private sealed record Target(string Fingerprint, string? Actor, string Program, int Score);

        private string[] actors = [];

        private string OtherActor(string? actor) => actors.Where(a => a != actor).ElementAt(random.Next(actors.Length - 1));

        private async Task<Func<Task>> CorrectStatementAsync(string kind, Func<Target, string> body)
        {
            await using var db = await OpenAsync();
            if (actors.Length == 0)
            {
                actors = [.. (await db.Statements.Where(s => s.Actor != null).Select(s => s.Actor!).Distinct().ToListAsync()).Order(StringComparer.Ordinal).Take(8)];
            }

            var target = await PickAsync(db.StatementStances.OrderBy(st => st.Id).Select(st => new Target(st.Statement!.Fingerprint, st.Statement.Actor, st.Program, st.Score)));
            var text = body(target);
            return async () => corrections[kind] = Saved(await Annotations.AddAsync("correction", "statement", target.Fingerprint, text, null, Who));
        }

        private async Task<Func<Task>> CorrectDocumentAsync()
        {
            await using var db = await OpenAsync();
            var hash = await PickAsync(db.Documents.OrderBy(d => d.Id).Select(d => d.ContentHash));
            var text = string.Create(CultureInfo.InvariantCulture, $"date = {new DateOnly(2019, 1, 1).AddDays(random.Next(2500)):yyyy-MM-dd}");
            return async () => corrections["document"] = Saved(await Annotations.AddAsync("correction", "document", hash, text, null, Who));
        }

        private async Task<Func<Task>> VerdictAsync()
        {
            await using var db = await OpenAsync();
            var finding = await PickAsync(db.Contradictions.OrderBy(c => c.Id).Select(c => c.Fingerprint));
            var current = (await Annotations.ForTargetsAsync("contradiction", [finding])).FirstOrDefault(a => a.Kind == "verdict");
            var verdict = current?.Verdict == "confirmed" ? "dismissed" : "confirmed";
            return async () => Saved(await Annotations.SetVerdictAsync("contradiction", finding, current, verdict, Who));
        }

        private async Task<Func<Task>> DeleteAsync()
        {
            await using var db = await OpenAsync();
            var id = await PickAsync(db.Documents.OrderBy(d => d.Id).Select(d => d.Id));
            return async () =>
            {
                if (!await database.Get<DeletedDocuments>().DeleteAsync(id, Who))
                {
                    throw new InvalidOperationException($"document {id} could not be deleted");
                }

                deleted.Push(id);
            };
        }

        private Func<Task> Restore() => async () =>
        {
            var id = deleted.Pop();
            if (!await database.Get<DeletedDocuments>().RestoreAsync(id, Who))
            {
                throw new InvalidOperationException($"document {id} could not be restored");
            }
        };

        private Func<Task> Undo(string kind) => async () =>
        {
            if (corrections.Remove(kind, out var id) && (await Annotations.DeleteAsync(id, Who)).Error is { } refused)
            {
                throw new InvalidOperationException($"correction {id} could not be undone: {refused}");
            }
        };

        private static int Saved(AnnotationResult result) =>
            result.Saved?.Id ?? throw new InvalidOperationException($"the change was refused: {result.Error}");

        private Task<DashboardDbContext> OpenAsync() => database.Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();

        private async Task<T> PickAsync<T>(IQueryable<T> query) => await query.Skip(random.Next(await query.CountAsync())).FirstAsync();
    }
}
