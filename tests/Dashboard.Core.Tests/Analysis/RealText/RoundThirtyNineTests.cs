namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the thirty-ninth round of real articles showed the rules missing or misreading: a court's dismissal
/// of a case, which is no view of a program; work paused until a date, which is work still planned; help pledged
/// to a program, or refused. Sentences of our own.
/// </summary>
public sealed class RoundThirtyNineTests
{
    [Theory]
    [InlineData("NASA will resume its work with SpaceX on the Human Landing System because the lawsuit was dismissed, the agency said.", "NASA", "Human Landing System", 1)]
    [InlineData("NASA will resume its work on the Human Landing System after a judge dismissed Blue Origin's protest, the agency said.", "NASA", "Human Landing System", 1)]
    [InlineData("NASA suspended work on the Human Landing System contract until March 3, its administrator said.", "NASA", "Human Landing System", 1)]
    [InlineData("Roscosmos chief Yuri Borisov pledged every kind of help for India's Gaganyaan mission.", "Roscosmos", "Gaganyaan", 1)]
    [InlineData("Roscosmos said Russia offered no help with Gaganyaan.", "Roscosmos", "Gaganyaan", -1)]
    public void A_construction_of_the_round_gives_the_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Theory]
    // a program dismissed is still a program rejected
    [InlineData("Roscosmos chief Yuri Borisov dismissed the Lunar Gateway as a purely American project.", "Roscosmos", "Lunar Gateway", -1)]
    // a halt with no date to end it stays a halt
    [InlineData("NASA suspended work on the Human Landing System until further notice, its administrator said.", "NASA", "Human Landing System", -1)]
    public void A_near_miss_of_the_round_keeps_its_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));
}
