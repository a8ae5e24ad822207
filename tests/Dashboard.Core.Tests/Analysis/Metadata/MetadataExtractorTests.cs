using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Metadata;

namespace Dashboard.Core.Tests.Analysis.Metadata;

public sealed class MetadataExtractorTests
{
    private static ArticleMetadata Extract(string raw) => new MetadataExtractor(TestCorpus.Gazetteer).Extract(ArticleCleaner.Clean(raw));

    [Fact]
    public void Front_matter_wins()
    {
        var metadata = Extract("title: ESA and the rover\noutlet: Reuters\ndate: 2022-03-17\n\nESA said the ExoMars launch was suspended.");
        Assert.Equal(("ESA and the rover", "Reuters", new DateOnly(2022, 3, 17), false), (metadata.Title, metadata.Outlet, metadata.Published, metadata.PublishedInferred));
    }

    [Theory]
    [InlineData("MOSCOW, March 3 (Reuters) - Yuri Borisov said Russia would leave the ISS after 2024.", "Reuters")]
    [InlineData("MOSCOW, July 26. /TASS/. Russia will leave the ISS after 2024, Yuri Borisov said.", "TASS")]
    [InlineData("A source told Sputnik about it. Another official told Sputnik the same.", "Sputnik")]
    public void Outlets_come_from_datelines_and_repeated_attributions(string raw, string outlet) =>
        Assert.Equal(outlet, Extract(raw).Outlet);

    [Fact]
    public void A_single_mention_of_an_outlet_in_passing_is_not_the_outlet()
    {
        Assert.Null(Extract("Bridenstine told Reuters in July that he was hopeful.").Outlet);
    }

    [Fact]
    public void A_dateline_without_a_year_takes_the_earliest_year_the_roles_and_programs_allow()
    {
        // Borisov heads Roscosmos from 2022-07; the Russian Orbital Station exists since 2021-04.
        var metadata = Extract("Moscow. March 3. INTERFAX - Roscosmos head Yuri Borisov said the Russian Orbital Station would be built.");

        Assert.Equal(new DateOnly(2023, 3, 3), metadata.Published);
        Assert.True(metadata.PublishedInferred);
        Assert.Contains(metadata.Evidence, e => e.Contains("Yuri Borisov was head of Roscosmos", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dateline_without_a_year_or_anything_to_date_it_stays_undated()
    {
        Assert.Null(Extract("Paris. June 5. AFP - The weather was fine and the meeting was short.").Published);
    }

    [Theory]
    [InlineData("16 Mar, 2021 16:00\n\nText of the article follows here.", "2021-03-16")]
    [InlineData("March 16, 2021\n\nText of the article follows here.", "2021-03-16")]
    [InlineData(" date 2020-07-15 Roscosmos said it would build the station.", "2020-07-15")]
    public void Date_lines_in_common_shapes(string raw, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Extract(raw).Published);
}
