namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the forty-seventh round of real articles showed the rules missing: a day of the month with no month
/// ("On the 24th,", the Korean press's habit), "this past Saturday", and "Earlier on Tuesday," opening a sentence; astronauts
/// recruited for a program; talks taken up again; "the agency's spokesperson"; "Russia's Roscosmos" as one of two subjects;
/// a wire's dateline before the agency a sentence opens with; cooperation restored or rebuilt, as nouns; "cannot" as a negation.
/// Sentences of our own.
/// </summary>
public sealed class RoundFortySevenTests
{
    private static string? DateOf(string published, string sentence) =>
        Assert.Single(TestCorpus.Document($"title: Dates\noutlet: Example Post\ndate: {published}\n\n{sentence}").Statements).Date?.ToString();

    [Theory]
    [InlineData("2021-05-27", "On the 24th, the science minister signed the Artemis Accords, KASA said.", "2021-05-24")]
    [InlineData("2021-05-27", "KASA said on the 24th and again today that the minister will sign the Artemis Accords.", "2021-05-24")]
    // a day still to come this month was last month's
    [InlineData("2021-06-03", "KASA said on the 28th that the minister will sign the Artemis Accords.", "2021-05-28")]
    [InlineData("2021-05-27", "KASA said this past Saturday that Korea will sign the Artemis Accords.", "2021-05-22")]
    // "last Thursday" in a Thursday paper is a week ago
    [InlineData("2021-05-27", "KASA said last Thursday that it will sign the Artemis Accords.", "2021-05-20")]
    [InlineData("2022-07-27", "Earlier on Tuesday, the Roscosmos board met in Moscow. Russia will leave the ISS after 2024, the head of Roscosmos said.", "2022-07-26")]
    public void A_day_given_without_its_month_or_before_a_past_weekday_dates_the_statement(string published, string sentence, string date) =>
        Assert.Equal(date, DateOf(published, sentence));

    [Theory]
    [InlineData("KASA said the minister signed the Artemis Accords on the 24th anniversary of the treaty.")]
    [InlineData("KASA said the Artemis Accords were signed on the 3rd floor of the ministry.")]
    public void An_ordinal_that_counts_a_thing_is_no_date(string sentence) => Assert.Equal("2021-05-27", DateOf("2021-05-27", sentence));

    [Theory]
    [InlineData("Japan's science minister Taro Doe said that Japan will recruit astronauts to take part in the Artemis program.", "JAXA", "Artemis")]
    [InlineData("ISRO said it had hired four new astronauts for Gaganyaan.", "ISRO", "Gaganyaan")]
    [InlineData("ESA said it had returned to discussing the ExoMars mission with Roscosmos.", "ESA", "ExoMars")]
    [InlineData("ESA said it had resumed talks with Roscosmos on ExoMars.", "ESA", "ExoMars")]
    public void Crews_recruited_for_a_program_and_talks_taken_up_again_are_positions(string text, string actor, string program) =>
        Assert.Contains((actor, program, 1), TestCorpus.Positions(text));

    [Fact]
    public void Talks_not_taken_up_again_are_a_refusal() =>
        Assert.Contains(("ESA", "ExoMars", -1), TestCorpus.Positions("ESA said it would not return to talks with Roscosmos on ExoMars."));

    [Fact]
    public void An_unnamed_spokesperson_of_the_agency_a_wire_story_opens_with_speaks_for_it()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Talks\noutlet: Example Wire\ndate: 2022-06-13\n\nPARIS (Example Wire) - The European Space Agency and Roscosmos have returned to discussing the ExoMars mission, the agency's spokesperson said.").Statements, s => s.Actor == "ESA");

        Assert.Contains(statement.Stances, p => p.Program == "ExoMars" && p.Score > 0);
    }

    [Fact]
    public void A_country_s_agency_named_with_its_country_is_one_of_two_subjects() =>
        Assert.Equal(["ESA", "Roscosmos"], TestCorpus.Positions("ESA and Russia's Roscosmos have resumed talks on the ExoMars mission.").Where(p => p.Program == "ExoMars" && p.Sign > 0).Select(p => p.Actor).Order());

    [Theory]
    [InlineData("ESA's director general Jan Roe said the agency wants the restoration of cooperation on ExoMars.", 1)]
    [InlineData("ESA's director general Jan Roe announced the revival of cooperation on ExoMars.", 1)]
    [InlineData("ESA's director general Jan Roe said: \"I cannot see a rebuild of the cooperation we had on ExoMars.\"", -1)]
    [InlineData("ESA's director general Jan Roe said the agency was not considering the restoration of cooperation on ExoMars.", -1)]
    public void Cooperation_restored_or_rebuilt_named_as_a_noun_is_a_position_and_its_negation_a_refusal(string text, int sign) =>
        Assert.Contains(("ESA", "ExoMars", sign), TestCorpus.Positions(text));

    [Theory]
    [InlineData("Roscosmos head Ivan Roe said Russia cannot take part in the Lunar Gateway.")]
    [InlineData("Roscosmos head Ivan Roe said Russia can't join the Lunar Gateway.")]
    [InlineData("Roscosmos head Ivan Roe said Russia cannot support the Lunar Gateway.")]
    public void Cannot_negates_as_not_does(string text) =>
        Assert.Contains(("Roscosmos", "Lunar Gateway", -1), TestCorpus.Positions(text));
}
