using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class ContradictionQueriesTests
{
    [Fact]
    public async Task A_page_read_from_the_list_s_references_equals_the_same_items_of_the_whole_list()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();
        var filters = new[] { DashboardFilter.None, DashboardFilter.None with { Actors = ["Roscosmos"] }, DashboardFilter.None with { Programs = ["Lunar Gateway"] } };

        foreach (var filter in filters)
        {
            foreach (var kind in new string?[] { null, "reversal", "no-such-kind" })
            {
                var whole = await corpus.ContradictionsAsync(filter, kind);
                var refs = await corpus.ContradictionRefsAsync(filter, kind);
                Assert.Equal(whole.Select(c => (c.Id, c.Fingerprint)), refs.Select(r => (r.Id, r.Fingerprint)));

                // A page from the middle, in the list's order, with the same statements.
                var slice = refs.Skip(1).Take(2).ToList();
                var page = await corpus.ContradictionViewsAsync(slice);
                Assert.Equal(
                    whole.Skip(1).Take(2).Select(c => $"{c.Fingerprint} {c.Kind} {c.Strength} {c.A.Id} {c.B.Id} {c.DaysApart}"),
                    page.Select(c => $"{c.Fingerprint} {c.Kind} {c.Strength} {c.A.Id} {c.B.Id} {c.DaysApart}"));
            }
        }

        var all = await corpus.ContradictionRefsAsync(DashboardFilter.None, null);
        Assert.True(all.Count >= 3, $"{all.Count} contradictions in the sample corpus");
        // A reference to a contradiction that is gone (re-analysis renumbers them) is left out, not an error.
        var some = await corpus.ContradictionViewsAsync([all[0], new ContradictionRef(int.MaxValue, "gone"), all[1]]);
        Assert.Equal([all[0].Fingerprint, all[1].Fingerprint], some.Select(c => c.Fingerprint));
        Assert.Empty(await corpus.ContradictionViewsAsync([]));
    }

    [Fact]
    public async Task One_contradiction_is_read_by_its_fingerprint_and_an_unknown_one_is_null()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();
        var first = (await corpus.ContradictionRefsAsync(DashboardFilter.None, null))[0];

        var found = await corpus.ContradictionsByFingerprintAsync([first.Fingerprint, "no-such-fingerprint"]);

        Assert.Equal(first.Id, found.GetValueOrDefault(first.Fingerprint)?.Id);
        Assert.Null(found.GetValueOrDefault("no-such-fingerprint"));
    }

    [Fact]
    public async Task Words_of_either_side_find_a_finding_and_its_sides_list_their_statements()
    {
        using var database = await TestDatabase.CreateWithSamplesAsync();
        var corpus = database.Get<CorpusQueries>();
        var gateway = (await corpus.ContradictionsAsync(DashboardFilter.None with { Programs = ["Lunar Gateway"] }, "reversal"))
            .Single(c => c.Earlier.Stance == "refusing" && c.Later.Stance == "open");
        var reference = new ContradictionRef(gateway.Id, gateway.Fingerprint);
        Assert.Equal(gateway.Earlier.Count, (await corpus.ContradictionViewsAsync([reference], gateway.Id)).Single().Earlier.Statements.Count);
        Assert.True(gateway.Earlier.Count > CorpusQueries.SideStatementsShown);
        Assert.Equal(CorpusQueries.SideStatementsShown, (await corpus.ContradictionViewsAsync([reference])).Single().Earlier.Statements.Count);
        Assert.Empty(gateway.Earlier.Statements); // the whole list (the export) carries ids, not quotes
        Assert.Equal(gateway.Earlier.Count, gateway.Earlier.StatementIds.Distinct().Count());
        Assert.Contains("Interfax", gateway.Earlier.Outlets);

        // Words only the later side says, and words only the earlier side says: the finding either way.
        foreach (var words in new[] { "harmonization", "memorandum" })
        {
            var found = await corpus.ContradictionsAsync(DashboardFilter.None with { Text = words }, null);
            Assert.Contains(found, c => c.Fingerprint == gateway.Fingerprint);
        }

        Assert.DoesNotContain(await corpus.ContradictionsAsync(DashboardFilter.None with { Text = "zeppelin" }, null), c => c.Fingerprint == gateway.Fingerprint);
    }
}
