using Dashboard.Core.Analysis;
using Dashboard.Core.Documents;
using Dashboard.Core.Tests.Analysis;

namespace Dashboard.Core.Tests.Safety;

/// <summary>
/// The whole analysis of one article stays within a time budget per kilobyte on text built to be
/// hard (the regex classes of <see cref="RegexSafetyTests"/>, and passes whose loops could grow
/// with the square of the text), and invents nothing where nothing was said.
/// </summary>
public sealed class PathologicalArticleTests
{
    /// <summary>Ordinary articles analyse at about 0.2 ms per kilobyte here; this leaves room for a loaded machine.</summary>
    private const double BudgetMillisecondsPerKilobyte = 5.0;

    private const double MinimumBudgetMilliseconds = 500;

    public static TheoryData<string> Cases() => new(Articles().Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analysis_time_grows_linearly(string name)
    {
        var text = Articles().Single(a => a.Name == name).Text;
        var pipeline = TestCorpus.Pipeline;
        pipeline.AnalyzeDocument("warm-up.txt", "NASA said on Monday that it supports the Artemis program.");

        var budget = Math.Max(MinimumBudgetMilliseconds, BudgetMillisecondsPerKilobyte * text.Length / 1024.0);

        var fastest = Fastest.Milliseconds(() => Assert.NotNull(pipeline.AnalyzeDocument("hostile.txt", text)), budget);

        Assert.True(fastest < budget, $"{name}: {fastest:F0} ms for {text.Length / 1024} KB (budget {budget:F0} ms, fastest of three runs)");
    }

    [Fact]
    public void Html_with_a_page_of_stray_angle_brackets_is_read_in_linear_time()
    {
        var html = "<html><body><p>Roscosmos said it would leave the ISS.</p>" + new string('<', 200_000) + " tail</body></html>";

        ExtractedHtml? extracted = null;
        var fastest = Fastest.Milliseconds(() => extracted = HtmlText.Extract(html), MinimumBudgetMilliseconds);

        Assert.True(fastest < MinimumBudgetMilliseconds, $"{fastest:F0} ms (fastest of three runs)");
        Assert.Contains("Roscosmos said it would leave the ISS.", extracted!.Text, StringComparison.Ordinal);
        Assert.Contains(new string('<', 1000), extracted!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_with_an_unclosed_hidden_element_of_many_openings_is_read_in_linear_time()
    {
        var html = "<p>Before.</p><script>" + AdversarialText.Repeat("<script ", 200_000) + ">x</script><p>After.</p>";

        ExtractedHtml? extracted = null;
        var fastest = Fastest.Milliseconds(() => extracted = HtmlText.Extract(html), MinimumBudgetMilliseconds);

        Assert.True(fastest < MinimumBudgetMilliseconds, $"{fastest:F0} ms (fastest of three runs)");
        Assert.StartsWith("Before.", extracted!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no agency at all", "The weather in the valley was mild all week, and the harvest began early. Farmers said the rain came at the right time.")]
    [InlineData("only a headline", "Roscosmos and the Moon")]
    [InlineData("Russian only", "Глава Роскосмоса заявил, что Россия не заинтересована в участии в программе. «Мы готовы к диалогу», — сказал он.")]
    public void An_article_without_attributed_speech_yields_no_stance(string name, string text)
    {
        var document = TestCorpus.Document(text, name + ".txt");

        Assert.DoesNotContain(document.Statements, s => s.Stances.Any(p => p.Score != 0));
    }

    [Fact]
    public void The_same_sentence_five_hundred_times_is_one_statement_at_most_per_sentence_and_bounded_in_time()
    {
        var text = AdversarialText.Repeat("“We will not take part in the Gateway,” the Roscosmos chief said. ", 500 * 66);

        AnalyzedDocument? document = null;
        var fastest = Fastest.Milliseconds(() => document = TestCorpus.Document(text), 10_000);

        Assert.True(fastest < 10_000, $"{fastest:F0} ms (fastest of three runs)");
        Assert.InRange(document!.Statements.Count, 1, 500);
    }

    /// <summary>The crafted articles: each of the classes that once stalled, and the bad input the analysis must survive.</summary>
    private static IEnumerable<(string Name, string Text)> Articles()
    {
        // A run of capitals before an interview's outlet: the outlet pattern once tried every split of it.
        yield return ("capitals before an outlet", "MOSCOW, March 3. The Roscosmos head gave an interview with " + new string('B', 40) + "-c Dd about the Gateway, saying Russia was not interested.");
        yield return ("a long run of capitals before an outlet", "The Roscosmos head gave an interview with " + new string('B', 100_000) + "-c Dd about the Gateway.");

        // A quote of spaces between a cue and a clause break.
        yield return ("a quote of spaces", "“We are not interested" + new string(' ', 200_000) + "but ready for dialogue on the Gateway,” Rogozin said.");
        yield return ("a sentence of spaces", "NASA said" + new string(' ', 200_000) + "that it would join.");
        yield return ("a long sentence of commas", "NASA said that " + AdversarialText.Repeat("the Gateway, ", 100_000) + "would go ahead.");
        yield return ("200 quotes", string.Concat(Enumerable.Range(0, 200).Select(i => $"“We support the Artemis program, point {i},” the NASA administrator said. ")));
        yield return ("quotes that never close", AdversarialText.Repeat("“Roscosmos will not join the Gateway, Rogozin said ", 100_000));
        yield return ("nested quotes", AdversarialText.Repeat("“‘«", 30_000) + "Roscosmos said" + AdversarialText.Repeat("»’”", 30_000));
        yield return ("one line of 200,000 words", AdversarialText.Repeat("Rogozin ", 200_000));
        yield return ("paragraph breaks only", new string('\n', 200_000));
        yield return ("sentences of one letter", AdversarialText.Repeat("A. ", 100_000));
        yield return ("names without end", AdversarialText.Repeat("Mr. Aa Bb, ", 50_000) + "said the Gateway is flawed.");
        // One clause of thousands of cues: work per cue that read the rest of the clause made it quadratic.
        yield return ("a clause of many cues", "NASA said, said director John Smith " + AdversarialText.Repeat(", said deputy head of NASA Ann Lee, the agency began building the Gateway", 5_000) + ".");
        // Many names before a budget and its cue, and an inverted attribution after many names: each name looked at once.
        yield return ("budgets of many owners", AdversarialText.Repeat("NASA's and ESA's budget request ", 8_000) + "would cancel the Gateway.");
        yield return ("many names before an inverted attribution", AdversarialText.Repeat("NASA and ESA and ", 8_000) + "the Gateway is over, announced the agency.");

        foreach (var (input, index) in AdversarialText.Inputs(64 * 1024).Select((input, index) => (input, index)).Where(x => x.index % 3 == 0))
        {
            yield return ($"{index}: {input.Name}", input.Text);
        }
    }
}
