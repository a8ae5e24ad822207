using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>Readings that once drove headline cells the wrong way, in sentences of our own.</summary>
public sealed class MisreadingTests
{
    private static IReadOnlyList<Dashboard.Core.Analysis.Statements.Statement> Statements(string text) => TestCorpus.Document(text).Statements;

    [Fact]
    public void Gateways_as_a_common_noun_are_not_the_Lunar_Gateway() =>
        Assert.DoesNotContain(
            Statements("Roscosmos and NASA agreed to integrate the gateways of the Eagle spacecraft with the docking ports, Rogozin said on Tuesday.").SelectMany(s => s.Stances),
            p => p.Program == "Lunar Gateway");

    /// <summary>A cue is about the program it governs and those listed or nested with it, not about one in another verb phrase.</summary>
    [Theory]
    [InlineData("Roscosmos will pull out of the ISS after 2026 and will put its effort into the Russian Orbital Station, Borisov said.", "ISS", "Russian Orbital Station")]
    [InlineData("The withdrawal opens the way to the Russian Orbital Station because the ISS is worn out, Borisov said.", "ISS", "Russian Orbital Station")]
    [InlineData("Borisov said that by the time Russia withdraws from the ISS, the Russian Orbital Station will be formed.", "ISS", "Russian Orbital Station")] // a subordinate clause closed by its comma
    [InlineData("Borisov said Roscosmos would leave the ISS after the Russian Orbital Station is built.", "ISS", "Russian Orbital Station")] // a program after a preposition of time
    [InlineData("Borisov said Moscow would begin assembling its own national station by the time of leaving the ISS.", "ISS", "Russian Orbital Station")]
    public void A_cue_is_not_about_a_program_in_another_verb_phrase(string sentence, string governed, string other)
    {
        var stances = Statements(sentence).SelectMany(s => s.Stances).ToList();

        Assert.Contains(stances, p => p.Program == governed && p.Score < 0);
        Assert.DoesNotContain(stances, p => p.Program == other && p.Score < 0);
    }

    [Fact]
    public void A_cue_with_an_object_of_its_own_is_not_about_the_program_before_it_nor_a_program_of_time_after_it()
    {
        // "will build" has its own object ("its own station", which India's no station fits): not the ISS before it, not Gaganyaan after "after"
        var statement = Assert.Single(Statements("Sivan said India will not be part of the ISS and will build its own small station after Gaganyaan."));

        Assert.True(statement.Stances.Single(p => p.Program == "ISS").Score < 0);
        Assert.DoesNotContain(statement.Stances, p => p.Program == "Gaganyaan" && p.Score != 0);
    }

    [Fact]
    public void A_program_named_after_the_cues_object_and_its_relative_clause_is_not_its_object()
    {
        var statement = Assert.Single(Statements("Russia is unlikely to take part in the new lunar outpost that the Americans want to build, closing a long chapter of partnership on the ISS, officials said."));

        Assert.DoesNotContain(statement.Stances, p => p.Program == "ISS" && p.Score < 0);
    }

    [Theory]
    [InlineData("Roscosmos will pull out of the ISS and the Lunar Gateway, Borisov said.")]
    [InlineData("Roscosmos will pull out of the ISS project as well as the Lunar Gateway, Borisov said.")]
    public void A_cue_is_about_every_program_listed_with_its_object(string sentence)
    {
        var stances = Statements(sentence).SelectMany(s => s.Stances).ToList();

        Assert.Contains(stances, p => p.Program == "ISS" && p.Score < 0);
        Assert.Contains(stances, p => p.Program == "Lunar Gateway" && p.Score < 0);
    }

    [Theory]
    [InlineData("\"Honestly, we are not interested in being part of the Artemis program,\" Rogozin said.")]
    [InlineData("\"We have no intention of joining the Artemis program,\" Rogozin said.")]
    public void A_negative_head_decides_the_cue_in_its_complement(string sentence) =>
        Assert.True(Assert.Single(Statements(sentence).SelectMany(s => s.Stances)).Score < 0);

