using Dashboard.Core.Analysis;
using Dashboard.Core.Analysis.Statements;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>One utterance as outlets report it in other words, translations and order; sentences of our own.</summary>
public sealed class SameUtteranceTests
{
    private static CorpusAnalysis Corpus(params (string Outlet, string Date, string Text)[] articles) =>
        TestCorpus.Analyze(articles.Select((a, i) => ($"{i}.txt", $"title: Story {i}\noutlet: {a.Outlet}\ndate: {a.Date}\n\n{a.Text}\n")));

    private static void OneClusterOverBothArticles(CorpusAnalysis corpus)
    {
        var cluster = Assert.Single(corpus.Clusters);
        Assert.Equal(2, cluster.Members.Select(m => m.Document.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("participation", "participating", "participate")]
    [InlineData("cooperation", "cooperating", "cooperate")]
    public void Forms_of_one_word_share_a_stem(string a, string b, string c)
    {
        Assert.Equal(Words.Stem(a), Words.Stem(b));
        Assert.Equal(Words.Stem(a), Words.Stem(c));
    }

    [Theory]
    [InlineData("Russian", "Russia's")]
    [InlineData("Chinese", "China")]
    [InlineData("Japanese", "Japan's")]
    public void A_country_s_adjective_and_its_name_share_a_stem(string adjective, string name) => Assert.Equal(Words.Stem(name), Words.Stem(adjective));

    [Fact]
    public void A_remark_translated_once_with_the_country_s_adjective_and_once_with_its_name_is_one_utterance()
    {
        var corpus = Corpus(
            ("Moscow Times", "2023-08-29", "The Kremlin spoke after the crash. \"We know the road is hard. The main thing is to continue the Russian program,\" Dmitry Peskov said."),
            ("Yomiuri", "2023-09-07", "The Kremlin on Aug. 29 said that the crash was nothing terrible and that the main thing was to continue Russia's space exploration program."));

        OneClusterOverBothArticles(corpus);
    }

    [Fact]
    public void Hyphenated_words_compare_word_by_word() => Assert.Equal(Words.Stems("large scale"), Words.Stems("large-scale"));

    [Fact]
    public void A_translation_that_reorders_the_words_is_the_same_utterance()
    {
        var corpus = Corpus(
            ("TASS", "2020-10-12", "“Most likely, we will refrain from large-scale participation in the Lunar Gateway for now,” Dmitry Rogozin said on Monday."),
            ("Reuters", "2020-10-13", "“Russia is likely to refrain from participating in the Lunar Gateway on a large scale for now,” Rogozin said on Monday."));

        OneClusterOverBothArticles(corpus);
    }

    [Fact]
    public void The_same_words_reported_months_later_are_still_the_same_utterance_and_different_programs_never_are()
    {
        var corpus = Corpus(
            ("TASS", "2023-06-22", "“As we go further into space than ever before, how we travel matters as much as what we find there,” Bill Nelson said on Wednesday of the Artemis Accords."),
            ("Kyiv Post", "2023-08-24", "“As we go further into space than ever before, how we travel matters as much as what we find there,” Bill Nelson said of the Artemis Accords, recalling the June signing."),
            ("AFP", "2023-06-22", "“As we go further into space than ever before, how we travel matters as much as what we find there,” an official said of Chandrayaan."));

        var cluster = Assert.Single(corpus.Clusters);
        Assert.Equal(["Kyiv Post", "TASS"], cluster.Members.Select(m => m.Document.Metadata.Outlet).Distinct().Order());
    }

    [Fact]
    public void Two_outlets_reporting_one_act_in_their_own_words_report_one_event()
    {
        var corpus = Corpus(
            ("TASS", "2021-03-09", "Roscosmos has signed a memorandum with its Chinese partners on building the International Lunar Research Station together."),
            ("Xinhua", "2021-03-10", "In a memorandum signed on Tuesday, Roscosmos committed to build a research base on the Moon, the International Lunar Research Station, with China."));

        Assert.All(corpus.Statements, s => Assert.Equal(StatementKind.Act, s.Statement.Kind));
        var cluster = Assert.Single(corpus.Clusters);
        Assert.Equal(["TASS", "Xinhua"], cluster.Members.Select(m => m.Document.Metadata.Outlet).Distinct().Order());
    }

    [Fact]
    public void Acts_on_one_program_a_week_apart_are_two_events()
    {
        var corpus = Corpus(
            ("TASS", "2021-03-09", "Roscosmos has signed a memorandum with its Chinese partners on building the International Lunar Research Station together."),
            ("Xinhua", "2021-03-16", "In a memorandum signed on Tuesday, Roscosmos committed to build a research base on the Moon, the International Lunar Research Station, with China."));

        Assert.Empty(corpus.Clusters);
    }

    [Fact]
    public void One_persons_remark_translated_in_other_words_the_next_day_is_one_utterance()
    {
        var corpus = Corpus(
            ("TASS", "2023-08-29", "“Russia remains committed to its Luna programme: the plans are bold and they will be carried out,” Dmitry Peskov said on Tuesday."),
            ("Pledge Times", "2023-08-30", "“The key thing is to continue Russia's Luna programme; nothing will stop it,” Dmitry Peskov said, adding that failure was no reason to despair."));

        OneClusterOverBothArticles(corpus);
    }

    [Fact]
    public void The_same_person_welcoming_two_countries_on_consecutive_days_said_two_things()
    {
        var corpus = Corpus(
            ("SpaceNews", "2024-04-16", "Sweden signed the accords in Stockholm. “Today we welcome Sweden into the Artemis Accords, a global coalition that explores the heavens openly and in peace,” Bill Nelson said."),
            ("Swissinfo", "2024-04-15", "Switzerland signed the accords in Washington. “The Artemis Accords family grows: we are proud to welcome Switzerland, a nation that shares our values,” Bill Nelson said."));

        Assert.Empty(corpus.Clusters);
    }

    [Fact]
    public void Co_operation_and_Roskosmos_are_spelling_variants()
    {
        Assert.Equal(Words.Stems("cooperation with Roscosmos"), Words.Stems("co-operation with Roskosmos"));
        Assert.Equal(Words.Stems("large scale"), Words.Stems("large-scale"));
    }

    [Fact]
    public void The_same_report_of_an_act_years_apart_is_two_acts()
    {
        const string signing = "Roscosmos and the China National Space Administration signed a memorandum on building the International Lunar Research Station together.";
        var corpus = Corpus(("TASS", "2021-03-09", signing), ("Interfax", "2025-05-08", signing));

        Assert.All(corpus.Statements, s => Assert.Equal(StatementKind.Act, s.Statement.Kind));
        Assert.Empty(corpus.Clusters);
    }

    [Fact]
    public void An_agencys_release_and_a_wire_copy_of_it_share_its_words()
    {
        var corpus = Corpus(
            ("ESA (press release)", "2024-05-16", "ESA and NASA met in Noordwijk this week.\n\nThe two agencies have signed a new agreement on the parts Europe still needs for the ExoMars rover mission."),
            ("dpa-AFX", "2024-05-17", "ESA said in a statement that the two agencies have signed a new agreement on the parts Europe still needs for the ExoMars rover mission."));

        Assert.Contains(corpus.Statements, s => s.Statement.Kind == StatementKind.Release);
        Assert.Single(corpus.Clusters);
    }

    [Fact]
    public void Words_of_an_unnamed_source_named_differently_by_two_outlets_are_one_utterance()
    {
        var corpus = Corpus(
            ("PTI", "2023-06-22", "“At the summit we will be able to announce that India is joining the Artemis Accords for the good of all,” a senior official said."),
            ("NewsBytes", "2023-06-22", "“At the summit we will be able to announce that India is joining the Artemis Accords for the good of all,” a senior administration official told reporters."));

        OneClusterOverBothArticles(corpus);
    }

    [Fact]
    public void An_undated_report_does_not_bridge_two_utterances_months_apart()
    {
        var corpus = TestCorpus.Analyze([
            ("a.txt", "title: A\noutlet: SpaceNews\ndate: 2022-11-23\n\n“Europe stays busy supporting its commitments to the International Space Station through 2030,” Josef Aschbacher said.\n"),
            ("b.txt", "title: B\noutlet: Caliber\n\n“We are very busy supporting and ensuring our commitments and activities on the International Space Station,” Josef Aschbacher said.\n"),
            ("c.txt", "title: C\noutlet: CNA\ndate: 2023-03-13\n\nJosef Aschbacher said on Monday that the agency was very busy with its commitments on the International Space Station.\n")]);

        var outlets = corpus.Clusters.Select(c => c.Members.Select(m => m.Document.Metadata.Outlet).ToList()).ToList();

        Assert.Single(outlets, o => o.Contains("Caliber")); // the undated report joins one of them
        Assert.DoesNotContain(outlets, o => o.Contains("SpaceNews") && o.Contains("CNA"));
    }

    [Fact]
    public void Words_of_place_and_time_before_that_date_the_statement()
    {
        var statement = Assert.Single(TestCorpus.Document("title: Recalled\noutlet: TASS\ndate: 2021-03-16\n\nThe Roscosmos chief said at the astronautical congress held by video link in October 2020 that Russia would skip large-scale participation in the Lunar Gateway.").Statements);

        Assert.Equal("2020-10", statement.Date?.ToString());
        Assert.StartsWith("Russia would skip", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_report_whose_words_a_longer_one_repeats_a_year_later_is_not_the_same_utterance()
    {
        var corpus = Corpus(
            ("Delhi Daily", "2021-12-09", "ISRO's chairman said India's first crewed flight Gaganyaan will be launched in 2023."),
            ("Jammu Wire", "2023-05-18", "ISRO's chairman said India will first fly an uncrewed test and then a robot before its first crewed flight, Gaganyaan, which will be launched at the end of 2023 or in 2024."),
            ("Valley Post", "2023-05-19", "ISRO's chairman said India will first fly an uncrewed test and then a robot before its first crewed flight, Gaganyaan, which will be launched at the end of 2023 or in 2024."));

        var cluster = Assert.Single(corpus.Clusters);
        Assert.Equal(["Jammu Wire", "Valley Post"], cluster.Members.Select(m => m.Document.Metadata.Outlet).Order());
    }

    [Fact]
    public void An_act_and_the_actor_s_own_account_of_it_are_one_event()
    {
        var corpus = Corpus(
            ("Coast Herald", "2024-06-26", "NASA has awarded SpaceX a $900 million contract for a tug to steer the ISS out of orbit after 2030."),
            ("Capital Wire", "2024-06-27", "NASA said on Thursday it awarded $900 million to SpaceX for the vehicle meant to bring the ISS down over the Pacific once its work ends."));

        OneClusterOverBothArticles(corpus);
    }

    [Fact]
    public void A_person_s_account_in_other_words_is_not_the_act()
    {
        var corpus = Corpus(
            ("Coast Herald", "2024-06-26", "NASA has awarded SpaceX a $900 million contract for a tug to steer the ISS out of orbit after 2030."),
            ("Capital Wire", "2024-06-27", "Bill Nelson said on Thursday that NASA awarded $900 million to SpaceX for the vehicle meant to bring the ISS down over the Pacific once its work ends."));

        Assert.Contains(corpus.Statements, s => s.Statement.Speaker == "Bill Nelson" && s.Statement.Stances.Any(p => p.Program == "ISS" && p.Score > 0));
        Assert.Empty(corpus.Clusters);
    }
}
