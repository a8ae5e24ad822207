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
}
