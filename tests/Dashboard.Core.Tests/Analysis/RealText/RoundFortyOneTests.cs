namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the forty-first round of real articles showed the rules missing or misreading: a program's future said to be
/// in doubt, or a program found late and over its budget; a launch moved for a technical reason or to a date it will not precede, which is a flight still planned; an outlet
/// that cites its source, which then speaks; and the purpose a thing was built for ("designed to support"), which is no support; and a program's name before an agreement noun
/// ("the “Artemis” exploration pact"), which names the agreement called after it.
/// Sentences of our own.
/// </summary>
public sealed class RoundFortyOneTests
{
    [Theory]
    [InlineData("A Roscosmos spokesman said the future of the Russian Orbital Station hangs in the balance.", "Roscosmos", "Russian Orbital Station", -1)]
    [InlineData("NASA said the future of Mars Sample Return is uncertain after the budget request.", "NASA", "Mars Sample Return", -1)]
    [InlineData("Roscosmos said the Luna-26 launch date is now no earlier than August.", "Roscosmos", "Luna", 1)]
    [InlineData("The China Manned Space Agency said the launch of the Tianzhou-3 supply ship has been delayed because of a technical problem.", "CMSA", "Tiangong", 1)]
    [InlineData("“Work on the Tiangong station will continue until 2030,” Xinhua said on Friday, citing a statement from the China Manned Space Agency.", "CMSA", "Tiangong", 1)]
    [InlineData("Work on the Tiangong station will continue until 2030, Xinhua reported on Friday, quoting the China Manned Space Agency.", "CMSA", "Tiangong", 1)]
    [InlineData("The Gateway is at least two years behind schedule, NASA's inspector general said.", "NASA", "Lunar Gateway", -1)]
    [InlineData("NASA's inspector general said the Orion capsule will cost twice its planned price.", "NASA", "Artemis", -1)]
    [InlineData("The Polish Space Agency said Poland had joined the “Artemis” lunar exploration pact.", "Polish Space Agency", "Artemis Accords", 1)]
    // what an agency is required to do is no purpose of a thing
    [InlineData("NASA said it is required to continue operating the ISS.", "NASA", "ISS", 1)]
    public void A_construction_of_the_round_gives_the_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Theory]
    // the purpose a tower was built for is no support of the rocket it serves
    [InlineData("NASA said the second launch tower, designed to support the Space Launch System, will cost twice its planned price.", "NASA", "Artemis", 1)]
    // a future that looks bright is in no doubt
    [InlineData("Roscosmos said the future of the ISS looks bright.", "Roscosmos", "ISS", -1)]
    // an agreement about the program's missions is not the agreement named after it
    [InlineData("ESA signed an Artemis mission agreement with NASA on the service modules.", "ESA", "Artemis Accords", 1)]
    public void A_near_miss_of_the_round_takes_no_such_position(string text, string actor, string program, int sign) =>
        Assert.DoesNotContain((actor, program, sign), TestCorpus.Positions(text));
}
