namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the fiftieth round of real articles showed the rules missing: an ending denied; an outlet that "reported X as
/// saying"; the organisation right before a title; a person's post ended, not a program; "told reporters" and a clause without
/// "that"; ties repaired; a sentence that opens in the present after a dated one; a national astronaut; a crew ready for its
/// flight; an interview's transcript; a priority worded as a concern. Sentences of our own.
/// </summary>
public sealed class RoundFiftyTests
{
    [Theory]
    [InlineData("The crash of the probe will not be the end of the Luna program, the Kremlin said.", "Kremlin", "Luna")]
    [InlineData("The failure does not signal the end of the Luna program, Roscosmos said.", "Roscosmos", "Luna")]
    [InlineData("Roscosmos said the accident does not mean that Russia will close the Luna program.", "Roscosmos", "Luna")]
    [InlineData("Roscosmos head Ivan Roe told reporters they are trying to repair the damage to cooperation on the ISS.", "Roscosmos", "ISS")]
    [InlineData("NASA said it wants to mend ties with its partners on the International Space Station.", "NASA", "ISS")]
    [InlineData("Canadian astronaut Jane Roe says she and her crewmates are ready for a long flight around the Moon on Artemis II.", "CSA", "Artemis")]
    public void A_position_the_round_showed_is_read(string text, string actor, string program) =>
        Assert.Contains((actor, program, 1), TestCorpus.Positions(text));

    [Fact]
    public void An_outlet_that_reported_someone_as_saying_is_not_the_speaker()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Moon\noutlet: Example Post\ndate: 2023-09-14\n\n\"We will carry on with the Luna program,\" the news agency TASS reported Putin as saying.").Statements);

        Assert.Equal(("Vladimir Putin", "Kremlin"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void The_organisation_right_before_a_title_is_the_speakers_not_the_first_of_the_sentence()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Accords\noutlet: Example Post\ndate: 2020-10-14\n\nRussia has not yet signed, and a Kremlin official said the Artemis Accords are too U.S.-centric.").Statements);

        Assert.Equal("Kremlin", statement.Actor);
    }

    [Fact]
    public void A_post_ended_is_no_program_ended() =>
        Assert.DoesNotContain(TestCorpus.Positions("title: Roscosmos looks for friends as a new crew heads to the ISS\noutlet: Example Post\ndate: 2022-10-05\n\nIn July, Russia abruptly terminated Dmitry Rogozin’s tenure as the head of its space agency, Roscosmos."), p => p.Sign != 0);

    [Fact]
    public void What_someone_told_reporters_without_that_is_the_clause_after_them()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Ties\noutlet: Example Post\ndate: 2022-10-05\n\nToday the head of the human spaceflight program at Roscosmos, Ivan Roe, told U.S. reporters they are trying to keep the ISS flying.").Statements);

        Assert.Equal("they are trying to keep the ISS flying.", statement.Text);
    }

    [Fact]
    public void A_sentence_that_opens_in_the_present_is_not_dated_by_the_paragraph_before_it()
    {
        var statements = TestCorpus.Document("title: Ties\noutlet: Example Post\ndate: 2022-10-05\n\nIn July, Russia replaced the head of Roscosmos. Today Roscosmos official Ivan Roe told reporters that the agency will keep flying to the ISS.").Statements;

        Assert.Equal("2022-10-05", Assert.Single(statements, s => s.Speaker == "Ivan Roe").Date?.ToString());
    }

    [Fact]
    public void When_it_was_said_is_not_part_of_what_was_said()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Crew\noutlet: Example Post\ndate: 2025-09-24\n\nThe Artemis II crew, including Canadian astronaut Jane Roe, said Wednesday they are most concerned about laying the groundwork for later flights.").Statements);

        Assert.Equal(("they are most concerned about laying the groundwork for later flights.", 0), (statement.Text, statement.Stances.Sum(s => Math.Sign(s.Score))));
    }

    [Fact]
    public void An_interviews_turns_are_the_words_of_the_person_each_label_names()
    {
        var document = TestCorpus.Document("""
            title: Interview
            outlet: Example Broadcaster
            date: 2022-08-08

            NASA Administrator Bill Nelson talks to our host about space diplomacy.

            HOST: Welcome back to the show. What about the station?

            BILL NELSON, NASA ADMINISTRATOR: Thank you. We will keep the International Space Station flying until 2030 with our partners.

            NOTE: The interview was recorded last week and edited for length.
            """);

        var statement = Assert.Single(document.Statements);
        Assert.Equal(("Bill Nelson", "NASA", 1), (statement.Speaker, statement.Actor, Math.Sign(Assert.Single(statement.Stances, s => s.Program == "ISS").Score)));
    }

    [Fact]
    public void A_turn_labelled_by_a_given_name_is_of_the_person_the_article_introduced_as_a_fact()
    {
        var document = TestCorpus.Document("""
            title: Interview
            outlet: Example Podcast
            date: 2019-12-17

            Jane Roe is head of space exploration for the UK Space Agency, and she joined us in the studio.

            Jane - Well, we are a partner of the Lunar Gateway and we contributed money to build it.
            """);

        var statement = Assert.Single(document.Statements);
        Assert.Equal(("Jane Roe", "UKSA"), (statement.Speaker, statement.Actor));
    }
}
