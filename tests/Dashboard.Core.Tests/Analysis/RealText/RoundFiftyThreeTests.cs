namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the fifty-third round of real articles showed the rules missing: a joint mission "with" its partner before
/// its destination; a launch judged improbable; an ending denied in a translator's "does not sign the end of"; a threat to
/// the crew, which defends the station; a program that "cannot succeed without" a partner; a launch date set; CNSA's deputy
/// administrator by name; a joint mission named by a compound adjective of its partners ("Europe-Russian"); a speech verb a
/// page glued to the speaker's title ("saidChairwoman"); a deadline called arbitrary. Sentences of our own.
/// </summary>
public sealed class RoundFiftyThreeTests
{
    [Theory]
    [InlineData("ESA director Jan Roe said the ExoMars crew is home. \"The splashdown doesn't sign the end of the ExoMars mission,\" he said.", "ESA", "ExoMars", 1)]
    [InlineData("NASA official Jan Roe said the Artemis project cannot succeed without Japan's help.", "NASA", "Artemis", 1)]
    [InlineData("The Mohammed Bin Rashid Space Centre said 25 September will be the launch date of the first Emirati astronaut's trip to the International Space Station.", "MBRSC", "ISS", 1)]
    [InlineData("The European Space Agency said Monday that the launch this year of a joint mission with Russia to Mars is now \"very unlikely\" because of sanctions.", "ESA", "ExoMars", -1)]
    [InlineData("The launch of a joint Europe-Russian mission to Mars this year is now \"very unlikely\" because of sanctions, the European Space Agency said.", "ESA", "ExoMars", -1)]
    [InlineData("Chairwoman Jane Roe (D-TX) issued the following statement.\n\n\"We cannot judge the budget needed to meet the arbitrary 2024 landing deadline of the Artemis program,\" saidChairwoman Jane Roe.", "US Congress", "Artemis", -1)]
    public void A_position_the_round_showed_is_read(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Fact]
    public void An_ending_denied_is_no_signature_refused() =>
        Assert.DoesNotContain(TestCorpus.Positions("ESA director Jan Roe said the ExoMars crew is home. \"The splashdown doesn't sign the end of the ExoMars mission,\" he said."),
            p => p.Sign < 0);

    [Fact]
    public void A_threat_to_the_crew_of_a_station_is_no_position_against_it() =>
        Assert.DoesNotContain(TestCorpus.Positions("Chinese Foreign Ministry spokesperson Jan Roe said the satellites posed a serious threat to the lives of astronauts aboard the Tiangong space station."),
            p => p.Sign < 0);

    [Fact]
    public void CNSAs_deputy_administrator_is_known_by_name()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Samples\noutlet: Example Post\ndate: 2020-12-17\n\nWu Yanhua said China will welcome foreign scientists to study the samples of the Chang'e-5 mission.").Statements);

        Assert.Equal(("Wu Yanhua", "CNSA"), (statement.Speaker, statement.Actor));
    }
}
