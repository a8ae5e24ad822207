using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Tests.Analysis.Statements;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Sentences_end_at_a_stop_before_a_capital() =>
        Assert.Equal(["The talks ended.", "Both sides signed."], Split("The talks ended. Both sides signed."));

    [Theory]
    [InlineData("The U.S. Army and Dr. Smith met.")] // abbreviations
    [InlineData("Officials of the U.S.Army met.")] // glued after an abbreviation
    [InlineData("Read more at globaltimes.cn today.")] // a domain
    [InlineData("S. Somanath spoke.")] // an initial
    public void Abbreviations_initials_and_domains_do_not_end_a_sentence(string text) => Assert.Single(Split(text));

    [Fact]
    public void A_stop_that_lost_its_space_still_ends_the_sentence() =>
        Assert.Equal(["They met by video link.", "According to the agency, talks went well."], Split("They met by video link.According to the agency, talks went well."));

    [Fact]
    public void A_stop_after_a_year_that_lost_its_space_still_ends_the_sentence() =>
        Assert.Equal(["The module flies by 2027.", "In a meeting, he agreed."], Split("The module flies by 2027.In a meeting, he agreed."));

    [Theory]
    [InlineData("Version 12345.Beta shipped.")] // not a year
    [InlineData("It costs 2.5 billion.")]
    public void Other_numbers_before_a_stop_do_not_end_a_sentence(string text) => Assert.Single(Split(text));

    [Theory]
    [InlineData("They met in Lima.'Now we start,' she said.", "They met in Lima.", "'Now we start,' she said.")] // opens the next quotation
    [InlineData("They met in Lima.\"Now we start,\" she said.", "They met in Lima.", "\"Now we start,\" she said.")]
    [InlineData("She called it 'a good plan.'Then they left.", "She called it 'a good plan.'", "Then they left.")] // closes the open one
    [InlineData("He said \"we keep flying to the ISS.\"ESA's chief agreed.", "He said \"we keep flying to the ISS.\"", "ESA's chief agreed.")] // closes it before an acronym
    public void A_quotation_mark_glued_after_a_stop_goes_with_the_sentence_it_belongs_to(string text, string first, string second) =>
        Assert.Equal([first, second], Split(text));
}
