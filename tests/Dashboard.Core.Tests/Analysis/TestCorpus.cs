using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Core.Tests.Analysis;

/// <summary>The shipped gazetteer and sample articles, and a pipeline over them (analysed once per test run).</summary>
public static class TestCorpus
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(() => GazetteerLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "data", "gazetteer.json")));
    private static readonly Lazy<CorpusAnalysis> LazySamples = new(() => Analyze(SampleFiles()));

    public static Gazetteer Gazetteer => LazyGazetteer.Value;

    public static AnalysisPipeline Pipeline => new(Gazetteer);

    /// <summary>The five sample articles, analysed as a corpus.</summary>
    public static CorpusAnalysis Samples => LazySamples.Value;

    public static IEnumerable<(string Name, string Text)> SampleFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "articles"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)));

    public static CorpusAnalysis Analyze(IEnumerable<(string Name, string Text)> files)
    {
        var pipeline = Pipeline;
        return AnalysisPipeline.AnalyzeCorpus(files.Select(f => pipeline.AnalyzeDocument(f.Name, f.Text)).ToList());
    }

    public static AnalyzedDocument Document(string text, string name = "test.txt") => Pipeline.AnalyzeDocument(name, text);

    /// <summary>Every position a text's statements take: who, on which program, for (1) or against (−1); neutral ones left out.</summary>
    public static IEnumerable<(string? Actor, string Program, int Sign)> Positions(string text) =>
        Document(text).Statements.SelectMany(s => s.Stances.Where(p => p.Score != 0).Select(p => (s.Actor, p.Program, Math.Sign(p.Score))));

    /// <summary>The sample document whose file name starts with <paramref name="prefix"/> ("003").</summary>
    public static AnalyzedDocument Sample(string prefix) => Samples.Documents.Single(d => d.FileName.StartsWith(prefix, StringComparison.Ordinal));
}
