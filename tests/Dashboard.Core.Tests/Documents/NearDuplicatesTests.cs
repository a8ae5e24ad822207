using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

public sealed class NearDuplicatesTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "articles", name));

    [Fact]
    public void The_same_story_from_another_feed_with_its_own_header_and_footer_is_near()
    {
        var story = Sample("003_5422f9083324faf0.txt");
        var other = "SPACE WIRE — Top stories\nHome | World | Science\n\n" + story.Replace("said on Monday", "said Monday", StringComparison.Ordinal)
            + "\n\nLike this story? Share it with a friend!\nMore: NASA picks landing sites (1,204 views)\n© 2021 Space Wire. All rights reserved.";

        // As the importer does: the article text without its page debris.
        var a = NearDuplicates.Fingerprint(ArticleCleaner.Clean(story).Text);
        var b = NearDuplicates.Fingerprint(ArticleCleaner.Clean(other).Text);
        Assert.True(NearDuplicates.AreNear(a, b), $"{System.Numerics.BitOperations.PopCount((ulong)(a ^ b))} bits apart");
    }

    [Fact]
    public void Different_stories_on_the_same_subject_are_not_near()
    {
        string[] names = ["000_b36efe60cc7cfec3.txt", "001_e606fe3b67906bc2.txt", "002_739435bdf4cef7ca.txt", "003_5422f9083324faf0.txt", "004_303084a7129f2371.txt"];
        var prints = names.Select(n => NearDuplicates.Fingerprint(ArticleCleaner.Clean(Sample(n)).Text)).ToList();

        for (var i = 0; i < prints.Count; i++)
        {
            for (var j = i + 1; j < prints.Count; j++)
            {
                Assert.False(NearDuplicates.AreNear(prints[i], prints[j]), $"{names[i]} and {names[j]}");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Roscosmos said it was not interested in the Gateway.")]
    public void Short_texts_get_no_fingerprint_and_are_never_near(string text)
    {
        Assert.Equal(0, NearDuplicates.Fingerprint(text));
        Assert.False(NearDuplicates.AreNear(NearDuplicates.Fingerprint(text), NearDuplicates.Fingerprint(text)));
    }
}
