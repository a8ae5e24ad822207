namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the forty-third to forty-sixth rounds of real articles showed the rules missing: a head of state named by
/// the country before the title; the press's "PM"; an audit's "found that"; a report judged by its tone; a danger ranked; work brought to a halt; a
/// program set back by an outside cause; a share grown; funding kept up; a program defended as peaceful; a mission's results
/// handed to a partner; hardware taken back from a joint mission; a program kept in a decision; "China's lunar
/// exploration"; a field's chief; a firm's contract with its client; a gloss after the attribution ("…, ISRO has said,
/// calling it …"); an event given its time ("will take place in March"); a plan's content ("the order envisions sending …"). Sentences of our own.
/// </summary>
public sealed class RoundFortyFourTests
{
    [Theory]
    [InlineData("Chilean President Ana Roe said Chile would sign the Artemis Accords this year.", "Chilean", "Artemis Accords")]
    [InlineData("South Korean President Kim Min-jun said his country plans to expand its role in the Artemis program.", "KASA", "Artemis")]
    [InlineData("The Japanese President Taro Doe said the country will join the Artemis program.", "JAXA", "Artemis")]
    [InlineData("Speaking after the talks, Indian PM Ravi Roe said the country will take part in the LUPEX mission.", "ISRO", "LUPEX")]
    [InlineData("On his official social media account, Italian President Marco Roe said Italy would keep funding the Lunar Gateway.", "ASI", "Lunar Gateway")]
    public void A_head_of_state_or_government_speaks_for_the_country_named_before_the_title(string text, string actor, string program)
    {
        var positions = TestCorpus.Positions(text).ToList();
        if (actor == "Chilean")
        {
            // a country the gazetteer does not know: nobody's position, not the article's other country's
            Assert.DoesNotContain(positions, p => p.Program == program);
            return;
        }

        Assert.Contains((actor, program, 1), positions);
    }

    [Fact]
    public void A_president_of_a_firm_whose_name_holds_a_country_s_adjective_does_not_speak_for_that_country() =>
        Assert.DoesNotContain(TestCorpus.Positions("Korean Air president Park Roe said the firm will join the Artemis program."), p => p.Actor == "KASA");

    [Fact]
    public void A_time_of_day_is_no_prime_minister() =>
        Assert.DoesNotContain(TestCorpus.Positions("India will join the Artemis program at 5 PM Delhi time, an ISRO official said."), p => p.Actor != "ISRO");

