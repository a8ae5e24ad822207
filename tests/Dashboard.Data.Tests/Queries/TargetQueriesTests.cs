using Dashboard.Data.Annotations;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class TargetQueriesTests
{
    [Fact]
    public async Task Annotated_items_are_found_in_today_s_corpus_and_missing_ones_are_reported_not_dropped()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var statement = (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None with { Actors = ["Roscosmos"] }, StatementSort.DateAscending, 1, 1)).Items[0];
        var contradiction = (await database.Get<CorpusQueries>().ContradictionsAsync(DashboardFilter.None, null))[0];
        var cluster = (await database.Get<CorpusQueries>().ClustersAsync(DashboardFilter.None))[0];
        var service = database.Get<AnnotationService>();
        await service.AddAsync("note", "statement", "fingerprint-of-a-statement-re-analysis-dropped", "Still here", null, "Ana");

        var places = await database.Get<TargetQueries>().PlacesAsync(
        [
            ("statement", statement.Fingerprint), ("contradiction", contradiction.Fingerprint), ("cluster", cluster.Id),
            ("cell", "Roscosmos|Artemis"), ("cell", "Roscosmos|Mars Sample Return"), ("statement", "fingerprint-of-a-statement-re-analysis-dropped"),
            ("document", "0000"),
        ]);

        Assert.Equal(new TargetPlace(true, statement.DocumentId, statement.Id), places[("statement", statement.Fingerprint)]);
        Assert.Equal(contradiction.Id, places[("contradiction", contradiction.Fingerprint)].ContradictionId);
        Assert.True(places[("cluster", cluster.Id)].Found);
        Assert.True(places[("cell", "Roscosmos|Artemis")].Found);
        Assert.False(places[("cell", "Roscosmos|Mars Sample Return")].Found);
        Assert.False(places[("statement", "fingerprint-of-a-statement-re-analysis-dropped")].Found);
        Assert.False(places[("document", "0000")].Found);
        Assert.Single(await service.ListAsync("note", null, "Still here"));
    }
}
