using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>Programs named by description, by a contribution that stands for them, and countries speaking through their agency; sentences of our own.</summary>
public sealed class ProgramReferenceTests
{
    private static IReadOnlyList<Mention> Resolve(string text) =>
        ProgramDescriptions.Resolve(text, TestCorpus.Gazetteer.Matcher.Find(text), TestCorpus.Gazetteer);

    private static string At(string text, Mention mention) => text[mention.Start..mention.End];

    [Theory]
    [InlineData("NASA unveiled the Lunar Gateway design. Europe will help build the station.", "the station", "Lunar Gateway")]
    [InlineData("The Artemis Accords were signed in October. Critics say the accords favour one country.", "the accords", "Artemis Accords")]
    [InlineData("Roscosmos was invited to the Lunar Gateway. Rogozin ruled out any participation in it.", "participation in it", "Lunar Gateway")]
    [InlineData("The ISS will fly until 2030. After that, the orbital station will be de-orbited.", "the orbital station", "ISS")]
    [InlineData("ESA still hopes to fly ExoMars. The agency is looking for a new partner for the mission.", "the mission", "ExoMars")]
    [InlineData("NASA is designing the Lunar Gateway. Crews on the ISS will test its parts. Japan may help build that space station in orbit around the Moon.", "that space station", "Lunar Gateway")] // lunar words after the description
    [InlineData("The LUPEX rover will look for ice. It is the fifth flight in the Chandrayaan series. JAXA will launch the mission.", "the mission", "LUPEX")] // a series is the family, not the mission
    [InlineData("ExoMars was to fly in September. ESA has now halted the Russian-European mission.", "the Russian-European mission", "ExoMars")] // a country it names leads the program
    public void A_definite_description_stands_for_the_last_program_of_its_kind(string text, string description, string program)
    {
        var mention = Assert.Single(Resolve(text), m => At(text, m) == description);
        Assert.Equal((MentionKind.Program, program), (mention.Kind, mention.Name));
    }

    [Theory]
    [InlineData("ESA announced its withdrawal from Russian lunar missions.", "Russian lunar missions", "Luna")]
    [InlineData("Experts expect China's lunar station to draw partners.", "China's lunar station", "ILRS")]
    [InlineData("Officials say Russia's new orbital station will replace the ISS.", "Russia's new orbital station", "Russian Orbital Station")]
    [InlineData("Beijing asks others to join the Chinese-Russian lunar station.", "Chinese-Russian lunar station", "ILRS")] // either owner may lead it
    [InlineData("Moscow hopes to fly cargo to the Russian-Chinese lunar station.", "Russian-Chinese lunar station", "ILRS")]
    [InlineData("China will open its space station to foreign crews next year.", "its space station", "Tiangong")] // "its" is the country the clause names
    [InlineData("Moscow says Russia is building its own orbital station.", "its own orbital station", "Russian Orbital Station")]
    [InlineData("The Kremlin promised to press on with Russia's first moonshot in decades.", "Russia's first moonshot", "Luna")] // a moonshot is the lunar program
    [InlineData("Wu said China's space and lunar exploration programs welcome every partner.", "China's space and lunar exploration programs", "Chang'e")] // coordinated modifiers, one lunar
    public void A_description_owned_by_a_country_stands_for_the_one_program_it_leads(string text, string description, string program) =>
        Assert.Contains(Resolve(text), m => At(text, m) == description && m.Name == program);

    [Fact]
    public void A_named_architecture_stands_for_its_program()
    {
        const string text = "Both agencies will study NASA's Moon to Mars Architecture together.";
        Assert.Contains(Resolve(text), m => m.Kind == MentionKind.Program && m.Name == "Artemis");
    }

    [Theory]
    [InlineData("Nelson said China's space programme was a military one.")] // the whole programme, not its station
    [InlineData("Russia plans a new Russian space station after the ISS.")] // indefinite: introduced, not referred to
    [InlineData("Russia and China both said the ISS would outlast its space station.")] // two countries: "its" is unclear
    public void A_countrys_whole_programme_or_an_indefinite_description_names_no_program(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Name is "Tiangong" or "Russian Orbital Station");

