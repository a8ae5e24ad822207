namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Constructions the forty-ninth round of real articles showed the rules missing: cooperation said to be unharmed; a launch
/// rescheduled to a day; support given ("has been providing support to"); "an agency spokeswoman" after a wire's dateline, in a
/// sentence whose sum ("$2.9 billion") or initials ("U.S") hold full stops; work the speaker ordered; an agreement being prepared.
/// Sentences of our own.
/// </summary>
public sealed class RoundFortyNineTests
{
    [Theory]
    [InlineData("The new export rules do not hamper civil cooperation on the International Space Station, NASA spokesman John Roe said.", "NASA", "ISS")]
    [InlineData("Roscosmos said the sanctions will not affect its work on the ISS.", "Roscosmos", "ISS")]
    [InlineData("ISRO said the Chandrayaan-2 launch is now rescheduled at 2:43 pm on Monday, July 22.", "ISRO", "Chandrayaan")]
    [InlineData("ISRO said the Chandrayaan-2 launch has been rescheduled for Aug. 5.", "ISRO", "Chandrayaan")]
    [InlineData("ESA's liaison officer Jane Roe said ESA has been providing support to the Chandrayaan-3 mission for years.", "ESA", "Chandrayaan")]
    [InlineData("ESA said it gave technical support to the Chandrayaan-3 mission.", "ESA", "Chandrayaan")]
    [InlineData("Roscosmos head Ivan Roe said he had instructed RSC Energia to consider building a cargo ship for the Russian Orbital Station.", "Roscosmos", "Russian Orbital Station")]
    [InlineData("Roscosmos and ESA will prepare a bilateral agreement on flights of European astronauts to the ISS.", "ESA", "ISS")]
    public void A_position_the_round_showed_is_read(string text, string actor, string program) =>
        Assert.Contains((actor, program, 1), TestCorpus.Positions(text));

    [Theory]
    [InlineData("ESA said it gives no support to the ILRS.", "ESA", "ILRS", -1)]
    [InlineData("ESA said it received support from NASA for ExoMars.", "ESA", "ExoMars", 0)]
    public void Support_refused_is_a_refusal_and_support_received_no_position(string text, string actor, string program, int sign)
    {
        var positions = TestCorpus.Positions(text).Where(p => p.Actor == actor && p.Program == program).ToList();
        if (sign == 0)
        {
            Assert.Empty(positions);
            return;
        }

        Assert.Contains((actor, program, sign), positions);
    }

    [Theory]
    [InlineData("an agency spokeswoman said")]
    [InlineData("a spokesman for the agency said")]
    public void An_unnamed_spokesperson_of_the_agency_a_wire_story_opens_with_speaks_for_it(string attribution)
    {
        var document = TestCorpus.Document($"title: A halt\noutlet: Example Wire\ndate: 2021-08-19\n\nWASHINGTON — NASA agreed on Friday to halt work on a $3.1 billion lunar lander award given to a rocket maker after a rival firm sued the government, {attribution}.");

        Assert.Equal("NASA", Assert.Single(document.Statements).Actor);
    }

    [Fact]
    public void Someone_else_ordered_to_work_is_no_position_of_the_speaker() =>
        Assert.DoesNotContain(TestCorpus.Positions("Roscosmos head Ivan Roe said NASA was ordered to develop a new ship for the ISS."), p => p.Sign != 0);
}
