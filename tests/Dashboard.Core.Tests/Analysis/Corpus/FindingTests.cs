using System.Diagnostics;
using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Corpus;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Statements;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Tests.Analysis.Corpus;

/// <summary>Findings: one per change of position, with both sides, from the runs of an actor's stances on a program.</summary>
public sealed class FindingTests
{
    private const string Program = "Lunar Gateway";

    [Fact]
    public void The_samples_give_a_few_findings_with_the_Gateway_reversal_and_the_Artemis_hedge()
    {
        var findings = TestCorpus.Samples.Contradictions;

        Assert.InRange(findings.Count, 1, 6);
        var reversal = Assert.Single(findings, f => f.Actor == "Roscosmos" && f.Program == Program && f.Kind == ContradictionKind.Reversal
            && f.Earlier.From?.Earliest == new DateOnly(2021, 1, 25) && f.Later.From?.Year == 2021 && f.Later.From?.Month == 12);
        Assert.True(reversal.Earlier.Stance < 0 && reversal.Later.Stance > 0);
        Assert.Contains(reversal.A, reversal.Earlier.Statements);
        Assert.Contains(reversal.B, reversal.Later.Statements);
        Assert.Contains(findings, f => f.Actor == "Roscosmos" && f.Program == "Artemis" && f.Kind == ContradictionKind.Hedge);
        AssertNoSharedSide(findings);
    }

    [Fact]
    public void One_utterance_in_two_outlets_counts_once_and_makes_its_side_stronger()
    {
        var tass = Said("a1", "TASS", new PartialDate(2021, 1, 25), StanceLabel.Refusing);
        var interfax = Said("a2", "Interfax", new PartialDate(2021, 1, 26), StanceLabel.Refusing);
        var later = Said("a3", "RIA", new PartialDate(2021, 12, 15), StanceLabel.Open);
        var cluster = new UtteranceCluster("c1", [tass, interfax], []);

        var merged = Assert.Single(ContradictionFinder.Find([tass, interfax, later], [cluster]));
        var alone = Assert.Single(ContradictionFinder.Find([tass, later], []));

        Assert.Equal(ContradictionKind.Reversal, merged.Kind);
        Assert.Equal([tass, interfax], merged.Earlier.Statements);
        Assert.Equal(["Interfax", "TASS"], merged.Earlier.Sources);
        // Without the cluster the two reports are two utterances a day apart: still one run, one finding.
        Assert.Single(ContradictionFinder.Find([tass, interfax, later], []));
        Assert.True(alone.Strength < 1);
    }

    [Fact]
    public void Opposite_stances_within_the_period_are_a_conflict_and_further_apart_a_reversal()
    {
        var against = Said("b1", "TASS", new PartialDate(2022, 3, 1), StanceLabel.Refusing);
        var @for = Said("b2", "RIA", new PartialDate(2022, 3, 20), StanceLabel.Supportive);

        Assert.Equal(ContradictionKind.Conflict, Assert.Single(ContradictionFinder.Find([against, @for], [])).Kind);
        Assert.Equal(ContradictionKind.Reversal, Assert.Single(ContradictionFinder.Find([against, @for], [], periodDays: 7)).Kind);
    }

    [Fact]
    public void The_date_words_were_said_orders_them_not_the_date_of_the_article()
    {
        var corpus = TestCorpus.Analyze(
        [
            ("recalled.txt", "date 2021-12-15 Rogozin said Russia was ready to continue the dialogue with NASA on the Lunar Gateway. In January, Rogozin had said that Russia was not interested in the Lunar Gateway."),
        ]);

        var finding = Assert.Single(corpus.Contradictions, c => c.Program == Program);
        Assert.Equal(ContradictionKind.Reversal, finding.Kind);
        Assert.True(finding.Earlier.Stance < 0 && finding.Later.Stance > 0);
        Assert.Equal(new DateOnly(2021, 1, 1), finding.Earlier.From?.Earliest);
    }

    [Fact]
    public void An_undated_statement_never_orders_a_reversal()
    {
        var dated = Said("d1", "TASS", new PartialDate(2021, 1, 25), StanceLabel.Refusing);
        var undated = Said("d2", "Blog", null, StanceLabel.Open);

        Assert.Empty(ContradictionFinder.Find([dated, undated], []));
    }

