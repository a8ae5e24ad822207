namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the fortieth round of real articles showed the rules missing: a crew member assigned to a program or
/// flown to it; a launch dated by a quarter or half of a year; a program said to last for good; work on it carried on;
/// an outlet that reports after the words ("…, reports RIA Novosti"); and a congressional committee's own release.
/// Sentences of our own.
/// </summary>
public sealed class RoundFortyTests
{
    [Theory]
    [InlineData("ESA astronaut Jane Roe will head back to the International Space Station next spring, the agency said.", "ESA", "ISS", 1)]
    [InlineData("The Canadian Space Agency announced that astronaut John Doe has been assigned a long-duration mission aboard the ISS.", "CSA", "ISS", 1)]
    [InlineData("The Canadian Space Agency said astronaut Ann Lee will serve as back-up on the Artemis II flight.", "CSA", "Artemis", 1)]
    [InlineData("The China Manned Space Agency said the next crew is to be flown to the Tiangong station for a stay of half a year.", "CMSA", "Tiangong", 1)]
    [InlineData("The China Manned Space Agency said the crew would continue the assembly of Tiangong in orbit.", "CMSA", "Tiangong", 1)]
    [InlineData("ISRO said its Chandrayaan-3 mission is slated to be launched during the second half of 2023.", "ISRO", "Chandrayaan", 1)]
    [InlineData("Roscosmos head Dmitry Rogozin said the ISS will exist forever.", "Roscosmos", "ISS", 1)]
    [InlineData("\"I believe the ISS will always remain in orbit,\" said Dmitry Rogozin, the head of Roscosmos.", "Roscosmos", "ISS", 1)]
    [InlineData("Roscosmos, once it has pulled out of the International Space Station, may hand its segment to the partners, reports RIA Novosti, citing the agency's head.", "Roscosmos", "ISS", -1)]
    public void A_construction_of_the_round_gives_the_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Theory]
    [InlineData("url: https://science.house.gov/2025/3/statement-of-the-chair")]
    [InlineData("outlet: House Committee on Science, Space, and Technology (press release)")]
    public void A_committee_chair_speaking_in_the_committee_s_own_release_speaks_for_congress(string source) =>
        Assert.Contains(("US Congress", "Artemis", 1), TestCorpus.Positions(
            $"title: Statement of the committee chair\n{source}\ndate: 2025-03-04\n\n" +
            "The committee met on Tuesday to mark up the bill.\n\nWe renew our commitment to the Artemis program and will give it steady funding."));

    [Theory]
    // a person welcomed back from the station is no crew assigned, and "the" alone names no program
    [InlineData("Roscosmos head Dmitry Rogozin said the crew had returned from the International Space Station safely.", "Roscosmos", "ISS")]
    // a year not given: a lift-off "during the night" is no schedule
    [InlineData("ISRO said the Chandrayaan-3 mission was likely to lift off during the night.", "ISRO", "Chandrayaan")]
    // a halt for good is no lasting program, and a return to talks is no flight
    [InlineData("Roscosmos said the Luna-26 launch will remain indefinitely suspended.", "Roscosmos", "Luna")]
    [InlineData("NASA said it would return to the negotiating table on the Gateway.", "NASA", "Lunar Gateway")]
    public void A_near_miss_of_the_round_takes_no_side(string text, string actor, string program) =>
        Assert.DoesNotContain(TestCorpus.Positions(text), p => p.Actor == actor && p.Program == program);
}
