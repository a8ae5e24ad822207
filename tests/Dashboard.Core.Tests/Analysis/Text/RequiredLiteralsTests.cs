using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Tests.Analysis.Text;

public sealed class RequiredLiteralsTests
{
    [Theory]
    [InlineData(@"\bwithdr[ae]w(?:s|al)?\s+from\b", "(\"withdr\" & \"from\")")]
    [InlineData(@"\b(?:suspend|halt)s?\s+(?:the\s+)?work", "(\"work\" & (\"suspend\" | \"halt\"))")] // a single literal is looked for before a choice
    [InlineData(@"colou?r\s+scheme", "(\"scheme\" & \"colo\")")] // the longer, rarer literal first
    [InlineData(@"(?:very\s+)?keen\s+to", "\"keen\"")]
    [InlineData(@"agree+d\s+on", "\"agree\"")] // at least one "e": the run ends there, and "d" alone is too short to look for
    [InlineData(@"(?:\w+\s+){1,4}?partner(?:s|ship)", "\"partner\"")]
    [InlineData(@"(?-i:\p{Lu})\w+\s+Agency", "\"agency\"")]
    [InlineData(@"(?<verb>sign(?:s|ed)?)\s+the\s+Accords", "(\"accords\" & \"sign\" & \"the\")")]
    [InlineData(@"won\u2019t\s+join", "(\"won’t\" & \"join\")")]
    [InlineData(@"U\.S\.-led", "\"u.s.-led\"")]
    public void A_pattern_requires_the_literals_every_match_contains(string pattern, string expected)
    {
        Assert.Equal(expected, RequiredLiterals.Of(pattern).ToString());
    }

    [Theory]
    [InlineData(@"\bwithdr[ae]w(?:s|al)?\s+from\b", "withdr")] // the longer of two that are both needed
    [InlineData(@"\b(?:suspend|halted)\s+(?:the\s+)?work", "suspend halted")] // both choices are longer than "work"
    [InlineData(@"\b(?:suspend|halt)s?\s+(?:the\s+)?work", "work")] // as long as the shortest choice: the one literal
    [InlineData(@"\b(?:suspend|cut)s?\s+(?:the\s+)?work", "work")] // a choice without a literal leaves the other part
    [InlineData(@"(?:very\s+)?keen\s+to", "keen")]
    [InlineData(@"to\s+be", "")]
    public void A_match_holds_at_least_one_anchor_of_its_pattern(string pattern, string expected)
    {
        Assert.Equal(expected, string.Join(' ', RequiredLiterals.Of(pattern).Anchors));
    }

    [Theory]
    [InlineData(@"\b(?:ax|cut)\s+it")] // an alternative with no literal worth looking for
    [InlineData(@"(\w+)\s+\1")] // a backreference
    [InlineData(@"[a-z-[aeiou]]+ing")] // a class subtraction
    [InlineData(@"(?x) not  here")] // whitespace mode
    [InlineData(@"(?:unclosed")]
    [InlineData(@"to\s+be")]
    public void What_it_cannot_read_or_finds_no_literal_in_passes_every_text(string pattern)
    {
        Assert.True(RequiredLiterals.Of(pattern).PassesEverything);
        Assert.True(RequiredLiterals.Of(pattern).MayMatch(RequiredLiterals.Fold("x")));
    }

    [Fact]
    public void A_clause_without_the_literals_is_refused_and_one_with_them_in_any_case_passes()
    {
        var required = RequiredLiterals.Of(@"\b(?:suspend|halt)s?\s+(?:the\s+)?work");

        Assert.False(required.MayMatch(RequiredLiterals.Fold("The agency will continue its work.")));
        Assert.True(required.MayMatch(RequiredLiterals.Fold("ESA HALTS WORK on the rover.")));
        Assert.True(required.MayMatch(RequiredLiterals.Fold("The work was suspended.")), "literals, not their order: a pass, not a match");
    }

    [Fact]
    public void Folding_gives_every_character_the_engine_matches_for_a_letter_that_letter()
    {
        var everyCharacter = new StringBuilder();
        for (var c = 1; c < 0x10000; c++)
        {
            if (c is < 0xD800 or >= 0xE000)
            {
                everyCharacter.Append((char)c);
            }
        }

        var all = everyCharacter.ToString();
        var folded = RequiredLiterals.Fold(all);
        Assert.Equal(all.Length, folded.Text.Length);
        for (var letter = 'a'; letter <= 'z'; letter++)
        {
            var engine = Patterns.Create(letter.ToString(), RegexOptions.IgnoreCase);
            var matched = engine.Matches(all).Select(m => m.Index).ToList();
            Assert.All(matched, i => Assert.Equal(letter, folded.Text[i]));
        }
    }

    /// <summary>
    /// The property the lexicon relies on: wherever a cue matches, its literals are there. Checked on every
    /// sentence of the sample and evaluation articles (which exercise most cues) and on each cue's own pattern text.
    /// </summary>
    [Fact]
    public void Every_cue_that_matches_a_sentence_passes_its_literals_on_it()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data", "articles");
        var evaluation = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Articles");
        var sentences = Directory.GetFiles(folder, "*.txt").Concat(Directory.Exists(evaluation) ? Directory.GetFiles(evaluation, "*.txt") : [])
            .SelectMany(path => File.ReadAllText(path).Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.True(sentences.Count > 200, $"only {sentences.Count} sentences found");

        var matchedCues = 0;
        foreach (var entry in StanceLexicon.Entries)
        {
            var matching = sentences.Where(s => entry.Pattern.IsMatch(s)).ToList();
            matchedCues += matching.Count > 0 ? 1 : 0;
            Assert.All(matching, s => Assert.True(entry.Required.MayMatch(RequiredLiterals.Fold(s)), $"{entry.Kind}: {entry.Required} refuses \"{s}\""));
        }

        Assert.True(matchedCues >= 40, $"only {matchedCues} cues matched anything: the check says little");
    }

    [Fact]
    public void Nearly_every_cue_has_literals_to_look_for()
    {
        var without = StanceLexicon.Entries.Where(e => e.Required.PassesEverything).Select(e => e.Kind).ToList();

        Assert.True(without.Count <= 5, "cues looked for in every clause: " + string.Join(", ", without));
    }
}
