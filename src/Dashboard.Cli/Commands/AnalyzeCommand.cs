using System.Globalization;
using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Corpus;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Json;

namespace Dashboard.Cli.Commands;

/// <summary><c>analyze &lt;files-or-folders…&gt; --format json</c>: one JSON document on stdout; never touches a database.</summary>
public static class AnalyzeCommand
{
    /// <summary>Ten years: a longer "period" would make every change of position a conflict.</summary>
    private const int MaxConflictDays = 3650;

    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var format = parsed.Option("format") ?? "json";
        if (format != "json")
        {
            throw new UsageException($"unknown format '{format}'; the only format is json");
        }

        if (parsed.Positional.Count == 0)
        {
            throw new UsageException("analyze needs at least one file or folder");
        }

        var conflictDays = ContradictionFinder.DefaultPeriodDays;
        if (parsed.Option("conflict-days") is { } days
            && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out conflictDays) || conflictDays > MaxConflictDays))
        {
            throw new UsageException($"--conflict-days takes a whole number of days from 0 to {MaxConflictDays}, not '{days}'");
        }

        if (await GazetteerFile.TryLoadAsync(parsed.Option("gazetteer"), error) is not { } gazetteer)
        {
            return ExitCodes.Failure;
        }

        var (articles, warnings) = await InputFiles.ReadReportingAsync(parsed.Positional, error);

        if (articles.Count == 0)
        {
            await error.WriteLineAsync("error: no input could be read");
            return ExitCodes.Failure;
        }

        var json = Analyse(articles, warnings, gazetteer, conflictDays);
        await output.WriteLineAsync(AnalysisJson.Serialize(json));
        return ExitCodes.Success;
    }

    /// <summary>The analysis of the articles as the JSON contract gives it; the same text twice is analysed once (a warning says so).</summary>
    public static AnalysisOutput Analyse(IReadOnlyList<InputArticle> articles, List<string> warnings, Gazetteer gazetteer, int conflictDays = ContradictionFinder.DefaultPeriodDays)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(warnings);
        var pipeline = new AnalysisPipeline(gazetteer);
        var documents = new List<AnalyzedDocument>();
        var sources = new Dictionary<AnalyzedDocument, InputArticle>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var document = pipeline.AnalyzeDocument(article.FileName, article.Text);
            if (seen.TryGetValue(document.Id, out var first))
            {
                warnings.Add($"{article.Path}: same text as {first}; analysed once");
                continue;
            }

            seen[document.Id] = article.Path;
            documents.Add(document);
            sources[document] = article;
        }

        var corpus = AnalysisPipeline.AnalyzeCorpus(documents, conflictDays: conflictDays);
        return AnalysisJson.Build(corpus, warnings, (document, offset) => sources[document].Html?.ToSource(offset) ?? offset);
    }
}
