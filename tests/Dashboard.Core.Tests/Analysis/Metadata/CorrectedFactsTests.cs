using Dashboard.Core.Analysis.Metadata;

namespace Dashboard.Core.Tests.Analysis.Metadata;

public sealed class CorrectedFactsTests
{
    private const string Article = """
        title: Agency weighs the station
        outlet: Wire Digest
        date: 2024-03-05

        The head of the European Space Agency said on Monday that Europe remains fully committed to the Lunar Gateway.
        """;

    [Fact]
    public void A_corrected_date_dates_the_statements_from_the_corrected_day()
    {
        var pipeline = TestCorpus.Pipeline;
        var read = pipeline.AnalyzeDocument("a.txt", Article);
        var corrected = pipeline.AnalyzeDocument("a.txt", Article, new CorrectedFacts(Published: new DateOnly(2024, 3, 13)));

        Assert.Equal("2024-03-04", read.Statements.Single().Date?.ToString());
        Assert.Equal("2024-03-11", corrected.Statements.Single().Date?.ToString());
        Assert.Equal(new DateOnly(2024, 3, 13), corrected.Metadata.Published);
    }

    [Fact]
    public void Only_the_corrected_fields_change_and_an_inferred_year_is_no_longer_inferred_once_a_person_gives_the_date()
    {
        var read = new ArticleMetadata("Title", "Wire Digest", new DateOnly(2031, 4, 10), PublishedInferred: true, "en");

        var outletOnly = new CorrectedFacts(Outlet: "Kyodo News").Over(read);
        var dated = new CorrectedFacts(Published: new DateOnly(2024, 4, 10)).Over(read);

        Assert.Equal(read with { Outlet = "Kyodo News" }, outletOnly);
        Assert.True(outletOnly.PublishedInferred);
        Assert.Equal((new DateOnly(2024, 4, 10), false, "Title"), (dated.Published, dated.PublishedInferred, dated.Title));
        Assert.Same(read, new CorrectedFacts().Over(read));
    }

    [Fact]
    public void A_corrected_outlet_decides_whose_release_the_document_is()
    {
        const string release = """
            title: A new arm for the Moon
            outlet: Space Wire
            date: 2024-05-02

            We are proud to contribute a robotic arm to the Lunar Gateway.
            """;
        var pipeline = TestCorpus.Pipeline;

        var asFiled = pipeline.AnalyzeDocument("a.txt", release);
        var ownRelease = pipeline.AnalyzeDocument("a.txt", release, new CorrectedFacts(Outlet: "Canadian Space Agency (news release)"));
        var notAnyMore = pipeline.AnalyzeDocument("a.txt", release.Replace("Space Wire", "Canadian Space Agency", StringComparison.Ordinal), new CorrectedFacts(Outlet: "Space Wire"));

        Assert.DoesNotContain(asFiled.Statements, s => s.Actor == "CSA");
        Assert.Equal("CSA", ownRelease.Metadata.IssuedBy);
        Assert.Contains(ownRelease.Statements, s => s.Actor == "CSA" && s.Stances.Any(p => p.Program == "Lunar Gateway" && p.Score > 0));
        Assert.Null(notAnyMore.Metadata.IssuedBy);
        Assert.DoesNotContain(notAnyMore.Statements, s => s.Actor == "CSA");
    }
}
