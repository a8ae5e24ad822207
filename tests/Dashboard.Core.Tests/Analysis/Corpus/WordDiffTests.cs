using Dashboard.Core.Analysis.Corpus;

namespace Dashboard.Core.Tests.Analysis.Corpus;

/// <summary>Marking the words one wording of an utterance has and the other lacks, on the text as written.</summary>
public sealed class WordDiffTests
{
    [Theory]
    [InlineData("The decision to leave the station, after 2024, has been made.", "The decision to withdraw from the project after 2024 has been made")]
    [InlineData("", "anything")]
    [InlineData("Only words here", "")]
    [InlineData("  — “Quoted,” he said;  twice…  ", "he said")]
    [InlineData("Космос: «не интересно».", "Космос интересно")]
    public void The_segments_joined_are_the_text_as_written(string first, string second) =>
        Assert.Equal(first, string.Concat(WordDiff.MarkUnshared(first, second).Select(s => s.Text)));

    [Fact]
    public void Only_the_words_the_other_version_lacks_are_marked_with_the_text_between_them()
    {
        var segments = WordDiff.MarkUnshared(
            "The decision to leave this station after 2024, has been made.",
            "The decision on Russia's withdrawal from the ISS project after 2024 has been made");

        Assert.Equal(["to leave this station"], segments.Where(s => s.Kind == DiffKind.OnlyInFirst).Select(s => s.Text));
        Assert.Contains(segments, s => s.Kind == DiffKind.Same && s.Text.Contains(", has been made.", StringComparison.Ordinal));
    }

    [Fact]
    public void Case_and_the_form_of_an_apostrophe_do_not_count_as_a_difference()
    {
        var segments = WordDiff.MarkUnshared("We don’t Agree", "we don't agree");

        Assert.Equal([new DiffSegment(DiffKind.Same, "We don’t Agree")], segments);
    }
}
