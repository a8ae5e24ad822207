using System.Globalization;
using System.Text.Json;
using Dashboard.Cli.Scoring;
using Dashboard.Core.Analysis.Json;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>score &lt;manifest.json&gt; &lt;folder&gt; [--analysis &lt;analyze output&gt;] [--details]</c>: how the analysis of
/// real articles saved in a folder compares with what analysts recorded of them (tests/realworld).
/// Without <c>--analysis</c> the folder is analysed as <c>analyze</c> would.
/// </summary>
public static class ScoreCommand
{
    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Positional.Count != 2)
        {
            throw new UsageException("score needs a manifest and the folder where its articles are saved");
        }

        if (await ReadAsync(parsed.Positional[0], "manifest", Manifest.Parse, error) is not { } manifest)
        {
            return ExitCodes.Failure;
        }

        AnalysisOutput analysis;
        if (parsed.Option("analysis") is { } saved)
        {
            if (await ReadAsync(saved, "output of analyze --format json", json => JsonSerializer.Deserialize<AnalysisOutput>(json, SavedAnalysis), error) is not { } read)
            {
                return ExitCodes.Failure;
            }

            analysis = read;
        }
        else
        {
            if (await GazetteerFile.TryLoadAsync(parsed.Option("gazetteer"), error) is not { } gazetteer)
            {
                return ExitCodes.Failure;
            }

            var wanted = manifest.Articles.Select(a => a.File).ToHashSet(StringComparer.Ordinal);
            var (articles, warnings) = InputFiles.Read([parsed.Positional[1]]);
            analysis = AnalyzeCommand.Analyse(articles.Where(a => wanted.Contains(a.FileName)).ToList(), warnings, gazetteer);
        }

        var score = RealWorldScore.Compute(manifest, analysis);
        if (score.Articles == 0)
        {
            await error.WriteLineAsync($"error: none of the manifest's {manifest.Articles.Count} articles is in {parsed.Positional[1]} (files are matched by name)");
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            real-world score ({score.Articles} of {manifest.Articles.Count} articles)
              core-stance recall      {score.CoreRecall}
              all-stance recall       {score.AllRecall}
              stance precision        {score.Precision}
              sign accuracy           {score.SignAccuracy}
              recalled dates          {score.RecalledDates}
              cluster recall          {score.ClusterRecall}
              cluster precision       {score.ClusterPrecision}
              contradiction recall    {score.ContradictionRecall}
              contradiction precision {score.ContradictionPrecision}
            """));
        if (parsed.Flag("details"))
        {
            await output.WriteLineAsync("missed:");
            foreach (var miss in score.Misses)
            {
                await output.WriteLineAsync("  " + miss);
            }

            await output.WriteLineAsync("found but not recorded:");
            foreach (var finding in score.FalseFindings)
            {
                await output.WriteLineAsync("  " + finding);
            }
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            articles = score.Articles,
            coreRecall = score.CoreRecall.Value,
            allRecall = score.AllRecall.Value,
            precision = score.Precision.Value,
            signAccuracy = score.SignAccuracy.Value,
            recalledDates = score.RecalledDates.Value,
            clusterRecall = score.ClusterRecall.Value,
            clusterPrecision = score.ClusterPrecision.Value,
            contradictionRecall = score.ContradictionRecall.Value,
            contradictionPrecision = score.ContradictionPrecision.Value,
        }));
        return ExitCodes.Success;
    }

    /// <summary>The analysis contract, with every list it promises required: a file that lacks one is not an analysis.</summary>
    private static readonly JsonSerializerOptions SavedAnalysis = new(AnalysisJson.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>A JSON input of the command, or null after saying on <paramref name="error"/> why it cannot be used.</summary>
    private static async Task<T?> ReadAsync<T>(string path, string what, Func<string, T?> parse, TextWriter error)
        where T : class
    {
        try
        {
            return parse(await File.ReadAllTextAsync(path)) ?? throw new JsonException("it holds null");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            await error.WriteLineAsync($"error: {path}: not a readable {what} ({ex.Message})");
            return null;
        }
    }
}
