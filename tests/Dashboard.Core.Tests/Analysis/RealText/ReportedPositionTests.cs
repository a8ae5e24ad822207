using Dashboard.Core.Analysis.Statements;

namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Positions reported as acts, an agency's own release, people introduced before they speak, and
/// statements announced as such; sentences of our own.
/// </summary>
public sealed class ReportedPositionTests
{
    [Theory]
    [InlineData("The White House budget would cancel the Lunar Gateway.", "White House", "Lunar Gateway", -1)] // the owner as the budget's modifier
    [InlineData("The White House fiscal 2026 budget request would scrap the Lunar Gateway.", "White House", "Lunar Gateway", -1)]
    [InlineData("KRAKOW — Poland has joined the Artemis Accords at a ceremony in the capital.", "Polish Space Agency", "Artemis Accords", 1)]
    [InlineData("Last year ESA suspended its cooperation on ExoMars after months of talks.", "ESA", "ExoMars", -1)]
    [InlineData("The Canadian Space Agency will contribute Canadarm3, a robotic arm, to the station it helps build.", "CSA", "Lunar Gateway", 1)]
    [InlineData("On Tuesday, Roscosmos decided to leave the ISS project after 2024.", "Roscosmos", "ISS", -1)]
    [InlineData("The new memorandum also confirms that Japan will supply a pressurised rover to the Artemis program.", "JAXA", "Artemis", 1)] // "that" opens the report
    [InlineData("Three years ago, after long talks in Paris and Rome, ESA discontinued its work with Roscosmos on ExoMars.", "ESA", "ExoMars", -1)] // fronted phrases
    [InlineData("The memorandum on LUPEX was signed on Friday by the Indian Space Research Organisation (ISRO) and the Japan Aerospace Exploration Agency.", "ISRO", "LUPEX", 1)] // passive agents
    [InlineData("The memorandum on LUPEX was signed on Friday by the Indian Space Research Organisation (ISRO) and the Japan Aerospace Exploration Agency.", "JAXA", "LUPEX", 1)]
    [InlineData("The ILRS accord was signed in Pretoria by the ambassador on behalf of the CNSA.", "CNSA", "ILRS", 1)]
    [InlineData("A Thai astronaut will train with Chinese crews.\n\nThe choice follows an agreement signed in March between China and Thailand on the Tiangong station.", "CNSA", "Tiangong", 1)] // a reduced passive, its agents after "between"
    [InlineData("JAXA and ISRO have formalised their partnership on the Chandrayaan‑5 mission.", "JAXA", "LUPEX", 1)] // a name set with a non-breaking hyphen
    [InlineData("India and Japan inked a pact on LUPEX in Tokyo.", "JAXA", "LUPEX", 1)]
    [InlineData("ISRO and JAXA adopted a “Joint Declaration on Lunar Polar Exploration” on Friday, agreeing to jointly pursue LUPEX.", "JAXA", "LUPEX", 1)] // a quoted title is no one's words
    [InlineData("The chief of the Polish Space Agency signed the Artemis Accords in Warsaw on Monday.", "Polish Space Agency", "Artemis Accords", 1)] // a title's organisation is the subject's
    [InlineData("WARSAW (PAP) - The Polish Space Agency was among the early signatories of the Artemis Accords.", "Polish Space Agency", "Artemis Accords", 1)] // the signer named by what it is
    [InlineData("The US and Russian space agencies have agreed to resume mixed crews on the ISS.", "Roscosmos", "ISS", 1)] // agencies named by their countries
    [InlineData("The US and Russian space agencies have agreed to resume mixed crews on the ISS.", "NASA", "ISS", 1)]
    [InlineData("The Japanese, Indian and European space agencies will send instruments on LUPEX.", "ESA", "LUPEX", 1)]
    [InlineData("ESA and NASA met in Paris on Thursday.\n\nBoth agencies signed a memorandum on ExoMars.", "NASA", "ExoMars", 1)] // "both agencies"
    [InlineData("The heads of Roscosmos and the China National Space Administration met in Harbin on Friday. The space chiefs also signed a memorandum on linking the Russian Luna 27 lander and the Chinese polar probe Chang'e 8.", "CNSA", "Luna", 1)] // "the space chiefs"; both programs of the object
    [InlineData("The heads of Roscosmos and the China National Space Administration met in Harbin on Friday. The space chiefs also signed a memorandum on linking the Russian Luna 27 lander and the Chinese polar probe Chang'e 8.", "Roscosmos", "Chang'e", 1)]
    [InlineData("Under the plan, a Japanese astronaut will fly to the Gateway, which NASA is now building for its long campaign of crewed lunar landings, and Japan will supply the batteries for that station.", "JAXA", "Lunar Gateway", 1)] // the subject opens its own clause
    [InlineData("A Chang'e-7 rover is on the table.\n\nMBRSC and CNSA signed a memorandum on future Moon missions.", "MBRSC", "Chang'e", 1)] // the program described by its kind
    [InlineData("ESA will strengthen its co-operation with JAXA on the Lunar Gateway.", "ESA", "Lunar Gateway", 1)] // the British spelling
    [InlineData("The space agencies of China and Thailand signed a memorandum on the ILRS on Tuesday.", "CNSA", "ILRS", 1)] // agencies named by their countries after "of"
    [InlineData("The space agencies of China and Azerbaijan signed an agreement on the ILRS in Baku, a state broadcaster reported.", "CNSA", "ILRS", 1)] // … in reported words
    [InlineData("NASA announced on Monday the first five members of the Artemis Accords: Japan, Canada, Italy and the United Kingdom.", "JAXA", "Artemis Accords", 1)] // members listed after a colon, inside someone's words
    [InlineData("NASA announced on Monday the first five members of the Artemis Accords: Japan, Canada, Italy and the United Kingdom.", "UKSA", "Artemis Accords", 1)]
    [InlineData("Five nations put their names to the Artemis Accords on Tuesday.\n\nThe five countries are Japan, Canada, Italy, Australia and the UK.", "CSA", "Artemis Accords", 1)] // "are" and the list; the program from before
    [InlineData("Acme Robotics said it was awarded $600 million from the Canadian Space Agency to finish Canadarm3.", "CSA", "Lunar Gateway", 1)] // whom the money came from
    [InlineData("Acme Space received a $900 million contract extension from NASA for its human landing system.", "NASA", "Human Landing System", 1)] // … and the contract; the program in lower case
    [InlineData("Acme Aerospace won a contract from ESA to build a lander for the Artemis program.", "ESA", "Artemis", 1)]
    [InlineData("Acme UK won a follow-on design contract on the Sample Fetch Rover, working for the European Space Agency.", "ESA", "Mars Sample Return", 1)] // the client the contract is for
    [InlineData("The European Space Agency entrusted Acme to build two further modules for Artemis.", "ESA", "Artemis", 1)] // the work entrusted
    [InlineData("ESA contracted engineering firm Acme to build two further modules for Artemis.", "ESA", "Artemis", 1)] // the contractor described before its name
    // work let by contract on a part of the program, actively or in a passive with its agent
    [InlineData("ESA awarded Thales Alenia Space a contract worth 500 million euros for the Earth Return Orbiter on Tuesday.", "ESA", "Mars Sample Return", 1)]
    [InlineData("NASA selected Blue Origin to build the Blue Moon lander for a later crewed landing.", "NASA", "Human Landing System", 1)]
    [InlineData("Airbus was selected by ESA to build the Earth Return Orbiter.", "ESA", "Mars Sample Return", 1)]
    // a lander described, not named, of a country that leads a landing system; a company named with an appositive
    [InlineData("NASA said on Friday it had chosen Dynetics, a firm from Alabama, to build a second lunar lander.", "NASA", "Human Landing System", 1)]
    // members of a legislature speak for it; another country's are not it
    [InlineData("Lawmakers urged NASA to reverse the funding cuts to Mars Sample Return on Wednesday.", "US Congress", "Mars Sample Return", 1)]
    [InlineData("Members of the US Congress have signed a letter opposing the cuts to Mars Sample Return.", "US Congress", "Mars Sample Return", 1)]
    [InlineData("Senators said on Tuesday the Artemis program must continue.", "US Congress", "Artemis", 1)]
    // a country's possessive before its agency's full name keeps the pair of subjects together
    [InlineData("JAXA and the United States' National Aeronautics and Space Administration (NASA) signed a memorandum on the Lunar Gateway.", "JAXA", "Lunar Gateway", 1)]
    [InlineData("JAXA and the United States' National Aeronautics and Space Administration (NASA) signed a memorandum on the Lunar Gateway.", "NASA", "Lunar Gateway", 1)]
    [InlineData("The China National Space Administration and its Russian counterpart Roscosmos announced a joint invitation to the ILRS.", "Roscosmos", "ILRS", 1)]
    // what an agreement provides, said in a relative clause, is the agreement's content
    [InlineData("CSA and NASA have signed a deal that will see Canada supply a robotic arm for the Lunar Gateway.", "CSA", "Lunar Gateway", 1)]
    // a suspension of a mission named between its determiner and its noun
    [InlineData("The German Aerospace Center (DLR) has suspended a joint ExoMars mission with Russia, the agency announced on Friday.", "DLR", "ExoMars", -1)]
    // a budget whose release the sentence before told, continued by "it"; abandonment as a noun
    [InlineData("The White House budget office has released the budget proposal for 2026.\n\nIt includes the abandonment of the Lunar Gateway.", "White House", "Lunar Gateway", -1)]
    // a person introduced before opens a pair of subjects with a known one
    [InlineData("Aiko Tanaka, Japan's science minister, spoke with NASA Administrator Bill Nelson on Friday. Tanaka and Nelson signed an agreement on the Lunar Gateway.", "JAXA", "Lunar Gateway", 1)]
    [InlineData("Aiko Tanaka, Japan's science minister, spoke with NASA Administrator Bill Nelson on Friday. Tanaka and Nelson signed an agreement on the Lunar Gateway.", "NASA", "Lunar Gateway", 1)]
    // a bill told in the passive with its sponsor, continued by "it" or "the bill"
    [InlineData("A bipartisan NASA authorization bill was introduced on Tuesday by Sen. Jane Roe (D-Ore.). It would extend the life of the ISS to 2030.", "US Congress", "ISS", 1)]
    [InlineData("A short bill was filed by Rep. John Doe (R-Texas) last week.\n\nThe bill would extend the life of the ISS to 2030.", "US Congress", "ISS", 1)]
    // an executive order or a decree is its signer's, and "the directive" or "the decree" after it goes on with it
    [InlineData("President Donald Trump signed an executive order on Thursday. The directive sets a 2028 deadline for the Artemis program.", "White House", "Artemis", 1)]
    [InlineData("Vladimir Putin signed a decree on Monday.\n\nThe decree sets a 2027 deadline for the Russian Orbital Station.", "Kremlin", "Russian Orbital Station", 1)]
    // a sentence pointing back at what was just said names its speaker, after a quotation or a plain sentence
    [InlineData("“Our agency is ready to contribute to the Lunar Gateway.” So said the head of the Italian Space Agency, commenting on Monday on the new contract with its builders.", "ASI", "Lunar Gateway", 1)]
    [InlineData("“We will build the airlock of the Lunar Gateway.” These words belong to the head of the Italian Space Agency.", "ASI", "Lunar Gateway", 1)]
    [InlineData("Russia will not take part in the Lunar Gateway. This was stated by Roscosmos head Dmitry Rogozin at a press conference in Moscow, the agency reported.", "Roscosmos", "Lunar Gateway", -1)]
    // a program described in the words of the name that opens an act
    [InlineData("Vice President Mike Pence is calling for landing astronauts on the Moon within five years.", "White House", "Artemis", 1)]
    [InlineData("Russia will now focus on building its own orbital station, officials in Moscow believe.", "Roscosmos", "Russian Orbital Station", 1)]
    // a law signed on a program, and a clause of another subject after ", as"
    [InlineData("Russian President Vladimir Putin on Wednesday signed the law on cooperation with China on the ILRS, as Beijing lists Egypt among the partners of its Chang'e missions.", "Kremlin", "ILRS", 1)]
    // an organ of an organisation acts for it
    [InlineData("The governing board of the European Space Agency has asked for a study to relaunch ExoMars.", "ESA", "ExoMars", 1)]
    // a budget named definitely, or "it", after its author released it in an earlier sentence (or a headline)
    [InlineData("The White House released its budget request for 2026 on Friday.\n\nThe budget would cancel the Lunar Gateway next year.", "White House", "Lunar Gateway", -1)]
    [InlineData("The White House released its budget request for 2026 on Friday.\n\nThe budget would trim science. It would also cancel the Lunar Gateway outright.", "White House", "Lunar Gateway", -1)]
    [InlineData("The White House Unveils Its 2026 Budget Request\n\nAt the same time, the Budget calls for the cancellation of Mars Sample Return.", "White House", "Mars Sample Return", -1)]
    [InlineData("The White House released its budget request for 2026 on Friday.\n\nThe budget would trim the “legacy human exploration systems” account and phase out the Space Launch System.", "White House", "Artemis", -1)] // scare quotes are the writer's words
    [InlineData("title: The White House Unveils Its 2026 Budget Request\noutlet: Probe Daily\ndate: 2025-05-02\n\nAt the same time, the Budget calls for the cancellation of Mars Sample Return.", "White House", "Mars Sample Return", -1)] // the headline of the front matter
    // a bill released by a legislator described in an appositive, then named definitely
    [InlineData("Representative John Doe (D-Ohio), ranking member of the House Science Committee, unveiled his spending bill on Monday.\n\nThe bill would provide $3 billion for Mars Sample Return.", "US Congress", "Mars Sample Return", 1)]
    // the one who calls on another to act takes the position, not the one called on
    [InlineData("Congressional leaders from the Midwest called on the White House on Friday to undo its cuts to the Lunar Gateway.", "US Congress", "Lunar Gateway", 1)]
    [InlineData("Two senators calls on NASA to continue its work on the Lunar Gateway.", "US Congress", "Lunar Gateway", 1)]
    // the first agency's country between it and the second: "NASA of the US and ISRO have agreed …"
    [InlineData("NASA of the US and ISRO have agreed to fly a shared crew to the ISS next year.", "NASA", "ISS", 1)]
    [InlineData("NASA of the US and ISRO have agreed to fly a shared crew to the ISS next year.", "ISRO", "ISS", 1)]
    // the agent of a passive behind a title; the partner of a partnership
    [InlineData("The memorandum on the ILRS was signed by the head of CNSA and the head of Roscosmos.", "CNSA", "ILRS", 1)]
    [InlineData("ESA has partnered with NASA on the Lunar Gateway.", "NASA", "Lunar Gateway", 1)]
    // a subsidiary of the agency speaks for it
    [InlineData("Glavkosmos said the Indian crew had completed their training for Gaganyaan.", "Roscosmos", "Gaganyaan", 1)]
    public void An_actor_that_acts_takes_a_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Fact]
    public void The_one_called_on_to_act_takes_no_position_by_being_asked() =>
        Assert.DoesNotContain(TestCorpus.Positions("Congressional leaders from the Midwest called on the White House on Friday to undo its cuts to the Lunar Gateway."), p => p.Actor == "White House");

    [Fact]
    public void The_body_whose_members_are_listed_is_not_one_of_them() =>
        Assert.DoesNotContain(TestCorpus.Positions("The members of ESA's council for the Artemis Accords are Germany, France and Italy."), p => p.Actor == "ESA");

    [Theory]
    [InlineData("The two countries are discussing the Artemis Accords in Tokyo, Japan and Canada said.")] // a verb after "are", not a list
    [InlineData("Members of the Artemis Accords met in Tokyo, Ottawa and Rome on Monday.")] // no colon or "are": places, not members
    [InlineData("Roscosmos said its partners are keeping the ISS, the station they built, in orbit.")] // lower-case words around the comma are no names
    public void Words_like_a_list_of_members_list_no_one(string text) =>
        Assert.DoesNotContain(TestCorpus.Document(text).Statements, s => s.Stances.Any(p => p.Cues.Any(c => c.Kind == "is listed as a member")));

    [Theory]
    [InlineData("Subcommittee chair Jane Roe, D-Ore., spoke first.\n\n\"This bill will fully fund the Artemis program,\" Roe said.")]
    [InlineData("\"This bill will fully fund the Artemis program,\" said Rep. Jane Roe (D-N.Y.), who chairs the panel.")]
    [InlineData("\"This bill will fully fund the Artemis program,\" argued Sen. John Doe (R-Texas), chair of the subcommittee, in his opening remarks.")]
    [InlineData("Chairwoman Jane Roe (D-Okla.) opened the hearing.\n\n\"This bill will fully fund the Artemis program,\" Roe said.")] // a title before the name
    [InlineData("U.S. Sen. Jane Roe (R-Tuscaloosa), a member of the panel, spoke first.\n\n\"This bill will fully fund the Artemis program,\" said Roe.")] // a home town after a member's title
    public void A_party_tag_makes_the_person_a_member_of_congress(string text)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements, s => s.Stances.Any(p => p.Program == "Artemis"));

        Assert.Equal("US Congress", statement.Actor);
        Assert.True(statement.Stances.Single(p => p.Program == "Artemis").Score > 0);
    }

    [Theory]
    [InlineData("Veterans of Normandy, D-Day, said the Artemis program would fly in 2026.")] // a hyphenated word, not a state
    [InlineData("Engineers of the Apollo (R-Series) said the Artemis program would fly in 2026.")]
    [InlineData("Engineers of the Rocket (R-Series) said the Artemis program would fly in 2026.")] // a town-like word with no member's title
    public void Words_like_a_party_tag_make_nobody_a_member_of_congress(string text) =>
        Assert.DoesNotContain(TestCorpus.Document(text).Statements, s => s.Actor == "US Congress");

    [Fact]
    public void A_name_never_introduced_before_and_is_no_subject() =>
        Assert.Equal(["NASA"], TestCorpus.Document("NASA Administrator Bill Nelson spoke on Friday. Tanaka and Nelson signed an agreement on the Lunar Gateway.")
            .Statements.Where(s => s.Stances.Any(p => p.Score != 0)).Select(s => s.Actor).Distinct());

    [Fact]
    public void A_person_named_bill_introduced_by_a_senator_is_no_bill() =>
        Assert.DoesNotContain("US Congress", TestCorpus.Document("NASA chief Bill Nelson was introduced by Sen. Jane Roe (D-Ore.) at the hearing. It will extend the ISS to 2030, Nelson said.")
            .Statements.Select(s => s.Actor));

    [Fact]
    public void A_sentence_pointing_back_is_the_named_speakers_attribution_not_the_outlets_words() =>
        Assert.Equal(["Roscosmos"], TestCorpus.Document("Russia will not take part in the Lunar Gateway. This was stated by Roscosmos head Dmitry Rogozin on Tuesday, TASS reports.")
            .Statements.Select(s => s.Actor).Distinct());

    [Fact]
    public void An_agency_named_as_a_budget_s_modifier_is_what_the_budget_is_for_not_its_author() =>
        Assert.DoesNotContain(TestCorpus.Positions("The NASA budget would cancel the Lunar Gateway."), p => p.Actor == "NASA");

    [Fact]
    public void A_clause_after_as_with_a_subject_of_its_own_is_not_the_acts() =>
        Assert.DoesNotContain(
            TestCorpus.Positions("Russian President Vladimir Putin on Wednesday signed the law on cooperation with China on the ILRS, as Beijing lists Egypt among the partners of its Chang'e missions."),
            p => p.Actor == "Kremlin" && p.Program == "Chang'e");

    [Theory]
    [InlineData("Japan signed a memorandum with NASA on the Lunar Gateway in 2020.", "NASA", "Lunar Gateway")]
    [InlineData("ESA agreed to cooperate with the China National Space Administration on the Chang'e-6 mission.", "CNSA", "Chang'e")]
    public void The_other_party_of_a_joint_act_takes_the_position_too(string text, string partner, string program) =>
        Assert.Contains((partner, program, 1), TestCorpus.Positions(text));

    [Fact]
    public void The_other_party_of_an_act_that_is_not_joint_takes_no_position()
    {
        var positions = TestCorpus.Positions("Roscosmos ended its cooperation with ESA on ExoMars.");

        Assert.Contains(("Roscosmos", "ExoMars", -1), positions);
        Assert.DoesNotContain(positions, p => p.Item1 == "ESA");
    }

    [Theory]
    [InlineData("As for the Moon, Russia is unlikely to participate in the Lunar Gateway because it is too “U.S.-centric.”", "Roscosmos", "Lunar Gateway", -1)] // a scare quote covers nothing
    [InlineData("Dmitry Rogozin, the head of Russia's space agency, wants an agreement to extend the lifetime of the ISS to 2030.", "Roscosmos", "ISS", 1)] // names in an appositive
    [InlineData("The Mohammed bin Rashid Space Centre is to supply the airlock of the Lunar Gateway.", "MBRSC", "Lunar Gateway", 1)] // a plan stated with "is to"
    [InlineData("At a ceremony in Hefei, Wu Yanhua, chief engineer of the China National Space Administration, and Amadou Diallo, director of the Malian space office, signed an agreement on the ILRS.", "CNSA", "ILRS", 1)] // two people, each with a title
    public void The_subject_is_found_past_scare_quotes_and_appositives(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Fact]
    public void What_one_head_told_another_about_his_plan_is_his_position_even_when_the_other_side_reports_it()
    {
        var document = TestCorpus.Document("title: Call\ndate: 2021-05-01\n\nThe new NASA chief Bill Nelson told Roscosmos head Dmitry Rogozin about his wish to extend the operation of the ISS to 2030, Roscosmos said.");

        var statement = Assert.Single(document.Statements, s => s.Stances.Any(p => p.Program == "ISS" && p.Score > 0));
        Assert.Equal(("Bill Nelson", "NASA"), (statement.Speaker, statement.Actor));
        Assert.StartsWith("his wish to extend", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_quoted_then_asked_is_the_askers_and_the_translations_source_says_nothing()
    {
        var document = TestCorpus.Document("title: Posts\noutlet: Reuters\ndate: 2022-02-25\n\nNew export rules were announced on Thursday.\n\n\"Will you wreck our work together on the ISS?\" Rogozin asked in several posts, according to a Reuters translation of his words.");

        var statement = Assert.Single(document.Statements);
        Assert.Equal("Dmitry Rogozin", statement.Speaker);
        Assert.StartsWith("Will you wreck", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_introduced_by_a_capitalised_title_of_a_long_agency_name_is_that_person()
    {
        var document = TestCorpus.Document("title: Payload\ndate: 2024-06-26\n\nPhilippe Baptiste, Chairman of the French National Center for Space Studies (CNES), praised the Chang'e-6 mission. \"We are eager to study the samples,\" he said.");

        Assert.All(document.Statements, s => Assert.Equal(("Philippe Baptiste", "CNES"), (s.Speaker, s.Actor)));
        Assert.NotEmpty(document.Statements);
    }

    [Fact]
    public void A_named_party_whose_words_the_speaker_reports_holds_the_position()
    {
        var document = TestCorpus.Document("title: Talks\ndate: 2025-08-01\n\nActing NASA Administrator Sean Duffy confirmed he wants to continue the joint work on the ISS, Dmitry Bakanov told reporters in Houston.");

        var statement = Assert.Single(document.Statements, s => s.Stances.Any(p => p.Program == "ISS" && p.Score > 0));
        Assert.Equal(("Sean Duffy", "NASA"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void A_person_behind_a_capitalised_title_opening_the_reported_words_holds_the_position_too()
    {
        var document = TestCorpus.Document("title: Station\ndate: 2021-12-31\n\nPresident Biden committed American support for the ISS through 2030, NASA chief Bill Nelson announced on Friday.");

        Assert.Contains(document.Statements, s => s.Actor == "White House" && s.Stances.Any(p => p.Program == "ISS" && p.Score > 0));
    }

    [Fact]
    public void An_organisation_that_is_the_whole_subject_of_the_relayed_words_holds_the_position()
    {
        var document = TestCorpus.Document("title: Rover\ndate: 2024-05-16\n\nJosef Aschbacher announced on Thursday that NASA has confirmed it will help get the ExoMars rover to Mars.");

        var statement = Assert.Single(document.Statements, s => s.Stances.Any(p => p.Program == "ExoMars" && p.Score > 0));
        Assert.Equal("NASA", statement.Actor);
    }

    [Theory]
    [InlineData("title: Talks\ndate: 2020-12-01\n\nThe ministry said it planned to sign the Artemis Accords and expressed an interest in building a rover, the Brazilian Space Agency said.")] // a clause before the verb, no one named
    [InlineData("title: Talks\ndate: 2025-08-01\n\nHe said he is ready to extend the seat-swap agreement for the ISS, Dmitry Bakanov told reporters.")] // a pronoun
    public void Words_opening_with_a_speech_verb_but_no_named_party_stay_the_speakers(string text) =>
        Assert.DoesNotContain(TestCorpus.Document(text).Statements, s => s.Actor == "NASA");

    [Theory]
    [InlineData("title: Station\ndate: 2023-10-27\n\nVladimir Putin said Russia is committed to the Russian Orbital Station.", "Kremlin")]
    [InlineData("title: Moon\ndate: 2023-07-01\n\nPresident Joe Biden said the United States would support the Artemis program with its partners.", "White House")]
    public void A_head_of_state_speaks_for_the_government(string text, string actor) =>
        Assert.Contains(TestCorpus.Document(text).Statements, s => s.Actor == actor && s.Stances.Any(p => p.Score > 0));

    [Fact]
    public void Actors_acting_together_with_the_speaker_take_the_position_too()
    {
        var document = TestCorpus.Document("Russia and China have signed a memorandum on the International Lunar Research Station, Rogozin said.");

        var holders = document.Statements.Where(s => s.Stances.Any(p => p.Program == "ILRS" && p.Score > 0)).ToList();
        Assert.Equal(["CNSA", "Roscosmos"], holders.Select(s => s.Actor).Order());
        Assert.All(holders, s => Assert.Equal("Dmitry Rogozin", s.Speaker)); // the words stay his
    }

    [Fact]
    public void Co_subjects_after_a_wire_dateline_take_the_position_too()
    {
        var document = TestCorpus.Document("Dec 28 (Interfax) - Roscosmos and NASA have agreed to extend the cross-flights to the ISS through 2025, Roscosmos said.");

        Assert.Equal(["NASA", "Roscosmos"], document.Statements.Where(s => s.Stances.Any(p => p.Program == "ISS" && p.Score > 0)).Select(s => s.Actor).Order());
    }

    [Theory]
    [InlineData("The Kremlin on Aug. 29 said that the main thing was to continue the Luna program.")]
    [InlineData("Peskov said on Aug. 29: \"The main thing is to continue the Luna program.\"")]
    [InlineData("Peskov said on Sept. 29th that the main thing was to continue the Luna program.", "2023-09-29")]
    public void A_month_s_abbreviation_with_its_day_dates_the_statement(string sentence, string date = "2023-08-29")
    {
        var statement = Assert.Single(TestCorpus.Document($"title: Luna\noutlet: Example Post\ndate: 2023-10-07\n\n{sentence}").Statements);

        Assert.Equal(date, statement.Date?.ToString());
        Assert.Equal("Kremlin", statement.Actor);
    }

    [Fact]
    public void A_month_s_abbreviation_without_a_day_is_no_date() =>
        Assert.Equal("2023-10-07", Assert.Single(TestCorpus.Document("title: Luna\noutlet: Example Post\ndate: 2023-10-07\n\nPeskov said in Mar that the main thing was to continue the Luna program.").Statements).Date?.ToString());

    [Fact]
    public void An_outlet_reporting_an_act_holds_no_position_the_actors_do()
    {
        var document = TestCorpus.Document("title: Reactor\noutlet: Example Post\ndate: 2024-03-06\n\nIn March 2021, Roscosmos and the China National Space Administration signed a memorandum on the ILRS, TASS reported.");

        var positions = document.Statements.SelectMany(s => s.Stances.Where(p => p.Score != 0).Select(p => (s.Actor, p.Program))).ToList();
        Assert.Contains(("Roscosmos", "ILRS"), positions);
        Assert.Contains(("CNSA", "ILRS"), positions);
        Assert.DoesNotContain(positions, p => p.Actor == "TASS");
        Assert.All(document.Statements, s => Assert.Equal("2021-03", s.Date?.ToString())); // it happened then, not when reported
    }

    [Theory]
    [InlineData("NASA and ISRO have agreed to fly a joint crew to the ISS next year, the White House said on Thursday.", "ISS", "ISRO,NASA", "White House")]
    // the act's sentence names the program only by description; the article is about Chang'e-7
    [InlineData("Russian dust monitor to fly on Chang'e-7\n\nRoscosmos and the China National Space Administration (CNSA) signed a memorandum that provides for joint work on a mission of China's Lunar Program, the Kremlin press service reported.", "Chang'e", "CNSA,Roscosmos", "Kremlin press service")]
    // "both agencies" in the reported words: the two organisations of the sentence before
    [InlineData("ESA and JAXA are drafting a framework for robotic exploration, the official said. Both space agencies have agreed to a joint mission to the Lunar Gateway in 2027, the official told reporters.", "Lunar Gateway", "ESA,JAXA", "the official")]
    [InlineData("What was agreed:\n\n1. ESA and JAXA are drafting a framework for robotic exploration, the official said.\n\n2. Both space agencies have agreed to a joint mission to the Lunar Gateway in 2027, the official told reporters.", "Lunar Gateway", "ESA,JAXA", "the official")]
    public void A_third_party_reporting_an_act_leaves_the_position_to_those_who_act(string text, string program, string actors, string speaker)
    {
        var document = TestCorpus.Document(text);

        var holders = document.Statements.Where(s => s.Stances.Any(p => p.Program == program && p.Score > 0)).ToList();
        Assert.Equal(actors.Split(','), holders.Select(s => s.Actor).Order(StringComparer.Ordinal));
        Assert.All(holders, s => Assert.Equal(speaker, s.Speaker)); // the words stay the reporter's
        Assert.DoesNotContain(document.Statements, s => s.Speaker == speaker && (s.Actor == "White House" || s.Actor == "Kremlin") && s.Stances.Any(p => p.Score != 0));
    }

    [Theory]
    // what another actor will do, named as the subject of an embedded clause, is not the speaker's position
    [InlineData("Nelson said the interview had produced false reports claiming that Russia would leave the ISS.", "NASA", "ISS")]
    [InlineData("The senators said that NASA will soon prove it no longer supports Mars Sample Return if the cuts stand.", "US Congress", "Mars Sample Return")]
    [InlineData("The senators said NASA will let the mission drift, will skip its reviews, and does not support Mars Sample Return.", "US Congress", "Mars Sample Return")] // predicates of the same subject after commas
    [InlineData("Aschbacher said ESA had long expected the reports of Roscosmos leaving the ISS after 2024.", "ESA", "ISS")] // a gerund with its own subject
    public void Another_actors_intended_act_is_not_the_speakers_position(string text, string speaker, string program) =>
        Assert.DoesNotContain(TestCorpus.Positions(text), p => p.Actor == speaker && p.Program == program && p.Sign < 0);

    [Theory]
    [InlineData("Senator Jane Roe said she was disappointed that NASA awarded the Human Landing System contract to a single company.")]
    [InlineData("Rep. John Doe (D-Ohio) said he was troubled that NASA had signed the Human Landing System contract so early.")]
    public void Disappointment_that_another_acted_is_against_what_it_did(string text)
    {
        var positions = TestCorpus.Positions(text).ToList();

        Assert.Contains(("US Congress", "Human Landing System", -1), positions);
        Assert.DoesNotContain(("US Congress", "Human Landing System", 1), positions);
    }

    [Fact]
    public void The_speakers_side_coordinated_with_another_keeps_the_position() =>
        Assert.Contains(TestCorpus.Positions("NASA said on Monday that Russia and the US will continue to cooperate on the ISS."), p => p.Program == "ISS" && p.Sign > 0);

    [Theory]
    [InlineData("the spokesperson said")]
    [InlineData("the diplomat added")]
    public void A_title_alone_after_a_named_holder_is_that_person(string attribution)
    {
        var document = TestCorpus.Document("China will keep working on Tiangong, Chinese Foreign Ministry Spokesperson Li Ming told a briefing on Monday.\n\n"
            + "\u201cChina is ready to take part in the ILRS,\u201d " + attribution + ".");

        var quoted = Assert.Single(document.Statements, s => s.Text.Contains("ready to take part", StringComparison.Ordinal));
        Assert.Equal("Li Ming", quoted.Speaker);
        Assert.Equal("Chinese government", quoted.Actor);
    }

    [Fact]
    public void A_government_speaking_of_its_country_keeps_the_position()
    {
        var positions = TestCorpus.Positions("MOSCOW — Kremlin spokesman Dmitry Peskov said on Monday that Russia would keep operating the ISS until 2028.").ToList();

        Assert.Contains(("Kremlin", "ISS", 1), positions);
        Assert.DoesNotContain(positions, p => p.Actor == "Roscosmos");
    }

    [Fact]
    public void A_name_the_subject_acts_towards_is_not_the_subject_of_what_follows()
    {
        var positions = TestCorpus.Positions("ESA wrote to Russia's state space corporation Roscosmos that it would no longer take part in the Luna-27 mission.").ToList();

        Assert.Contains(("ESA", "Luna", -1), positions);
        Assert.DoesNotContain(positions, p => p.Actor == "Roscosmos");
    }

    [Fact]
    public void Words_an_outlet_relays_are_the_speakers_not_the_outlets()
    {
        var statement = Assert.Single(TestCorpus.Document("MOSCOW - Russia will leave the ISS after 2024, Yuri Borisov, the head of Roscosmos, said on Tuesday, the RIA state news agency reported.").Statements);

        Assert.Equal(("Yuri Borisov", "Roscosmos"), (statement.Speaker, statement.Actor));
        Assert.DoesNotContain("said on Tuesday", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_that_quoted_someone_as_saying_relays_the_words_of_that_someone()
    {
        var statement = Assert.Single(TestCorpus.Document("\"The agency will sign the Artemis Accords this week,\" the Press Trust of India quoted a senior official as saying on Monday.").Statements);

        Assert.Equal("a senior official", statement.Speaker);
        Assert.Null(statement.Actor);
    }

    [Fact]
    public void A_title_before_a_new_name_gives_that_persons_organisation_not_the_first_one_of_the_sentence()
    {
        var statement = Assert.Single(TestCorpus.Document("After a week of talks in China, acting ESA Director Marta Ilves said the agency would keep its part of the Lunar Gateway.").Statements);

        Assert.Equal(("Marta Ilves", "ESA"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void A_new_name_with_a_title_after_a_closing_said_speaks_for_the_organisation_the_sentence_opens_with()
    {
        var document = TestCorpus.Document("The Mohammed bin Rashid Space Centre began to build its Gateway airlock in May, said mission director Aisha Karim.\n\n\"We are now working on the Lunar Gateway every day,\" said Ms Karim on social media.");

        Assert.All(document.Statements, s => Assert.Equal(("Aisha Karim", "MBRSC"), (s.Speaker, s.Actor)));
        Assert.Equal(2, document.Statements.Count);
        Assert.StartsWith("The Mohammed bin Rashid Space Centre began", document.Statements[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The ISS needs every partner to retire it, deputy head of the US space agency (NASA) Kenneth Bowersox said.", "Kenneth Bowersox")]
    [InlineData("The ISS needs every partner to retire it, station manager in NASA Dana Weigel said.", "Dana Weigel")]
    public void A_title_with_its_organisation_in_an_of_phrase_before_a_new_name_introduces_that_person(string text, string speaker)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements);

        Assert.Equal((speaker, "NASA"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void A_former_chief_named_as_former_speaks_for_no_one()
    {
        var statement = Assert.Single(TestCorpus.Document("Former NASA Administrator Jim Bridenstine said in 2025 that the Human Landing System would not be ready in time.").Statements);

        Assert.Null(statement.Actor);
    }

    [Fact]
    public void Words_announced_by_a_speaker_described_after_the_verb_are_not_those_of_a_name_inside_them()
    {
        const string text = "Caracas's space office and the CNSA signed a declaration on the ILRS, announced the Venezuelan government on Monday.";

        Assert.DoesNotContain(TestCorpus.Document(text).Statements, s => s.Actor == "CNSA" && s.Text.StartsWith("the Venezuelan government", StringComparison.Ordinal));
        Assert.Contains(("CNSA", "ILRS", 1), TestCorpus.Positions(text)); // what the CNSA did, reported
    }

    [Fact]
    public void Words_announced_by_the_agency_after_the_verb_are_those_of_the_agency_the_sentence_opens_with()
    {
        var opened = TestCorpus.Document("The ESA has \"found that joint work with Roscosmos on ExoMars cannot go on\", announced the agency in a release.");
        var unnamed = TestCorpus.Document("The council has \"found that joint work with Roscosmos on ExoMars cannot go on\", announced the agency in a release.");

        Assert.Contains(opened.Statements, s => s.Actor == "ESA" && s.Text.Contains("ExoMars", StringComparison.Ordinal));
        Assert.DoesNotContain(unnamed.Statements, s => s.Actor is not null); // not Roscosmos, named inside the words
    }

    [Theory]
    [InlineData("BEIJING — China and Russia agreed to build the International Lunar Research Station together.", "CNSA", "Roscosmos", "ILRS")]
    // a country named through its government
    [InlineData("NASA and the Government of Canada signed an agreement on the Lunar Gateway on Monday.", "NASA", "CSA", "Lunar Gateway")]
    public void Coordinated_subjects_each_take_the_position(string text, string first, string second, string program)
    {
        var positions = TestCorpus.Positions(text).ToList();

        Assert.Contains((first, program, 1), positions);
        Assert.Contains((second, program, 1), positions);
    }

    [Theory]
    [InlineData("Today was a busy day for the European Space Agency. Its governing council approved more money and committed to support the ISS through 2030.", "ESA", "ISS", 1)]
    [InlineData("Roscosmos has decided on its future in orbit. It will leave the ISS after 2024, the decision is final.", "Roscosmos", "ISS", -1)]
    public void It_or_its_council_continues_the_organisation_of_the_sentence_before(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Fact]
    public void Both_agencies_in_reported_words_stand_for_nobody_after_three_organisations() =>
        Assert.DoesNotContain(
            TestCorpus.Positions("ESA, JAXA and CSA met in Paris, the official said. Both agencies have agreed to a joint mission to the Lunar Gateway in 2027, the official told reporters."),
            p => p.Actor is not null);

    [Theory]
    [InlineData("NASA and ESA met in Paris. It will leave the ISS after 2024, the decision is final.")] // two organisations before: "it" is unclear
    [InlineData("The European Space Agency met on Tuesday. It was decided to leave the ISS after 2030.")] // an impersonal "it"
    public void It_stands_for_nobody_when_the_sentence_before_is_unclear(string text) =>
        Assert.DoesNotContain(TestCorpus.Positions(text), p => p.Program == "ISS");

    [Theory]
    [InlineData("Its cooperation with Roscosmos on ExoMars was suspended by the European side in March.")] // Roscosmos is not the subject
    [InlineData("NASA was criticised for the cost of Mars Sample Return in a report on Monday.")] // passive
    [InlineData("Will Roscosmos leave the ISS after 2024?")] // a question
    [InlineData("Roscosmos to leave the ISS after 2024")] // a headline: the article then reports it
    [InlineData("The ISS crew received a warm welcome from Roscosmos on the station.")] // a welcome, no contract or money from it
    [InlineData("The startup, which received $5 million in funding from NASA, cancelled its ExoMars payload.")] // the money in a clause describing the recipient
    public void Names_that_do_not_act_take_no_position(string text) =>
        Assert.DoesNotContain(TestCorpus.Positions(text), p => p.Actor is "Roscosmos" or "NASA");

    [Theory]
    [InlineData("The White House's budget blueprint, which trims NASA's science account by a fifth, would scrap the Lunar Gateway.", "White House", "Lunar Gateway")]
    [InlineData("The Office of Management and Budget (OMB) released its spending plan on Friday that includes a deep cut for NASA and would eliminate Mars Sample Return.", "White House", "Mars Sample Return")]
    [InlineData("Donald Trump's proposed 2026 budget would terminate the Gateway and end SLS after its third flight.", "White House", "Lunar Gateway")]
    [InlineData("On Friday the president unveiled the White House's budget request, which includes major cuts to NASA that would ax the Lunar Gateway.", "White House", "Lunar Gateway")]
    public void A_budget_that_acts_on_a_program_holds_the_position_of_its_owner(string text, string owner, string program) =>
        Assert.Contains((owner, program, -1), TestCorpus.Positions(text));

    [Theory]
    [InlineData("The White House's budget request drew criticism from ESA, which would then cancel its own Lunar Gateway work.")] // the cue is ESA's, not the budget's
    [InlineData("The White House's budget was sent to Congress.\n\nCongress will decide whether to cancel the Lunar Gateway.")] // another sentence
    public void A_budget_does_not_take_a_cue_that_is_not_its_own(string text) =>
        Assert.DoesNotContain(TestCorpus.Positions(text), p => p.Actor == "White House");

    [Theory]
    [InlineData("Congress on Thursday passed the Space Frontier Act, extending the life of the International Space Station to 2030.", "ISS")]
    [InlineData("The Senate approved NASA's first authorizing bill in six years, which keeps the International Space Station flying until 2030.", "ISS")]
    [InlineData("The House of Representatives passed the legislation on Tuesday, authorizing NASA to keep the International Space Station operating until 2030.", "ISS")]
    public void A_bill_a_legislature_passed_holds_its_position_on_the_program_it_acts_on(string text, string program) =>
        Assert.Contains(("US Congress", program, 1), TestCorpus.Positions(text));

    [Theory]
    [InlineData("Congress will debate a bill that would extend the International Space Station to 2030.")] // not passed
    [InlineData("Bill Nelson said the bill would extend the International Space Station to 2030.")] // a person named Bill, and a bill nobody passed
    public void A_bill_nobody_passed_holds_no_legislatures_position(string text) =>
        Assert.DoesNotContain(TestCorpus.Positions(text), p => p.Actor == "US Congress");

    [Theory]
    [InlineData("President Vladimir Putin has signed a law approving an intergovernmental agreement with China on building the International Lunar Research Station.")]
    [InlineData("The Kremlin ratified the treaty with Beijing on the International Lunar Research Station on Wednesday.")]
    public void Approving_or_ratifying_an_agreement_on_a_program_supports_it(string text) =>
        Assert.Contains(("Kremlin", "ILRS", 1), TestCorpus.Positions(text));

    [Fact]
    public void The_coalition_an_agreement_forms_stands_for_the_agreement() =>
        Assert.Contains(("NASA", "Artemis Accords", 1), TestCorpus.Positions(
            "The Artemis Accords set out shared principles for the Moon.\n\nNASA welcomed Poland to the global coalition committed to exploring space in peace."));

    [Fact]
    public void An_agencys_own_release_speaks_for_it_where_nobody_else_is_the_subject()
    {
        const string release = "title: A new arm for the Moon\noutlet: Canadian Space Agency (news release)\ndate: 2024-05-02\n\n"
            + "We are proud to contribute Canadarm3 to the Lunar Gateway. The arm is about as long as a city bus.\n";

        var statement = Assert.Single(TestCorpus.Document(release).Statements, s => s.Stances.Any(p => p.Score > 0));

        Assert.Equal(("CSA", "press release"), (statement.Actor, statement.Venue));
    }

    [Fact]
    public void A_release_on_the_agencys_own_site_is_its_release()
    {
        const string release = "title: Gateway update\nurl: https://www.esa.int/Science_Exploration/gateway-update\n\nEurope is pleased to deliver the ESPRIT module to the Lunar Gateway.\n";

        Assert.Contains(("ESA", "Lunar Gateway", 1), TestCorpus.Positions(release));
    }

    [Fact]
    public void A_governments_release_speaks_on_its_own_date_whatever_a_sentence_recalls()
    {
        const string release = "title: Statement on space cooperation with Canada\noutlet: The White House (press release)\ndate: 2023-03-20\n"
            + "url: https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/03/20/space\n\n"
            + "The United States welcomes Canada's decision to keep flying to the ISS through 2030, following our own extension of the station two years ago.\n\n"
            + "Our two countries are also taking a step forward by reaching an agreement on the Lunar Gateway.\n";

        var statements = TestCorpus.Document(release).Statements;

        var welcome = Assert.Single(statements, s => s.Stances.Any(p => p.Program == "ISS" && p.Score > 0));
        var agreement = Assert.Single(statements, s => s.Stances.Any(p => p.Program == "Lunar Gateway" && p.Score > 0));
        Assert.Equal(("White House", "2023-03-20"), (welcome.Actor, welcome.Date.ToString()));
        Assert.Equal(("White House", "2023-03-20"), (agreement.Actor, agreement.Date.ToString()));
    }

    [Fact]
    public void A_person_introduced_by_title_is_known_when_quoted_later_by_surname_or_pronoun()
    {
        const string text = "At the ceremony, Polish Space Agency (POLSA) President Anna Kowalik signed the Artemis Accords.\n\n"
            + "Kowalik said the Artemis Accords were an important step for Polish industry.\n\n"
            + "“We want to participate in missions of other agencies through the Artemis Accords,” she said.";

        var statements = TestCorpus.Document(text).Statements.Where(s => s.Speaker == "Anna Kowalik").ToList();

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Polish Space Agency", s.Actor));
    }

    [Theory]
    // a country adjective before the title; a government the gazetteer lists takes precedence over the agency
    [InlineData("Australian Industry and Science Minister Tom Carver said Australia will be part of the Artemis program.", "Tom Carver", "Australian Space Agency")]
    [InlineData("Russian Deputy Foreign Minister Ivan Petrov said Moscow would not take part in the Artemis program.", "Ivan Petrov", "Kremlin")]
    // no country beside the title: the country the article is about
    [InlineData("Canada and its astronauts are ready. Canada has trained four of them for years.\n\nTrade Minister Ella Stone said Canada will join the Artemis program next year.", "Ella Stone", "CSA")]
    public void A_minister_speaks_for_his_countrys_government_or_its_agency(string text, string speaker, string actor)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements, s => s.Stances.Any(p => p.Program == "Artemis" && p.Score != 0));

        Assert.Equal((speaker, actor), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void A_minister_of_a_country_the_gazetteer_does_not_know_is_not_given_the_articles_country()
    {
        const string text = "China and its partners met in Beijing. China hosted the talks.\n\nAna Ruiz, Venezuela’s minister of science, said her country will join the ILRS.";

        Assert.DoesNotContain(TestCorpus.Document(text).Statements, s => s.Speaker == "Ana Ruiz" && s.Actor is not null);
    }

    [Fact]
    public void A_minister_of_no_clear_country_is_not_given_one()
    {
        const string text = "Canada and Japan both train astronauts.\n\nTrade Minister Ella Stone said her country will join the Artemis program next year.";

        Assert.DoesNotContain(TestCorpus.Document(text).Statements, s => s.Speaker == "Ella Stone" && s.Actor is not null);
    }

    [Fact]
    public void A_minister_introduced_before_he_speaks_is_known_by_surname()
    {
        const string text = "Polish Development Minister Jan Nowak unveiled the plan on Monday.\n\n“We will be part of the Artemis program,” Nowak said.";

        var statement = Assert.Single(TestCorpus.Document(text).Statements, s => s.Stances.Any(p => p.Program == "Artemis"));

        Assert.Equal(("Jan Nowak", "Polish Space Agency", 3), (statement.Speaker, statement.Actor, statement.Stances.Single(p => p.Program == "Artemis").Score));
    }

    [Theory]
    [InlineData("Today Lisa Campbell made the following statement:\n\n“Congratulations to our partners on the Artemis I flight, a milestone for us all.”")]
    // "released", and circumstances longer than an attribution's tail before the colon; a quotation over two paragraphs
    [InlineData("OTTAWA, May 3 -- Lisa Campbell released the following statement after a long call on Tuesday with the heads of the partner agencies of the program:\n\n\"We had a good talk with our partners this morning.\n\n\"Canada will contribute a robotic arm to the Artemis program.\"")]
    public void A_quote_announced_as_a_statement_is_attributed(string text)
    {
        Assert.Contains(TestCorpus.Document(text).Statements, s => s.Speaker == "Lisa Campbell" && s.Actor == "CSA" && s.Stances.Any(p => p.Program == "Artemis" && p.Score > 0));
    }

    [Fact]
    public void A_standfirst_that_reads_as_a_sentence_reports_a_position_the_body_does_not_repeat()
    {
        var statements = TestCorpus.Document(
            "Yuri Borisov, the director general of Roscosmos, has condemned the Artemis Accords\n\n" +
            "Moscow sees the lunar rules as a land grab, officials said.").Statements;

        var standfirst = Assert.Single(statements, s => s.Stances.Any(p => p.Program == "Artemis Accords" && p.Score < 0));
        Assert.Equal("Roscosmos", standfirst.Actor);
        Assert.Equal(Enumerable.Range(0, statements.Count), statements.Select(s => s.Index));
    }

    [Fact]
    public void A_standfirst_the_body_repeats_counts_once()
    {
        var statements = TestCorpus.Document(
            "Yuri Borisov, the director general of Roscosmos, has condemned the Artemis Accords\n\n" +
            "Borisov said on Monday that he condemned the Artemis Accords.").Statements;

        var statement = Assert.Single(statements, s => s.Stances.Any(p => p.Program == "Artemis Accords" && p.Score < 0));
        Assert.Equal("he condemned the Artemis Accords.", statement.Text); // the body's, not the standfirst's
    }

    [Fact]
    public void In_a_release_an_owner_named_before_a_later_cue_does_not_take_the_issuers_position()
    {
        var statements = TestCorpus.Document(
            "source: ESA\n\nThe new lander is one of Europe's contributions to lunar exploration, notably NASA's Artemis programme, contributing to a lasting presence on the Moon.").Statements;

        Assert.Equal("ESA", Assert.Single(statements).Actor);
    }

    [Fact]
    public void Glued_quotations_are_still_attributed()
    {
        var statements = TestCorpus.Document(
            "Chile signed the Artemis Accords in Santiago on Friday.'Now Chile is supporting the Artemis Accords,' said NASA Administrator Bill Nelson.").Statements;

        Assert.Contains(statements, s => s.Actor == "NASA" && s.Direct && s.Text.StartsWith("Now Chile", StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_with_no_program_word_is_about_no_program()
    {
        Assert.Empty(TestCorpus.Positions("The Artemis II crew trained in Houston.\n\nNASA signed a contract with a caterer in Texas."));
    }

    [Fact]
    public void The_agency_added_is_the_agency_that_spoke_last_and_the_news_agency_is_not()
    {
        var statements = TestCorpus.Document(
            "The talks went well, according to ESA. The next meeting will focus on extending the life of the International Space Station, the agency added.\n\n" +
            "The ISS will be retired soon, the news agency said.").Statements;

        Assert.Contains(statements, s => s.Actor == "ESA" && s.Stances.Any(p => p.Program == "ISS" && p.Score > 0));
        Assert.DoesNotContain(statements, s => s.Actor == "ESA" && s.Text.Contains("retired", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Russian lawmakers said the Lunar Gateway must be stopped.")]
    [InlineData("Russia's opposition lawmakers said the Lunar Gateway must be stopped.")]
    public void Another_countrys_lawmakers_are_not_the_US_Congress(string sentence) =>
        Assert.DoesNotContain(TestCorpus.Positions(sentence), p => p.Actor == "US Congress");

    [Fact]
    public void The_one_urged_is_not_the_one_who_urges() =>
        Assert.DoesNotContain(TestCorpus.Positions("Lawmakers urged NASA to reverse the funding cuts to Mars Sample Return on Wednesday."), p => p.Actor == "NASA");

    [Fact]
    public void A_budget_whose_author_is_not_named_before_is_nobodys_position() =>
        Assert.DoesNotContain(TestCorpus.Positions("A senator said on Friday that he would write a budget of his own.\n\nThe budget would cancel the Lunar Gateway next year."), p => p.Program == "Lunar Gateway" && p.Sign < 0);

    [Theory]
    [InlineData("Sen. Jane Roe (R-Ala.) released her spending bill on Monday.\n\nThe package would give $700 million to the Lunar Gateway.", "US Congress", "Lunar Gateway")]
    [InlineData("Sen. Jane Roe (R-Ala.) released her spending bill on Monday.\n\nThe measure would provide $80 million more for the ISS.", "US Congress", "ISS")]
    public void A_bill_called_the_package_or_the_measure_is_its_authors(string text, string actor, string program) =>
        Assert.Contains((actor, program, 1), TestCorpus.Positions(text));

    [Theory]
    [InlineData("The payload package is bound for the ISS next year, JAXA said.", "JAXA", "ISS")] // a package of instruments, not a bill
    [InlineData("Scientists will measure dust on the Lunar Gateway from 2028, ESA said.", "ESA", "Lunar Gateway")] // the verb
    public void A_package_of_hardware_or_the_verb_measure_leaves_the_speaker_in_place(string text, string actor, string program) =>
        Assert.Contains(TestCorpus.Document(text).Statements, s => s.Actor == actor && s.Stances.Any(p => p.Program == program));

    [Fact]
    public void A_former_holder_of_an_agencys_title_does_not_act_for_it() =>
        Assert.DoesNotContain(TestCorpus.Positions("Former NASA Administrator Jane Roe, a witness at the hearing, was alone in calling for abandoning Artemis."), p => p.Actor == "NASA");

    [Fact]
    public void A_former_holder_quoted_later_by_surname_speaks_for_nobody()
    {
        var document = TestCorpus.Document("Panel hears the plan's critics\n\nThe sharpest attack on the plan was made by former NASA Administrator Jane Roe.\n\n\u201cA lander that needs a dozen refuelling flights will never carry a crew to the Moon under Artemis,\u201d Roe told the panel.");

        var statement = Assert.Single(document.Statements, s => s.Text.Contains("refuelling", StringComparison.Ordinal));
        Assert.Equal(("Jane Roe", null), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void Countries_given_as_examples_of_a_larger_subject_do_not_act_themselves() =>
        Assert.DoesNotContain(TestCorpus.Positions("By now some forty nations, including Chile and Germany, have joined the Artemis Accords."), p => p.Actor is "DLR" or "Polish Space Agency");

    [Fact]
    public void The_corporation_after_another_corporation_was_named_is_that_one()
    {
        var document = TestCorpus.Document("The Harbin Rocket Works Corporation said on Monday that payloads will ride on Chang'e-7.\n\n\u201cThe lander will carry the foreign payloads to the south pole on Chang'e-7,\u201d the corporation said in its statement.");

        Assert.DoesNotContain(document.Statements, s => s.Actor == "Roscosmos");
    }

    [Fact]
    public void The_corporation_after_the_agency_was_named_by_its_corporate_name_is_the_agency()
    {
        var document = TestCorpus.Document("The State Space Corporation Roscosmos met on Monday.\n\n\u201cWe will keep flying our crews to the ISS until 2028,\u201d the corporation said in a statement.");

        Assert.Contains(document.Statements, s => s.Actor == "Roscosmos" && s.Text.Contains("until 2028", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deal_signed_between_the_agencies_of_two_countries_is_both_agencies() =>
        Assert.Equal(
            [("CNES", "Chang'e", 1), ("CNSA", "Chang'e", 1)],
            TestCorpus.Positions("Under a deal signed on Monday between the agencies of France and China, Chang'e-7 will carry a French camera.").Distinct().OrderBy(p => p.Actor));

    [Fact]
    public void Whoever_asks_another_to_act_takes_the_position_not_the_one_asked()
    {
        var positions = TestCorpus.Positions("Nine senators of the US Congress had pressed the White House to keep steady funding for the Human Landing System.").ToList();

        Assert.Contains(("US Congress", "Human Landing System", 1), positions);
        Assert.DoesNotContain(positions, p => p.Actor == "White House");
    }
}

/// <summary>Who spoke when several did, speakers named after the verb, and when recalled words were said; sentences of our own.</summary>
public sealed class AttributionAndDateTests
{
    [Theory]
    [InlineData("“We will keep the ExoMars rover on course for its launch,” – Josef Aschbacher, ESA's Director General")]
    [InlineData("\"We will keep the ExoMars rover on course for its launch.\" — Josef Aschbacher.")]
    public void A_quote_credited_after_a_dash_is_the_named_persons(string text)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements);

        Assert.Equal(("Josef Aschbacher", "ESA"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void A_country_in_the_lead_in_does_not_speak_for_the_agency_named_as_speaker()
    {
        var statement = Assert.Single(TestCorpus.Document("Taking action against Russia over the war, the European Space Agency announced on Thursday it is suspending the launch of ExoMars.").Statements);

        Assert.Equal("ESA", statement.Actor);
        Assert.True(Assert.Single(statement.Stances).Score < 0);
    }

    [Theory]
    [InlineData("Korea's radiation probe will take part in the Artemis III flight, as confirmed by KASA in a release.", "KASA")]
    [InlineData("Roscosmos will keep flying cosmonauts to the ISS until 2028, as announced by Yuri Borisov on Tuesday.", "Roscosmos")]
    public void A_source_closing_the_sentence_after_as_confirmed_by_is_the_speaker(string text, string actor)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements);

        Assert.Equal(actor, statement.Actor);
        Assert.DoesNotContain("confirmed by", statement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("announced by", statement.Text, StringComparison.Ordinal);
        Assert.True(Assert.Single(statement.Stances).Score > 0);
    }

    [Theory]
    [InlineData("Roscosmos told reporters on Monday that the talks had begun. “Both sides want the ISS to keep flying until 2030,” the statement said.", "Roscosmos")]
    [InlineData("Bill Nelson told reporters on Monday that the talks had begun. “Both sides want the ISS to keep flying until 2030,” the statement said.", "NASA")]
    public void The_statement_is_the_written_word_of_whoever_spoke_last_or_of_their_organisation(string text, string actor)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements, s => s.Text.Contains("Both sides", StringComparison.Ordinal));

        Assert.Equal((actor, actor), (statement.Speaker, statement.Actor));
        Assert.True(Assert.Single(statement.Stances, p => p.Program == "ISS").Score > 0);
    }

    [Fact]
    public void A_statement_nobody_spoke_before_is_nobodys() =>
        Assert.DoesNotContain(TestCorpus.Document("“Both sides want the ISS to keep flying until 2030,” the statement said.").Statements, s => s.Actor is not null);

    [Fact]
    public void A_participle_restating_support_after_the_main_clause_is_the_subjects_statement()
    {
        var statement = Assert.Single(TestCorpus.Document("Bill Nelson answered the committee's questions for two hours on Tuesday, reaffirming his backing of the Artemis program.").Statements);

        Assert.Equal(("Bill Nelson", "NASA"), (statement.Speaker, statement.Actor));
        Assert.True(Assert.Single(statement.Stances, p => p.Program == "Artemis").Score > 0);
    }

    [Fact]
    public void An_unnamed_source_after_the_verb_is_the_speaker_past_its_relative_clause_and_the_act_stays_its_subjects()
    {
        var statements = TestCorpus.Document("JAXA and ISRO have agreed to a joint mission to the ISS next year, said an official who asked not to be named.").Statements;

        Assert.All(statements, s => Assert.Equal("an official", s.Speaker));
        Assert.All(statements, s => Assert.DoesNotContain("asked not to be named", s.Text, StringComparison.Ordinal));
        Assert.Equal(["ISRO", "JAXA"], statements.Where(s => s.Stances.Any(p => p.Program == "ISS" && p.Score > 0)).Select(s => s.Actor).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("a senior administration official", "White House")] // the government the gazetteer also calls an administration
    [InlineData("a Russian administration official", "Kremlin")]
    [InlineData("a former administration official", null)]
    [InlineData("a Federal Aviation Administration official", null)] // another administration, named
    [InlineData("an industry source", null)]
    public void An_unnamed_administration_official_speaks_for_the_government_called_an_administration(string speaker, string? actor)
    {
        var statement = Assert.Single(TestCorpus.Document($"\"The Lunar Gateway will go ahead,\" {speaker} said.").Statements);

        Assert.Equal(actor, statement.Actor);
    }

    [Theory]
    [InlineData("On Tuesday the Italian space agency signed a study contract with NASA for the Artemis program.", "ASI")]
    [InlineData("On Tuesday the South Korean space agency signed a study contract with NASA for the Artemis program.", "KASA")]
    [InlineData("The Polish space agency said on Monday it will take part in the Artemis program.", "Polish Space Agency")]
    public void A_country_adjective_before_space_agency_in_lower_case_is_that_countrys_agency(string text, string actor) =>
        Assert.Contains(TestCorpus.Document(text).Statements, s => s.Actor == actor && s.Stances.Any(p => p.Program == "Artemis" && p.Score > 0));

    [Theory]
    [InlineData("A national space agency has signed an agreement on the Artemis program, an official said.")]
    [InlineData("The North Korean space agency has signed an agreement on the Artemis program, an official said.")] // not the Korean agency of the gazetteer
    public void A_space_agency_described_without_a_known_country_is_nobody_in_particular(string text) =>
        Assert.All(TestCorpus.Document(text).Statements, s => Assert.Null(s.Actor));

    [Fact]
    public void Organisations_announcing_together_each_speak()
    {
        var statements = TestCorpus.Document("Both agencies will contribute modules to the International Lunar Research Station, Roscosmos and CNSA announced on Tuesday.").Statements;

        Assert.Contains(statements, s => s.Actor == "Roscosmos" && s.Stances.Any(p => p.Program == "ILRS" && p.Score > 0));
        Assert.Contains(statements, s => s.Actor == "CNSA" && s.Stances.Any(p => p.Program == "ILRS" && p.Score > 0));
    }

    /// <summary>"He" is the person named last, even one of an organisation the gazetteer lacks, and a known person's first name opening another name is not that person.</summary>
    [Fact]
    public void He_is_the_person_named_last_not_the_last_known_one_with_the_same_first_name()
    {
        var statement = Assert.Single(TestCorpus.Document("Russian President Vladimir Putin toured the plant on Monday.\n\nThe first module will fly in 2027, the station's chief designer Vladimir Kozhevnikov told reporters.\n\n“We plan to launch the first module of the Russian Orbital Station in late 2027,” he said.").Statements,
            s => s.Stances.Any(p => p.Program == "Russian Orbital Station" && p.Score > 0));

        Assert.Equal("Vladimir Kozhevnikov", statement.Speaker);
        Assert.NotEqual("Kremlin", statement.Actor);
    }

    [Fact]
    public void A_speaker_named_after_the_verb_is_the_speaker_and_the_government_deciding_shares_the_position()
    {
        var statements = TestCorpus.Document("The Russian government has decided to extend the operation of its part of the ISS until 2028, said Yuri Borisov, head of Roscosmos, on Wednesday.").Statements;

        Assert.All(statements, s => Assert.Equal("Yuri Borisov", s.Speaker));
        Assert.All(statements, s => Assert.StartsWith("The Russian government has decided", s.Text, StringComparison.Ordinal));
        Assert.Equal(["Kremlin", "Roscosmos"], statements.Select(s => s.Actor).Order(StringComparer.Ordinal));
        Assert.All(statements, s => Assert.True(s.Stances.Single(p => p.Program == "ISS").Score > 0));
    }

    [Theory]
    [InlineData("Two years ago, ESA discontinued its cooperation on ExoMars with Roscosmos.", "2022")]
    [InlineData("Last year ESA suspended its cooperation on ExoMars.", "2023")]
    [InlineData("Earlier this month ESA suspended its cooperation on ExoMars.", "2024-05")]
    [InlineData("The rover plan follows an ExoMars agreement signed in late February between ESA and NASA.", "2024-02")]
    [InlineData("The ESA council decided on Tuesday to end its cooperation on ExoMars with Roscosmos, Josef Aschbacher, ESA's director general, told reporters.", "2024-05-14")] // reported words about a dated act
    [InlineData("Josef Aschbacher told reporters that ESA had agreed in March to end its cooperation on ExoMars.", "2024-03")]
    [InlineData("ESA has joined the Lunar Gateway, which aims to land crews on the Moon for the first time since 1972.", "2024-05-16")] // "since" names where a state began
    [InlineData("ESA, a partner of the Lunar Gateway since March 2019, has agreed to build its habitation module.", "2024-05-16")]
    public void A_recalled_act_is_dated_when_it_happened(string sentence, string when)
    {
        var document = TestCorpus.Document("title: Looking back\noutlet: Orbital Ledger\ndate: 2024-05-16\n\n" + sentence);

        var statement = Assert.Single(document.Statements, s => s.Actor == "ESA");
        Assert.Equal(when, statement.Date?.ToString());
    }

    [Theory]
    [InlineData("Aschbacher wrote on social media that ESA would end its ExoMars cooperation with Roscosmos, adding that more details will be given on July 20.")]
    [InlineData("Aschbacher said ESA would end its ExoMars cooperation with Roscosmos and that a new partner is to be named in 2026.")]
    [InlineData("Aschbacher said ESA would end its ExoMars cooperation with Roscosmos; the council will meet on Friday.")]
    public void A_date_the_words_give_for_what_is_still_to_come_does_not_date_them(string sentence)
    {
        var document = TestCorpus.Document("title: ExoMars\noutlet: Orbital Ledger\ndate: 2022-07-13\n\n" + sentence);

        var statement = Assert.Single(document.Statements, s => s.Actor == "ESA");
        Assert.Equal("2022-07-13", statement.Date?.ToString());
    }

    [Fact]
    public void Reported_words_that_open_with_when_they_were_said_are_dated_then()
    {
        var document = TestCorpus.Document("title: Station\noutlet: Orbital Ledger\ndate: 2022-08-04\n\nRepeating what Yuri Borisov said last week, Russia will keep its part of the ISS flying through 2024.");

        var statement = Assert.Single(document.Statements, s => s.Actor == "Roscosmos");
        Assert.Equal("2022-07", statement.Date?.ToString());
    }

    [Fact]
    public void A_quotation_that_continues_a_dated_statement_keeps_its_date()
    {
        const string text = "title: Gateway\noutlet: Orbital Ledger\ndate: 2020-10-14\n\n"
            + "NASA's Jim Bridenstine said on Tuesday that NASA wanted Russia on the Lunar Gateway.\n\n"
            + "“We would welcome what Russia might be willing to contribute to the Lunar Gateway,” he said.";

        Assert.All(TestCorpus.Document(text).Statements.Where(s => s.Actor == "NASA"), s => Assert.Equal("2020-10-13", s.Date?.ToString()));
    }

    [Theory]
    [InlineData("Josef Aschbacher thanked Hiroshi Yamakawa in a message on Friday. “We look forward to the Lunar Gateway with Japan,” he added.", "ESA")]
    [InlineData("After Dmitry Rogozin's warning, Bill Nelson said NASA would stay on the ISS. “We look forward to the Lunar Gateway,” he added.", "NASA")] // an owner is no subject
    [InlineData("In a call with NASA Administrator Bill Nelson, Josef Aschbacher praised the ISS. “We look forward to the Lunar Gateway,” he added.", "ESA")] // a title between the preposition and the name
    [InlineData("Hiroshi Yamakawa was thanked by Josef Aschbacher on Friday. “We look forward to the Lunar Gateway with Europe,” he added.", "JAXA")] // a passive's agent is not its subject
    public void He_after_a_sentence_naming_two_people_is_its_subject(string text, string actor) =>
        Assert.Equal(actor, Assert.Single(TestCorpus.Document(text).Statements, s => s.Text.Contains("look forward", StringComparison.Ordinal)).Actor);

    [Fact]
    public void A_bare_weekday_after_the_verb_still_closes_the_attribution()
    {
        var statement = Assert.Single(TestCorpus.Document("NASA will not join the Chandrayaan-4 mission, NASA spokesperson Jane Doe said Friday.").Statements);

        Assert.Equal(("Jane Doe", "NASA"), (statement.Speaker, statement.Actor));
        Assert.StartsWith("NASA will not join", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_united_states_is_a_country_not_a_speech_verb()
    {
        var statements = TestCorpus.Document("Experts believe the United States regards the Artemis Accords as a success.").Statements;

        Assert.DoesNotContain(statements, s => s.Speaker is { } speaker && speaker.Contains("United", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“Chile will sign the Artemis Accords,” a senior US administration official told reporters.", "White House")]
    [InlineData("“Chile will sign the Artemis Accords,” a former US administration official told reporters.", null)]
    [InlineData("“Chile will sign the Artemis Accords,” a US industry source told reporters.", null)]
    [InlineData("“Chile will sign the Artemis Accords,” a former NASA official told reporters.", null)] // no longer speaks for it
    [InlineData("“Chile will sign the Artemis Accords,” a NASA official told reporters.", "NASA")]
    public void An_unnamed_administration_official_speaks_for_the_government_of_the_country_named(string text, string? actor) =>
        Assert.Equal(actor, Assert.Single(TestCorpus.Document(text).Statements).Actor);

    [Theory]
    [InlineData("Lisa Campbell, the president of the Canadian Space Agency, spoke in Ottawa on Monday.\n\nIn her words, the Lunar Gateway is an important step for the country.", "Lisa Campbell")]
    [InlineData("In the view of Roscosmos, the Lunar Gateway is an important step for the partners.", "Roscosmos")]
    public void In_her_words_and_in_the_view_of_introduce_the_speaker(string text, string speaker) =>
        Assert.Contains(TestCorpus.Document(text).Statements, s => s.Speaker == speaker && s.Stances.Any(p => p.Program == "Lunar Gateway" && p.Score > 0));

    [Fact]
    public void A_text_that_opens_with_a_stop_and_a_quotation_mark_is_read()
    {
        var statements = TestCorpus.Document(".“We will not join the Lunar Gateway,” Borisov said.").Statements;

        Assert.Contains(statements, s => s.Stances.Any(p => p.Program == "Lunar Gateway" && p.Score < 0));
    }

    [Fact]
    public void An_act_about_a_ground_station_is_about_no_program()
    {
        Assert.DoesNotContain(TestCorpus.Document("The Artemis II crew trained in Houston.\n\nESA signed a contract for a new ground station in Australia.").Statements, s => s.Stances.Any(p => p.Score != 0));
    }

    [Theory]
    [InlineData("Since 2019 the Indian and Japanese space agencies have been building LUPEX together.", "ISRO", "JAXA", "LUPEX")]
    [InlineData("On Monday the Russian and Chinese governments pledged to fund the ILRS together.", "Kremlin", "Chinese government", "ILRS")]
    public void Two_names_sharing_one_head_noun_are_two_actors(string text, string first, string second, string program)
    {
        var statements = TestCorpus.Document(text).Statements;

        Assert.Contains(statements, s => s.Actor == first && s.Stances.Any(p => p.Program == program && p.Score > 0));
        Assert.Contains(statements, s => s.Actor == second && s.Stances.Any(p => p.Program == program && p.Score > 0));
    }

    [Fact]
    public void Modifiers_that_are_no_names_with_the_shared_head_make_no_actor() =>
        Assert.Empty(TestCorpus.Document("The Indian and Pakistani governments have signed a deal on Gaganyaan.").Statements);

    [Fact]
    public void A_decision_told_by_someone_else_is_the_teller_s_not_the_speaker_s()
    {
        // the teller named inside an editor's brackets, the decision owned by "their"
        var statements = TestCorpus.Document("\"So far the [Russian] government has sent Washington no word of their intentions to quit the ISS,\" a White House aide said.").Statements;

        Assert.DoesNotContain(statements, s => s.Actor == "White House" && s.Stances.Any(p => p.Program == "ISS" && p.Score != 0));
    }

    [Fact]
    public void A_teller_the_gazetteer_does_not_know_is_still_not_the_speaker() =>
        Assert.DoesNotContain(TestCorpus.Document("\"Moscow has not given Washington any notice of its intent to quit the ISS,\" a White House aide said.").Statements,
            s => s.Actor == "White House" && s.Stances.Any(p => p.Program == "ISS" && p.Score != 0));

    [Theory]
    [InlineData("Roscosmos said it had informed NASA of its decision to leave the ISS after 2028.")]
    [InlineData("\"It has informed NASA of its decision to leave the ISS after 2028,\" Borisov said.")] // "it" is the speaker's own
    public void The_speaker_s_own_decision_told_to_a_partner_stays_the_speaker_s(string text) =>
        Assert.Contains(TestCorpus.Document(text).Statements, s => s.Actor == "Roscosmos" && s.Stances.Any(p => p.Program == "ISS" && p.Score < 0));

    [Fact]
    public void An_act_in_a_subordinate_clause_after_a_comma_has_its_own_subject()
    {
        var statement = Assert.Single(TestCorpus.Document("The Lunar Gateway will gain a new airlock, after the UAE agreed on Tuesday to build it.").Statements);

        Assert.Equal("UAE Space Agency", statement.Actor);
        Assert.True(statement.Stances.Single(s => s.Program == "Lunar Gateway").Score > 0);
    }

    [Theory]
    [InlineData("After NASA cut its budget, ESA said it would build the module for the Lunar Gateway alone.", "ESA")]
    [InlineData("While NASA weighed its options, Roscosmos said it would not join the Lunar Gateway.", "Roscosmos")]
    public void The_speaker_is_in_the_main_clause_not_in_the_opening_subordinate_one(string text, string actor) =>
        Assert.Equal(actor, Assert.Single(TestCorpus.Document(text).Statements).Actor);

    [Theory]
    [InlineData("The plans were shared this week by Ravi Kumar, director, Space Applications Centre, ISRO.\n\nKumar said the lander for LUPEX would be built in India.")]
    [InlineData("The plans were shared this week by Ravi Kumar, director, ISRO.\n\nKumar said the lander for LUPEX would be built in India.")]
    public void A_title_and_its_unit_in_a_list_of_commas_introduce_the_organisation(string text) =>
        Assert.Equal("ISRO", Assert.Single(TestCorpus.Document(text).Statements).Actor);
    [Fact]
    public void A_quotation_paragraph_signed_by_the_next_line_is_the_signatorys()
    {
        var document = TestCorpus.Document("CSA awarded the arm contract.\n\n\u201cThe arm will bring our industry great things on the Lunar Gateway for years to come.\u201d\n\nCSA President Jane Roe\n\nThe work runs to 2025.");

        var statement = Assert.Single(document.Statements, s => s.Text.Contains("great things", StringComparison.Ordinal));
        Assert.Equal(("Jane Roe", "CSA"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void A_quotation_that_runs_over_two_paragraphs_is_signed_by_the_line_after_its_end()
    {
        var document = TestCorpus.Document("Rogozin on the capsule\n\n\"The capsule failed on its first flight to the ISS.\n\nIt failed again on the second one, and nobody has told us why.\"\n\nRoscosmos Director Dmitry Rogozin\n\nThe agency gave no date.");

        Assert.Contains(document.Statements, s => s.Text.Contains("nobody has told us", StringComparison.Ordinal) && s.Actor == "Roscosmos");
    }

    [Fact]
    public void Said_in_May_that_reports_words_the_month_being_no_modal()
    {
        var statement = Assert.Single(TestCorpus.Document("Station plans\n\nNelson said in May that the ISS would keep flying until 2030.").Statements);

        Assert.Equal((StatementKind.Said, "the ISS would keep flying until 2030."), (statement.Kind, statement.Text));
    }

    [Fact]
    public void A_person_named_by_the_program_office_they_hold_speaks_for_its_lead_agency()
    {
        var document = TestCorpus.Document("Seat swaps\n\nThe manager of the American station program at the ISS, Jane Roe, said in May that the seat swaps could begin in 2026.");

        var statement = Assert.Single(document.Statements, s => s.Text.Contains("could begin", StringComparison.Ordinal));
        Assert.Equal(("Jane Roe", "NASA"), (statement.Speaker, statement.Actor));
    }

    [Fact]
    public void A_quotation_paragraph_followed_by_a_sentence_is_not_signed_by_it()
    {
        var document = TestCorpus.Document("CSA awarded the arm contract.\n\n\u201cThe arm will bring our industry great things on the Lunar Gateway for years to come.\u201d\n\nCSA President Jane Roe visited the plant on Monday.");

        Assert.DoesNotContain(document.Statements, s => s.Text.Contains("great things", StringComparison.Ordinal) && s.Speaker == "Jane Roe");
    }

    [Fact]
    public void The_official_quoted_after_an_officials_words_are_reported_speaks_for_the_same_body()
    {
        var document = TestCorpus.Document("An official at the Indian space agency told us the Gaganyaan test could come late in the month.\n\n\u201cWe are aiming for the test in the last week, and then the uncrewed flight will follow,\u201d the official added.");

        var statement = Assert.Single(document.Statements, s => s.Text.Contains("last week", StringComparison.Ordinal));
        Assert.Equal("ISRO", statement.Actor);
    }
}
