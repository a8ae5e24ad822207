namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the forty-eighth round of real articles showed the rules missing: approval the state gave; work going smoothly;
/// a part played via a program; the designer of China's crewed program speaking for its office; "the heads of" two agencies as
/// the subject; talks said to exist; a release's minister who "shared the following:" before a quotation of several paragraphs.
/// Sentences of our own.
/// </summary>
public sealed class RoundFortyEightTests
{
    [Theory]
    [InlineData("CNSA said the next phase of China's lunar program, Chang'e, has obtained state approval.", "CNSA", "Chang'e")]
    [InlineData("CNSA said the work on Chang'e is proceeding smoothly.", "CNSA", "Chang'e")]
    [InlineData("NASA's administrator Jane Roe said the agency will play a central role via the Artemis program.", "NASA", "Artemis")]
    [InlineData("The chief designer of China's manned space program, Li Doe, said the core module of Tiangong will fly in the spring.", "CMSA", "Tiangong")]
    [InlineData("Bill Nelson said NASA is negotiating with the Dubai centre about Emirati crews for Artemis.", "NASA", "Artemis")]
    public void A_position_the_round_showed_is_read(string text, string actor, string program) =>
        Assert.Contains((actor, program, 1), TestCorpus.Positions(text));

    [Fact]
    public void The_heads_of_two_agencies_are_the_subject_with_both_agencies() =>
        Assert.Equal(["NASA", "Roscosmos"], TestCorpus.Positions("The heads of NASA and Roscosmos agreed to keep working together on the International Space Station.")
            .Where(p => p.Program == "ISS" && p.Sign > 0).Select(p => p.Actor).Order());

    [Fact]
    public void Talks_said_to_exist_are_about_the_program_the_text_is_about() =>
        Assert.Contains(("NASA", "Artemis", 1), TestCorpus.Positions("The UAE wants an Emirati on an Artemis flight. Bill Nelson said there were discussions between the two agencies."));

    [Theory]
    [InlineData("Bill Nelson said there are no talks with the UAE about Artemis.")]
    [InlineData("NASA's administrator Jane Roe said the agency will play no role in the ILRS.")]
    public void Talks_denied_and_no_role_are_no_support(string text) =>
        Assert.DoesNotContain(TestCorpus.Positions(text), p => p.Sign > 0);

    [Fact]
    public void A_minister_who_shared_the_following_speaks_the_quotation_after_it()
    {
        var document = TestCorpus.Document("title: Statement from the Minister\noutlet: Example NewsWire (Canadian Space Agency)\ndate: 2025-10-16\n\n" +
            "OTTAWA, Oct. 16, 2025 - At the Canadian Space Agency, the Honourable Jane Roe, Minister of Industry, shared the following:\n\n" +
            "\"Our country will make history when a Canadian astronaut flies around the Moon as part of Artemis II.\n\nIt is a moment for a generation.\"\n");

        var statement = Assert.Single(document.Statements, s => s.Stances.Any(p => p.Program == "Artemis" && p.Score > 0));
        Assert.Equal(("Jane Roe", "CSA"), (statement.Speaker, statement.Actor));
    }
}
