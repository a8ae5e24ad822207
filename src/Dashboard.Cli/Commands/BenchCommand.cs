using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>bench pipeline &lt;folder&gt;</c>: analyses every article of a folder (documents in parallel,
/// one per core, then the corpus stages) and prints a table, then one line of JSON with the figures.
/// <c>bench import</c> and <c>bench queries</c>: see <see cref="BenchImportCommand"/> and <see cref="BenchQueriesCommand"/>.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Positional.Count != 1)
        {
            throw new UsageException("bench pipeline needs exactly one folder of articles");
        }

        var repeat = Math.Max(1, parsed.IntOption("repeat", 1));
        if (await GazetteerFile.TryLoadAsync(parsed.Option("gazetteer"), error) is not { } gazetteer)
        {
            return ExitCodes.Failure;
        }

        var (articles, _) = await InputFiles.ReadReportingAsync(parsed.Positional, error);

        if (articles.Count == 0)
        {
            await error.WriteLineAsync("error: no articles to measure");
            return ExitCodes.Failure;
        }

        var pipeline = new AnalysisPipeline(gazetteer);
        var characters = articles.Sum(a => (long)a.Text.Length);
        var megabytes = articles.Sum(a => (double)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / (1024 * 1024);
        pipeline.AnalyzeDocument(articles[0].FileName, articles[0].Text); // warm-up: regex compilation
        StanceLexicon.BuildAll(); // the cues the first article did not need, which would otherwise be built inside the timed run

        // The first pass pays for what a fresh process compiles and builds as it goes (tiered JIT, the patterns'
        // automata): an import in a new process runs at that speed, a server that has analysed before at the best.
        var first = 0.0;
        var best = double.MaxValue;
        double documentSeconds = 0, corpusSeconds = 0, pauseSeconds = 0, allocated = 0;
        var statements = 0;
        for (var r = 0; r < repeat; r++)
        {
            var pausedBefore = GC.GetTotalPauseDuration();
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            var documents = new AnalyzedDocument[articles.Count];
            Parallel.For(0, articles.Count, i => documents[i] = pipeline.AnalyzeDocument(articles[i].FileName, articles[i].Text));
            var perDocument = clock.Elapsed.TotalSeconds;
            var corpus = AnalysisPipeline.AnalyzeCorpus(documents);
            var total = clock.Elapsed.TotalSeconds;
            statements = corpus.Statements.Count;
            first = r == 0 ? total : first;
            if (total < best)
            {
                best = total;
                documentSeconds = perDocument;
                corpusSeconds = total - perDocument;
                pauseSeconds = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds;
                allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            }
        }

        var figures = new Dictionary<string, object>
        {
            ["articles"] = articles.Count,
            ["megabytes"] = Math.Round(megabytes, 2),
            ["statements"] = statements,
            ["cores"] = Environment.ProcessorCount,
            ["seconds"] = Math.Round(best, 3),
            ["documentStageSeconds"] = Math.Round(documentSeconds, 3),
            ["corpusStageSeconds"] = Math.Round(corpusSeconds, 3),
            ["articlesPerSecond"] = Math.Round(articles.Count / best, 1),
            ["firstPassArticlesPerSecond"] = Math.Round(articles.Count / first, 1),
            ["megabytesPerSecond"] = Math.Round(megabytes / best, 2),
            ["gcPauseSeconds"] = Math.Round(pauseSeconds, 3),
            ["allocatedMegabytes"] = Math.Round(allocated / (1024 * 1024), 1),
        };
        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync("pipeline benchmark");
        await output.WriteLineAsync(string.Create(culture, $"  articles            {articles.Count,12:N0}"));
        await output.WriteLineAsync(string.Create(culture, $"  characters          {characters,12:N0}"));
        await output.WriteLineAsync(string.Create(culture, $"  statements          {statements,12:N0}"));
        await output.WriteLineAsync(string.Create(culture, $"  per-document stage  {documentSeconds,12:N3} s"));
        await output.WriteLineAsync(string.Create(culture, $"  corpus stage        {corpusSeconds,12:N3} s"));
        await output.WriteLineAsync(string.Create(culture, $"  articles/s          {articles.Count / best,12:N1}{(repeat > 1 ? " (best pass)" : "")}"));
        if (repeat > 1)
        {
            await output.WriteLineAsync(string.Create(culture, $"  first pass          {articles.Count / first,12:N1} articles/s"));
        }

        await output.WriteLineAsync(string.Create(culture, $"  MB/s                {megabytes / best,12:N2}"));
        await output.WriteLineAsync(string.Create(culture, $"  GC pauses           {pauseSeconds,12:N3} s"));
        await output.WriteLineAsync(string.Create(culture, $"  allocated           {allocated / (1024 * 1024),12:N0} MB"));
        await output.WriteLineAsync(JsonSerializer.Serialize(figures));
        return ExitCodes.Success;
    }
}
