using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Data.Import;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>bench import &lt;folder&gt;</c>: imports every article of a folder into a new SQLite database
/// in a temporary folder, end to end (decoding, duplicate checks, analysis, persistence, corpus
/// results), exactly as <c>import</c> does, and prints a table, then one line of JSON with the figures.
/// </summary>
public static class BenchImportCommand
{
    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Positional.Count != 1)
        {
            throw new UsageException("bench import needs exactly one folder of articles");
        }

        var (articles, _) = await InputFiles.ReadReportingAsync(parsed.Positional, error);
        if (articles.Count == 0)
        {
            await error.WriteLineAsync("error: no articles to import");
            return ExitCodes.Failure;
        }

        var files = articles.Select(a => new ImportFile(a.FileName, Encoding.UTF8.GetBytes(a.Text))).ToList();
        var megabytes = files.Sum(f => (double)f.Bytes.Length) / (1024 * 1024);
        var folder = Directory.CreateTempSubdirectory("dashboard-bench-import-").FullName;
        try
        {
            var file = Path.Combine(folder, "bench.db");
            using var database = await DashboardDatabase.OpenAsync(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Dashboard"] = $"Data Source={file}",
                ["Dashboard:Gazetteer"] = parsed.Option("gazetteer"),
            }, warmUpAnalysis: true);
            var service = database.Get<ImportService>();
            using var stages = new StageTimes();
            var clock = Stopwatch.StartNew();
            var results = await service.ImportAllAsync(files, ImportCommand.Who);

            var seconds = clock.Elapsed.TotalSeconds;
            // The import's figure starts once the database is open, as an import into an open app's would; the
            // command's own (reading the files, creating the database, the analysis' warm-up beside it) is beside it.
            double commandSeconds;
            using (var process = System.Diagnostics.Process.GetCurrentProcess())
            {
                commandSeconds = (DateTime.Now - process.StartTime).TotalSeconds;
            }
            var imported = results.Count(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.NearDuplicate);
            var databaseMegabytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length) / (1024.0 * 1024);
            var figures = new Dictionary<string, object>
            {
                ["articles"] = files.Count,
                ["imported"] = imported,
                ["megabytes"] = Math.Round(megabytes, 2),
                ["cores"] = Environment.ProcessorCount,
                ["seconds"] = Math.Round(seconds, 3),
                ["commandSeconds"] = Math.Round(commandSeconds, 3),
                ["articlesPerSecond"] = Math.Round(files.Count / seconds, 1),
                ["megabytesPerSecond"] = Math.Round(megabytes / seconds, 3),
                ["databaseMegabytes"] = Math.Round(databaseMegabytes, 1),
                ["stageSeconds"] = stages.Seconds,
            };
            var culture = CultureInfo.InvariantCulture;
            await output.WriteLineAsync("import benchmark (new SQLite database)");
            await output.WriteLineAsync(string.Create(culture, $"  articles            {files.Count,12:N0}"));
            await output.WriteLineAsync(string.Create(culture, $"  imported            {imported,12:N0}"));
            await output.WriteLineAsync(string.Create(culture, $"  seconds             {seconds,12:N2}"));
            await output.WriteLineAsync(string.Create(culture, $"  command seconds     {commandSeconds,12:N2}  (from the process' start)"));
            await output.WriteLineAsync(string.Create(culture, $"  articles/s          {files.Count / seconds,12:N1}"));
            await output.WriteLineAsync(string.Create(culture, $"  MB/s                {megabytes / seconds,12:N3}"));
            await output.WriteLineAsync(string.Create(culture, $"  database size       {databaseMegabytes,12:N1} MB"));
            await output.WriteLineAsync("  where the time went (wall time of each stage; a stage's parts follow it)");
            await stages.WriteAsync(output, seconds);
            await output.WriteLineAsync(JsonSerializer.Serialize(figures));
            return ExitCodes.Success;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
