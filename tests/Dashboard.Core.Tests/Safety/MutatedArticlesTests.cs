using Dashboard.Core.Analysis;
using Dashboard.Core.Tests.Analysis;

namespace Dashboard.Core.Tests.Safety;

/// <summary>
/// The sample articles cut, spliced and salted with the titles, names, brackets and attributions news copy is made of:
/// no variant may throw, since one document that does stops a whole `analyze` run or import batch. The same seed each
/// run, so a failure names the variant that failed; a longer run with other seeds found the constructions of
/// <see cref="ConstructionsThatThrewTests"/>.
/// </summary>
public sealed class MutatedArticlesTests
{
    private const int Variants = 800;

    private static readonly string[] Salt =
    [
        "President", "president", "PM", "Prime Minister", "Science Minister", "Minister", "“", "”", "\"", "(", ")", "(ESA", ",", ".", " said",
        " told", "U.S.", "'s", "\n", "\n\n", "—", ":", "the agency", "he", "Russian", "South Korean", "Roscosmos", "NASA", "ISS", "Artemis",
        "Lunar Gateway", "Dmitry Rogozin", "Yuri Borisov", "Bill Nelson", "Jim Bridenstine", ", said", " found that", ", calling",
        " has said,", "chief", "exploration chief", "head of", "Jane Roe", "Korean Air", "the Roscosmos chief said", "according to",
        "told TASS", "in January", "on Monday", "$1.6 billion", "«", "»", "Mr.", "Sen.", "(D-Fla.)", "he added", "the statement said",
    ];

    [Fact]
    public void No_cut_spliced_or_salted_sample_article_throws()
    {
        var pipeline = TestCorpus.Pipeline;
        var texts = TestCorpus.SampleFiles().Select(f => f.Text).ToList();
        var sentences = texts.SelectMany(t => t.Split(". ")).ToArray();
        var random = new Random(20261206);
        var analysed = new List<AnalyzedDocument>();
        for (var i = 0; i < Variants; i++)
        {
            var text = Variant(random, texts, sentences);
            try
            {
                analysed.Add(pipeline.AnalyzeDocument($"variant-{i}.txt", text));
            }
            catch (Exception ex)
            {
                Assert.Fail($"variant {i} threw {ex.GetType().Name}: {ex.Message}\n---\n{text}");
            }
        }

        // The corpus stage over them in batches, as an import of a folder runs it.
        foreach (var batch in analysed.Chunk(50))
        {
            AnalysisPipeline.AnalyzeCorpus(batch);
        }
    }

    private static string Variant(Random random, List<string> texts, string[] sentences)
    {
        if (random.Next(3) == 0)
        {
            var count = random.Next(1, 8);
            return "title: Spliced\ndate: 2024-05-14\n\n" + string.Join(". ", Enumerable.Range(0, count).Select(_ => sentences[random.Next(sentences.Length)])) + ".";
        }

        var text = texts[random.Next(texts.Count)];
        for (var edits = random.Next(1, 12); edits > 0; edits--)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(3) switch
            {
                0 => text.Insert(at, " " + Salt[random.Next(Salt.Length)] + " "),
                1 => at < text.Length ? text.Remove(at, Math.Min(random.Next(1, 30), text.Length - at)) : text,
                _ => text.Insert(at, Salt[random.Next(Salt.Length)]),
            };
        }

        return random.Next(4) == 0 && text.Length > 600 ? text[..random.Next(100, 600)] : text;
    }
}
