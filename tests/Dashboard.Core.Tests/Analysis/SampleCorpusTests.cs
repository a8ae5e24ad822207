using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Corpus;
using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Core.Tests.Analysis;

/// <summary>What the analysis must find in the shipped articles (examples of correct output; nothing here is special-cased in the code).</summary>
public sealed class SampleCorpusTests
{
    private static CorpusAnalysis Corpus => TestCorpus.Samples;

    private static IEnumerable<(StatementRef Ref, ProgramStance Stance)> Stances(string actor, string program) =>
        Corpus.Statements.Where(s => s.Statement.Actor == actor)
            .SelectMany(s => s.Statement.Stances.Where(st => st.Program == program).Select(st => (s, st)));

    [Fact]
    public void Roscosmos_refuses_the_Gateway_in_January_and_offers_dialogue_in_December_and_a_reversal_links_them()
    {
        var gateway = Stances("Roscosmos", "Lunar Gateway").ToList();
        var refusal = Assert.Single(gateway, x => x.Ref.Statement.Text.StartsWith("We are not interested in this.", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Refusing, refusal.Stance.Label);
        Assert.Equal("2021-01-25", refusal.Ref.Statement.Date.ToString());

        var dialogue = Assert.Single(gateway, x => x.Ref.Statement.Text.Contains("harmonization of technical standards", StringComparison.Ordinal) && x.Ref.Statement.Direct);
        Assert.Equal(StanceLabel.Open, dialogue.Stance.Label);
        Assert.StartsWith("2021-12", dialogue.Ref.Statement.Date.ToString(), StringComparison.Ordinal);

        var link = Assert.Single(Corpus.Contradictions, c => c.Earlier.Statements.Contains(refusal.Ref) && c.Later.Statements.Contains(dialogue.Ref));
        Assert.Equal(ContradictionKind.Reversal, link.Kind);
        Assert.Equal((StanceLabel.Refusing, StanceLabel.Open), (link.Earlier.Stance, link.Later.Stance));
        Assert.Contains("2021-01-25", link.Explanation, StringComparison.Ordinal);
        Assert.Contains("2021-12-15", link.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Roscosmos_is_critical_of_Artemis_with_a_conditional_offer_that_forms_a_hedge()
    {
        var cell = Assert.Single(Corpus.Matrix, m => m.Actor == "Roscosmos" && m.Program == "Artemis");
        Assert.Equal(StanceLabel.Critical, cell.Stance);

        var artemis = Stances("Roscosmos", "Artemis").ToList();
        Assert.Contains(artemis, x => x.Ref.Statement.Text.Contains("NATO", StringComparison.Ordinal) && x.Stance.Score < 0);
        Assert.Contains(artemis, x => x.Ref.Statement.Text.Contains("American-centric", StringComparison.Ordinal) && x.Stance.Cues.Any(c => c.Kind.Contains("American-centric", StringComparison.Ordinal)));
        var conditional = Assert.Single(artemis, x => x.Stance.Conditional && x.Ref.Statement.Text.Contains("could also consider its participation", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Open, conditional.Stance.Label);
        Assert.Contains(Corpus.Contradictions, c => c.Kind == ContradictionKind.Hedge && c.Program == "Artemis" && c.Statements.Contains(conditional.Ref));
    }

    [Fact]
    public void Roscosmos_dismisses_the_Accords_and_favours_the_lunar_station_with_China()
    {
        Assert.True(Assert.Single(Corpus.Matrix, m => m.Actor == "Roscosmos" && m.Program == "Artemis Accords").Score < 0);
        Assert.Contains(Stances("Roscosmos", "Artemis Accords"), x => x.Stance.Cues.Any(c => c.Text == "dismissed"));

        Assert.True(Assert.Single(Corpus.Matrix, m => m.Actor == "Roscosmos" && m.Program == "ILRS").Score > 0);
        Assert.Contains(Stances("Roscosmos", "ILRS"), x => x.Ref.Statement.Text.Contains("open to broad international participation", StringComparison.Ordinal) && x.Stance.Score > 0);
    }

    [Fact]
    public void Bridenstines_hope_of_continued_work_is_attributed_to_NASA()
    {
        var hope = Assert.Single(Corpus.Statements, s => s.Statement.Text.Contains("continue to work together", StringComparison.Ordinal));
        Assert.Equal("Jim Bridenstine", hope.Statement.Speaker);
        Assert.Equal("NASA", hope.Statement.Actor);
    }

    [Fact]
    public void The_NATO_remark_in_two_outlets_is_one_utterance_with_a_venue_discrepancy()
    {
        var cluster = Assert.Single(Corpus.Clusters, c => c.Members.Any(m => m.Statement.Text.Contains("similar to NATO", StringComparison.Ordinal)));
        Assert.Contains(cluster.Members, m => m.Statement.Text.Contains("resembling NATO", StringComparison.Ordinal));
        Assert.Equal(2, cluster.Members.Select(m => m.Document.Id).Distinct().Count());
        var venue = Assert.Single(cluster.Discrepancies, d => d.StartsWith("venue:", StringComparison.Ordinal));
        Assert.Contains("press conference at the International Astronautical Congress", venue, StringComparison.Ordinal);
        Assert.Contains("interview with Komsomolskaya Pravda", venue, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newspapers_words_are_the_newspapers_not_the_official_it_quotes_next()
    {
        var ominous = Corpus.Statements.Where(s => s.Statement.Text.Contains("ominous sign", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ominous);
        Assert.All(ominous, s => Assert.Equal("Washington Post", s.Statement.Actor));
    }

    [Theory]
    [InlineData("001", "2020-07-15", false)]
    [InlineData("002", "2021-03-16", false)]
    [InlineData("003", "2021-01-25", false)]
    [InlineData("004", "2021-12-15", true)]
    public void Publication_dates_are_found_and_an_inferred_year_is_flagged(string prefix, string date, bool inferred)
    {
        var metadata = TestCorpus.Sample(prefix).Metadata;
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), metadata.Published);
        Assert.Equal(inferred, metadata.PublishedInferred);
    }

    [Fact]
    public void The_undated_article_gets_no_date_rather_than_a_guess()
    {
        var metadata = TestCorpus.Sample("000").Metadata;
        Assert.True(metadata.Published is null || metadata.PublishedInferred);
    }

    [Fact]
    public void No_statement_contains_page_debris()
    {
        string[] debris = ["icon", "Like this story", "Share it with a friend", "Podcasts", "0:00", "25:59", "leave a comment", "Log in", "rights to this material", "Kalashnikov", "ПОДПИСКА", "04.07"];
        foreach (var statement in Corpus.Statements)
        {
            Assert.DoesNotContain(debris, d => statement.Statement.Text.Contains(d, StringComparison.OrdinalIgnoreCase));
            Assert.False(statement.Document.Cleaned.TouchesDebris(statement.Statement.Span), $"statement {statement.Id} overlaps debris");
        }
    }

    [Fact]
    public void Every_statement_points_at_its_exact_words_in_the_raw_text()
    {
        foreach (var statement in Corpus.Statements)
        {
            var span = statement.Statement.Span;
            Assert.Equal(statement.Statement.Text, statement.Document.Raw[span.Start..span.End]);
            foreach (var cue in statement.Statement.Stances.SelectMany(s => s.Cues))
            {
                Assert.Equal(cue.Text, statement.Document.Raw[cue.Span.Start..cue.Span.End]);
            }
        }
    }

    [Theory]
    [InlineData("001", "CNBC")]
    [InlineData("002", "RT")]
    [InlineData("003", "Sputnik")]
    [InlineData("004", "Interfax")]
    public void Outlets_are_read_from_datelines_and_attributions(string prefix, string outlet) =>
        Assert.Equal(outlet, TestCorpus.Sample(prefix).Metadata.Outlet);
}
