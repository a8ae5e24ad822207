using System.Text;
using Dashboard.Core.Synthetic;
using Dashboard.Core.Tests.Analysis;

namespace Dashboard.Core.Tests.Synthetic;

public sealed class RealisticArticleTests
{
    private static readonly List<GeneratedArticle> Articles = new CorpusGenerator(TestCorpus.Gazetteer).Generate(80, seed: 3, ArticleStyle.Realistic).ToList();

    [Fact]
    public void Realistic_articles_are_as_long_as_published_ones()
    {
        var sizes = Articles.Select(a => Encoding.UTF8.GetByteCount(a.Text)).ToList();

        Assert.InRange(sizes.Average(), 2_500, 4_500);
        Assert.All(sizes, size => Assert.InRange(size, 1_500, 6_000));
    }

    [Fact]
    public void The_same_seed_gives_the_same_realistic_corpus_and_another_seed_another()
    {
        var again = new CorpusGenerator(TestCorpus.Gazetteer).Generate(80, seed: 3, ArticleStyle.Realistic).ToList();
        var other = new CorpusGenerator(TestCorpus.Gazetteer).Generate(80, seed: 4, ArticleStyle.Realistic).ToList();

        Assert.Equal(Articles, again);
        Assert.NotEqual(Articles.Select(a => a.Text), other.Select(a => a.Text));
    }

    [Fact]
    public void The_page_around_a_realistic_story_is_debris_and_the_remark_is_still_found()
    {
        var pipeline = TestCorpus.Pipeline;
        var withRemark = 0;
        foreach (var article in Articles)
        {
            var document = pipeline.AnalyzeDocument(article.FileName, article.Text);

            // Menus, cookie banners, footers and related headlines never reach the text the analysis reads.
            Assert.DoesNotContain("All rights reserved", document.Cleaned.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Manage preferences", document.Cleaned.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Do you want to leave a comment", document.Cleaned.Text, StringComparison.Ordinal);
            Assert.NotEmpty(document.Metadata.Outlet ?? string.Empty);

            // The file is named after the actor whose head speaks; the story quotes and reports that remark.
            var actor = article.FileName[(article.FileName.IndexOf('_', StringComparison.Ordinal) + 1)..^4];
            if (document.Statements.Any(s => s.Actor?.ToLowerInvariant().Replace(' ', '-') == actor && s.Stances.Count > 0))
            {
                withRemark++;
            }
        }

        Assert.True(withRemark >= Articles.Count * 9 / 10, $"{withRemark} of {Articles.Count} stories gave their speaker's remark");
    }
}
