using System.Text.RegularExpressions;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Data.Search;

namespace Dashboard.Data.Tests.Queries;

/// <summary>Full-text search of statements, on whichever database this run uses (both in scripts/test.sh).</summary>
public sealed partial class TextSearchTests
{
    private const string Article = """
        Lunar outposts divide the agencies

        Paris, 4 March 2025 — The European Space Agency is “ready for dialogue” about the lunar Gateway, ESA director Josef Aschbacher said on Tuesday. “We are not interested in a race; we want partners,” Aschbacher told reporters in Paris.

        Roscosmos chief Yuri Borisov said Russia would build its own orbital station. “Our station comes first,” Borisov said.
        """;

    [Fact]
    public async Task Words_match_as_word_starts_in_any_case_and_all_words_are_required()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await ImportAsync(database, ("lunar.txt", Article));

        Assert.NotEmpty(await SearchAsync(database, "dialogue"));
        Assert.Equal((await SearchAsync(database, "dialogue")).Select(s => s.Id), (await SearchAsync(database, "DIALOG")).Select(s => s.Id));
        Assert.All(await SearchAsync(database, "interested partners"), s => Assert.Contains("partners", s.Text, StringComparison.Ordinal));
        Assert.Empty(await SearchAsync(database, "interested orbital"));          // the two words are in different statements
        Assert.Empty(await SearchAsync(database, "ialogue"));                     // inside a word is not a word start
        Assert.All(await SearchAsync(database, "aschbach"), s => Assert.Equal("Josef Aschbacher", s.Speaker)); // the speaker counts
        var byTitle = await SearchAsync(database, "outposts divide");              // every statement of the titled article
        Assert.Equal((await SearchAsync(database, "")).Count, byTitle.Count);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("dialogue OR NOT x")]
    [InlineData("NEAR(ready dialogue)")]
    [InlineData("ready:* & !dialogue | x")]
    [InlineData("'); DROP TABLE Statements;--")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%_\\")]
    [InlineData("\u0000\uFFFD\u202E")]
    public async Task Search_syntax_and_hostile_text_are_only_words(string text)
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await ImportAsync(database, ("lunar.txt", Article));
        var words = SearchWords.Parse(text);

        var found = await SearchAsync(database, text);

        Assert.All(found, s => Assert.True(Matches(s, words), $"{s.Text} does not contain {words}"));
        if (words.IsEmpty)
        {
            Assert.Empty(found);
        }

        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;")); // nothing dropped
    }

    [Fact]
    public async Task On_the_sample_corpus_every_hit_matches_and_the_statement_a_word_came_from_is_found()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var all = (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, StatementQueries.MaxPageSize)).Items;
        var random = new Random(7);
        var probes = 0;
        foreach (var statement in all.OrderBy(_ => random.Next()).Take(25))
        {
            // A whole word, a word start, and two words of one statement.
            var words = PlainWord().Matches(statement.Text).Select(m => m.Value).Where(w => w.Length >= 4).ToList();
            if (words.Count < 2)
            {
                continue;
            }

            foreach (var query in new[] { words[0], words[^1][..3], $"{words[1]} {words[0]}" })
            {
                var found = await SearchAsync(database, query);
                var parsed = SearchWords.Parse(query);
                Assert.Contains(found, s => s.Id == statement.Id);
                Assert.All(found, s => Assert.True(Matches(s, parsed), $"\"{query}\" found: {s.Text}"));
                probes++;
            }
        }

        Assert.True(probes >= 30, $"only {probes} probes");
    }

    [Fact]
    public async Task The_index_follows_deletion_purge_and_re_analysis()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var id = await ImportAsync(database, ("lunar.txt", Article));
        Assert.NotEmpty(await SearchAsync(database, "dialogue"));

        await database.Get<Dashboard.Data.Analysis.AnalysisStore>().ReanalyzeAllAsync();
        Assert.NotEmpty(await SearchAsync(database, "dialogue"));

        var deletion = database.Get<DeletedDocuments>();
        await deletion.DeleteAsync(id, "Ada");
        Assert.Empty(await SearchAsync(database, "dialogue"));
        await deletion.PurgeAsync(id, "Ada");
        await ImportAsync(database, ("other.txt", "Space news\n\n“We are ready for dialogue,” said NASA administrator Bill Nelson."));

        var found = Assert.Single(await SearchAsync(database, "dialogue"));
        Assert.Equal("Bill Nelson", found.Speaker);
    }

    [Fact]
    public void Search_words_are_letters_and_digits_lower_cased_distinct_and_bounded()
    {
        Assert.Equal(["ready", "for", "dialogue", "2025", "é"], SearchWords.Parse("“Ready” for-DIALOGUE! 2025 É ready").Words);
        Assert.True(SearchWords.Parse(" \t%*\"() ").IsEmpty);
        Assert.Equal(SearchWords.MaxWords, SearchWords.Parse(string.Join(' ', Enumerable.Range(0, 50).Select(i => $"w{i}"))).Words.Count);
        Assert.Equal(SearchWords.MaxWordLength, Assert.Single(SearchWords.Parse(new string('a', 5000)).Words).Length);
    }

    private static async Task<List<StatementView>> SearchAsync(TestDatabase database, string text)
    {
        var filter = DashboardFilter.None with { Text = string.IsNullOrEmpty(text) ? null : text };
        return [.. (await database.Get<StatementQueries>().PageAsync(filter, StatementSort.DateDescending, 1, StatementQueries.MaxPageSize)).Items];
    }

    /// <summary>The definition, written out: every word starts a word of text + speaker, or every word starts a word of the title.</summary>
    private static bool Matches(StatementView statement, SearchWords words)
    {
        static bool All(string? text, SearchWords words)
        {
            var tokens = SearchWords.Tokenize(text).ToList();
            return words.Words.All(w => tokens.Any(t => t.StartsWith(w, StringComparison.Ordinal)));
        }

        return All(statement.Text + " " + statement.Speaker, words) || All(statement.Title, words);
    }

    private static async Task<int> ImportAsync(TestDatabase database, params (string Name, string Text)[] articles)
    {
        var results = await database.Get<ImportService>().ImportAsync(articles.Select(a => new ImportFile(a.Name, System.Text.Encoding.UTF8.GetBytes(a.Text))).ToList(), null, "Ada");
        return results[0].DocumentId ?? throw new InvalidOperationException(results[0].Detail);
    }

    // A word standing between spaces or plain punctuation (not part of "nasa.gov" or "1.5", which parsers may keep whole).
    [GeneratedRegex(@"(?<=^|[\s“”""(])\p{L}+(?=$|[\s,;:!?)“”""])")]
    private static partial Regex PlainWord();
}
