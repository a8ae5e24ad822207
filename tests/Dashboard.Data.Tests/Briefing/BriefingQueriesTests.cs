using Dashboard.Data.Annotations;
using Dashboard.Data.Briefing;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Briefing;

/// <summary>The briefing's slides: each pinned item as the corpus has it now, with the team's annotations on it.</summary>
public sealed class BriefingQueriesTests
{
    [Fact]
    public async Task Every_kind_of_item_is_resolved_in_pin_order_with_its_annotations_and_a_vanished_one_says_so()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var annotations = database.Get<AnnotationService>();
        var corpus = database.Get<CorpusQueries>();
        var matrix = await database.Get<MatrixQueries>().GetAsync(DashboardFilter.None);
        var cell = matrix.Cells.Values.OrderByDescending(c => c.Count).First();
        var statement = (await database.Get<StatementQueries>().PageAsync(DashboardFilter.None, StatementSort.DateAscending, 1, 1)).Items[0];
        var contradiction = (await corpus.ContradictionRefsAsync(DashboardFilter.None, null))[0];
        var cluster = (await corpus.ClustersAsync(DashboardFilter.None))[0];
        (string Type, string Key)[] pinned =
        [
            ("contradiction", contradiction.Fingerprint),
            ("cell", CellKey.Of(cell.Actor, cell.Program)),
            ("statement", "gone-since"),
            ("cluster", cluster.Id),
            ("statement", statement.Fingerprint),
        ];
        foreach (var (type, key) in pinned)
        {
            Assert.Null(await database.Get<BriefingDeck>().PinAsync(type, key, $"title of {key}", "Ana"));
        }

        Assert.True((await annotations.AddAsync("note", "cluster", cluster.Id, "Compare the dates.", null, "Ben")).Ok);

        var slides = await database.Get<BriefingQueries>().SlidesAsync((await database.Get<BriefingDeck>().DeckAsync(null)).Id);

        Assert.Equal(pinned.Select(p => p.Key), slides.Select(s => s.Slide.TargetKey));
        Assert.Equal(contradiction.Id, Assert.IsType<ContradictionContent>(slides[0].Content).Contradiction.Id);
        var cellContent = Assert.IsType<CellContent>(slides[1].Content);
        Assert.Equal(cell.Count, cellContent.Cell.Count);
        Assert.Equal(Math.Min(BriefingQueries.CellQuotes, cell.Count), cellContent.Latest.Count);
        Assert.All(cellContent.Latest, s => Assert.Contains(s.Id, cell.StatementIds));
        Assert.Null(slides[2].Content); // the pin stays, and the view says the item is gone
        Assert.Equal(cluster.Members.Count, Assert.IsType<ClusterContent>(slides[3].Content).Cluster.Members.Count);
        Assert.Equal("Compare the dates.", Assert.Single(slides[3].Annotations).Body);
        Assert.Equal(statement.Id, Assert.IsType<StatementContent>(slides[4].Content).Statement.Id);
        Assert.All(slides, s => Assert.False(s.Changed));
    }
}
