using Dashboard.Core.Analysis.Statements;

namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the thirty-sixth round of real articles showed the rules missing: a cost judged unsustainable, a campaign
/// furthered, work said to continue, building begun or about to begin, and a speech verb's participle used as an adjective
/// ("a proposed landing"), which introduces no one's words. Sentences of our own.
/// </summary>
public sealed class RoundThirtySixTests
{
    [Theory]
    [InlineData("NASA's inspector general said the price of each Artemis flight was unsustainable.", "NASA", "Artemis", -1)]
    [InlineData("NASA said the new deal will further the Artemis campaign.", "NASA", "Artemis", 1)]
    [InlineData("ESA director Daniel Neuenschwander said work on the Lunar Gateway still continues.", "ESA", "Lunar Gateway", 1)]
    [InlineData("Roscosmos kicked off the building of the Russian Orbital Station, its chief said.", "Roscosmos", "Russian Orbital Station", 1)]
    [InlineData("\"Next year we will start putting together the Russian Orbital Station,\" Roscosmos chief Yuri Borisov said.", "Roscosmos", "Russian Orbital Station", 1)]
    public void A_construction_of_the_round_gives_the_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Theory]
    [InlineData("NASA and ESA signed an agreement on Monday ahead of a proposed landing on the Moon.")]
    [InlineData("Roscosmos and CNSA met on Tuesday to discuss a proposed lunar base near the ILRS site.")]
    public void A_speech_verbs_participle_after_an_article_introduces_no_words(string text) =>
        Assert.DoesNotContain(TestCorpus.Document(text).Statements, s => s.Kind == StatementKind.Said);

    /// <summary>The thirty-seventh round, held out, showed the rule above also taking "that" for an article.</summary>
    [Fact]
    public void A_speech_verb_after_that_still_introduces_words() =>
        Assert.Contains(("Roscosmos", "Lunar Gateway", -1), TestCorpus.Positions("Roscosmos published a statement that says Russia will not take part in the Lunar Gateway."));
}
