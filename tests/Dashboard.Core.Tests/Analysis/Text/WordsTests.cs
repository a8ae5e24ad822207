using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Tests.Analysis.Text;

public sealed class WordsTests
{
    /// <summary>The definition the scan implements, as a pattern: the scan must find exactly its matches.</summary>
    private static readonly Regex Definition = new(@"[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*", RegexOptions.None);

    [Theory]
    [InlineData("Roscosmos chief Dmitry Rogozin said the U.S.-led Artemis programme was “too American-centric”.")]
    [InlineData("Chang'e-6 landed on 2 June; the ISS’s crew of 7 (six men) watched. ½ of it… ²³ Ⅻ")]
    [InlineData("--a--b..c''d’’e-")]
    [InlineData("Москва, 12 апреля. /ТАСС/. 中国国家航天局 说 — ‘yes’")]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Finds_what_the_defining_pattern_finds(string text) => AssertSameAsDefinition(text);

    [Fact]
    public void Finds_what_the_defining_pattern_finds_in_random_text_of_letters_digits_joiners_and_surrogates()
    {
        const string alphabet = "aZé9٣Ⅻ²ß中.'’- \n,\"“🚀\uD800";
        var random = new Random(17);
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            AssertSameAsDefinition(text.ToString());
        }
    }

    [Fact]
    public void Offsets_inside_a_span_are_offsets_in_the_whole_text()
    {
        const string text = "Before. NASA's lander-2 flies. After.";
        var span = new TextSpan(8, 30);

        var words = Words.Tokenize(text, span);

        Assert.Equal(["NASA's", "lander-2", "flies"], words.Select(w => w.Value));
        Assert.All(words, w => Assert.Equal(w.Value, text[w.Start..w.End]));
    }

    [Fact]
    public void Counting_counts_the_words_of_a_span_without_those_outside_it()
    {
        const string text = "Before. NASA's lander-2 flies. After.";

        Assert.Equal(3, Words.Count(text, new TextSpan(8, 30)));
        Assert.Equal(0, Words.Count(text, new TextSpan(6, 8)));
        Assert.Equal(5, Words.Count(text));
    }

    [Fact]
    public void The_folded_form_lowers_each_word_and_keeps_one_space_between_them() =>
        Assert.Equal("roscosmos's chief said no to u.s led plans", Words.Folded("  Roscosmos’s CHIEF said: “No” to U.S.-led plans."));

    private static void AssertSameAsDefinition(string text)
    {
        var expected = Definition.Matches(text).Select(m => new Word(m.Index, m.Index + m.Length, m.Value)).ToList();
        Assert.Equal(expected, Words.Tokenize(text));
        Assert.Equal(expected.Count, Words.Count(text));
        Assert.Equal(string.Join(' ', expected.Select(w => w.Value.ToLowerInvariant().Replace('’', '\''))), Words.Folded(text));
    }
}
