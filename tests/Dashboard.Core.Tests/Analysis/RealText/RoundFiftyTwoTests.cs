namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the fifty-second round of real articles showed the rules missing: a diplomat speaking for the country named
/// before the title; quotations set between doubled apostrophes; a country's own name in the possessive and a few adjectives
/// before a program's kind; "the country's space station"; a crew selected to take part; a mission "to the moon with" a
/// partner, and a joint program named by both its partners; an addressee and a place with commas before "that"; good wishes
/// sent; efforts said to continue; a concession opening the sentence; an aim to launch. Sentences of our own.
/// </summary>
public sealed class RoundFiftyTwoTests
{
    [Theory]
    [InlineData("Russian deputy ambassador to India Jan Roe said Russia is ready to train the crew of the Gaganyaan mission.", "Kremlin", "Gaganyaan")]
    [InlineData("''We will fly the first Gaganyaan crew after two uncrewed flights,'' Jitendra Singh said in a written reply.", "ISRO", "Gaganyaan")]
    [InlineData("JAXA President Jan Roe pledged support for the United States’ more cost-effective lunar missions.", "JAXA", "Artemis")]
    [InlineData("Two foreign astronauts will be selected to train in China to take part in a joint mission to the country’s space station, CMSA announced.", "CMSA", "Tiangong")]
    [InlineData("ISRO chairman Jan Roe said the agency is discussing a possible mission to the moon with JAXA.", "ISRO", "LUPEX")]
    [InlineData("ISRO and JAXA are preparing a joint mission to the Moon, the agencies said.", "JAXA", "LUPEX")]
    [InlineData("Roscosmos and CNSA will take part in a joint project to the Moon, Roscosmos said.", "Roscosmos", "ILRS")]
    [InlineData("ISRO chairman Jan Roe said the Chandrayaan-3 lander has gone quiet. \"Efforts to establish contact will continue,\" he said.", "ISRO", "Chandrayaan")]
    [InlineData("NASA said it aims to launch the Artemis I mission on Saturday.", "NASA", "Artemis")]
    public void A_position_the_round_showed_is_read(string text, string actor, string program) =>
        Assert.Contains((actor, program, 1), TestCorpus.Positions(text));

    [Fact]
    public void What_was_told_to_an_audience_at_a_place_with_commas_is_the_clause_after_that()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Moon\noutlet: Example Post\ndate: 2019-06-11\n\n"
            + "NASA administrator Jim Bridenstine told a town hall at a research centre in Cleveland, Ohio, Monday that the agency still aims to return humans to the Moon under Artemis.").Statements);

        Assert.StartsWith("the agency still aims", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_wishes_sent_are_a_position_on_the_mission_the_article_is_about() =>
        Assert.Contains(("ESA", "Tiangong", 1), TestCorpus.Positions("title: Good wishes on the Shenzhou-12 launch\noutlet: Example Post\ndate: 2021-06-19\n\n"
            + "NASA congratulated CNSA on the launch of three astronauts to the Tiangong space station. The European Space Agency sent its good wishes."));

    [Fact]
    public void A_concession_opening_the_sentence_does_not_outweigh_its_main_clause() =>
        Assert.DoesNotContain(TestCorpus.Positions("While Britain has not played a major role in building the first rocket, the UK will help build key parts of future Artemis missions."),
            p => p is { Program: "Artemis", Sign: -1 });

    [Fact]
    public void A_diplomat_speaks_for_the_country_named_before_the_title_not_the_one_posted_to() =>
        Assert.DoesNotContain(TestCorpus.Positions("Russian deputy ambassador to India Jan Roe said Russia is ready to train the crew of the Gaganyaan mission."), p => p.Actor == "ISRO");
}
