using Dashboard.Core.Tests.Analysis;

namespace Dashboard.Core.Tests.Safety;

/// <summary>
/// Ordinary news constructions that once threw inside the analysis, stopping a whole `analyze` run or import batch: found by
/// running the analysis over real articles cut, spliced and salted with titles and names. Sentences of our own.
/// </summary>
public sealed class ConstructionsThatThrewTests
{
    [Fact]
    public void A_minister_s_name_then_a_second_title_is_read()
    {
        var document = TestCorpus.Document("date: 2024-05-14\n\nScience Minister Jane Roe, head of the delegation, said Japan will join the Artemis program.");

        Assert.NotNull(document);
    }

    [Fact]
    public void An_undated_article_naming_two_heads_of_an_agency_leaves_the_head_unnamed()
    {
        var document = TestCorpus.Document(
            "title: Station plans\n\nRoscosmos chairman Dmitry Rogozin met the crew. His successor Yuri Borisov later took over.\n\nThe Roscosmos chief said the ISS will fly until 2028.");

        var statement = Assert.Single(document.Statements, s => s.Text.Contains("until 2028", StringComparison.Ordinal));
        Assert.Equal("Roscosmos chief", statement.Speaker);
        Assert.Equal("Roscosmos", statement.Actor);
    }

    [Fact]
    public void A_president_named_after_another_president_is_read() =>
        Assert.Contains(("Kremlin", "ISS", 1), TestCorpus.Positions("Cooperation on the ISS will go on with U.S. President John Roe, Russian President Ivan Doe said."));

    [Fact]
    public void An_abbreviation_whose_bracket_a_cut_page_left_open_is_read()
    {
        var positions = TestCorpus.Positions("The European Space Agency (ESA and the Russians will cease their joint operations on the station (the ISS) next year, an official said.").ToList();

        Assert.Contains(("ESA", "ISS", -1), positions);
        Assert.Contains(("Roscosmos", "ISS", -1), positions);
    }
}
