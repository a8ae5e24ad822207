namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// An interview printed as questions and answers with no labels: the answers are the words of the one person the opening
/// introduces as interviewed; nothing is read where the opening says no interview, names two people, or asks only once.
/// Sentences of our own.
/// </summary>
public sealed class InterviewAnswersTests
{
    private const string Opening = "title: Interview\noutlet: Example Post\ndate: 2021-09-24\n\n";

    private const string Questions =
        "There has been talk of your leaving the station. What are your plans for the coming years?\n\n"
        + "We will continue to work with our partners on the International Space Station on the basis of mutual trust.\n\n"
        + "And what comes after the station, when its operations end in the next decade?\n\n"
        + "We are thinking about a station of our own, and we will decide within a year.";

    [Fact]
    public void The_answers_are_the_words_of_the_person_the_opening_introduces()
    {
        var document = TestCorpus.Document(Opening + "The deputy head of Roscosmos, Ivan Roe, talks about his agency's plans to Example Post.\n\n" + Questions);

        var answer = Assert.Single(document.Statements, s => s.Text.StartsWith("We will continue", StringComparison.Ordinal));
        Assert.Equal(("Ivan Roe", "Roscosmos", true), (answer.Speaker, answer.Actor, answer.Direct));
        Assert.Contains(answer.Stances, p => p is { Program: "ISS", Score: > 0 });
    }

    [Fact]
    public void An_opening_that_says_no_interview_makes_no_answers() =>
        Assert.DoesNotContain(TestCorpus.Document(Opening + "The deputy head of Roscosmos, Ivan Roe, visited the launch site on Friday.\n\n" + Questions).Statements,
            s => s.Text.StartsWith("We will continue", StringComparison.Ordinal));

    [Fact]
    public void An_opening_that_names_two_speakers_makes_no_answers() =>
        Assert.DoesNotContain(TestCorpus.Document(Opening + "The deputy head of Roscosmos, Ivan Roe, and NASA official Jane Doe talk about their plans to Example Post.\n\n" + Questions).Statements,
            s => s.Text.StartsWith("We will continue", StringComparison.Ordinal));

    [Fact]
    public void The_first_quotation_after_talks_to_an_outlet_is_the_interviewees()
    {
        var statement = Assert.Single(TestCorpus.Document(Opening + "The deputy head of Roscosmos Ivan Roe talks about projects and alliances to Example.it: “We will not take part in the Gateway.”").Statements);

        Assert.Equal(("Ivan Roe", "Roscosmos"), (statement.Speaker, statement.Actor));
    }
}