    [Fact]
    public void An_indefinite_new_station_is_not_the_program_named_before()
    {
        var statements = Statements("Roscosmos will leave the ISS in 2028, Borisov said.\n\nRussia would build a research station together with India, Borisov added.");

        Assert.DoesNotContain(statements.SelectMany(s => s.Stances), p => p.Program == "ISS" && p.Score > 0);
        Assert.Contains(statements.SelectMany(s => s.Stances), p => p.Program == "ISS" && p.Score < 0); // the first statement is read
    }

    [Fact]
    public void A_gerund_subject_names_an_act_it_does_not_perform() =>
        Assert.DoesNotContain(
            Statements("Signing the Artemis Accords does not commit India to any particular mission, ISRO chairman S. Somanath said on Thursday.").SelectMany(s => s.Stances),
            p => p.Program == "Artemis Accords" && p.Score > 0);

    [Fact]
    public void Welcoming_and_taking_part_is_support()
    {
        var stance = Assert.Single(Assert.Single(Statements("\"We welcome the Artemis Accords and we will take part,\" Hiroshi Yamakawa said.")).Stances);

        Assert.True(stance.Score >= 2, $"{stance.Label}");
    }

    [Fact]
    public void A_subordinate_clause_after_the_attribution_is_not_what_was_said()
    {
        var statement = Assert.Single(Statements("Roscosmos could still join the Lunar Gateway, Rogozin said on Monday, after the White House proposed a faster return to the Moon."));

        Assert.Equal("Roscosmos could still join the Lunar Gateway", statement.Text);
        Assert.True(Assert.Single(statement.Stances).Score > 0);
    }

    [Fact]
    public void A_speaker_in_a_clause_of_its_own_is_the_one_who_speaks()
    {
        var statement = Assert.Single(Statements("NASA praises its partners as the Roscosmos chief dismisses the Artemis program as a copy of NATO."));

        Assert.Equal("Roscosmos", statement.Actor);
        Assert.True(Assert.Single(statement.Stances).Score < 0);
    }

    [Fact]
    public void A_lead_that_names_no_program_yet_is_about_the_one_the_article_goes_on_to_name()
    {
        var statements = Statements("NASA continues working with Roscosmos despite the sanctions, a NASA spokesperson said on Friday.\n\nCrews keep flying to the ISS together. The ISS has six people aboard, and the ISS needs both.");

        Assert.Contains(statements, s => s.Actor == "NASA" && s.Stances.Any(p => p.Program == "ISS" && p.Score > 0));
    }

    [Fact]
    public void A_claim_the_speaker_denies_is_not_the_speakers_position()
    {
        var statements = Statements("Bridenstine said media reports that NASA was not willing to include Russia in the Artemis Accords were wrong.");

        Assert.DoesNotContain(statements.SelectMany(s => s.Stances), p => p.Score < 0);
    }

    [Fact]
    public void An_outlets_own_framing_is_no_position()
    {
        var statements = Statements("The signing is a milestone for the Artemis Accords, CNBC said on Monday.");

        Assert.DoesNotContain(statements.SelectMany(s => s.Stances), p => p.Score != 0);
    }

