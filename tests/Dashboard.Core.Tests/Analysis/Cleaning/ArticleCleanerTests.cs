using Dashboard.Core.Analysis.Cleaning;

namespace Dashboard.Core.Tests.Analysis.Cleaning;

public sealed class ArticleCleanerTests
{
    private static string Content(CleanedArticle article) => string.Join("\n", article.Paragraphs.Select(p => article.Raw[p.Span.Start..p.Span.End]));

    [Fact]
    public void Removes_prompts_players_counters_and_lists_of_other_headlines_with_their_reasons()
    {
        const string raw = """
            icon bookmark-bicon cameraicon checkicon chevron downicon closeicon
            ESA says ExoMars rover will fly in 2028

            The European Space Agency said on Tuesday that the rover was ready.

            Like this story? Share it with a friend!
            Podcasts
            0:00
            25:59
            • 04.07 05:14
            • 9549
            Other headline about something else entirely
            • 04.07 04:16
            • 2
            """;

        var article = ArticleCleaner.Clean(raw);

        Assert.Equal("ESA says ExoMars rover will fly in 2028\nThe European Space Agency said on Tuesday that the rover was ready.", Content(article));
        Assert.Contains(article.Debris, d => d.Reason == "icon names");
        Assert.Contains(article.Debris, d => d.Reason == "share prompt");
        Assert.Contains(article.Debris, d => raw[d.Span.Start..d.Span.End] == "Other headline about something else entirely");
    }

    [Fact]
    public void An_ad_slot_between_paragraphs_is_debris_but_not_the_end_of_the_article()
    {
        const string raw = """
            Agencies sign a lunar pact

            The two agencies signed the pact in Madrid on Tuesday, with the NASA administrator in attendance.

            Advertisement

            "This is a good day for everyone who works on the Moon," Nelson said.

            ADVERTISEMENT

            Short closing line.
            """;

        var article = ArticleCleaner.Clean(raw);

        Assert.Contains("\"This is a good day for everyone who works on the Moon,\" Nelson said.", Content(article), StringComparison.Ordinal);
        Assert.EndsWith("Short closing line.", Content(article), StringComparison.Ordinal);
        Assert.Equal(2, article.Debris.Count(d => d.Reason == "advertisement slot"));
    }

    [Fact]
    public void Quotations_after_a_newsletter_prompt_in_mid_page_are_article_text_but_short_teasers_are_not()
    {
        const string raw = """
            Moon mining plan draws fire

            Officials are said to be drafting rules for mining on the Moon with a few allies, and the draft is expected to be shown to partners of the lunar program before the summer.

            The rules would set out who may take what from the lunar surface, and how disputes between the parties would be settled.

            Subscribe to The Daily Orbit
            Sign up for our free newsletters and get the news first.

            But Ivan Petrov, head of the Roscosmos science board, has tweeted that "the plan treats the Moon like a colony" and must be dropped.
            NASA chief says “we will beat everyone else back to the Moon” as the next Artemis flight slips
            """;

        var article = ArticleCleaner.Clean(raw);

        Assert.Contains("has tweeted that \"the plan treats the Moon like a colony\"", Content(article), StringComparison.Ordinal);
        Assert.DoesNotContain("we will beat everyone", Content(article), StringComparison.Ordinal); // a teaser: no full stop
        Assert.Contains(article.Debris, d => d.Reason == "share prompt");
    }

