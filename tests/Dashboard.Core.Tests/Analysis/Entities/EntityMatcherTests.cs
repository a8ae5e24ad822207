using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Core.Tests.Analysis.Entities;

public sealed class EntityMatcherTests
{
    private static IReadOnlyList<Mention> Find(string text) => TestCorpus.Gazetteer.Matcher.Find(text);

    [Fact]
    public void Finds_aliases_with_curly_apostrophes_and_prefers_the_longest()
    {
        var mentions = Find("Rogozin dismissed NASA’s Artemis Agreement and the Artemis program.");

        Assert.Equal(["Dmitry Rogozin", "NASA", "Artemis Accords", "Artemis"], mentions.Select(m => m.Name));
        Assert.Equal("Artemis Agreement", "Rogozin dismissed NASA’s Artemis Agreement and the Artemis program."[mentions[2].Start..mentions[2].End]);
    }

    [Fact]
    public void Capitalised_aliases_match_exactly_and_lower_case_ones_in_any_case()
    {
        var mentions = Find("They integrated the gateways of the Eagle spacecraft and the American Gateway station. The Corporation said so.");

        Assert.Contains(mentions, m => m.Name == "Lunar Gateway" && m.Length == "Gateway station".Length);
        Assert.DoesNotContain(mentions, m => m.Name == "Lunar Gateway" && m.Start < 30);
        Assert.Contains(mentions, m => m.Name == "Roscosmos");
    }

    [Fact]
    public void Aliases_do_not_match_inside_longer_words()
    {
        Assert.DoesNotContain(Find("The ISSUE of ESAU and NASAL passages."), m => true);
    }

    [Fact]
    public void A_missions_number_written_onto_its_programs_name_belongs_to_the_name()
    {
        const string text = "We salute #Chandrayaan2 and Luna25, not NASA2 or ISS2024x.";

        var found = Find(text);

        Assert.Equal([("Chandrayaan2", "Chandrayaan"), ("Luna25", "Luna")], found.Select(m => (text[m.Start..m.End], m.Name)));
    }

    [Fact]
    public void A_programs_name_with_its_common_nouns_in_lower_case_is_still_the_program()
    {
        const string text = "The Artemis accords and the Mars sample return plan, unlike the space station or a lunar gateway.";

        var found = Find(text);

        Assert.Equal([("Artemis accords", "Artemis Accords"), ("Mars sample return", "Mars Sample Return")], found.Select(m => (text[m.Start..m.End], m.Name)));
    }

    [Fact]
    public void An_acronym_with_some_letters_in_lower_case_is_the_same_name_when_two_are_capitals()
    {
        const string text = "The LuPEX rover and the Lupex lander; Nasa and NaSA; Kari.";

        var found = Find(text);

        Assert.Contains(found, m => text[m.Start..m.End] == "LuPEX" && m.Name == "LUPEX");
        Assert.DoesNotContain(found, m => text[m.Start..m.End] is "Lupex" or "Kari");
    }

    [Theory]
    [InlineData("Artemis Accords", "Artemis accords")]
    [InlineData("International Space Station", "International space station")]
    [InlineData("ISS Program", "ISS program")]
    [InlineData("NASA ISS", null)]
    [InlineData("Gateway", null)]
    [InlineData("the Corporation", null)]
    public void Only_capitalised_words_after_the_first_are_lowered(string alias, string? expected) =>
        Assert.Equal(expected, EntityMatcher.LowerCaseTail(alias));

    [Theory]
    [InlineData("German space agency", "German Space Agency")]
    [InlineData("Canada's space agency", "Canada's Space Agency")]
    [InlineData("German Aerospace Center", null)]
    [InlineData("the agency", null)]
    public void A_described_agency_is_also_its_title_case_name(string alias, string? expected) =>
        Assert.Equal(expected, EntityMatcher.TitleCaseTail(alias));

