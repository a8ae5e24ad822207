using System.Collections.Concurrent;
using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Corpus;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Synthetic;

namespace Dashboard.Core.Tests.Analysis.Corpus;

public sealed class CorpusStagesTests
{
    [Fact]
    public void Partitions_clustered_side_by_side_give_what_one_after_another_gives()
    {
        var pipeline = TestCorpus.Pipeline;
        var documents = new CorpusGenerator(TestCorpus.Gazetteer).Generate(600, seed: 5, ArticleStyle.Compact).AsParallel().AsOrdered()
            .Select(a => pipeline.AnalyzeDocument(a.FileName, a.Text)).ToList();
        var refs = documents.SelectMany(d => d.Statements.Select(s => new StatementRef(d, s))).ToList();
        string Judged(ConcurrentBag<string> reports) => string.Join("\n", reports.Order(StringComparer.Ordinal));
        string Clusters(IReadOnlyList<UtteranceCluster> clusters) => string.Join("\n", clusters.Select(c => c.Id + ": " + string.Join(" ", c.Members.Select(m => m.Id))));
        var (oneByOne, sideBySide) = (new ConcurrentBag<string>(), new ConcurrentBag<string>());

        var sequential = UtteranceClusterer.Cluster(refs, judged: (partition, units, joins) => oneByOne.Add($"{partition} {units.Count} {joins.Count}"));
        var parallel = UtteranceClusterer.Cluster(refs, judged: (partition, units, joins) => sideBySide.Add($"{partition} {units.Count} {joins.Count}"), parallel: true);

        Assert.True(sequential.Count >= 20, $"only {sequential.Count} clusters: the corpus tests too little");
        Assert.True(oneByOne.Count >= 5, $"only {oneByOne.Count} partitions");
        Assert.Equal(Clusters(sequential), Clusters(parallel));
        Assert.Equal(Judged(oneByOne), Judged(sideBySide));
    }

    [Fact]
    public void Two_translations_of_one_utterance_form_a_cluster_with_their_differences()
    {
        var corpus = TestCorpus.Analyze(
        [
            ("a.txt", "date 2022-07-26 \"Of course we will fulfil all our obligations to our partners, but the decision to leave this station after 2024 has been made,\" Borisov told a press conference in Moscow."),
            ("b.txt", "date 2022-07-27 \"Naturally, we will meet all our obligations to the partners, but the decision to withdraw from this station after 2024 was taken,\" Borisov said in an interview with TASS."),
            ("c.txt", "date 2022-07-27 Borisov said the weather at the cosmodrome was fine and the launch of the next cargo ship was on schedule for August."),
        ]);

        var cluster = Assert.Single(corpus.Clusters);
        Assert.Equal(["a.txt", "b.txt"], cluster.Members.Select(m => m.Document.FileName).Order());
        Assert.Contains(cluster.Discrepancies, d => d.StartsWith("venue:", StringComparison.Ordinal));
        var diff = WordDiff.MarkUnshared(cluster.Members[0].Statement.Text, cluster.Members[1].Statement.Text);
        Assert.Contains(diff, d => d.Kind == DiffKind.Same && d.Text.Contains("obligations", StringComparison.Ordinal));
        Assert.Contains(diff, d => d.Kind == DiffKind.OnlyInFirst);
    }

    [Fact]
    public void Findings_are_ranked_ordered_in_time_and_of_the_right_kind()
    {
        var corpus = TestCorpus.Analyze(
        [
            ("jan.txt", "date 2021-01-25 Rogozin said Russia was not interested in the Lunar Gateway."),
            ("dec.txt", "date 2021-12-15 Rogozin said Russia was ready to continue the dialogue with NASA on the Lunar Gateway."),
            ("cond.txt", "date 2022-03-02 Rogozin said Russia was not interested in the Lunar Gateway. Later that day Rogozin said Russia could consider joining the Lunar Gateway if it were given an equal role."),
        ]);

        var gateway = corpus.Contradictions.Where(c => c.Program == "Lunar Gateway").ToList();
        var reversal = Assert.Single(gateway, c => c.Kind == ContradictionKind.Reversal && c.A.Document.FileName == "jan.txt");
        Assert.Equal("dec.txt", reversal.B.Document.FileName);
        Assert.Contains(gateway, c => c.Kind == ContradictionKind.Hedge && c.Later.Statements.Any(s => s.Statement.Stances.Any(st => st.Conditional)));
        Assert.Equal(gateway.OrderByDescending(c => c.Strength).Select(c => c.Id), gateway.Select(c => c.Id));
        Assert.Contains("2021-01-25", reversal.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_holds_mean_latest_counts_and_trend()
    {
        var corpus = TestCorpus.Analyze(
        [
            ("1.txt", "date 2020-01-10 Aschbacher said ESA was not interested in the ILRS."),
            ("2.txt", "date 2021-06-10 Aschbacher said ESA was ready to continue the dialogue on the ILRS."),
        ]);

        var cell = Assert.Single(corpus.Matrix, m => m.Actor == "ESA" && m.Program == "ILRS");
        Assert.Equal(2, cell.Statements);
        Assert.Equal(-0.5, cell.Score);
        Assert.Equal(StanceLabel.Open, cell.Latest);
        Assert.Equal(Trend.Up, cell.Trend);
        Assert.Equal(1, cell.Counts[StanceLabel.Refusing]);
    }
}
