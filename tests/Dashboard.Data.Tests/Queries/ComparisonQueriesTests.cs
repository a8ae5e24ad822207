using Dashboard.Data.Import;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class ComparisonQueriesTests
{
    private const string Wire = """
        title: Gateway doubts in Tokyo
        outlet: Kyodo Wire
        date: 2024-02-11

        TOKYO — JAXA will keep its commitments to the Lunar Gateway, the agency's president said on Sunday.
        "We will deliver the habitation systems for the Gateway as promised, whatever happens in Washington," Hiroshi Yamakawa told a press conference.
        He also said Japan was studying a pressurised rover with Toyota.
        """;

    private const string Paper = """
        title: Japan stands by lunar station
        outlet: Asahi Review
        date: 2024-02-12

        JAXA president Hiroshi Yamakawa said on Sunday: "We will deliver the habitation systems for the Gateway as promised, whatever happens in Washington."
        Separately, the Indian Space Research Organisation said it was not interested in the Gateway at this time.
        """;

    [Fact]
    public async Task Statements_of_two_documents_are_aligned_by_utterance_and_the_rest_is_marked_as_one_sided()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var results = await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("wire.txt", Wire), new ImportCandidate("paper.txt", Paper)]);

        var comparison = await database.Get<ComparisonQueries>().CompareAsync(results[0].DocumentId!.Value, results[1].DocumentId!.Value);

        Assert.NotNull(comparison);
        var matched = Assert.Single(comparison.Rows, r => r.Matched);
        Assert.Contains("habitation systems", matched.InFirst.Single().Text, StringComparison.Ordinal);
        Assert.Contains("habitation systems", matched.InSecond.Single().Text, StringComparison.Ordinal);
        Assert.Contains(comparison.Rows, r => r.InFirst.Count == 0 && r.InSecond.Single().Actor == "ISRO");
        Assert.All(comparison.Rows.Where(r => !r.Matched), r => Assert.Equal(1, r.InFirst.Count + r.InSecond.Count));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 999)]
    [InlineData(-1, 0)]
    public async Task Comparing_a_document_with_itself_or_a_missing_one_gives_nothing(int first, int second)
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        await database.Get<DocumentImporter>().ImportBatchAsync([new ImportCandidate("wire.txt", Wire)]);
        Assert.Null(await database.Get<ComparisonQueries>().CompareAsync(first, second));
    }
}
