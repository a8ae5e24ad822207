using Dashboard.Data.Analysis;
using Dashboard.Data.Audit;
using Dashboard.Data.Gazetteers;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Gazetteers;

public sealed class GazetteerSourceTests
{
    private const string Article = "title: Mining the Moon\noutlet: Orbital Ledger\ndate: 2025-02-03\n\n\"We are ready to join Artemis,\" a spokesperson for the Lunar Mining Authority said on Monday.";

    /// <summary>The shipped gazetteer with one more agency, written as an editor would (a new line in the actors list).</summary>
    private static string WithNewAgency(string json) =>
        json.Replace("\"actors\": [", "\"actors\": [\n    { \"name\": \"Lunar Mining Authority\", \"kind\": \"agency\", \"country\": \"Luxembourg\", \"aliases\": [\"Lunar Mining Authority\", \"LMA\"] },", StringComparison.Ordinal);

    [Fact]
    public async Task A_saved_gazetteer_is_used_for_new_imports_at_once_and_for_stored_ones_after_reanalysis()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var gazetteers = database.Get<GazetteerSource>();
        var before = await ImportAsync(database, "before.txt", Article);
        Assert.NotEqual("Lunar Mining Authority", Assert.Single(await database.Get<StatementQueries>().OfDocumentAsync(before)).Actor);

        var saved = await gazetteers.SaveAsync(WithNewAgency(gazetteers.Json), "Ada", gazetteers.Version);

        Assert.True(saved.Ok, saved.Error);
        Assert.Equal("added actor Lunar Mining Authority", saved.Changes);
        Assert.Equal(1, gazetteers.Version);
        var after = await ImportAsync(database, "after.txt", Article.Replace("Monday", "Tuesday", StringComparison.Ordinal));
        Assert.Equal("Lunar Mining Authority", Assert.Single(await database.Get<StatementQueries>().OfDocumentAsync(after)).Actor);
        Assert.NotEqual("Lunar Mining Authority", Assert.Single(await database.Get<StatementQueries>().OfDocumentAsync(before)).Actor); // stored: unchanged

        await database.Get<AnalysisStore>().ReanalyzeAllAsync();

        Assert.Equal("Lunar Mining Authority", Assert.Single(await database.Get<StatementQueries>().OfDocumentAsync(before)).Actor);
        var entry = (await database.Get<AuditLog>().ListAsync()).First(e => e.Action == "gazetteer saved");
        Assert.Equal(("Ada", "version 1"), (entry.Who, entry.Target));
    }

    [Fact]
    public async Task An_invalid_gazetteer_is_refused_with_line_numbers_and_changes_nothing()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var gazetteers = database.Get<GazetteerSource>();
        var shipped = gazetteers.Json;
        var duplicateAlias = shipped.Replace("\"actors\": [", "\"actors\": [\n    { \"name\": \"Copycat\", \"kind\": \"agency\", \"country\": null, \"aliases\": [\"NASA\"] },", StringComparison.Ordinal);

        foreach (var (json, reason) in new[]
        {
            ("", "empty"),
            (shipped[..(shipped.Length / 2)], "line"),
            (shipped.Replace("\"kind\": \"agency\"", "\"kind\": \"<script>\"", StringComparison.Ordinal), "line"),
            (duplicateAlias, "line 3"),
            ("[\"'; DROP TABLE GazetteerVersions; --\"]", "line 1"),
            (new string(' ', GazetteerSource.MaxJsonLength) + "{}", "at most"),
            (shipped, "Nothing changed"),
        })
        {
            var result = await gazetteers.SaveAsync(json, "Ada", gazetteers.Version);
            Assert.False(result.Ok);
            Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        }

        Assert.Null(gazetteers.Version);
        Assert.Same(shipped, gazetteers.Json);
        Assert.Empty(await gazetteers.HistoryAsync());
    }

    [Fact]
    public async Task Every_version_is_kept_and_the_latest_is_used_when_the_database_is_opened_again()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var gazetteers = database.Get<GazetteerSource>();
        var first = WithNewAgency(gazetteers.Json);
        Assert.True((await gazetteers.SaveAsync(first, "Ada", null)).Ok);
        var second = first.Replace("\"LMA\"", "\"LMA\", \"the lunar miners\"", StringComparison.Ordinal);
        Assert.Equal("changed actor Lunar Mining Authority", (await gazetteers.SaveAsync(second, "Ben", 1)).Changes);

        Assert.Equal([(2, "Ben"), (1, "Ada")], (await gazetteers.HistoryAsync()).Select(v => (v.Id, v.SavedBy)));
        Assert.Equal(first, await gazetteers.JsonOfAsync(1));

        // Another process opening the same database analyses with version 2 too.
        using var reopened = database.SecondProcess();
        await reopened.Get<DatabaseInitializer>().InitializeAsync();
        Assert.Equal(2, reopened.Get<GazetteerSource>().Version);
        Assert.Contains("the lunar miners", reopened.Get<GazetteerSource>().Current.ActorsByName["Lunar Mining Authority"].Aliases);
    }

    [Fact]
    public async Task Two_administrators_saving_from_the_same_version_do_not_drop_the_first_ones_change()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var gazetteers = database.Get<GazetteerSource>();
        var startedFrom = gazetteers.Version;
        var adas = WithNewAgency(gazetteers.Json);
        var bens = gazetteers.Json.Replace("\"Moon Portal\"", "\"Moon Portal\", \"the Portal station\"", StringComparison.Ordinal);

        Assert.True((await gazetteers.SaveAsync(adas, "Ada", startedFrom)).Ok);
        var refused = await gazetteers.SaveAsync(bens, "Ben", startedFrom);

        Assert.False(refused.Ok);
        Assert.Contains("Ada saved version 1", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was saved", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, gazetteers.Version);
        Assert.Contains("Lunar Mining Authority", gazetteers.Json, StringComparison.Ordinal);
    }

    private static async Task<int> ImportAsync(TestDatabase database, string name, string text)
    {
        var result = Assert.Single(await database.Get<ImportService>().ImportAsync([new ImportFile(name, System.Text.Encoding.UTF8.GetBytes(text))], null, "Ada"));
        return result.DocumentId ?? throw new InvalidOperationException(result.Detail);
    }
}
