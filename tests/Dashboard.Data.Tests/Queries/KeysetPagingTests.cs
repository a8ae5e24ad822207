using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

/// <summary>Pages read from the previous page's last statement (keyset) are the pages read by offset, undated statements included, on both databases.</summary>
public sealed class KeysetPagingTests
{
    [Fact]
    public async Task Walking_the_newest_first_pages_by_keyset_gives_the_pages_by_offset()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var statements = database.Get<StatementQueries>();
        const int size = 7;
        var first = await statements.PageAsync(DashboardFilter.None, StatementSort.DateDescending, 1, size);
        Assert.True(first.Pages >= 4, $"{first.Total} statements");

        var previous = first;
        var keysetPages = 0;
        for (var page = 2; page <= first.Pages; page++)
        {
            var byOffset = await statements.PageAsync(DashboardFilter.None, StatementSort.DateDescending, page, size);
            var byKeyset = await statements.PageAsync(DashboardFilter.None, StatementSort.DateDescending, page, size, previous.Next);
            Assert.Equal(byOffset.Items.Select(s => s.Id), byKeyset.Items.Select(s => s.Id));
            Assert.Equal(byOffset.Total, byKeyset.Total);
            keysetPages += previous.Next is null ? 0 : 1;
            previous = byKeyset;
        }

        Assert.True(keysetPages >= 3, $"{keysetPages} pages were read by keyset");
        // The stored count stands for the whole corpus; a filtered page counts its own.
        Assert.Equal(first.Total, (await statements.PageAsync(DashboardFilter.None, StatementSort.Actor, 1, size)).Total);
        var roscosmos = await statements.PageAsync(DashboardFilter.None with { Actors = ["Roscosmos"] }, StatementSort.DateDescending, 1, size);
        Assert.InRange(roscosmos.Total, 1, first.Total - 1);
    }
}