    [Theory]
    [InlineData("Borisov spoke of the Russian Orbital Station. Sanctions will hit Russia's industry and its space program, a US official said.")]
    [InlineData("Borisov spoke of the Russian Orbital Station. The sanctions would also hurt the national space programme.")]
    public void A_countrys_whole_programme_does_not_point_back_to_a_station_named_before(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Kind == MentionKind.Program && At(text, m).Contains("space program", StringComparison.Ordinal));

    [Fact]
    public void A_program_in_a_whose_clause_about_its_owner_is_not_what_the_mission_means()
    {
        const string text = "ISRO named the Gaganyaan crew on Monday. The agency, whose Chandrayaan-3 landed last year, said this mission would fly in 2026.";

        var description = Assert.Single(Resolve(text), m => At(text, m) == "this mission");

        Assert.Equal("Gaganyaan", description.Name);
    }

    [Fact]
    public void A_description_beside_an_actor_stands_for_that_actors_program()
    {
        const string text = "Chandrayaan-3 landed days after Luna-25 crashed. NASA was glad to be India's partner on this mission.";

        var description = Assert.Single(Resolve(text), m => At(text, m) == "this mission");

        Assert.Equal("Chandrayaan", description.Name);
    }

    [Theory]
    [InlineData("The Artemis Accords were signed in 2020. China is building a second space station.")] // indefinite: nothing known
    [InlineData("The Artemis Accords were signed. The station was visited by a crew.")] // an agreement is not a station
    [InlineData("The Artemis II crew trained in Houston. Later the Japanese station program was discussed.")] // no program Japan leads was named
    public void Indefinite_or_incompatible_descriptions_resolve_to_nothing(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Kind == MentionKind.Program && At(text, m).Contains("station", StringComparison.Ordinal));

    [Theory]
    [InlineData("Congress gave NASA less money for the crewed lunar lander than it asked for.", "the crewed lunar lander", "Human Landing System")]
    [InlineData("NASA said on Friday it had chosen a second company to build a new lander.", "a new lander", "Human Landing System")]
    public void A_lander_described_by_its_kind_is_the_landing_system_its_country_leads(string text, string description, string program)
    {
        var mention = Assert.Single(Resolve(text), m => At(text, m) == description);
        Assert.Equal((MentionKind.Program, program), (mention.Kind, mention.Name));
    }

    [Theory]
    [InlineData("ISRO said its engineers would build a new lunar lander for the next flight.")] // a country that leads no landing system
    [InlineData("NASA cameras photographed the Vikram lunar lander from orbit.")] // a lander by its name, another country's
    [InlineData("NASA said the Chandrayaan-3 mission carried a lunar lander and a rover.")] // a lander of a program named between
    public void A_lander_of_another_country_or_program_is_not_the_landing_system(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Kind == MentionKind.Program && m.Name == "Human Landing System");

    [Theory]
    [InlineData("Canada will provide Canadarm3.", "Canadarm3", "Lunar Gateway")]
    [InlineData("Europe builds the European Service Module.", "European Service Module", "Artemis")]
    [InlineData("The crew stopped using the European Robotic Arm.", "European Robotic Arm", "ISS")]
    public void A_contribution_stands_for_its_program(string text, string part, string program)
    {
        var mention = Assert.Single(TestCorpus.Gazetteer.Matcher.Find(text), m => At(text, m) == part);
        Assert.Equal(program, mention.Name);
    }

    [Theory]
    [InlineData("Russia will stay out of the Lunar Gateway, Rogozin's deputy said.", "Roscosmos")]
    [InlineData("Canada is the second country to send an astronaut around the Moon.", "CSA")]
    public void A_country_taking_a_position_on_a_program_speaks_through_its_agency(string text, string actor) =>
        Assert.Contains(TestCorpus.Gazetteer.Matcher.Find(text), m => m.Kind == MentionKind.Actor && m.Name == actor && At(text, m) is "Russia" or "Canada");

