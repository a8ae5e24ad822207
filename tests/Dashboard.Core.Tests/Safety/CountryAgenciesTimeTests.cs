using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Tests.Analysis;

namespace Dashboard.Core.Tests.Safety;

/// <summary>A text naming a country and another of its agencies thousands of times: each country looks only at the agencies near it.</summary>
public sealed class CountryAgenciesTimeTests
{
    [Fact]
    public void Many_countries_beside_their_other_agency_are_resolved_in_linear_time()
    {
        // "The UAE and MBRSC met. " 30,000 times, as the matcher finds it.
        const int Times = 30_000, Sentence = 23;
        var mentions = Enumerable.Range(0, Times).SelectMany(i => new[]
        {
            new Mention(i * Sentence, i * Sentence + 7, MentionKind.Actor, "UAE Space Agency") { ByCountry = true },
            new Mention(i * Sentence + 12, i * Sentence + 17, MentionKind.Actor, "MBRSC"),
        }).ToList();

        List<Mention>? resolved = null;
        var fastest = Fastest.Milliseconds(() => resolved = CountryAgencies.Resolve(TestCorpus.Gazetteer, mentions), 500);

        Assert.True(fastest < 500, $"{fastest:F0} ms for {mentions.Count} mentions (fastest of three runs)");
        Assert.All(resolved!, m => Assert.Equal("MBRSC", m.Name));
    }
}
