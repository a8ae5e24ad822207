namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the thirty-fourth round of real articles showed the rules missing: orders won or placed, a program opened to
/// new users, what a program wins its country, aims and preparations, a station of the speaker's own called an orbital project,
/// backing named with a country's possessive, and two readings of an actor where none speaks (a blog named after one, a firm
/// described by its owners' countries). Sentences of our own.
/// </summary>
public sealed class RoundThirtyFourTests
{
    [Theory]
    // an order: received from the client, or placed by it
    [InlineData("Acme Orbital clinched a second order from the Mohammed Bin Rashid Space Centre, this one for a hatch of the Lunar Gateway.", "MBRSC", "Lunar Gateway", 1)]
    [InlineData("Acme Orbital landed a new order from the European Space Agency for two more service modules for Artemis.", "ESA", "Artemis", 1)]
    [InlineData("The Mohammed Bin Rashid Space Centre placed an order with Acme Orbital for a hatch module of the Lunar Gateway.", "MBRSC", "Lunar Gateway", 1)]
    // a program opened to new users
    [InlineData("NASA said on Monday it would open the ISS to tourists from next spring.", "NASA", "ISS", 1)]
    [InlineData("NASA is opening up the ISS for commercial research, its administrator said.", "NASA", "ISS", 1)]
    // what the program wins the country
    [InlineData("Senator Jane Roe of the appropriations panel said the Artemis program would secure America's leadership in deep space.", "US Congress", "Artemis", 1)]
    // aims and preparations
    [InlineData("Roscosmos chief Yuri Borisov said Moscow would quit the ISS one day and seek to create its own orbital outpost.", "Roscosmos", "Russian Orbital Station", 1)]
    [InlineData("The head of Roscosmos said Moscow was thinking about creating its own orbital outpost in the next decade.", "Roscosmos", "Russian Orbital Station", 1)]
    [InlineData("JAXA prepares to join the Lunar Gateway, the Japanese science minister said on Friday.", "JAXA", "Lunar Gateway", 1)]
    [InlineData("The Japanese science minister said on Friday that JAXA aims to take part in the Lunar Gateway.", "JAXA", "Lunar Gateway", 1)]
    // the speaker's own station, called an orbital project; work kept up
    [InlineData("Vladimir Putin told officials that Moscow keeps working on its orbital project whatever becomes of the ISS.", "Kremlin", "Russian Orbital Station", 1)]
    [InlineData("Vladimir Putin told officials that Moscow is still working on its orbital project, whatever becomes of the ISS.", "Kremlin", "Russian Orbital Station", 1)]
    // backing named with a country's possessive, and support with an adverb before it
    [InlineData("Walther Pelzer of DLR voiced Germany's backing for a longer life of the ISS.", "DLR", "ISS", 1)]
    [InlineData("The next coalition in Berlin will probably support the ISS, said Walther Pelzer of DLR.", "DLR", "ISS", 1)]
    public void A_construction_of_the_round_gives_the_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Fact]
    public void A_program_opened_by_its_hatch_is_not_opened_to_others() =>
        Assert.DoesNotContain(TestCorpus.Positions("NASA said the crew opened the hatch of the International Space Station for the arriving crew on Monday."), p => p.Program == "ISS" && p.Sign > 0);

    [Fact]
    public void An_outlet_named_after_an_actor_with_more_name_is_not_its_release()
    {
        var blog = TestCorpus.Document("title: Moon plans\noutlet: The Kremlin Stories\ndate: 2021-02-20\n\nFirst, a Luna lander will fly, then a crewed programme will follow.");
        var release = TestCorpus.Document("title: Moon plans\noutlet: The Kremlin (press release)\ndate: 2021-02-20\n\nFirst, a Luna lander will fly, then a crewed programme will follow.");

        Assert.DoesNotContain(blog.Statements, s => s.Actor == "Kremlin");
        Assert.Contains(release.Statements, s => s.Actor == "Kremlin");
    }

    [Fact]
    public void A_firm_described_by_its_owners_countries_is_no_agency_of_them() =>
        Assert.DoesNotContain(
            TestCorpus.Document("The hatch will reach the Lunar Gateway in 2027, the joint venture of France's Acme and Italy's Orbital said.").Statements,
            s => s.Actor is "CNES" or "ASI");
}
