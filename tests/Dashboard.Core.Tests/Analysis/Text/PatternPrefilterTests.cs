using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Tests.Analysis.Text;

public sealed class PatternPrefilterTests
{
    [Fact]
    public void A_literal_the_text_holds_is_found_wherever_it_stands()
    {
        var random = new Random(23);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz ABCXYZ éü.'’-中";
        for (var round = 0; round < 3_000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(3, 300)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var start = random.Next(0, text.Length - 2);
            var literal = text.Substring(start, random.Next(3, Math.Min(12, text.Length - start) + 1));
            if (literal.Trim().Length < literal.Length || !literal.Any(char.IsLetter))
            {
                continue; // the parser reads a pattern: keep to literals it takes as they are
            }

            var prefilter = new PatternPrefilter([RequiredLiterals.Of(Regex.Escape(literal))]);
            Assert.True(prefilter.Candidates(text).SequenceEqual([0]), $"\"{literal}\" not found in \"{text}\"");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("wi")]
    [InlineData("The agency will continue its work.")]
    public void A_text_without_the_literals_gives_only_the_patterns_that_pass_every_text(string text)
    {
        var prefilter = new PatternPrefilter([RequiredLiterals.Of(@"\bwithdr[ae]w\s+from"), RequiredLiterals.Of(@"to\s+be"), RequiredLiterals.Of(@"(?:suspend|halt)s?\s+work")]);

        Assert.Equal([1], prefilter.Candidates(text));
    }

    [Fact]
    public void A_pattern_needs_all_of_its_literals_and_one_of_each_choice()
    {
        var prefilter = new PatternPrefilter([RequiredLiterals.Of(@"\b(?:suspend|halt)s?\s+(?:the\s+)?work"), RequiredLiterals.Of(@"won\u2019t\s+join")]);

        Assert.Empty(prefilter.Candidates("ESA halts the rover."));
        Assert.Equal([0], prefilter.Candidates("ESA HALTS WORK on the rover."));
        Assert.Equal([0, 1], prefilter.Candidates("They won’t join; the work was suspended"));
        Assert.Empty(prefilter.Candidates("They won't join")); // the typewriter apostrophe is another literal
    }

    /// <summary>
    /// The lexicon's prefilter against each cue's own test, on texts made of the cues' literals in any case,
    /// joined, cut and scattered among other words: the one pass must refuse exactly what the literals refuse.
    /// </summary>
    [Fact]
    public void The_lexicon_s_candidates_are_the_cues_whose_literals_the_text_holds()
    {
        var literals = StanceLexicon.Entries.SelectMany(e => e.Required.Literals).Distinct().ToList();
        var random = new Random(7);
        var filler = new[] { " ", ", ", " the ", " and ", "-", "’", " it ", "" };
        var candidatesSeen = 0;
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder();
            for (var part = random.Next(0, 12); part > 0; part--)
            {
                var literal = literals[random.Next(literals.Count)];
                literal = random.Next(3) switch
                {
                    0 => literal.ToUpperInvariant(),
                    1 => literal[..Math.Max(1, literal.Length - random.Next(0, 3))], // sometimes cut short
                    _ => literal,
                };
                text.Append(literal).Append(filler[random.Next(filler.Length)]);
            }

            var clause = text.ToString();
            var expected = Enumerable.Range(0, StanceLexicon.Entries.Count)
                .Where(i => StanceLexicon.Entries[i].Required.MayMatch(RequiredLiterals.Fold(clause))).ToList();
            var candidates = StanceLexicon.Prefilter.Candidates(clause);
            Assert.True(expected.SequenceEqual(candidates), $"\"{clause}\": expected [{string.Join(", ", expected)}], got [{string.Join(", ", candidates)}]");
            candidatesSeen += candidates.Count;
        }

        Assert.True(candidatesSeen > 2_000, $"only {candidatesSeen} candidates in all: the texts hold too few literals to test much");
    }
}