    [Fact]
    public void Every_statement_undated_gives_a_conflict_only_inside_one_article()
    {
        var statements = new List<StatementRef>();
        for (var i = 0; i < 200; i++)
        {
            statements.Add(Said($"u{i}", "Blog", null, i % 2 == 0 ? StanceLabel.Refusing : StanceLabel.Open));
        }

        statements.Add(Said("u0", "Blog", null, StanceLabel.Supportive, index: 1));

        var finding = Assert.Single(ContradictionFinder.Find(statements, []));
        Assert.Equal(ContradictionKind.Conflict, finding.Kind);
        Assert.Null(finding.Earlier.From);
        Assert.All(finding.Statements, s => Assert.Equal(statements[0].Document.Id, s.Document.Id));
    }

    [Fact]
    public void Two_opposite_statements_of_one_date_in_one_article_are_one_conflict()
    {
        var first = Said("e1", "TASS", new PartialDate(2022, 7, 26), StanceLabel.Withdrawing);
        var second = Said("e1", "TASS", new PartialDate(2022, 7, 26), StanceLabel.Committed, index: 1);

        var finding = Assert.Single(ContradictionFinder.Find([first, second], []));
        Assert.Equal(ContradictionKind.Conflict, finding.Kind);
        Assert.Equal((StanceLabel.Withdrawing, StanceLabel.Committed), (finding.Earlier.Stance, finding.Later.Stance));
    }

    [Fact]
    public void A_position_flipping_every_day_for_years_gives_bounded_findings_fast()
    {
        var start = new DateOnly(2010, 1, 1);
        var statements = Enumerable.Range(0, 5_000)
            .Select(i => Said($"f{i}", $"Outlet {i % 7}", PartialDate.Of(start.AddDays(i)), i % 2 == 0 ? StanceLabel.Refusing : StanceLabel.Supportive, conditional: i % 10 == 3))
            .ToList();

        var clock = Stopwatch.StartNew();
        var findings = ContradictionFinder.Find(statements, []);
        clock.Stop();

        Assert.InRange(findings.Count, 1, 51);
        Assert.All(findings.Where(f => f.Kind != ContradictionKind.Hedge), f => Assert.Equal(ContradictionKind.Conflict, f.Kind));
        Assert.All(findings, f => Assert.InRange(f.Strength, 0, 1));
        AssertNoSharedSide(findings);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_finding_keeps_its_id_when_another_outlet_reports_its_later_side()
    {
        var before = Said("g1", "TASS", new PartialDate(2021, 1, 25), StanceLabel.Refusing);
        var after = Said("g2", "RIA", new PartialDate(2021, 12, 15), StanceLabel.Open);
        var copy = Said("g3", "Interfax", new PartialDate(2021, 12, 16), StanceLabel.Open);

        var first = Assert.Single(ContradictionFinder.Find([before, after], []));
        var second = Assert.Single(ContradictionFinder.Find([before, after, copy], [new UtteranceCluster("c", [after, copy], [])]));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(3, second.Statements.Count());
    }

    private static void AssertNoSharedSide(IEnumerable<Contradiction> findings)
    {
        foreach (var group in findings.GroupBy(f => (f.Actor, f.Program)))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    Assert.Empty(list[i].Earlier.Statements.Intersect(list[j].Earlier.Statements));
                    Assert.Empty(list[i].Later.Statements.Intersect(list[j].Later.Statements));
                }
            }
        }
    }

    private static readonly Dictionary<string, AnalyzedDocument> Documents = [];

    /// <summary>A statement of Roscosmos on the Gateway in document <paramref name="document"/> (one document per name).</summary>
    private static StatementRef Said(string document, string outlet, PartialDate? date, StanceLabel label, bool conditional = false, int index = 0)
    {
        var id = document.PadLeft(12, '0');
        AnalyzedDocument doc;
        lock (Documents)
        {
            if (!Documents.TryGetValue(id + outlet, out doc!))
            {
                doc = new AnalyzedDocument(id, document + ".txt", id, "", new CleanedArticle("", [], []), new ArticleMetadata(null, outlet, date?.Exact, false, "en"), [], []);
                Documents[id + outlet] = doc;
            }
        }

        var stance = new ProgramStance(Program, label, conditional, 0.85, []);
        var statement = new Statement(new TextSpan(index * 10, index * 10 + 5), "words", "Dmitry Rogozin", "Roscosmos", true, null, date, null, [stance]) { Index = index };
        return new StatementRef(doc, statement);
    }
}
