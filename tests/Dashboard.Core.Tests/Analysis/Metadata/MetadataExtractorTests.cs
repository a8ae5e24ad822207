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

    [Theory]
    [InlineData("Canadian Space Agency (press release)", "CSA")]
    [InlineData("ESA", "ESA")]
    [InlineData("India Today", null)] // a newspaper named after its country, not the country's agency
    [InlineData("The White House (press release)", "White House")] // an article before the issuer's name
    [InlineData("The Hindu", null)]
    [InlineData("China Daily", null)]
    [InlineData("Japan Times", null)]
    public void An_agency_named_as_the_outlet_issued_the_article_and_a_country_named_so_did_not(string outlet, string? issuer) =>
        Assert.Equal(issuer, Extract($"title: A mission\noutlet: {outlet}\ndate: 2025-10-04\n\nThe agency said the mission would go ahead.").IssuedBy);

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
    [InlineData("Agencies meet\n\nParis, 4 March 2025 — ESA said it would talk to every partner.", "2025-03-04")]
    [InlineData("Agencies meet\n\nBERLIN, 21st June 2023 - DLR said it would fund the instrument.", "2023-06-21")]
    public void Date_lines_in_common_shapes(string raw, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Extract(raw).Published);

    [Theory]
    [InlineData("Japan to join the rover project\n\nKyodo News, April 10, 2024\n\nJAXA said it will supply a rover for Artemis.", "Kyodo")]
    [InlineData("ESA eyes new partners\n\nESA said it would not fly astronauts to Tiangong.\n\n— DW\n", "Deutsche Welle")]
    [InlineData("ISRO plans a crewed flight\n\nThe Hindu\n\nISRO said it will fly the first Gaganyaan crew soon.", "The Hindu")]
    [InlineData("China launched the probe on Friday, CNSA said.\n(Xinhua)\n", "Xinhua")]
    public void Outlets_come_from_credit_lines(string raw, string outlet) => Assert.Equal(outlet, Extract(raw).Outlet);

    [Fact]
    public void A_credit_line_with_a_full_date_dates_the_article_and_a_year_about_the_future_is_never_inferred()
    {
        var metadata = Extract("Japan to join the rover project\n\nKyodo News, April 10, 2024\n\nJAXA said it will supply a rover for Artemis, with a launch planned in 2031.");

        Assert.Equal((new DateOnly(2024, 4, 10), false), (metadata.Published, metadata.PublishedInferred));
    }

    [Fact]
    public void A_year_only_a_future_sentence_names_does_not_date_a_dateline()
    {
        var metadata = Extract("TOKYO, April 10 - JAXA said it will supply a pressurised rover, with a launch in 2031.");

        Assert.NotEqual(2031, metadata.Published?.Year);
    }

    [Fact]
    public void A_programs_start_alone_does_not_infer_a_year()
    {
        Assert.Null(Extract("BEIJING, May 3 (Xinhua) -- China launched the Chang'e-6 probe on Friday, CNSA said.").Published);
    }

    [Fact]
    public void A_publication_date_is_never_after_today()
    {
        var metadata = Extract("title: Lunar plans\noutlet: Reuters\ndate: 2099-01-01\n\nNASA said it supports the Artemis program.");

        Assert.Null(metadata.Published);
        Assert.Contains(metadata.Evidence, e => e.Contains("after today", StringComparison.Ordinal));
    }

    [Fact]
    public void A_markdown_heading_is_the_title_without_its_marks()
    {
        Assert.Equal("China launches Chang'e-6", Extract("# China launches Chang'e-6\n\nBEIJING, May 3 (Xinhua) -- China launched the probe, CNSA said.").Title);
    }
}
