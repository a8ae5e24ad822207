using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Core.Tests.Analysis.Stance;

public sealed class StanceScorerTests
{
    private static ProgramStance Score(string text, string program = "Lunar Gateway")
    {
        var document = TestCorpus.Document(text);
        var statement = Assert.Single(document.Statements);
        return Assert.Single(statement.Stances, s => s.Program == program);
    }

    [Theory]
    [InlineData("Rogozin said Russia was not interested in the Lunar Gateway.", StanceLabel.Refusing)]
    [InlineData("Rogozin said Russia will not be involved in the Lunar Gateway.", StanceLabel.Refusing)]
    [InlineData("Rogozin said Russia would withdraw from the Lunar Gateway after 2025.", StanceLabel.Withdrawing)]
    [InlineData("Rogozin said the Lunar Gateway was too American-centric.", StanceLabel.Critical)]
    [InlineData("Rogozin said Russia was ready to continue the dialogue on the Lunar Gateway.", StanceLabel.Open)]
    [InlineData("Rogozin said Russia supports the Lunar Gateway.", StanceLabel.Supportive)]
    [InlineData("Rogozin said Russia had signed the agreement on the Lunar Gateway.", StanceLabel.Committed)]
    [InlineData("Rogozin said the Lunar Gateway was discussed at the meeting.", StanceLabel.Neutral)]
    public void The_seven_step_scale(string text, StanceLabel expected) => Assert.Equal(expected, Score(text).Label);

    [Fact]
    public void Negation_flips_a_cue_but_not_only_is_not_a_negation()
    {
        Assert.Equal(StanceLabel.Open, Score("Rogozin said the Lunar Gateway is NOT about confrontation.").Label);
        Assert.Equal(StanceLabel.Supportive, Score("Rogozin said Russia not only supports the Lunar Gateway but also admires its design.").Label);
    }

    [Fact]
    public void Conditions_mark_the_stance_conditional()
    {
        var stance = Score("Rogozin said Russia could consider joining the Lunar Gateway only on an equal footing.");
        Assert.Equal(StanceLabel.Open, stance.Label);
        Assert.True(stance.Conditional);
        Assert.False(Score("Rogozin said Russia was ready to continue the dialogue on the Lunar Gateway.").Conditional);
    }

    [Fact]
    public void A_concessive_clause_does_not_decide_the_stance()
    {
        var stance = Score("Rogozin said that despite the formal refusal to participate in the Lunar Gateway, Russia is ready to continue the dialogue with NASA.");
        Assert.Equal(StanceLabel.Open, stance.Label);
    }

    [Theory]
    [InlineData("Rogozin said that in response to the withdrawal from the Lunar Gateway by ESA, Russia was ready to continue the dialogue with NASA.")]
    [InlineData("Rogozin said that in retaliation for the suspension of cooperation on the Lunar Gateway, Russia was ready to continue the dialogue with NASA.")]
    public void What_the_words_respond_to_does_not_decide_the_stance(string text) =>
        Assert.Equal(StanceLabel.Open, Score(text).Label);

    [Theory]
    [InlineData("Borisov said Russia plans to build a new station to replace the ISS.")]
    [InlineData("Borisov said Russia would build the Russian Orbital Station as a successor to the ISS.")]
    public void What_something_new_stands_in_for_is_not_what_the_stance_is_about(string text) =>
        Assert.DoesNotContain(Assert.Single(TestCorpus.Document(text).Statements).Stances, s => s.Program == "ISS" && s.Score > 0);

    [Fact]
    public void This_and_such_projects_resolve_to_the_program_the_text_was_about()
    {
        var document = TestCorpus.Document("NASA invited partners to the Lunar Gateway last week.\n\n\"We are not interested in this,\" Rogozin wrote on Telegram.");
        var stance = Assert.Single(Assert.Single(document.Statements, s => s.Direct).Stances);
        Assert.Equal(("Lunar Gateway", StanceLabel.Refusing), (stance.Program, stance.Label));
        Assert.True(stance.Confidence < 0.85);
    }

    [Fact]
    public void Each_cue_points_at_its_words()
    {
        const string text = "Rogozin said Russia was not interested in the Lunar Gateway.";
        var cue = Assert.Single(Score(text).Cues);
        Assert.Equal("not interested", text[cue.Span.Start..cue.Span.End]);
        Assert.Equal(-2, cue.Score);
    }
}