    [Fact]
    public void A_line_that_goes_on_in_lower_case_joins_the_sentence_before_but_never_the_headline()
    {
        const string raw = """
            Space centre signs flight deal
            under the new rules, officials say

            Towards that goal, the Crew Training Centre (CTC)
            of ISRO has signed an agreement for a flight to the ISS.
            The next line starts a new sentence.
            """;

        var article = ArticleCleaner.Clean(raw);

        Assert.Equal(
            ["Space centre signs flight deal", "under the new rules, officials say", "Towards that goal, the Crew Training Centre (CTC)\nof ISRO has signed an agreement for a flight to the ISS.", "The next line starts a new sentence."],
            article.Paragraphs.Select(p => raw[p.Span.Start..p.Span.End].Replace("\r", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Copy_wrapped_at_a_fixed_width_is_joined_into_its_sentences()
    {
        const string raw = """
            Agency chiefs to meet in Houston

            May 4 (Wire) - The head of the Russian space agency
            Roscosmos has arrived in Houston for talks with the
            NASA administrator, the first such meeting in years,
            news agencies reported on Tuesday.
            "We plan to discuss how long the station will fly,"
            the Roscosmos chief said in a statement.

            What the chiefs will discuss

            The talks are due to last two days.
            """;

        var article = ArticleCleaner.Clean(raw);

        var paragraphs = article.Paragraphs.Select(p => raw[p.Span.Start..p.Span.End]).ToList();
        Assert.Equal(5, paragraphs.Count);
        Assert.Equal("What the chiefs will discuss", paragraphs[3]); // a subhead over a blank line is not a wrapped line
        Assert.StartsWith("May 4 (Wire) - The head of the Russian space agency", paragraphs[1], StringComparison.Ordinal);
        Assert.EndsWith("news agencies reported on Tuesday.", paragraphs[1], StringComparison.Ordinal);
        Assert.EndsWith("the Roscosmos chief said in a statement.", paragraphs[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_repeated_at_the_end_is_debris_and_offsets_stay_raw()
    {
        const string raw = "China's space agency invited partners to the ILRS.\n\nWu Yanhua said the door was open.\n\nChina's space agency invited partners to the ILRS.";

        var article = ArticleCleaner.Clean(raw);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("repeated lead", Assert.Single(article.Debris).Reason);
        Assert.Equal(raw.IndexOf("Wu Yanhua", StringComparison.Ordinal), article.ToRaw(article.Text.IndexOf("Wu Yanhua", StringComparison.Ordinal)));
    }

    [Fact]
    public void Short_lines_in_another_script_are_menus_but_long_russian_paragraphs_are_kept()
    {
        const string raw = "Войти\nRoscosmos said the station would be ready.\nГоскорпорация «Роскосмос» заявила, что готова продолжить диалог с NASA по вопросам гармонизации технических стандартов лунных программ и взаимной стыковки интерфейсов.";

        var article = ArticleCleaner.Clean(raw);

        Assert.Equal(["en", "ru"], article.Paragraphs.Select(p => p.Language));
        Assert.Contains(article.Debris, d => raw[d.Span.Start..d.Span.End] == "Войти");
    }

    [Fact]
    public void The_raw_text_is_never_altered()
    {
        const string raw = "  date 2021-01-25 Roscosmos said it was ready.\r\n\r\nThe rights to this material belong to X\r\nMore";
        var article = ArticleCleaner.Clean(raw);
        Assert.Same(raw, article.Raw);
        Assert.Equal("Roscosmos said it was ready.", Content(article));
    }

    [Fact]
    public void One_very_long_line_is_handled_in_bounded_time()
    {
        var raw = string.Concat(Enumerable.Repeat("Roscosmos said it was ready to continue the dialogue with NASA. ", 20_000));
        var clock = Dashboard.Core.Tests.Safety.ThreadClock.StartNew(); // this thread's own time: the suite loads the machine
        var article = ArticleCleaner.Clean(raw);
        Assert.Single(article.Paragraphs);
        Assert.True(clock.ElapsedMilliseconds < 10_000, $"{clock.ElapsedMilliseconds:F0} ms");
    }

    [Fact]
    public void A_page_that_lost_its_line_breaks_keeps_the_prose_before_its_rights_notice()
    {
        var prose = string.Concat(Enumerable.Repeat("The agency said on Friday that the new partner would join the lunar program next year. ", 5));
        var raw = prose + "Copyright(C) 2025 Example News. All rights reserved.\n\nAll rights reserved. Example News 2025.";

        var article = ArticleCleaner.Clean(raw);

        Assert.StartsWith("The agency said on Friday", Content(article), StringComparison.Ordinal);
        Assert.Contains(article.Debris, d => d.Reason == "rights notice" && raw[d.Span.Start..d.Span.End].StartsWith("All rights", StringComparison.Ordinal));
    }
    [Fact]
    public void Bylines_stamps_consent_banners_and_tags_are_debris_but_sentences_that_open_alike_stay()
    {
        const string raw = """
            We use cookies to personalise content. By continuing, you accept our cookie policy.
            Accept all    Manage preferences
            Lunar station talks resume in Vienna
            By Marta Kowalczyk and Ben Ode, Science Desk
            Published 4 March 2023, 09:15 GMT | Updated 5 March 2023, 11:02 GMT
            Mar 6, 2023 at 3:04 PM
            06.03.2023 15:04

            By most accounts, the talks in Vienna went well, the agency's spokesman said on Monday.

            Published reports in 2021 put the station's cost at 9 billion euros.

            Tags: lunar station, Vienna, agencies
            """;

        var article = ArticleCleaner.Clean(raw);

        Assert.Equal(
            "Lunar station talks resume in Vienna\nBy most accounts, the talks in Vienna went well, the agency's spokesman said on Monday.\nPublished reports in 2021 put the station's cost at 9 billion euros.",
            Content(article));
        Assert.Equal(2, article.Debris.Count(d => d.Reason == "cookie banner"));
        Assert.Contains(article.Debris, d => d.Reason == "byline");
        Assert.Equal(3, article.Debris.Count(d => d.Reason == "date line"));
        Assert.Contains(article.Debris, d => d.Reason == "tags");
    }

    [Fact]
    public void Headlines_under_a_heading_of_other_stories_are_debris_up_to_the_first_line_of_prose()
    {
        const string raw = """
            Agency picks a landing site for its rover

            The agency said on Friday it had chosen a crater near the south pole for the rover.

            Also read | Budget hearing moves to next week
            More from the Daily Orbit
            Budget hearing moves to next week
            Three firms bid to build the new lander
            Is the station too old to keep flying?
            The chief engineer said the crater was the safest site they had studied, and tests would go on.
            """;

        var article = ArticleCleaner.Clean(raw);

        Assert.Equal(
            "Agency picks a landing site for its rover\nThe agency said on Friday it had chosen a crater near the south pole for the rover.\nThe chief engineer said the crater was the safest site they had studied, and tests would go on.",
            Content(article));
        Assert.Contains(article.Debris, d => d.Reason == "related link");
        Assert.Contains(article.Debris, d => d.Reason == "heading of other stories");
        Assert.Equal(3, article.Debris.Count(d => d.Reason == "headline list"));
    }
}
