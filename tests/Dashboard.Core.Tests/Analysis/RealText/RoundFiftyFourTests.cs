namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the fifty-fourth round of real articles showed the rules missing: memorandums signed in the plural; money
/// awarded for a program's part; "lunar exploration led by NASA"; a plan not yet seen; a transcript's label that names a
/// known person by surname only; the head of DLR's German Space Agency by name. Sentences of our own.
/// </summary>
public sealed class RoundFiftyFourTests
{
    [Theory]
    [InlineData("The China National Space Administration and a Thai ministry signed two memorandums of understanding on cooperation on the International Lunar Research Station.", "CNSA", "ILRS", 1)]
    [InlineData("The Canadian Space Agency has awarded a robotics firm $1 billion for the next phases of the Canadarm3 program.", "CSA", "Lunar Gateway", 1)]
    [InlineData("Japan on Saturday signed a document for cooperation on lunar exploration led by NASA.", "JAXA", "Artemis", 1)]
    [InlineData("Rep. Jane Roe (D-Okla.) said the committee still hasn't seen a plan for the Artemis landing in 2024.", "US Congress", "Artemis", -1)]
    public void A_position_the_round_showed_is_read(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Fact]
    public void A_transcript_label_with_a_known_persons_surname_is_that_person()
    {
        var document = TestCorpus.Document("title: Remarks at a signing ceremony\noutlet: Example Post\ndate: 2024-02-09\n\n"
            + "SECRETARY BLINKEN: Good afternoon, everyone. We are very happy to welcome Greece to the Artemis Accords today.");

        var statement = Assert.Single(document.Statements);
        Assert.Equal(("Antony Blinken", "White House"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void The_head_of_the_german_space_agency_speaks_for_DLR_not_for_the_country_named_before()
    {
        var document = TestCorpus.Document("title: Cooperation\noutlet: Example Post\ndate: 2021-08-31\n\n"
            + "The German Space Agency at DLR is making efforts to boost cooperation with Russia, agency head Walther Pelzer told reporters.");

        Assert.NotEmpty(document.Statements);
        Assert.All(document.Statements, s => Assert.Equal("DLR", s.Actor));
    }
}