    [Theory]
    // the speaker's own program of that kind, not the one named before
    [InlineData("Roscosmos said it would leave the ISS after 2024 and concentrate on building its own orbital outpost.", "Roscosmos", "Russian Orbital Station", 2)]
    [InlineData("“We will continue to work on our national station,” the Roscosmos chief said of the ISS deadline.", "Roscosmos", "Russian Orbital Station", 2)]
    [InlineData("Rogozin said that in no case should our lunar program be interrupted.", "Roscosmos", "Luna", 2)]
    [InlineData("“We will build our national orbital stations with our partners,” Borisov said.", "Roscosmos", "Russian Orbital Station", 3)] // in the plural
    // a crewed landing the speaker claims for its own country: that country's lunar program
    [InlineData("Nelson said: \"We are going to get our crews to the Moon before China does.\"", "NASA", "Artemis", 2)]
    [InlineData("Nelson said he expects the United States to land astronauts on the Moon before China.", "NASA", "Artemis", 2)]
    [InlineData("Rogozin said Russia would beat everyone to the lunar surface with its new lander.", "Roscosmos", "Luna", 2)]
    [InlineData("\"Fifty years on, we are going back to the Moon,\" Nelson said.", "NASA", "Artemis", 2)]
    [InlineData("\"Our coalition is strong. It matters because we seek to beat China to the Moon,\" Nelson said.", "NASA", "Artemis", 2)] // not "It" nor "Our coalition"
    // a landing with no subject of its own right after the speaker's verb is the speaker's
    [InlineData("Vice President Mike Pence on Tuesday called for landing astronauts on the Moon within five years.", "White House", "Artemis", 2)]
    // another country's landing is that country's lunar program (a rival beating the speaker's country is not: see below)
    [InlineData("Nelson said the world should be very concerned about China landing on the Moon.", "NASA", "Chang'e", -1)]
    public void A_possessive_own_program_is_the_speakers_countrys(string text, string actor, string program, int score)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements);

        Assert.Equal(actor, statement.Actor);
        Assert.Equal(score, statement.Stances.Single(s => s.Program == program).Score);
    }

    [Theory]
    [InlineData("Rogozin said Russia was proud of our station and its crews.")] // "our station" alone may be the shared one
    [InlineData("ESA astronauts fly to the ISS. Aschbacher said Europe would build its own station one day.")] // Europe leads no station: not the ISS either
    [InlineData("Nelson said China wants to land its crews on the Moon before the United States.")] // the rival's landing is not NASA's program, nor a position on China's
    [InlineData("Duffy said China would get back to the Moon before the United States.")]
    [InlineData("Borisov said the crew of a private company hopes to land on the Moon one day.")] // a landing whose subject the clause names
    public void An_own_program_that_is_not_unique_is_left_alone(string text)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements);

        Assert.DoesNotContain(statement.Stances, s => s.Program is "Russian Orbital Station" or "ISS" or "Artemis" or "Chang'e" && s.Score != 0);
    }

    [Fact]
    public void Each_cue_of_a_clause_goes_to_the_program_it_governs()
    {
        var statement = Assert.Single(TestCorpus.Document("Borisov said Russia would leave the ISS and focus on developing the Russian Orbital Station.").Statements);

        Assert.Equal(-3, statement.Stances.Single(s => s.Program == "ISS").Score);
        Assert.Equal(2, statement.Stances.Single(s => s.Program == "Russian Orbital Station").Score);
    }

    /// <summary>Names the press gives a program, kept in the gazetteer: the partners' "joint lunar station", "ROSS".</summary>
    [Theory]
    [InlineData("Roscosmos and CNSA signed a memorandum on building a joint lunar station.", "ILRS")]
    [InlineData("Borisov said Russia will build the ROSS by 2030.", "Russian Orbital Station")]
    [InlineData("Borisov said Russia will build the Oryol Spacecraft by 2028.", "Orel")] // the common noun capitalised
    public void A_name_the_press_uses_is_the_programs(string text, string program) =>
        Assert.Contains(TestCorpus.Document(text).Statements.SelectMany(s => s.Stances), p => p.Program == program && p.Score > 0);

    private static IEnumerable<(string? Actor, string Program, int Score)> Positions(string title, string body) =>
        TestCorpus.Document($"title: {title}\noutlet: Example Post\ndate: 2024-05-02\n\n{body}").Statements
            .SelectMany(s => s.Stances.Where(p => p.Score != 0).Select(p => (s.Actor, p.Program, p.Score)));

    [Theory]
    // a cue with no program before it: the one program the headline names
    [InlineData("Moscow cools on the Lunar Gateway", "Rogozin said on Monday that Russia was not interested in taking part.", "Roscosmos", "Lunar Gateway", -2)]
    // an act with no program word in an article whose headline names one
    [InlineData("Europe's instruments to fly on Chang'e-6", "CNSA signed a memorandum with ESA on Thursday.", "CNSA", "Chang'e", 3)]
    public void A_statement_that_names_no_program_is_about_the_one_its_headline_names(string title, string body, string actor, string program, int score) =>
        Assert.Contains((actor, program, score), Positions(title, body));

    [Theory]
    [InlineData("Moscow weighs the Lunar Gateway and the ILRS", "Rogozin said on Monday that Russia was not interested in taking part.")] // two programs: neither
    [InlineData("Space agencies meet in Paris", "CNSA signed a memorandum with ESA on Thursday.")] // none
    public void A_headline_that_names_no_single_program_lends_none(string title, string body) =>
        Assert.Empty(Positions(title, body));

    [Fact]
    public void Two_names_of_one_program_side_by_side_count_as_one_mention()
    {
        // Named once, in one phrase of two of its names: not so often that a sentence naming no program is about it.
        var document = TestCorpus.Document("""
            Roscosmos is interested in continuing a dialogue with the American side on questions of deep-space research, the state corporation's press office said on Monday.

            Roscosmos also said that, having read a draft memorandum on work within the project to build the Gateway circumlunar station, it had chosen to stay out of this programme.
            """);

        var first = document.Statements.First(s => s.Text.Contains("dialogue", StringComparison.Ordinal));
        Assert.Empty(first.Stances);
    }

    /// <summary>A spacecraft's name after its type word, as translations write it: "the crewed spacecraft Oryol".</summary>
    [Theory]
    [InlineData("Roscosmos said the first launch of the crewed spacecraft Oryol would come in 2028.")]
    [InlineData("Roscosmos said the spacecraft Orel would fly to the station.")]
    public void A_spacecraft_named_after_its_type_word_is_its_program(string text) =>
        Assert.Contains(TestCorpus.Gazetteer.Matcher.Find(text), m => m.Kind == MentionKind.Program && m.Name == "Orel");

    /// <summary>A lander described by its kind is the country's landing system, but not a cargo lander nor the lander of a program named after it.</summary>
    [Theory]
    [InlineData("ESA signed an agreement with NASA to carry its drill on a commercial lander under the CLPS scheme.")]
    [InlineData("NASA said it found the debris of the lander of India's Chandrayaan-2.")]
    public void A_cargo_lander_or_another_programs_lander_is_not_the_landing_system(string text) =>
        Assert.DoesNotContain(TestCorpus.Document(text).Statements.SelectMany(s => s.Stances), s => s.Program == "Human Landing System");

    [Fact]
    public void A_lander_for_the_countrys_own_program_is_its_landing_system() =>
        Assert.Contains(
            TestCorpus.Document("NASA picked Acme Space to design a crewed lander for the Artemis program.").Statements.SelectMany(s => s.Stances),
            s => s.Program == "Human Landing System" && s.Score > 0);

    [Fact]
    public void A_part_replaced_on_a_program_leaves_the_program_the_topic()
    {
        var statement = Assert.Single(TestCorpus.Document("The UK Space Agency will pay £9 million for a British camera to replace the Russian one aboard the ExoMars rover.").Statements);
        Assert.True(statement.Stances.Single(s => s.Program == "ExoMars").Score > 0);

        // what a new station replaces stays background
        Assert.DoesNotContain(TestCorpus.Document("Japan will build a station to replace the ISS, the minister said.").Statements, s => s.Stances.Any(p => p.Program == "ISS"));
    }

    [Fact]
    public void A_program_led_by_a_country_is_the_one_it_leads_even_after_a()
    {
        var statement = Assert.Single(TestCorpus.Document("The Canadian Space Agency signed a deal on a US-led lunar program on Monday.").Statements);
        Assert.True(statement.Stances.Single(s => s.Program == "Artemis").Score > 0);

        // a new one is not known yet
        Assert.DoesNotContain(TestCorpus.Document("Roscosmos said it will join a new US-led lunar program.").Statements, s => s.Stances.Any(p => p.Program == "Artemis"));
    }
}
