using Microsoft.EntityFrameworkCore;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class TimelineQueriesTests
{
    [Fact]
    public async Task A_timeline_draws_the_busiest_pairs_and_when_they_have_more_stances_than_it_draws_a_share_of_each_over_its_dates()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();

        var whole = await corpus.TimelineAsync(DashboardFilter.None);
        Assert.Equal(whole.Points.Count, whole.PairStances);
        Assert.Equal(0, whole.NotDrawn);
        Assert.Equal(whole.Points.OrderBy(p => p.Date).ThenBy(p => p.StatementId), whole.Points);
        var pairs = whole.Points.GroupBy(p => (p.Actor, p.Program)).ToList();
        var busiest = pairs.OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Actor, StringComparer.Ordinal).ThenBy(g => g.Key.Program, StringComparer.Ordinal).First();
        Assert.True(busiest.Count() >= 3, $"the busiest pair has {busiest.Count()} stances");

        // Two points for the busiest pair: its first and its last statement, nothing in between; the total is still told.
        var one = await corpus.TimelineAsync(DashboardFilter.None, series: 1, maxPoints: 2);
        Assert.Equal([busiest.First().StatementId, busiest.Last().StatementId], one.Points.Select(p => p.StatementId));
        Assert.Equal(busiest.Count(), one.PairStances);
        Assert.Equal(busiest.Count() - 2, one.NotDrawn);

        // Every pair keeps its line, each with its own first and last statement.
        var shared = await corpus.TimelineAsync(DashboardFilter.None, maxPoints: pairs.Count * 2);
        Assert.Equal(whole.PairStances, shared.PairStances);
        Assert.Equal(whole.OmittedSeries, shared.OmittedSeries);
        foreach (var pair in pairs)
        {
            var drawn = shared.Points.Where(p => (p.Actor, p.Program) == pair.Key).Select(p => p.StatementId).ToList();
            Assert.Equal(pair.First().StatementId, drawn[0]);
            Assert.Equal(pair.Last().StatementId, drawn[^1]);
        }
    }

    [Fact]
    public async Task Browsers_asking_at_once_share_one_reading_until_a_correction_changes_the_results()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();

        var readings = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => corpus.TimelineAsync(DashboardFilter.None)));
        Assert.All(readings, reading => Assert.Same(readings[0], reading));
        Assert.Same(readings[0], await corpus.TimelineAsync(new DashboardFilter([], [], [], null, null, null)));
        var nasa = await corpus.TimelineAsync(DashboardFilter.None with { Actors = ["NASA"] });
        Assert.NotSame(readings[0], nasa);
        Assert.All(nasa.Points, p => Assert.Equal("NASA", p.Actor));

        var point = readings[0].Points[^1];
        var statements = await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, StatementQueries.MaxPageSize);
        var statement = statements.Items.Single(s => s.Id == point.StatementId);
        var corrected = await database.Get<Dashboard.Data.Annotations.AnnotationService>().AddAsync("correction", "statement", statement.Fingerprint, "actor = UKSA", null, "Ana");
        Assert.True(corrected.Ok, corrected.Error);

        var after = await corpus.TimelineAsync(DashboardFilter.None);
        Assert.NotSame(readings[0], after);
        Assert.DoesNotContain(after.Points, p => p.StatementId == point.StatementId && p.Actor == point.Actor);
        Assert.Equal(after, await corpus.TimelineAsync(DashboardFilter.None));

        // A change that leaves the timeline as it was (a document's outlet) is read afresh, and given as the earlier
        // instance: the views keep their drawings. Read in the same version, it is still shared.
        await using (var db = await database.OpenAsync())
        {
            var document = await db.Documents.FirstAsync(d => d.DeletedAt == null);
            var outlet = await database.Get<Dashboard.Data.Annotations.AnnotationService>().AddAsync("correction", "document", document.ContentHash, "outlet = Bench Desk", null, "Ana");
            Assert.True(outlet.Ok, outlet.Error);
        }

        Assert.Same(after, await corpus.TimelineAsync(DashboardFilter.None));
        var fresh = await corpus.ReadTimelineAsync(DashboardFilter.None);
        Assert.NotSame(after, fresh);
        Assert.True(after.SameAs(fresh));
        Assert.False(after.SameAs(readings[0]));
    }

    [Fact]
    public async Task The_whole_corpus_ranks_its_pairs_by_the_counts_kept_with_its_totals_which_follow_corrections_and_deletions()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();
        var annotations = database.Get<Dashboard.Data.Annotations.AnnotationService>();
        var statements = (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, StatementQueries.MaxPageSize)).Items;

        // An actor moved, a document dated anew and another deleted: each moves the counts of some pairs.
        var moved = statements.First(s => s.Actor != "UKSA" && s.Date is not null && s.Stances.Count > 0);
        Assert.True((await annotations.AddAsync("correction", "statement", moved.Fingerprint, "actor = UKSA", null, "Ana")).Ok);
        var redated = statements.First(s => s.DocumentId != moved.DocumentId);
        await using (var db = await database.OpenAsync())
        {
            var hash = await db.Documents.Where(d => d.Id == redated.DocumentId).Select(d => d.ContentHash).SingleAsync();
            Assert.True((await annotations.AddAsync("correction", "document", hash, "date = 2020-02-29", null, "Ana")).Ok);
            Assert.Contains("\"Pairs\":[{", await db.AppSettings.Where(a => a.Key == "CorpusTotals").Select(a => a.Value).SingleAsync(), StringComparison.Ordinal);
        }

        await database.Get<Dashboard.Data.Import.DeletedDocuments>().DeleteAsync(statements.First(s => s.DocumentId != moved.DocumentId && s.DocumentId != redated.DocumentId).DocumentId, "Ana");

        // Every pair shown and every stance drawn: a count the totals kept wrong changes the ranking or the totals told.
        var kept = await corpus.ReadTimelineAsync(DashboardFilter.None);
        var programs = (await database.Get<FilterOptions>().GetAsync()).Programs;
        var counted = await corpus.ReadTimelineAsync(DashboardFilter.None with { Programs = [.. programs] });
        Assert.Equal(counted.PairStances, kept.PairStances);
        Assert.Equal(counted.OmittedSeries, kept.OmittedSeries);
        Assert.Equal(counted.Points, kept.Points);
        Assert.Contains(kept.Points, p => p.Actor == "UKSA" && p.StatementId == moved.Id);
    }
}