    [Fact]
    public void What_was_said_opens_at_the_first_that_not_at_a_later_one()
    {
        var statement = Assert.Single(Statements("ESA said in a statement that Europe will supply the module that the Lunar Gateway still lacks."));

        Assert.StartsWith("Europe will supply", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Karl Weber, head of DLR, stressed the importance of the Artemis program for Europe.")]
    [InlineData("Karl Weber, the head of the German Space Agency, said the Artemis program matters to Europe.")]
    [InlineData("The head of DLR, Karl Weber, said Germany would keep its part in the Artemis program.")]
    public void Words_after_the_verb_are_what_was_said_not_who_said_it(string sentence)
    {
        // Not an inverted attribution ("…, said Karl Weber, head of DLR"): Europe and Germany are in what he said.
        var statement = Assert.Single(Statements(sentence));

        Assert.Equal("DLR", statement.Actor);
        Assert.DoesNotContain("Weber", statement.Text, StringComparison.Ordinal);
    }

    /// <summary>"…, said the agency will …" opens what was said: the agency is its subject, the speaker the person before the verb.</summary>
    [Theory]
    [InlineData("Jane Roe, a NASA official, said the agency will keep funding the Mars Sample Return mission.")]
    [InlineData("Jane Roe, NASA's science chief, said the agency would keep the Mars Sample Return mission going.")]
    [InlineData("NASA's science chief, Jane Roe, said the agency will keep funding the Mars Sample Return mission.")]
    [InlineData("Jane Roe, a NASA official, said the agency will fund Mars Sample Return with new money.")] // a name after the clause's verb is no speaker either
    public void A_clause_after_said_the_agency_is_what_was_said(string sentence)
    {
        var statement = Assert.Single(Statements(sentence));

        Assert.Equal("Jane Roe", statement.Speaker);
        Assert.Equal("NASA", statement.Actor);
        Assert.StartsWith("the agency", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NASA will support the Mars Sample Return mission, said the agency in a statement.")]
    [InlineData("NASA has begun building the Mars Sample Return lander, announced the agency on Monday.")]
    [InlineData("NASA will support the Mars Sample Return mission, said the agency Friday.")] // a weekday with no preposition
    [InlineData("NASA will support the Mars Sample Return mission, said the agency's spokesman.")] // a title of its own
    public void The_agency_after_a_closing_verb_is_still_the_speaker(string sentence)
    {
        var statement = Assert.Single(Statements(sentence));

        Assert.Equal("NASA", statement.Actor);
        Assert.StartsWith("NASA", statement.Text, StringComparison.Ordinal);
    }

    /// <summary>Outsiders quoted or reported by name after the verb speak for no agency the words name.</summary>
    [Theory]
    [InlineData("\"We agree that NASA is ready to carry out Mars Sample Return,\" said Jane Roe, MSR review board chair and retired president of Acme Corp.")]
    [InlineData("No one wants NASA to slow Mars Sample Return, stressed panel member Jane Roe of the Acme Institute.")]
    public void A_person_named_after_the_verb_speaks_for_no_agency_named_in_the_words(string sentence) =>
        Assert.DoesNotContain(Statements(sentence), s => s.Actor == "NASA");

    [Fact]
    public void A_person_named_after_the_verb_with_an_agency_speaks_for_it()
    {
        var statement = Assert.Single(Statements("No one wants NASA to slow Mars Sample Return, stressed program manager Jane Roe of NASA."));

        Assert.Equal("NASA", statement.Actor);
        Assert.StartsWith("No one", statement.Text, StringComparison.Ordinal);
    }

    /// <summary>An opening participle clause ("Signing the Accords with Bill Nelson, …") is no speaker; the main clause has the speaker.</summary>
    [Theory]
    [InlineData("Signing the Artemis Accords with Bill Nelson, South Korea's science minister Jane Roe said the agreement would guide peaceful exploration.", "KASA")]
    [InlineData("Speaking at the congress beside Bill Nelson, ESA's director general Jane Roe said Europe would keep its part in the Artemis program.", "ESA")]
    public void An_opening_participle_clause_is_not_the_speaker(string sentence, string actor)
    {
        var statement = Assert.Single(Statements(sentence));

        Assert.Equal("Jane Roe", statement.Speaker);
        Assert.Equal(actor, statement.Actor);
    }

    [Fact]
    public void A_name_ending_in_ing_before_the_speaker_is_no_participle_clause() =>
        Assert.Equal("NASA", Assert.Single(Statements("Boeing and NASA officials, speaking Monday, said the Artemis program would fly in 2026.")).Actor);

    [Fact]
    public void A_panel_closing_the_sentence_speaks_not_the_agency_named_before_it() =>
        Assert.DoesNotContain(
            Statements("The delays will raise the cost of Mars Sample Return to $4 billion, $1 billion more than NASA planned, the independent panel noted."),
            s => s.Actor == "NASA");

    [Fact]
    public void An_organs_board_closing_the_sentence_speaks_for_its_organisation() =>
        Assert.Equal("Roscosmos", Assert.Single(Statements("The Russian Orbital Station will be built by 2030, after a long debate, the Roscosmos board said.")).Actor);

    /// <summary>"According to X, title, …": the title in apposition and where it was said belong to the speaker, not to the words.</summary>
    [Theory]
    [InlineData("According to Jane Roe, head of ESA's exploration directorate, Washington remains Europe's closest partner in the Artemis program.", "ESA", "Washington")]
    [InlineData("According to a 2023 interview with Yuri Borisov, director general of Roscosmos, on the news site of RIA, the ILRS power unit will be assembled by robots.", "Roscosmos", "the ILRS power unit")]
    [InlineData("According to Roscosmos, in January, the decision was made to leave the ISS.", "Roscosmos", "in January")] // a time, not where it was said
    [InlineData("According to Jane Roe, Director General of ESA, the Artemis program matters to Europe.", "ESA", "the Artemis program")] // a capitalised title
    [InlineData("According to NASA, the head of the Artemis program left in May, and the program will fly in 2027.", "NASA", "the head of")] // a clause, not a title
    public void A_title_after_according_to_belongs_to_the_speaker(string sentence, string actor, string opening)
    {
        var statement = Assert.Single(Statements(sentence));

        Assert.Equal(actor, statement.Actor);
        Assert.StartsWith(opening, statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_after_the_speakers_name_describes_the_speaker()
    {
        // A transliteration that differs by a letter, then the person who appointed him in the relative clause.
        const string text = "Yuri Borisov met the president on Tuesday. \"We will leave the station after 2024,\" said Borissov, whom Vladimir Putin appointed in July.";

        var statement = Assert.Single(Statements(text), s => s.Text.Contains("leave", StringComparison.Ordinal));

        Assert.Equal("Roscosmos", statement.Actor);
    }

    [Fact]
    public void A_senator_speaks_for_the_legislature()
    {
        var statement = Assert.Single(Statements("\"The Artemis program has my full support,\" said Sen. Maria Lopez on Friday."));

        Assert.Equal("US Congress", statement.Actor);
    }

    [Fact]
    public void A_country_stands_for_the_one_agency_of_it_the_article_names()
    {
        const string text = "Omar Saeed, an engineer at the Mohammed Bin Rashid Space Centre, spoke in Dubai on Monday. The UAE will supply the airlock module for the Gateway.";

        var statement = Assert.Single(Statements(text));

        Assert.Equal("MBRSC", statement.Actor);
        Assert.True(Assert.Single(statement.Stances, s => s.Program == "Lunar Gateway").Score > 0);
    }

    [Fact]
    public void A_country_keeps_its_usual_agency_when_that_agency_is_named_too()
    {
        const string text = "Omar Saeed, an engineer at the Mohammed Bin Rashid Space Centre, spoke in Dubai on Monday. The UAE Space Agency will supply the airlock module for the Gateway.";

        Assert.Equal("UAE Space Agency", Assert.Single(Statements(text)).Actor);
    }

    [Fact]
    public void Another_actors_decision_in_the_speakers_words_is_not_the_speakers_position()
    {
        var statement = Assert.Single(Statements("Roscosmos said it had heard nothing from the European Space Agency about its decision to stop cooperation on ExoMars."));

        Assert.Equal("Roscosmos", statement.Actor);
        Assert.DoesNotContain(statement.Stances, s => s.Score < 0);
    }

    [Fact]
    public void The_speakers_own_decision_stays_its_position()
    {
        var statement = Assert.Single(Statements("Roscosmos said its decision to leave the ISS after 2024 was final."));

        Assert.True(Assert.Single(statement.Stances, s => s.Program == "ISS").Score < 0);
    }

    [Theory]
    [InlineData("Smith said the White House opposes the Space Launch System and would cancel the Artemis rocket after the third flight.")] // two refusals, not opposition to a cut
    [InlineData("ISRO said it restored the Chandrayaan-3 systems after power cuts at the station.")] // power, not money
    [InlineData("Borisov stressed the importance of ending dependence on the ISS for Russian crews.")] // the importance of an ending
    public void Words_near_a_support_cue_are_no_support(string sentence) =>
        Assert.DoesNotContain(Statements(sentence).SelectMany(s => s.Stances), s => s.Score > 0);

    [Theory]
    [InlineData("Roscosmos said it regretted the decision of the European Space Agency to end their joint work on ExoMars.", "ExoMars", 1)]
    [InlineData("Borisov criticised ESA's decision to suspend its work with Roscosmos on ExoMars.", "ExoMars", 1)]
    [InlineData("NASA said it deplored the move by Russia to pull out of the International Space Station.", "ISS", 1)]
    [InlineData("ESA said it deplored the move by the White House to cut funding for Mars Sample Return.", "Mars Sample Return", 1)]
    public void Regretting_another_actors_decision_turns_its_cue_round(string sentence, string program, int sign) =>
        Assert.Equal(sign, Math.Sign(Assert.Single(Assert.Single(Statements(sentence)).Stances, s => s.Program == program).Score));

    [Fact]
    public void Another_actors_decision_named_with_of_is_not_the_speakers_position() =>
        Assert.DoesNotContain(Assert.Single(Statements("Roscosmos said it had accepted the decision of the European Space Agency to halt the ExoMars mission.")).Stances, s => s.Score != 0);

    [Fact]
    public void A_that_after_a_finite_verb_opens_a_relative_clause_inside_what_was_said()
    {
        var statement = Assert.Single(Statements("NASA chief Sean Duffy said on Tuesday the agency would cancel the Gateway that was to orbit the Moon, because the budget had been cut."));

        Assert.StartsWith("the agency would cancel", statement.Text, StringComparison.Ordinal);
        Assert.True(Assert.Single(statement.Stances, s => s.Program == "Lunar Gateway").Score < 0);
    }

    [Fact]
    public void A_closing_attribution_with_a_long_phrase_of_time_and_place_takes_the_words_before_it()
    {
        var statement = Assert.Single(Statements("ESA has suspended the ExoMars mission with Roscosmos, it announced Thursday March 17 in a press release after its council meeting."));

        Assert.Equal("ESA", statement.Actor);
        Assert.True(Assert.Single(statement.Stances, s => s.Program == "ExoMars").Score < 0);
    }

    [Theory]
    [InlineData("NASA can still keep the 2024 landing date, Jane Roe, the nominee to lead NASA, said in a Senate hearing.")]
    [InlineData("NASA can still keep the 2024 landing date, Jane Roe, the nominee to lead NASA, said at a Senate hearing.")]
    public void A_name_after_the_verbs_preposition_is_where_it_was_said_not_who_said_it(string sentence)
    {
        var statement = Assert.Single(Statements(sentence));

        Assert.Equal("NASA", statement.Actor);
        Assert.DoesNotContain("Roe", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_declared_to_be_something_is_what_was_declared_not_when()
    {
        var statement = Assert.Single(Statements("Sen. Jane Roe (R-Ohio), vice chair of the Senate Appropriations Committee, declared Tuesday to be a landmark moment for the Artemis program."));

        Assert.Equal("US Congress", statement.Actor);
        Assert.DoesNotContain("Roe", statement.Text, StringComparison.Ordinal);
        Assert.True(Assert.Single(statement.Stances, s => s.Program == "Artemis").Score > 0);
    }

    [Fact]
    public void A_quote_followed_by_a_verb_of_welcome_and_its_speaker_is_attributed()
    {
        var statement = Assert.Single(Statements("Marc Durand, the head of CNES, came to Washington.\n\n\"This framework lets our industry face new challenges on the Moon,\" welcomed Marc Durand, quoted in a release."));

        Assert.Equal("CNES", statement.Actor);
        Assert.StartsWith("This framework", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_opened_by_now_is_of_the_articles_time_not_the_speakers_last_date()
    {
        var statements = TestCorpus.Document("title: Probe\noutlet: Example Post\ndate: 2024-12-20\n\nIn 2022, Borisov said that \"the decision to leave the ISS after 2024 was final.\"\n\nNow, in a television interview, Borisov said that \"with our partners we will keep the ISS flying until 2028.\"").Statements;

        Assert.Equal(new PartialDate(2022), statements[0].Date);
        Assert.Equal(new PartialDate(2024, 12, 20), Assert.Single(statements, s => s.Text.Contains("keep the ISS", StringComparison.Ordinal)).Date);
    }

    [Theory]
    [InlineData("\"ESA is withdrawing from the ExoMars project. It is a sad day,\" Rogozin said.", "Roscosmos", "ExoMars")]
    [InlineData("\"The Chinese Communist Party is busily courting partners for the ILRS and has made clear its ambition to put crews there by 2030,\" Rep. Jane Roe (R-Okla.) said.", "US Congress", "ILRS")]
    public void Another_actors_act_told_as_a_sentence_of_its_own_is_not_the_speakers_position(string text, string speaker, string program) =>
        Assert.DoesNotContain(Statements(text), s => s.Actor == speaker && s.Stances.Any(p => p.Program == program && p.Score != 0));

    [Theory]
    [InlineData("The Russians will leave the ISS after 2024, Nelson said.", "NASA", "Roscosmos", "ISS")]
    [InlineData("The Europeans are withdrawing from the ExoMars project, Rogozin said.", "Roscosmos", "ESA", "ExoMars")]
    public void A_countrys_people_as_the_subject_act_for_its_side_not_for_the_speaker(string text, string speaker, string side, string program)
    {
        var statements = Statements(text);

        Assert.DoesNotContain(statements, s => s.Actor == speaker && s.Stances.Any(p => p.Program == program && p.Score != 0));
        Assert.Contains(statements, s => s.Actor == side && s.Stances.Any(p => p.Program == program && p.Score < 0));
    }

    [Fact]
    public void Space_officials_of_a_country_speak_for_its_space_agency() =>
        Assert.Equal("Roscosmos", Assert.Single(Statements("Russian space officials told NASA that Moscow plans to keep flying to the ISS until 2028.")).Actor);

    [Fact]
    public void A_plan_told_in_the_past_dates_what_was_planned_not_when_it_was_said()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Probe\noutlet: Example Post\ndate: 2022-03-17\n\nESA had intended to fly the ExoMars rover in October but then called the launch off.").Statements);

        Assert.Equal(new PartialDate(2022, 3, 17), statement.Date);
        Assert.True(Assert.Single(statement.Stances, s => s.Program == "ExoMars").Score < 0);
    }

    [Fact]
    public void A_decision_the_speaker_announces_to_another_stays_the_speakers() =>
        Assert.True(Assert.Single(Assert.Single(Statements("Roscosmos said it had informed NASA of its decision to leave the ISS after 2024.")).Stances).Score < 0);
}

/// <summary>Programs named only to compare, and invitations received rather than made; sentences of our own.</summary>
public sealed class BackgroundTests
{
    [Fact]
    public void A_program_named_in_a_comparison_takes_no_stance()
    {
        var statement = Assert.Single(TestCorpus.Document("Rogozin said Russia is ready to participate in the Lunar Gateway only on equal terms, similar to the International Space Station.").Statements);

        Assert.Contains(statement.Stances, p => p.Program == "Lunar Gateway" && p.Score > 0);
        Assert.DoesNotContain(statement.Stances, p => p.Program == "ISS");
    }

    [Fact]
    public void An_invitation_received_is_not_the_receivers_support()
    {
        var statement = Assert.Single(TestCorpus.Document("Aschbacher said ESA had an invitation from Roscosmos and CNSA to the ILRS that its members would discuss.").Statements);

        Assert.DoesNotContain(statement.Stances, p => p.Program == "ILRS" && p.Score > 0);
    }
}
