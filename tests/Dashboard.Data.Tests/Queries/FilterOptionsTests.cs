using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class FilterOptionsTests
{
    [Fact]
    public async Task An_outlet_quoted_as_a_speaker_is_offered_as_an_outlet_and_draws_no_line_of_its_own()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var statements = await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, StatementQueries.MaxPageSize);
        Assert.Contains(statements.Items, s => s.Actor == "Washington Post"); // the samples quote the Post's own words

        var choices = await database.Get<FilterOptions>().GetAsync();
        Assert.Contains("Roscosmos", choices.Actors);
        Assert.DoesNotContain("Washington Post", choices.Actors);

        var timeline = await database.Get<CorpusQueries>().TimelineAsync(DashboardFilter.None);
        Assert.NotEmpty(timeline.Points);
        Assert.DoesNotContain(timeline.Points, p => p.Actor == "Washington Post");
    }

    [Fact]
    public async Task The_filter_offers_the_newest_statement_date_for_the_calendar()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        Assert.Null((await database.Get<FilterOptions>().GetAsync()).Newest);

        var imported = await database.Get<Dashboard.Data.Import.ImportService>().ImportAsync(
            [new Dashboard.Data.Import.ImportFile("gateway.txt", System.Text.Encoding.UTF8.GetBytes("Gateway talks\n\nParis, 4 March 2025 — “We are ready for dialogue about the Gateway,” ESA director Josef Aschbacher said."))], null, "Ada");
        Assert.NotNull(Assert.Single(imported).DocumentId);

        Assert.Equal(new DateOnly(2025, 3, 4), (await database.Get<FilterOptions>().GetAsync()).Newest);
    }

    [Fact]
    public async Task Views_share_one_reading_of_the_choices_until_the_corpus_changes()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var options = database.Get<FilterOptions>();
        var before = await options.GetAsync();
        Assert.Same(before, await options.GetAsync());

        var documents = database.Get<DocumentQueries>();
        var document = (await documents.GetAsync((await documents.ListAsync())[0].Id))!;
        Assert.True((await database.Get<Dashboard.Data.Annotations.AnnotationService>().AddAsync("correction", "document", document.ContentHash, "outlet = Desk 9f", null, "Ana")).Ok);

        var after = await options.GetAsync();
        Assert.Contains("Desk 9f", after.Outlets);
        Assert.DoesNotContain("Desk 9f", before.Outlets);
    }
}
