using Dashboard.Core.Analysis.Statements;

namespace Dashboard.Core.Tests.Analysis.Statements;

public sealed class StatementExtractorTests
{
    private static IReadOnlyList<Statement> Extract(string text) => TestCorpus.Document(text).Statements;

    [Theory]
    [InlineData("“We will build the station together,” Rogozin said.")]
    [InlineData("\"We will build the station together,\" Rogozin said.")]
    [InlineData("«We will build the station together», Rogozin said.")]
    [InlineData("‘We will build the station together,’ said Rogozin.")]
    [InlineData("Rogozin said: \"We will build the station together.\"")]
    public void Direct_quotes_in_every_quotation_style_are_attributed(string text)
    {
        var statement = Assert.Single(Extract(text));
        Assert.Equal("Dmitry Rogozin", statement.Speaker);
        Assert.True(statement.Direct);
        Assert.StartsWith("We will build the station together", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nelson admonished, “We must watch the Chinese lunar programme closely.”")]
    [InlineData("“We are going back to the Moon with our partners!” exclaimed Nelson.")]
    [InlineData("Nelson vowed that NASA would keep every partner of the station on board.")]
    [InlineData("Nelson cautioned that the station could not fly forever without Russian thrusters.")]
    public void Less_common_speech_verbs_attribute_too(string text) =>
        Assert.Equal("Bill Nelson", Assert.Single(Extract("title: T\ndate: 2023-03-01\n\n" + text)).Speaker);

    [Theory]
    [InlineData("Roscosmos said that, after reading the draft, it would stay out of the Lunar Gateway.", "after reading the draft")]
    [InlineData("Borisov said that; as of now, Russia would stay out of the Lunar Gateway.", "as of now")]
    public void Reported_words_start_after_the_punctuation_their_attribution_leaves(string text, string start)
    {
        var statement = Assert.Single(Extract(text));
        Assert.StartsWith(start, statement.Text, StringComparison.Ordinal);
        Assert.Equal(statement.Text.Length, statement.Span.Length); // the evidence span starts there too
    }

    [Fact]
    public void What_is_said_inside_an_opening_clause_ends_with_that_clause()
    {
        const string text = "title: T\ndate: 2025-05-10\n\nWhile the ESA director general reaffirmed Europe's support for the Lunar Gateway in March, the budget plan would cancel the station after its first module.";

        var statement = Assert.Single(Extract(text));

        Assert.Equal("ESA", statement.Actor);
        Assert.DoesNotContain("cancel", statement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(statement.Stances, s => s.Score < 0);
    }

    [Fact]
    public void Another_party_s_act_quoted_by_a_speaker_is_that_party_s_position_not_the_speaker_s()
    {
        const string text = "title: T\ndate: 2022-04-20\n\n\"The European Space Agency has walked away from the Luna programme. We will fly our landers on our own,\" the Roscosmos chief said on Wednesday.";

        var statements = Extract(text);

        var own = Assert.Single(statements, s => s.Actor == "Roscosmos");
        Assert.DoesNotContain(own.Stances, s => s.Program == "Luna" && s.Score < 0);
        var relayed = Assert.Single(statements, s => s.Actor == "ESA");
        Assert.Equal(own.Speaker, relayed.Speaker);
        Assert.StartsWith("The European Space Agency has walked away", relayed.Text, StringComparison.Ordinal);
        Assert.Contains(relayed.Stances, s => s.Program == "Luna" && s.Score < 0);
    }

    [Theory]
    [InlineData("\"Roscosmos and NASA will continue to fly crews to the International Space Station until 2028,\" the Roscosmos chief said.", 2)]
    [InlineData("\"Russia will continue to fly crews to the International Space Station until 2028,\" the Roscosmos chief said.", 1)]
    public void A_speaker_among_the_subjects_or_speaking_for_one_keeps_the_position(string sentence, int actors)
    {
        var statements = Extract("title: T\ndate: 2022-04-20\n\n" + sentence);

        var own = Assert.Single(statements, s => s.Actor == "Roscosmos");
        Assert.Contains(own.Stances, s => s.Program == "ISS" && s.Score > 0);
        Assert.Equal(actors, statements.Select(s => s.Actor).Distinct().Count());
    }

    [Theory]
    [InlineData("While the ESA director general said on May 5, 2024 that Europe would pay $2,600 million for the Lunar Gateway, the budget plan would cancel it.", "$2,600 million for the Lunar Gateway")]
    [InlineData("When asked about the station, the ESA director general said Europe would stay committed to the Lunar Gateway, adding that the first module was ready.", "first module")]
    [InlineData("As the ESA director general said, Europe will stay committed to the Lunar Gateway and its first module.", "first module")]
    public void Commas_in_numbers_and_dates_or_before_the_speaker_do_not_end_what_was_said(string sentence, string kept)
    {
        var statement = Assert.Single(Extract("title: T\ndate: 2025-05-10\n\n" + sentence));
        Assert.Contains(kept, statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_over_two_paragraphs_is_one_statement()
    {
        const string text = "Wu Weiren, chief designer of China's lunar exploration program, spoke in Beijing.\n\n\"We plan to complete the station by 2035.\n\n\"It will be an open platform for every country,\" he said.";
        var statement = Assert.Single(Extract(text));
        Assert.Contains("2035", statement.Text, StringComparison.Ordinal);
        Assert.Contains("open platform", statement.Text, StringComparison.Ordinal);
        Assert.Equal(("Wu Weiren", "CNSA"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void A_quotation_split_by_its_attribution_gives_two_linked_statements()
    {
        var statements = Extract("“We are ready for talks,” Aschbacher told reporters. “But we will not sign anything this year.”");
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Josef Aschbacher", s.Speaker));
        Assert.Equal(0, statements[1].ContinuationOf);
    }

    [Fact]
    public void Reported_speech_without_quote_marks_is_a_statement()
    {
        var statement = Assert.Single(Extract("ISRO chairman S. Somanath told reporters that India had no plans to join the International Lunar Research Station."));
        Assert.False(statement.Direct);
        Assert.Equal("ISRO", statement.Actor);
        Assert.Equal("India had no plans to join the International Lunar Research Station.", statement.Text);
    }

    [Fact]
    public void Organisations_and_their_press_services_speak_for_themselves()
    {
        var statements = Extract("Meanwhile, the corporation told Sputnik that it was ready to continue consultations. \"We remain open to dialogue,\" the press service of Roscosmos told Interfax.");
        Assert.Equal(["Roscosmos", "Roscosmos press service"], statements.Select(s => s.Speaker));
        Assert.All(statements, s => Assert.Equal("Roscosmos", s.Actor));
        Assert.Equal(["interview with Sputnik", "interview with Interfax"], statements.Select(s => s.Venue));
    }

    [Fact]
    public void People_outside_the_gazetteer_are_attributed_through_their_stated_role()
    {
        var statements = Extract("The door is open to all partners, Wu Yanhua, deputy director of the China National Space Administration, said on Saturday. Wu said several countries had expressed interest in the station.");
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal(("Wu Yanhua", "CNSA"), (s.Speaker, s.Actor)));
    }

    [Theory]
    // the organisation before the title, possessive or as a modifier, and staff titles beside leaders
    [InlineData("The result, presented by Ivan Petrov, Roscosmos's technical officer for the experiment, surprised many.")]
    [InlineData("Ivan Petrov, the Roscosmos officer in charge of the instrument, presented the result.")]
    [InlineData("Ivan Petrov, a Roscosmos project scientist, presented the result.")]
    public void A_role_that_names_the_organisation_before_the_title_introduces_the_person(string introduction)
    {
        var statement = Assert.Single(Extract(introduction + " “The data are better than we hoped,” Petrov said."));
        Assert.Equal(("Ivan Petrov", "Roscosmos"), (statement.Speaker, statement.Actor));
    }

    [Theory]
    [InlineData("Ivan Petrov, a Roscosmos-funded planetary scientist, presented the result.")] // funded by, not staff of
    [InlineData("Ivan Petrov, Roscosmos's former chief engineer, presented the result.")] // no longer speaks for it
    public void A_role_beside_the_organisation_that_is_not_staff_of_it_now_speaks_for_nobody(string introduction) =>
        Assert.DoesNotContain(Extract(introduction + " “The data are better than we hoped,” Petrov said."), s => s.Actor == "Roscosmos");

    [Fact]
    public void Pronouns_go_to_the_last_person_and_roles_map_to_the_actor_of_the_day()
    {
        var statements = Extract("date 2023-05-10 Yuri Borisov visited the cosmodrome. He said Russia would leave the ISS after 2028.");
        var statement = Assert.Single(statements);
        Assert.Equal(("Yuri Borisov", "Roscosmos"), (statement.Speaker, statement.Actor));
        Assert.Equal("2023-05-10", statement.Date.ToString());
    }

    [Fact]
    public void A_title_alone_names_the_person_holding_it_on_the_date()
    {
        var statement = Assert.Single(Extract("date 2021-03-16 “This is not true,” the Roscosmos chief tweeted on Monday."));
        Assert.Equal("Dmitry Rogozin", statement.Speaker);
        Assert.Equal("Twitter", statement.Venue);
        Assert.Equal("2021-03-15", statement.Date.ToString());
    }

    [Fact]
    public void Quotes_nobody_said_are_not_statements()
    {
        Assert.Empty(Extract("The program, nicknamed the \"Moon Portal\" by engineers, was approved with a \"complex of experimental and research facilities\" in mind."));
    }

    [Fact]
    public void Dates_mentioned_with_the_attribution_date_the_statement()
    {
        var statement = Assert.Single(Extract("date 2021-01-25 In December, Rogozin offered NASA to build a docking module for the Lunar Gateway."));
        Assert.Equal("2020-12", statement.Date.ToString());
    }
}