    [Theory]
    // an audit's finding, in reported words
    [InlineData("A review by NASA's inspector general found that cracks in the capsule pose a serious threat to the Artemis program.", "NASA", "Artemis", -1)]
    // a report judged by its tone
    [InlineData("NASA's inspector general issued a scathing report on the Space Launch System.", "NASA", "Artemis", -1)]
    // a danger ranked
    [InlineData("NASA's inspector general said the cabin leak is now the biggest safety risk for the International Space Station.", "NASA", "ISS", -1)]
    // work brought to a halt, the work as subject
    [InlineData("ISRO's chairman said work on Gaganyaan has ground to a halt because of the floods.", "ISRO", "Gaganyaan", -1)]
    [InlineData("The ISRO chairman said development of the Chandrayaan lander had been stopped for two months.", "ISRO", "Chandrayaan", -1)]
    // set back by an outside cause
    [InlineData("The ISRO chairman said the Gaganyaan schedule will be seriously disrupted by the shortage of parts.", "ISRO", "Gaganyaan", -1)]
    [InlineData("JAXA said LUPEX had been badly hit by the supply crisis.", "JAXA", "LUPEX", -1)]
    // a share grown
    [InlineData("JAXA's president said Japan wants a bigger role in the Lunar Gateway.", "JAXA", "Lunar Gateway", 1)]
    [InlineData("The Canadian Space Agency said it will broaden its role in the Artemis program.", "CSA", "Artemis", 1)]
    // defended as peaceful
    [InlineData("A Chinese foreign ministry spokesman, Wang Wenbin, said the ILRS is open and peaceful.", "Chinese government", "ILRS", 1)]
    // a mission's results handed to a partner
    [InlineData("CNSA handed over the images gathered by the Chang'e-5 orbiter to the French space agency.", "CNSA", "Chang'e", 1)]
    // hardware taken back from a joint mission
    [InlineData("Roscosmos said the Russian landing module built for ExoMars will be shipped back from Italy next month.", "Roscosmos", "ExoMars", -1)]
    [InlineData("Roscosmos announced a plan for the return of its hardware from the ExoMars mission.", "Roscosmos", "ExoMars", -1)]
    // a program kept in a decision
    [InlineData("“We confirmed Rosalind Franklin for Mars,” ESA's director Anna Roe said after the council.", "ESA", "ExoMars", 1)]
    // a firm's contract signed with its client: the client lets it
    [InlineData("Acme Orbital has signed an amendment to its contract with the European Space Agency to enlarge the ESPRIT module.", "ESA", "Lunar Gateway", 1)]
    // the speaker's gloss after the attribution belongs to what was said
    [InlineData("date: 2024-05-14\n\nThe Chandrayaan-3 lander will be moved into a new orbit next month as planned, ISRO has said, calling the manoeuvre unusual.", "ISRO", "Chandrayaan", 1)]
    // an event of the program given its time
    [InlineData("date: 2024-05-14\n\nThe Gaganyaan test flight will take place in March, ISRO said.", "ISRO", "Gaganyaan", 1)]
    // a plan's own content
    [InlineData("The White House said the new order envisions sending astronauts back to the Moon by 2028.", "White House", "Artemis", 1)]
    // a country's lunar exploration
    [InlineData("A Chinese foreign ministry spokesman, Wang Wenbin, said China's lunar exploration is entirely peaceful.", "Chinese government", "Chang'e", 1)]
    public void A_construction_of_the_rounds_gives_the_position(string text, string actor, string program, int sign) =>
        Assert.Contains((actor, program, sign), TestCorpus.Positions(text));

    [Theory]
    // a risk lowered is no risk ranked
    [InlineData("NASA said the repairs lowered the risk for the ISS crew.", "ISS")]
    // a thing struck is not set back
    [InlineData("NASA said the ISS was hit by a small piece of debris last week.", "ISS")]
    // a thing critical to it is no critical report
    [InlineData("NASA said the heat shield review is critical for Artemis.", "Artemis")]
    // an event placed, not timed
    [InlineData("ISRO said the Gaganyaan test will take place in orbit.", "Gaganyaan")]
    // "found" without "that" reports no words
    [InlineData("NASA's inspector general found a leak in the Artemis budget tables.", "Artemis")]
    // a word with a capital after "confirmed that" is a clause, not a program kept
    [InlineData("ESA confirmed that ExoMars officials met in Turin.", "ExoMars")]
    public void Near_misses_of_the_rounds_stay_neutral(string text, string program) =>
        Assert.DoesNotContain(TestCorpus.Positions(text), p => p.Program == program);

    [Fact]
    public void The_chief_of_one_field_is_not_the_head_of_the_agency()
    {
        var speakers = TestCorpus.Document("date: 2024-05-14\n\nNASA's exploration chief said the agency will fly Artemis II next year.").Statements.Select(s => s.Speaker).ToList();

        Assert.Contains("NASA exploration chief", speakers);
        Assert.DoesNotContain("Bill Nelson", speakers);
    }

    [Fact]
    public void The_agency_that_opens_its_own_words_speaks_before_any_other_has()
    {
        // a lead that lost its full stop reads as a line, not an act: the attribution carries it
        var positions = TestCorpus.Positions(
            "date: 2020-04-30\n\nNASA awarded contracts to three firms to build the Human Landing System, the agency announced Thursday\n\nThe firms will share the work.").ToList();

        Assert.Contains(("NASA", "Human Landing System", 1), positions);
    }

    [Fact]
    public void The_agency_is_nobody_when_the_words_open_with_something_else()
    {
        var statements = TestCorpus.Document("date: 2020-04-30\n\nThe lander design passed its review, the agency said.").Statements;

        Assert.DoesNotContain(statements, s => s.Actor is not null);
    }
}
