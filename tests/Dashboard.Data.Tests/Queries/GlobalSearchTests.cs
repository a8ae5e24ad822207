using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Data.Search;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The Ctrl+K search over actors, programs, articles and statements, on whichever database this run uses.</summary>
public sealed class GlobalSearchTests
{
    private const string Article = """
        Partners weigh the lunar Gateway

        Paris, 4 March 2025 — “We are ready for dialogue about the Gateway,” ESA director Josef Aschbacher said on Tuesday.

        Roscosmos chief Yuri Borisov said Russia would not join the Gateway. “Our own station comes first,” Borisov said.
        """;

    [Fact]
    public async Task Names_read_once_by_the_caller_are_searched_instead_of_being_read_again()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await ImportAsync(database, ("gateway.txt", Article));
        var search = database.Get<GlobalSearch>();
        var choices = await database.Get<FilterOptions>().GetAsync();

        var same = await search.FindAsync("ros", choices);
        Assert.Equal((await search.FindAsync("ros")).Actors, same.Actors);

        // What the caller holds is what is searched: a name it has (and the corpus does not) is found.
        var held = await search.FindAsync("ros", choices with { Actors = ["Rosaviatsiya"] });
        Assert.Equal(["Rosaviatsiya"], held.Actors);
    }

    [Fact]
    public async Task Each_kind_is_found_by_word_starts_and_every_hit_matches()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await ImportAsync(database, ("gateway.txt", Article));
        var search = database.Get<GlobalSearch>();

        var byActor = await search.FindAsync("ros");
        Assert.Contains("Roscosmos", byActor.Actors);
        Assert.DoesNotContain("ESA", byActor.Actors);

        var byProgram = await search.FindAsync("lunar gat");
        Assert.Equal(["Lunar Gateway"], byProgram.Programs);

        var byTitle = await search.FindAsync("partners weigh");
        var document = Assert.Single(byTitle.Documents);
        Assert.Equal("Partners weigh the lunar Gateway", document.Title);

        var byQuote = await search.FindAsync("dialog");
        var statement = Assert.Single(byQuote.Statements);
        Assert.Contains("ready for dialogue", statement.Text, StringComparison.Ordinal);
        Assert.Equal(document.Id, statement.DocumentId);
        Assert.Empty(byQuote.Actors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t")]
    [InlineData("\"*()")]
    [InlineData("'); DROP TABLE Statements;--")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("zzzz nothing like this")]
    public async Task Empty_hostile_and_unmatched_text_finds_nothing_and_changes_nothing(string text)
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await ImportAsync(database, ("gateway.txt", Article));

        var found = await database.Get<GlobalSearch>().FindAsync(text);

        Assert.True(found.IsEmpty);
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
    }

    [Fact]
    public async Task A_huge_search_is_cut_to_its_first_words_and_statement_quotes_are_shortened()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var search = database.Get<GlobalSearch>();

        var huge = await search.FindAsync(string.Join(' ', Enumerable.Repeat("rogozin", 5_000)));
        Assert.NotEmpty(huge.Statements);
        Assert.InRange(huge.Statements.Count, 1, GlobalSearch.PerKind);
        Assert.All(huge.Statements, s => Assert.True(s.Text.Length <= GlobalSearch.QuoteLength + 1, s.Text));
    }

    private static async Task ImportAsync(TestDatabase database, params (string Name, string Text)[] articles)
    {
        var results = await database.Get<ImportService>().ImportAsync(articles.Select(a => new ImportFile(a.Name, System.Text.Encoding.UTF8.GetBytes(a.Text))).ToList(), null, "Ada");
        Assert.All(results, r => Assert.NotNull(r.DocumentId));
    }
}
