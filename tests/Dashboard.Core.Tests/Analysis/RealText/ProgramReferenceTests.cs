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
    public void A_definite_description_stands_for_the_last_program_of_its_kind(string text, string description, string program)
    {
        var mention = Assert.Single(Resolve(text), m => At(text, m) == description);
        Assert.Equal((MentionKind.Program, program), (mention.Kind, mention.Name));
    }

    [Theory]
    [InlineData("The Artemis Accords were signed in 2020. China is building a second space station.")] // indefinite: nothing known
    [InlineData("China is building its own station.")] // nothing named before
    [InlineData("The Artemis Accords were signed. The station was visited by a crew.")] // an agreement is not a station
    public void Indefinite_or_incompatible_descriptions_resolve_to_nothing(string text) =>
        Assert.DoesNotContain(Resolve(text), m => m.Kind == MentionKind.Program && At(text, m).Contains("station", StringComparison.Ordinal));

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
}
