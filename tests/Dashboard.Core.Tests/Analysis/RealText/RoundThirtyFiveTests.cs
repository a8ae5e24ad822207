using Dashboard.Core.Analysis.Statements;

namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the thirty-fifth round of real articles showed the rules missing: a quotation of several sentences attributed
/// to a name with an initial, a speaker after a quotation introduced by "recalls" or "insists", work said to be still going on,
/// staying in or leaving a program, a decision to take part, praise of a partner or a step, and the occasion of the words
/// after the speaker, which names no speaker. Sentences of our own.
/// </summary>
public sealed class RoundThirtyFiveTests
{
    [Theory]
    [InlineData("\"We are done with the ISS. We will not be part of the ISS. Our own station comes first,\" ISRO chairman K. Sivan told reporters.")]
    [InlineData("\"We are done with the ISS. We will not be part of the ISS. Our own station comes first,\" said K. Sivan, who chairs ISRO.")]
    public void Every_sentence_of_a_quotation_is_its_speakers_when_the_name_has_an_initial(string text)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements, s => s.Kind == StatementKind.Said);

        Assert.StartsWith("We are done with the ISS.", statement.Text, StringComparison.Ordinal);
        Assert.Equal("ISRO", statement.Actor);
        Assert.True(Assert.Single(statement.Stances, s => s.Program == "ISS").Score < 0);
    }

    [Theory]
    // a speaker after the quotation, introduced by a verb of recalling or insisting; work still going on
    [InlineData("\"Shared experiments aboard the International Space Station are still going on\", recalls the French space agency CNES.", "CNES", "ISS", 1)]
    [InlineData("\"Flights of the ISS remain under way with every partner\", the French space agency CNES insisted.", "CNES", "ISS", 1)]
    // staying in, or not
    [InlineData("Canada would remain part of the Lunar Gateway whatever happens, the minister said.", "CSA", "Lunar Gateway", 1)]
    [InlineData("Roscosmos said Russia will not stay on the ISS in the next decade.", "Roscosmos", "ISS", -1)]
    // a decision to take part
    [InlineData("Indian Prime Minister Narendra Modi said his cabinet had decided to join the Artemis Accords.", "ISRO", "Artemis Accords", 1)]
    [InlineData("The Polish Space Agency opted to take part in the Artemis program, its chief said.", "Polish Space Agency", "Artemis", 1)]
    // praise of a step or of a partner
    [InlineData("\"Signing the Artemis Accords was a giant stride for us,\" Indian Prime Minister Narendra Modi said.", "ISRO", "Artemis Accords", 1)]
    [InlineData("\"Japan has been a valued partner of the Artemis Accords,\" NASA chief Bill Nelson said.", "JAXA", "Artemis Accords", 1)]
    public void A_construction_of_the_round_gives_the_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Fact]
    public void Where_the_words_were_said_is_not_who_said_them() =>
        Assert.Equal(
            "JAXA",
            Assert.Single(TestCorpus.Document("\"We will join the Lunar Gateway,\" said the Japanese science minister during a joint news event at the White House.").Statements).Actor);
}
