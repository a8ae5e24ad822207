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
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse(args, ["details"], "analysis", "gazetteer");
        if (parsed.Positional.Count != 2)
        {
            throw new UsageException("score needs a manifest and the folder where its articles are saved");
        }

        Manifest manifest;
        try
        {
            manifest = Manifest.Parse(await File.ReadAllTextAsync(parsed.Positional[0]));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            await error.WriteLineAsync($"error: {parsed.Positional[0]}: not a readable manifest ({ex.Message})");
            return ExitCodes.Failure;
        }

        AnalysisOutput analysis;
        if (parsed.Option("analysis") is { } saved)
        {
            analysis = JsonSerializer.Deserialize<AnalysisOutput>(await File.ReadAllTextAsync(saved), AnalysisJson.Options)!;
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
}
