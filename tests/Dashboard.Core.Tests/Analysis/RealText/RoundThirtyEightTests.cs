namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the thirty-eighth round of real articles showed the rules missing: a program taken out of a plan or no
/// longer part of it, an act done as part of a named program, a joint mission to Mars named only by its partners, and a
/// launch put off by more words or to a season. Sentences of our own.
/// </summary>
public sealed class RoundThirtyEightTests
{
    [Theory]
    [InlineData("NASA has excluded the Lunar Gateway, once the hub of its lunar architecture, from its baseline for the first landing, officials said.", "NASA", "Lunar Gateway", -1)]
    [InlineData("Managers dropped the Lunar Gateway out of the mission's \"critical path\", NASA's exploration chief said.", "NASA", "Lunar Gateway", -1)]
    [InlineData("The Lunar Gateway is now no longer a part of this landing plan, NASA's exploration chief said.", "NASA", "Lunar Gateway", -1)]
    [InlineData("The CSA said Canada was no longer an element of the Lunar Gateway partnership.", "CSA", "Lunar Gateway", -1)]
    [InlineData("Japan will recruit new astronauts next year as part of NASA's Artemis campaign, JAXA said.", "JAXA", "Artemis", 1)]
    [InlineData("Roscosmos and ESA have agreed to delay the launch of their joint mission to Mars until autumn 2028, ESA said.", "Roscosmos", "ExoMars", 1)]
    [InlineData("Roscosmos and ESA have agreed to delay the launch of their joint mission to Mars until autumn 2028, ESA said.", "ESA", "ExoMars", 1)]
    public void A_construction_of_the_round_gives_the_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Theory]
    // "as part of" a deal or a review is no part in a program
    [InlineData("As part of a review, NASA said it would stop work on the Lunar Gateway.", "NASA", "Lunar Gateway", 1)]
    // a plan kept is no plan left
    [InlineData("NASA has not deleted the Lunar Gateway from this baseline, its administrator said.", "NASA", "Lunar Gateway", -1)]
    // NASA leads one mission to Mars and ESA another: their joint one may be either
    [InlineData("NASA and ESA have agreed to delay their joint mission to Mars until 2030, NASA said.", "NASA", "ExoMars", 1)]
    [InlineData("NASA and ESA have agreed to delay their joint mission to Mars until 2030, NASA said.", "NASA", "Mars Sample Return", 1)]
    public void A_near_miss_of_the_round_gives_no_such_position(string text, string actor, string program, int sign) =>
        Assert.DoesNotContain((actor, program, sign), TestCorpus.Positions(text));
}
