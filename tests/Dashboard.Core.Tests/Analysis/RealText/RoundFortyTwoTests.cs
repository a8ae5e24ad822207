namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// A construction the forty-second round of real articles showed the rules misreading: a clause about a named project the
/// gazetteer does not know ("working with Russia on the Spektr-RG observatory"), which had lent its refusal to the program of the
/// sentence's other clause. Sentences of our own.
/// </summary>
public sealed class RoundFortyTwoTests
{
    [Fact]
    public void A_refusal_about_another_named_project_leaves_the_program_of_the_next_clause_alone()
    {
        var positions = TestCorpus.Positions("“We will stop working with Russia on the Spektr-RG observatory, but we fully support the ISS,” said DLR's head Anna Roe.").ToList();

        Assert.Contains(("DLR", "ISS", 1), positions);
        Assert.DoesNotContain(("DLR", "ISS", -1), positions);
    }

    [Fact]
    public void A_named_mission_with_no_program_beside_it_may_still_stand_for_the_program_named_before() =>
        Assert.Contains(("CNES", "ISS", 1), TestCorpus.Positions(
            "The French astronaut reached the International Space Station on Saturday.\n\n“Our partners made this vital phase of the Alpha mission possible,” the CNES chairman Jean Roe said."));

    [Fact]
    public void A_refusal_about_a_program_in_its_own_clause_still_counts() =>
        Assert.Contains(("DLR", "Lunar Gateway", -1), TestCorpus.Positions("“We will stop working with Russia on the Lunar Gateway project, but we fully support the ISS,” said DLR's head Anna Roe."));
}
