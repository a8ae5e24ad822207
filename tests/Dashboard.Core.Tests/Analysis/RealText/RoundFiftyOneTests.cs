namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the fiftieth round left and the fifty-first showed the rules missing: a speaker after an opening clause that
/// names someone else's country; members listed after "which include"; the nth signatory "for" an accord; "they" after a
/// sentence whose subject is a body named by its members; the parties of an agreement signed in the passive; agencies
/// spelt as words ("Isro", "Jaxa"); a spokesperson's own country inside the words; "its" after "congratulated India on";
/// "the lunar program" in words of a country that has one; an apostrophe set as an opening quote; a decision to launch;
/// a statement headed by whose it is; an occasion opening the sentence; talks on taking part. Sentences of our own.
/// </summary>
public sealed class RoundFiftyOneTests
{
    [Theory]
    [InlineData("The new code, named the Artemis Accords, binds signatory members which include Canada, Italy and Japan.", "ASI", "Artemis Accords")]
    [InlineData("The United States helped add Poland as the 15th signatory nation for the Artemis Accords.", "Polish Space Agency", "Artemis Accords")]
    [InlineData("The pact between ISRO and JAXA on the LUPEX mission was signed in Tokyo.", "ISRO", "LUPEX")]
    [InlineData("The pact between ISRO and JAXA on the LUPEX mission was signed in Tokyo.", "JAXA", "LUPEX")]
    [InlineData("Isro has signed an agreement with Jaxa to build the lander of the LUPEX mission.", "ISRO", "LUPEX")]
    [InlineData("Chinese Foreign Ministry spokesperson Jane Roe said that China has noted the reports and welcomes the launch of Chandrayaan-2 by India.", "Chinese government", "Chandrayaan")]
    [InlineData("China on Tuesday congratulated India on its moon mission.", "CNSA", "Chandrayaan")]
    [InlineData("Russian President Jan Roe said that the country will resume the lunar program.", "Kremlin", "Luna")]
    [InlineData("Jane Roe, spokesman for China‘s manned spaceflight project, said the crew will fly to the Tiangong station.", "CMSA", "Tiangong")]
    [InlineData("CMSA decided to launch the Shenzhou-15 crew to the Tiangong station on Tuesday.", "CMSA", "Tiangong")]
    [InlineData("Roscosmos head Ivan Roe said the next round of negotiations with NASA on the participation in the Lunar Gateway would take place in spring.", "Roscosmos", "Lunar Gateway")]
    [InlineData("Statement of Ms. Jane Roe, Director, Station Division, National Aeronautics and Space Administration before the Subcommittee on Space\n\n"
        + "I am honored to appear before you today. For twenty years the International Space Station has supported cutting-edge research that benefits humanity.", "NASA", "ISS")]
    public void A_position_the_round_showed_is_read(string text, string actor, string program) =>
        Assert.Contains((actor, program, 1), TestCorpus.Positions(text));

    [Fact]
    public void A_speaker_after_an_opening_clause_does_not_take_the_country_named_in_it()
    {
        var document = TestCorpus.Document("title: Moon\noutlet: Example Post\ndate: 2025-08-29\n\nNew Delhi and Tokyo on Friday agreed to work together on the LUPEX mission.\n\n"
            + "Addressing a joint press briefing with his Japanese counterpart Taro Doe, PM Jan Roe said, \"We welcome the collaboration between our agencies on the LUPEX mission.\"");

        Assert.DoesNotContain(document.Statements, s => s.Actor == "JAXA");
    }

    [Fact]
    public void They_after_a_sentence_whose_subject_is_a_body_named_by_its_members_are_those_members()
    {
        var document = TestCorpus.Document("title: Mars\noutlet: Example Post\ndate: 2024-02-02\n\nLast month NASA said it would slow spending on Mars Sample Return.\n\n"
            + "In their letter, the members of Congress disagreed. \"Slowing Mars Sample Return now will waste years of work and we support the mission,\" they wrote.");

        Assert.Equal("US Congress", Assert.Single(document.Statements, s => s.Text.Contains("we support", StringComparison.Ordinal)).Actor);
    }

    [Fact]
    public void Its_after_a_country_and_on_is_that_countrys() =>
        Assert.DoesNotContain(TestCorpus.Positions("China on Tuesday congratulated India on its moon mission."), p => p.Program == "Chang'e");

    [Fact]
    public void The_lunar_program_after_another_country_s_program_stays_that_program()
    {
        var positions = TestCorpus.Positions("title: Moon\noutlet: Example Post\ndate: 2022-04-12\n\nNASA is preparing the Artemis program for a landing. Roscosmos head Ivan Roe said the lunar program is a failure.");

        Assert.DoesNotContain(positions, p => p.Program == "Luna");
    }

    [Fact]
    public void A_speaker_after_an_occasion_that_opens_the_sentence_is_in_the_main_clause()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Station\noutlet: Example Post\ndate: 2023-03-27\n\nAs part of last week's meeting between US President Joe Biden and Canadian Prime Minister Jan Roe, "
            + "Canada confirmed it would stay on the ISS through 2030 \"as part of a renewed commitment to space exploration.\"").Statements);

        Assert.Equal("CSA", statement.Actor);
    }
}