    [Fact]
    public void A_country_opening_a_sentence_or_opening_a_longer_name_is_found_as_each()
    {
        const string text = "The UAE signed. Later the UAE Space Agency and the German Space Agency spoke.";

        var found = Find(text);

        Assert.Contains(found, m => text[m.Start..m.End] == "The UAE" && m.ByCountry);
        Assert.Contains(found, m => text[m.Start..m.End] == "UAE Space Agency" && !m.ByCountry);
        Assert.DoesNotContain(found, m => text[m.Start..m.End] == "the UAE");
        Assert.Contains(found, m => text[m.Start..m.End] == "German Space Agency" && m.Name == "DLR");
    }
    [Theory]
    [InlineData("Engineers met at the 30th World Space Congress in Oslo.")]
    [InlineData("The plan was put before the National People's Congress in March.")]
    [InlineData("A bill passed the Ohio State Senate on Friday.")]
    public void A_bodys_one_word_name_that_ends_a_longer_name_is_the_other_bodys(string text) =>
        Assert.DoesNotContain(Find(text), m => m.Name == "US Congress");

    [Theory]
    [InlineData("In Washington Congress voted on the budget.")] // one capitalised word before: a place, not a name's start
    [InlineData("The 118th Congress voted on the budget.")] // an ordinal alone
    [InlineData("Texas Republican Senator Jane Roe voted on the budget.")] // a title before a name
    public void The_same_word_after_a_single_capital_or_before_a_name_stays_the_body(string text) =>
        Assert.Contains(Find(text), m => m.Name == "US Congress");

    [Fact]
    public void A_name_found_itself_before_a_one_word_name_keeps_both()
    {
        var found = Find("The State Space Corporation Roscosmos said so.");

        Assert.Equal(["Roscosmos", "Roscosmos"], found.Select(m => m.Name));
    }

    [Fact]
    public void A_programs_name_written_as_the_modifier_of_another_names_the_other_only()
    {
        Assert.Equal(["Lunar Gateway"], Find("The crew will fly to the Luna Gateway.").Select(m => m.Name));
        Assert.Equal(["Luna", "Lunar Gateway"], Find("Luna and the Gateway are apart.").Select(m => m.Name));
    }

    [Theory]
    [InlineData("Two firms are building parts of a gateway space station that will circle the Moon.", "Lunar Gateway")]
    [InlineData("ISRO said the Vikram lander was found.", "Chandrayaan")]
    [InlineData("NASA approved the Multi-Purpose Habitat.", "Artemis")]
    [InlineData("The seat swaps between the two agencies go on.", "ISS")]
    [InlineData("French cameras will fly on Chang'E-7.", "Chang'e")]
    public void Program_parts_and_lower_case_names_of_the_station(string text, string program) =>
        Assert.Contains(Find(text), m => m.Name == program);

    [Fact]
    public void A_gateway_that_is_not_the_station_stays_a_common_word() =>
        Assert.DoesNotContain(Find("The satellite operator built a gateway station in Norway."), m => m.Kind == MentionKind.Program);

    [Fact]
    public void A_gazetteer_many_times_the_size_of_ours_loads_and_every_alias_is_still_found()
    {
        // 2,400 names: one alternation of them all is far past what the linear-time engine builds
        var programs = Enumerable.Range(0, 300).Select(i =>
            $$"""{ "name": "Program {{i}}", "lead": "NASA", "since": "2020-01", "aliases": ["Program {{i}}", "Mission Number {{i}}", "mission number {{i}} craft"], "parts": ["Module {{i}} Alpha", "Module {{i}} Beta", "Module {{i}} Gamma", "Module {{i}} Delta", "Module {{i}} Epsilon"] }""");
        var json = $$"""{ "actors": [ { "name": "NASA", "kind": "agency", "aliases": ["NASA"] } ], "people": [], "programs": [ {{string.Join(",\n", programs)}} ] }""";
        var gazetteer = GazetteerLoader.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        var mentions = gazetteer.Matcher.Find("NASA said Module 299 Epsilon and the mission number 7 craft flew, as did Mission Number 150 and Program 12.");

        Assert.Equal(["NASA", "Program 299", "Program 7", "Program 150", "Program 12"], mentions.Select(m => m.Name));
    }

    [Theory]
    [InlineData("NASA picked three firms to build human landing systems.", "human landing systems")]
    [InlineData("NASA picked three firms to build Human Landing Systems.", "Human Landing Systems")]
    public void A_program_name_of_several_words_is_found_in_the_plural(string text, string name)
    {
        var mention = Assert.Single(Find(text), m => m.Kind == MentionKind.Program);

        Assert.Equal(("Human Landing System", name), (mention.Name, text[mention.Start..mention.End]));
    }
}
