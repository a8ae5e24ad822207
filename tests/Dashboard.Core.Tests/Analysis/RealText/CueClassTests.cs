using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Core.Tests.Analysis.RealText;

/// <summary>
/// Stance cue classes that published articles use and the lexicon lacked, each in sentences written
/// for this test: avoidance without "not", negated means, suspension, continuation with a date,
/// extension, volition, welcome and invitation, commitment, deontic statements, praise, cost.
/// </summary>
public sealed class CueClassTests
{
    private static ProgramStance Score(string text, string program)
    {
        var statement = Assert.Single(TestCorpus.Document(text).Statements);
        return Assert.Single(statement.Stances, s => s.Program == program);
    }

    [Theory]
    // avoidance: a refusal with no "not"
    [InlineData("Russia will skip any broad participation in the Lunar Gateway, the head of Roscosmos said on Friday.", "Lunar Gateway", -2)]
    [InlineData("Rogozin said the agency would refrain from taking part in the Lunar Gateway for now.", "Lunar Gateway", -2)]
    [InlineData("Rogozin said Moscow would stay out of the Artemis program.", "Artemis", -2)]
    [InlineData("Rogozin said Russia was unlikely to join the Lunar Gateway in its present shape.", "Lunar Gateway", -2)]
    // negated means
    [InlineData("Aschbacher said ESA had neither the money nor the political green light to send crews to Tiangong.", "Tiangong", -2)]
    [InlineData("Aschbacher said ESA had no budget to send anyone to Tiangong.", "Tiangong", -2)]
    // suspension and termination
    [InlineData("Aschbacher said ESA will discontinue cooperative activities with Russia on Luna-25.", "Luna", -3)]
    [InlineData("Aschbacher said ESA would no longer continue working with Russia on Luna-25.", "Luna", -2)]
    [InlineData("Aschbacher said ESA would no longer take part in Luna-27.", "Luna", -2)]
    [InlineData("Aschbacher said ESA had found it impossible to continue cooperating on ExoMars with Roscosmos.", "ExoMars", -2)]
    [InlineData("Krikalev said Russia had no plans to abruptly depart the ISS.", "ISS", 2)]
    [InlineData("Aschbacher said that ESA no longer will participate in the Luna-27 mission.", "Luna", -2)]
    [InlineData("Aschbacher said ESA would discontinue its cooperation on ExoMars.", "ExoMars", -3)]
    [InlineData("Aschbacher said the council had recognised the impossibility of continuing the ongoing co-operation with Roscosmos on ExoMars.", "ExoMars", -2)] // a noun of impossibility; the British spelling
    // cancelling: "would ax", "eliminates", "terminate"
    [InlineData("Duffy said the new plan would ax the Lunar Gateway.", "Lunar Gateway", -3)]
    [InlineData("Duffy said the request eliminates Mars Sample Return.", "Mars Sample Return", -3)]
    [InlineData("Peskov said the engineers would find the causes of the Luna-25 crash and eliminate them.", "Luna", 0)] // "them", not "the"
    // the scope of cooperation to come
    [InlineData("Zhang Kejian said the cooperation would cover the design and the operation of the ILRS.", "ILRS", 2)]
    [InlineData("Zhang Kejian said the cooperation had covered the design of Tiangong.", "Tiangong", 0)] // what it covered is past
    // a station due in service
    [InlineData("Putin said the first module of the Russian Orbital Station should be put into operation by 2027.", "Russian Orbital Station", 2)]
    [InlineData("Borisov said the core module of ROS is to be placed in orbit in 2027.", "Russian Orbital Station", 2)]
    // continuation with a date, and extension
    [InlineData("Borisov said Russia would keep operating its part of the ISS until 2028.", "ISS", 2)]
    [InlineData("Nelson said NASA wants to extend the operation of the ISS.", "ISS", 2)]
    [InlineData("Borisov said Russia will continue working on the ISS after the current agreement ends.", "ISS", 2)]
    // volition and welcome
    [InlineData("Nelson said NASA would love to see more partners on the Lunar Gateway.", "Lunar Gateway", 1)]
    [InlineData("Wu Weiren said CNSA invites every country to take part in the ILRS.", "ILRS", 2)]
    [InlineData("Lisa Campbell said the agency congratulates its partners on the first flight of Artemis.", "Artemis", 2)]
    [InlineData("Rogozin said the agency is ready to participate in the Lunar Gateway.", "Lunar Gateway", 1)]
    [InlineData("Aschbacher said Europe will take part in the Lunar Gateway.", "Lunar Gateway", 2)]
    // strengthening a joint effort, a pivotal agreement
    [InlineData("Aschbacher said the deal strengthens our joint efforts on the ExoMars rover.", "ExoMars", 2)]
    [InlineData("Aschbacher called the ExoMars deal a pivotal agreement.", "ExoMars", 2)]
    // values and membership
    [InlineData("Nelson said the newest member of the Artemis Accords would help keep the Moon peaceful.", "Artemis Accords", 2)]
    [InlineData("Nelson said the Artemis Accords protect our shared values in space.", "Artemis Accords", 2)]
    // keeping a presence or a part: "maintain its presence … with the ISS"
    [InlineData("Nelson said the United States should maintain its presence in orbit with the ISS.", "ISS", 2)]
    [InlineData("Borisov said Russia would keep its participation in the ISS as long as it is safe.", "ISS", 2)]
    // cooperation under way or to come, and its refusal
    [InlineData("Borisov said Roscosmos will collaborate with ISRO on Gaganyaan.", "Gaganyaan", 2)]
    [InlineData("Borisov said Russia is working together with Indian partners on Gaganyaan.", "Gaganyaan", 2)]
    // but not time a repair takes, nor cooperation that was
    [InlineData("Nelson said the repairs are going to take at least six months for Artemis.", "Artemis", 0)]
    [InlineData("Aschbacher said ESA was cooperating with Roscosmos on ExoMars until the invasion.", "ExoMars", 0)]
    [InlineData("Borisov said there was ongoing cooperation with India on Gaganyaan.", "Gaganyaan", 2)]
    [InlineData("Somanath said ISRO plans to collaborate with JAXA on LUPEX.", "LUPEX", 2)]
    [InlineData("Somanath said ISRO refused to collaborate with JAXA on LUPEX.", "LUPEX", -2)]
    [InlineData("Nelson said NASA confirmed its support for ExoMars.", "ExoMars", 2)]
    [InlineData("Somanath said ISRO had entered into an agreement with a private firm for a flight to the ISS.", "ISS", 3)]
    [InlineData("Nelson said we are going to put astronauts back on the Moon with Artemis.", "Artemis", 2)]
    // intent as a noun, brushing off comments, a world first, talks about keeping a program going
    [InlineData("Aschbacher said ESA had confirmed its intent to cooperate on the Lunar Gateway.", "Lunar Gateway", 2)]
    [InlineData("Aschbacher said ESA had no intention to cooperate on the Lunar Gateway.", "Lunar Gateway", -2)]
    [InlineData("ESA on Monday shrugged off recent comments from the head of Roscosmos suggesting that the sanctions could wreck joint work on the ISS.", "ISS", 1)]
    [InlineData("Aschbacher said the ExoMars landing would be a world first for Europe.", "ExoMars", 2)]
    [InlineData("Borisov said he would meet Nelson to discuss further operation of the ISS.", "ISS", 1)]
    // satisfaction with the joint work
    [InlineData("Aschbacher said ESA was pleased with the partnership on ExoMars.", "ExoMars", 2)]
    [InlineData("Aschbacher said ESA was not happy with the cooperation on ExoMars.", "ExoMars", -2)]
    // commitment
    [InlineData("Aschbacher said ESA was focusing on its commitments to the ISS.", "ISS", 2)]
    [InlineData("Borisov said Russia would fulfil all its international obligations on the ISS.", "ISS", 2)]
    [InlineData("Lisa Campbell said Canada will contribute a robotic arm to the Lunar Gateway.", "Lunar Gateway", 3)]
    // nouns in the plural: "contributions", "invitations"
    [InlineData("Aschbacher said the hatch was one of ESA's contributions to the Lunar Gateway.", "Lunar Gateway", 2)]
    [InlineData("Wu Weiren said China had sent invitations to join the ILRS to every agency.", "ILRS", 2)]
    // extension of cooperation, praise of a commitment
    [InlineData("Yamakawa said JAXA will extend technical cooperation on the Lunar Gateway.", "Lunar Gateway", 2)]
    [InlineData("Nelson said joining the Artemis Accords was an important commitment by the country.", "Artemis Accords", 2)]
    // promoting cooperation
    [InlineData("Rogozin said the two agencies will promote cooperation on the ILRS.", "ILRS", 2)]
    [InlineData("Wu Weiren said the two sides will carry out broad and deep cooperation on the ILRS.", "ILRS", 2)]
    // ending a plan
    [InlineData("Nelson said NASA had pulled the plug on the first Mars Sample Return design.", "Mars Sample Return", -3)]
    // stopping the use of a part
    [InlineData("Rogozin said the Russian crew would stop using the European Robotic Arm on the ISS.", "ISS", -3)]
    // deontic statements
    [InlineData("Rogozin said that in no case should Russia's lunar program be interrupted.", "Luna", 2)]
    [InlineData("Nelson said the ISS must continue until a commercial station is ready.", "ISS", 2)]
    [InlineData("Nelson said the old Mars Sample Return plan should be cancelled.", "Mars Sample Return", -1)]
    // refusal of another's proposal
    [InlineData("Rogozin said he did not support the plan to keep the ISS flying until 2030.", "ISS", -2)]
    [InlineData("Borisov said Russia's Luna programme cannot be given up whatever happens.", "Luna", 2)]
    [InlineData("Borisov said the country must not halt its lunar program after the crash of Luna-25.", "Luna", 2)] // the deontic phrase, as "must not be stopped"
    [InlineData("Borisov said Russia has to continue Luna-26 and Luna-27 on time.", "Luna", 2)]
    // plans and schedules
    [InlineData("Rogozin said the core module of the Russian Orbital Station will be ready by 2027.", "Russian Orbital Station", 2)]
    [InlineData("Rogozin said the first block of the Russian Orbital Station is already being built in Korolyov.", "Russian Orbital Station", 2)]
    [InlineData("Rogozin said the agency plans to deploy the Russian Orbital Station from 2027.", "Russian Orbital Station", 2)]
    // praise and cost
    [InlineData("Nelson said the Artemis Accords were a historic step for peaceful exploration.", "Artemis Accords", 2)]
    [InlineData("Nelson said Mars Sample Return was too expensive in its current form.", "Mars Sample Return", -1)]
    [InlineData("Wu Weiren said the ILRS was developing very well with its partners.", "ILRS", 1)]
    [InlineData("Bridenstine said Artemis would be the broadest coalition of nations ever to explore the Moon.", "Artemis", 2)]
    [InlineData("Lisa Campbell said the Lunar Gateway was among the most ambitious things people had ever tried.", "Lunar Gateway", 2)]
    [InlineData("Wu Weiren said the outlook for the ILRS is very good.", "ILRS", 1)]
    // an agreement exchanged is an agreement signed
    [InlineData("Matsuura said JAXA had exchanged the implementing arrangement for LUPEX with its Indian partner.", "LUPEX", 3)]
    // speech verbs beyond "said"
    [InlineData("A Roscosmos official indicated that Russia is open to talks on the Lunar Gateway.", "Lunar Gateway", 1)]
    // an agreement reached, struck or formed; stepping in for a partner
    [InlineData("Aschbacher said the agency formed a new ExoMars partnership last month.", "ExoMars", 3)]
    [InlineData("Nelson said NASA reached an agreement with ESA on the ExoMars rover.", "ExoMars", 3)]
    [InlineData("Nelson said NASA is stepping in to launch the ExoMars rover.", "ExoMars", 2)]
    // a schedule with a year, a mission moved earlier, a partner helped, support conveyed
    [InlineData("Borisov said Luna-26 was now scheduled for 2027.", "Luna", 2)]
    [InlineData("Borisov said Roscosmos might move Luna-26 to an earlier date.", "Luna", 2)]
    [InlineData("Borisov said Luna-27 could even fly ahead of schedule.", "Luna", 2)]
    [InlineData("Borisov said Russia was helping India with the Gaganyaan crew seats.", "Gaganyaan", 2)]
    [InlineData("Borisov said Nelson had sent words of support after the loss of Luna-25.", "Luna", 2)]
    // deepening cooperation, having to cooperate
    [InlineData("Nelson said the two agencies agreed to deepen cooperation on Artemis.", "Artemis", 2)]
    [InlineData("Nelson said all partners have to be able to cooperate to bring the ISS down safely.", "ISS", 2)]
    [InlineData("Nelson said retiring the ISS will need a collaborative effort of every partner.", "ISS", 2)]
    // another attempt, potential cooperation
    [InlineData("Borisov said Roscosmos was considering making another attempt with Luna-26.", "Luna", 2)]
    [InlineData("Nelson said the agency will discuss potential cooperation on the Lunar Gateway.", "Lunar Gateway", 1)]
    // achievements in the plural, a source of pride, going to have a mission; an ageing station
    [InlineData("Narayanan said one of the major achievements was a Gaganyaan crew member on the ISS.", "ISS", 2)]
    [InlineData("Lisa Campbell said the Lunar Gateway would be a source of national pride.", "Lunar Gateway", 2)]
    [InlineData("Narayanan said: \"We are going to have a Chandrayaan-4 mission.\"", "Chandrayaan", 2)]
    [InlineData("Borisov said the ISS was ageing and needed a successor.", "ISS", -1)]
    // wanting one's own side to lead
    [InlineData("Nelson said he wants NASA to be first with Mars Sample Return.", "Mars Sample Return", 2)]
    // resumption (refused through its negation), work begun, approval won, talks held
    [InlineData("Aschbacher said ESA would not resume its cooperation with Russia on ExoMars.", "ExoMars", -2)]
    [InlineData("Lisa Campbell said the agency started work on Canadarm3 this month.", "Lunar Gateway", 2)]
    [InlineData("Lisa Campbell said: \"This month we began our work on the Lunar Gateway.\"", "Lunar Gateway", 2)]
    [InlineData("Lisa Campbell said the agency had started to build Canadarm3.", "Lunar Gateway", 2)]
    [InlineData("Narayanan said ISRO got the cabinet approval for the LUPEX mission last week.", "LUPEX", 2)]
    [InlineData("Wu Weiren said CNSA is in talks with several agencies about the ILRS.", "ILRS", 1)]
    // a joint mission agreed, a foreign crew member slated to fly
    [InlineData("Nelson said the two agencies agreed to a joint mission to the ISS next year.", "ISS", 2)]
    [InlineData("Wu Weiren said one visiting astronaut is expected to join a crew bound for Tiangong.", "Tiangong", 3)]
    // membership owned with pride, support as a focus, praise for the coalition, a top objective
    [InlineData("Nelson said the United States is a proud founding member of the Artemis Accords.", "Artemis Accords", 3)]
    [InlineData("Nelson said NASA is focused on supporting the Lunar Gateway partners.", "Lunar Gateway", 2)]
    [InlineData("Nelson said the Artemis Accords were stronger than ever after ten new signatures.", "Artemis Accords", 2)]
    [InlineData("Nelson called Mars Sample Return a top scientific priority for the agency.", "Mars Sample Return", 2)]
    // a contribution that stands for its program
    [InlineData("Aschbacher said ESA will build the Earth Return Orbiter whatever NASA decides.", "Mars Sample Return", 3)]
    // cancelling a program named definitely or by its name, or proposing to
    [InlineData("Nelson said the budget plan would cancel Mars Sample Return.", "Mars Sample Return", -3)]
    [InlineData("Nelson said the proposal calls for the cancellation of the Lunar Gateway.", "Lunar Gateway", -3)]
    // cooperation made conditional on lifting sanctions
    [InlineData("Rogozin said work with the partners on the ISS would be possible only after the full lifting of the sanctions.", "ISS", -2)]
    [InlineData("Rogozin said Roscosmos was sending letters to its ISS partners demanding that they lift the sanctions.", "ISS", -2)]
    // readiness to extend an agreement
    [InlineData("Bakanov said Duffy was prepared to extend the seat-swap agreement for the ISS.", "ISS", 1)]
    // continuing the work or the cooperation, with or without a determiner
    [InlineData("Borisov said Roscosmos would continue work on the Russian Orbital Station.", "Russian Orbital Station", 2)]
    [InlineData("Aschbacher said ESA is continuing the cooperation on ExoMars with NASA.", "ExoMars", 2)]
    [InlineData("Aschbacher said there was no decision to continue the cooperation on Chang'e-8.", "Chang'e", -2)]
    // continuation despite a conflict, and enthusiasm
    [InlineData("Nelson said the cooperation with Russia on the ISS will not stop because of the war.", "ISS", 2)]
    [InlineData("Nelson said the sanctions would not affect the joint work on the ISS.", "ISS", 2)]
    [InlineData("Aschbacher expressed his enthusiasm about the Chang'e-6 mission.", "Chang'e", 2)]
    // criticism verbs, and a breach of law or norms
    [InlineData("Borisov lambasted the Artemis Accords in a speech on Monday.", "Artemis Accords", -1)]
    [InlineData("Borisov said the Artemis Accords could be in breach of the Outer Space Treaty.", "Artemis Accords", -1)]
    // volition as a noun, and an option weighed
    [InlineData("Aschbacher said ESA voiced its readiness to work with China on Chang'e-8.", "Chang'e", 1)]
    [InlineData("Borisov said Roscosmos is considering building a power plant for the ILRS.", "ILRS", 1)]
    // continuing a program, securing its success
    [InlineData("Peskov said the main thing was to continue Russia's Luna program after the crash.", "Luna", 2)]
    [InlineData("Peskov said the Luna program will go on despite the crash.", "Luna", 2)]
    [InlineData("Nelson said NASA would move slowly to ensure the success of Mars Sample Return.", "Mars Sample Return", 2)]
    // a threat to the program brushed off
    [InlineData("Nelson brushed aside warnings that the sanctions could wreck the joint work on the ISS.", "ISS", 1)]
    // building verbs of commitment, a collaboration finalised, success confirmed, support in progress
    [InlineData("Yamakawa said Japan will design and operate a rover for the Artemis astronauts.", "Artemis", 3)]
    [InlineData("Nelson said the agency has finalised its collaboration on ExoMars.", "ExoMars", 3)]
    [InlineData("Aschbacher said the team had confirmed the success of its instrument on Chang'e-6.", "Chang'e", 2)]
    [InlineData("Nelson said Chile is supporting the Artemis Accords.", "Artemis Accords", 2)]
    // work carried out for the program, an adverb after "will", a pledge
    [InlineData("Yamakawa said JAXA will carefully develop the rover for Artemis.", "Artemis", 3)]
    [InlineData("Yamakawa said JAXA will conduct research for the Artemis program.", "Artemis", 3)]
    [InlineData("Yamakawa said Japanese astronauts will be flying to the ISS next year.", "ISS", 3)]
    [InlineData("Peskov said the Kremlin pledged to keep funding the Luna program.", "Luna", 3)]
    [InlineData("Aschbacher said the agency would be unable to cooperate with Roscosmos on the ExoMars rover.", "ExoMars", -2)] // inability is a refusal
    // approval given as a verb, work under way, a joint statement adopted, a joint course agreed
    [InlineData("Sivan said the cabinet has approved Chandrayaan-4.", "Chandrayaan", 2)]
    [InlineData("Sivan said the cabinet green-lit the Gaganyaan mission last week.", "Gaganyaan", 2)]
    [InlineData("Sivan said preparations for Gaganyaan are in full swing.", "Gaganyaan", 2)]
    [InlineData("Wu said China was planning the construction of the ILRS.", "ILRS", 2)]
    [InlineData("Parker said Britain is to play a significant part in building the Lunar Gateway.", "Lunar Gateway", 2)]
    [InlineData("Nelson said the two agencies adopted a joint statement on the Artemis program.", "Artemis", 3)]
    [InlineData("Nelson said the two agencies agreed to jointly pursue the Artemis program.", "Artemis", 2)]
    // a contribution planned or agreed, its maker named between
    [InlineData("Yamakawa said the two agencies announced plans for the Japanese side to supply a pressurised rover for Artemis.", "Artemis", 3)]
    [InlineData("Aschbacher said ESA agreed to supply a refuelling module for the Lunar Gateway.", "Lunar Gateway", 3)]
    [InlineData("Borisov said Russia will be hostile to the Lunar Gateway.", "Lunar Gateway", -1)] // "will be" before no act is no commitment
    // an act that did not happen, a negated verb governing the cue's noun
    [InlineData("Borisov said an agreement on extending the ISS until 2030 was not reached in the talks.", "ISS", -2)]
    [InlineData("Nelson said that Japan joined the Artemis Accords that China has not signed.", "Artemis Accords", 3)] // the negation is another clause's
    [InlineData("Borisov said Russia has not consented to the extension of the ISS until 2030.", "ISS", -2)]
    // doubt turns a cue round, in its own clause only
    [InlineData("It is very unlikely that Luna-26 will launch in 2027, Borisov said.", "Luna", -2)]
    [InlineData("Borisov said Russia is unlikely to leave the ISS before 2028.", "ISS", 1)]
    [InlineData("Borisov said a withdrawal from the ISS was improbable.", "ISS", 1)]
    [InlineData("Aschbacher said ESA was suspending its cooperation on ExoMars, making a launch this year unlikely.", "ExoMars", -3)]
    // money cut, or granted far below what was asked
    [InlineData("The Senate panel proposed to slash the Mars Sample Return budget next year, Senator Reed said.", "Mars Sample Return", -2)]
    [InlineData("The Senate Appropriations Committee is offering only $150 million for Mars Sample Return, a fraction of the request.", "Mars Sample Return", -2)]
    [InlineData("The Office of Management and Budget said it is considering cutting funds for the Lunar Gateway.", "Lunar Gateway", -2)]
    // a purpose the speaker owns
    [InlineData("Narayanan said it is our endeavour to fly the first Gaganyaan crew before 2027.", "Gaganyaan", 2)]
    [InlineData("Nelson said their shared ambition to put astronauts on the Moon under Artemis was clear.", "Artemis", 2)]
    // an ending denied, and work carried on
    [InlineData("Peskov said the crash of Luna-25 does not mean the end of the Russian lunar programme.", "Luna", 2)]
    [InlineData("Borisov said the work on Luna-26 will be continued.", "Luna", 2)]
    // continuing to build one's share of a program
    [InlineData("Smith of the CSA said Canada would continue development of Canadarm3, its robotic arm for the Gateway.", "Lunar Gateway", 2)]
    [InlineData("ESA said it would continue building the service modules for the Artemis missions.", "Artemis", 2)]
    // a partner valued, and weight given to a program
    [InlineData("Aschbacher said Europe had proved a dependable partner in the Artemis program.", "Artemis", 2)]
    [InlineData("The minister stressed the importance of the Lunar Gateway for Japan's scientists, JAXA said.", "Lunar Gateway", 2)]
    // undoing a cut is for the program
    [InlineData("The senators urged NASA to reverse the funding cuts to Mars Sample Return, the Senate said.", "Mars Sample Return", 2)]
    [InlineData("The House committee called for a reversal of the cuts made to the Mars Sample Return budget.", "Mars Sample Return", 2)]
    [InlineData("The senators signed a letter calling for a reversal of cuts made to the budget of Mars Sample Return, the Senate said.", "Mars Sample Return", 2)] // the cut's object is the reversal's
    [InlineData("The House said it opposed the space agency's recent decision to press ahead with funding cuts to Mars Sample Return.", "Mars Sample Return", 2)] // opposing a cut, words between
    // a cancellation with an adverb before its object
    [InlineData("ESA said on Tuesday it was cancelling outright the joint work with Roscosmos on the ExoMars rover.", "ExoMars", -3)]
    // putting a program into effect
    [InlineData("Aschbacher said the member states had asked for options to implement the ExoMars rover mission without Russia.", "ExoMars", 2)]
    [InlineData("Somanath said the implementation of Gaganyaan was on schedule.", "Gaganyaan", 2)]
    // support as a noun
    [InlineData("Nelson said the Lunar Gateway had the full support of the agency.", "Lunar Gateway", 2)]
    // a landing announced, and a goal whose failure is ruled out
    [InlineData("Nelson said an Indian astronaut will be the first foreign visitor to land on the Moon during Artemis.", "Artemis", 2)]
    [InlineData("Bridenstine said failure to put the next crew on the Moon through Artemis was not an option.", "Artemis", 0)] // "was": a report of the past, not the deontic present
    [InlineData("Bridenstine said failure to put the next crew on the Moon through Artemis is not an option.", "Artemis", 3)]
    // agreeing to take part, and "not yet" as a negation (not a clause break)
    [InlineData("Officials said Japan had formally agreed to participate in the Lunar Gateway.", "Lunar Gateway", 2)]
    [InlineData("Officials said Russia had not yet agreed to participate in the Lunar Gateway.", "Lunar Gateway", -2)]
    [InlineData("Aschbacher said the council asked for a study on how to relaunch ExoMars without Russian parts.", "ExoMars", 2)]
    // room offered to partners
    [InlineData("CNSA said the Chang'e-8 lander provides opportunities for international cooperation on its deck.", "Chang'e", 1)]
    // an end worded in quotation marks, and praise of a part of the whole
    [InlineData("ESA said it would “discontinue cooperating efforts” with Roscosmos on Luna-27.", "Luna", -3)]
    [InlineData("Borisov said the Russian Orbital Station would be a key element of the national program.", "Russian Orbital Station", 2)]
    // a law signed is weak: what it does decides
    [InlineData("Officials said the president signed a bill cutting funds for Mars Sample Return.", "Mars Sample Return", -2)]
    // committing means to a program
    [InlineData("Nelson said the agency had committed new money for the Lunar Gateway through 2030.", "Lunar Gateway", 3)]
    // phasing out and winding down end a program; reviving one is for it
    [InlineData("Officials said the plan would phase out the Space Launch System after two more flights.", "Artemis", -3)]
    [InlineData("Putin said Russia would revive its lunar program after a pause of decades.", "Luna", 2)]
    // a verdict of falling short
    [InlineData("Pence said a landing on the Moon with Artemis in 2028 was simply not good enough.", "Artemis", -1)]
    // an aim of going there, and asking for it
    [InlineData("Pence said the administration plans to return American astronauts to the Moon with Artemis within five years.", "Artemis", 1)]
    [InlineData("Pence called for landing astronauts on the Moon through the Artemis program by 2024.", "Artemis", 2)]
    // an invitation whose object has a relative clause; proposing that others join; attention turned away
    [InlineData("Xi said China invites nations that have the right skills to take part in the ILRS.", "ILRS", 2)]
    [InlineData("Xi said China proposes that the member states take part in building the ILRS.", "ILRS", 2)]
    [InlineData("Trump said NASA should not be talking about the Artemis program at all.", "Artemis", -2)]
    [InlineData("Trump said NASA should forget about the Lunar Gateway.", "Lunar Gateway", -2)]
    // a date set for it
    [InlineData("Nelson said NASA sets a 2028 deadline for the Artemis program.", "Artemis", 2)]
    [InlineData("Isaacman said the agency had formalised a timeline for the Lunar Gateway.", "Lunar Gateway", 2)]
    // absence denied is presence
    [InlineData("Wrochna said Poland will not be absent from the ISS in the years ahead.", "ISS", 2)]
    // a refusal whose object is a noun: "decline participation", "refused membership"
    [InlineData("Roscosmos said that after reading the draft it had decided to decline participation in the Lunar Gateway.", "Lunar Gateway", -2)]
    [InlineData("Borisov said Moscow refused membership of the Artemis Accords.", "Artemis Accords", -2)]
    // assured, and a necessity
    [InlineData("The Polish Space Agency said a Polish seat on a flight to the ISS is now guaranteed.", "ISS", 2)]
    [InlineData("Aschbacher said a launch of ExoMars in 2026 is for us a must.", "ExoMars", 2)]
    [InlineData("Wrochna said Europe cannot stay away from the Lunar Gateway.", "Lunar Gateway", 2)]
    public void A_cue_class_gives_the_stance(string sentence, string program, int score) => Assert.Equal(score, Score(sentence, program).Score);

    [Fact]
    public void An_intention_about_a_thing_of_its_own_is_not_about_the_program_before()
    {
        var statements = TestCorpus.Document("Wu Weiren said on Friday that China welcomes partners to the ILRS.\n\n\"We have no intention to form exclusive clubs,\" Wu said.").Statements;

        Assert.DoesNotContain(statements.SelectMany(s => s.Stances), s => s.Program == "ILRS" && s.Score < 0);
        Assert.Contains(statements.SelectMany(s => s.Stances), s => s.Program == "ILRS" && s.Score > 0); // the first statement is read
    }

    [Fact]
    public void A_second_reported_clause_opened_by_and_that_keeps_its_cue_to_itself()
    {
        var statement = Assert.Single(TestCorpus.Document("Aschbacher said the agency was busy with its ISS commitments and that it lacked the budget to engage with Tiangong.").Statements);

        Assert.Equal(-2, statement.Stances.Single(s => s.Program == "Tiangong").Score);
        Assert.DoesNotContain(statement.Stances, s => s.Program == "ISS" && s.Score < 0);
    }

    [Theory]
    // a day inside the verb phrase
    [InlineData("Roscosmos agreed on Tuesday to build the International Lunar Research Station.", "ILRS", 3)]
    [InlineData("Russia agreed Thursday to build the ILRS.", "ILRS", 3)]
    [InlineData("ESA will next year sign a new memorandum on the Lunar Gateway.", "Lunar Gateway", 3)]
    // trust withheld, turned round by its negation
    [InlineData("\"We do not have much faith in the Artemis program,\" Borisov said.", "Artemis", -1)]
    [InlineData("Aschbacher said he had full confidence in the Lunar Gateway.", "Lunar Gateway", 1)]
    [InlineData("Aschbacher said Europe had lost all faith in the Lunar Gateway.", "Lunar Gateway", -1)]
    // a withdrawal named with its agent, an exit begun
    [InlineData("Borisov said the withdrawal of the Russian segment from the ISS would follow the rules.", "ISS", -3)]
    [InlineData("\"After 2028 we will begin the exit from the ISS,\" Borisov said.", "ISS", -3)]
    // an end by another verb or as a fate
    [InlineData("Duffy said the new plan kills the Lunar Gateway.", "Lunar Gateway", -3)]
    [InlineData("Duffy said the Lunar Gateway would get the axe under the plan.", "Lunar Gateway", -3)]
    // refusing a cut is for what it would cut; funding and priority
    [InlineData("Senator Cruz said the committee rejected steep cuts to the Artemis program.", "Artemis", 2)]
    [InlineData("Senator Cruz said the bill blocks any early terminations of the Artemis program.", "Artemis", 2)]
    [InlineData("Senator Cruz said the bill would fully fund the Artemis program.", "Artemis", 2)]
    [InlineData("Senator Cruz said the bill prioritizes Artemis over everything else.", "Artemis", 2)]
    [InlineData("Senator Cruz said the bill puts Artemis first.", "Artemis", 2)]
    // strengthening in other words, and an agreement formalised in the passive
    [InlineData("Zhang Kejian said CNSA had solidified its partnership with Egypt on the ILRS.", "ILRS", 2)]
    [InlineData("Zhang Kejian said the ILRS agreement was formalised in Beijing.", "ILRS", 3)]
    public void Cues_read_through_dates_nominalisations_and_refused_cuts(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    // money named for it, given, asked for or invested
    [InlineData("The Italian Space Agency has invested €250 million in the Lunar Gateway.", "Lunar Gateway", 2)]
    [InlineData("The UK Space Agency announced a £5 million cash injection for the ExoMars rover.", "ExoMars", 2)]
    [InlineData("Two senators asked for no less than $500 million for Mars Sample Return.", "Mars Sample Return", 2)]
    [InlineData("The White House requested $1.2 billion for the Human Landing System.", "Human Landing System", 2)]
    [InlineData("The Senate committee proposed directing only $200 million toward Mars Sample Return.", "Mars Sample Return", -2)] // too little stays too little
    [InlineData("Aschbacher said ESA will now supply two more modules for the Lunar Gateway.", "Lunar Gateway", 3)] // an adverb after the modal
    // one's own crew on its flights, and the seats won for them
    [InlineData("Aschbacher said a French astronaut will fly on an Artemis mission in 2030.", "Artemis", 2)]
    [InlineData("An Italian astronaut will become the first European to travel around the Moon with Artemis, Aschbacher said.", "Artemis", 2)]
    [InlineData("Lange said Canada has secured two seats on Artemis flights.", "Artemis", 2)]
    // a launch moved to a new date is still planned; moved off without one is halted
    [InlineData("ESA has postponed the ExoMars launch to 2028.", "ExoMars", 2)]
    [InlineData("CNSA pushed back the Chang'e-7 launch to 2026.", "Chang'e", 2)]
    [InlineData("Roscosmos has postponed Luna-26 indefinitely.", "Luna", -3)]
    [InlineData("ISRO chose to put the launch of Chandrayaan-3 on hold until Monday.", "Chandrayaan", 1)] // a launch held back is still planned
    [InlineData("ISRO said the lift-off of Chandrayaan-3 was placed on hold overnight.", "Chandrayaan", 1)]
    [InlineData("ISRO said its Chandrayaan-3 flight is put on hold due to a technical fault.", "Chandrayaan", 1)] // a hold for a technical reason
    [InlineData("NASA put the Lunar Gateway on hold.", "Lunar Gateway", -3)] // the program itself held
    [InlineData("Roscosmos has put the ExoMars mission on hold over the sanctions.", "ExoMars", -3)] // … for a reason that is no technical one
    // work on it by the subject itself, on schedule, ready to go
    [InlineData("Borisov said Roscosmos is preparing the Luna-26 orbiter for launch.", "Luna", 2)]
    [InlineData("CNSA said the tests of the Chang'e-7 lander are going ahead as planned.", "Chang'e", 2)]
    [InlineData("Borisov said Roscosmos is now ready to land a crew on the Moon as part of the Luna program.", "Luna", 2)]
    // a wish that one's own people take part; an extension named with its owner
    [InlineData("\"We want our universities to get the opportunity to join the Artemis program,\" the head of the Polish Space Agency said.", "Artemis", 2)]
    [InlineData("The extension of Japan's participation in the ISS will depend on the budget, Yamakawa said.", "ISS", 2)]
    // a deal to be agreed, and praise for what it is
    [InlineData("Aschbacher said ESA expects to agree on a deal covering the Lunar Gateway next week.", "Lunar Gateway", 3)]
    [InlineData("Lisa Campbell called the Lunar Gateway a world-class outpost.", "Lunar Gateway", 2)]
    // a date aimed at, money pressed for, and praise for what it makes possible
    [InlineData("NASA is targeting September 2026 for the first crewed flight of Artemis.", "Artemis", 2)]
    [InlineData("\"For Gaganyaan we are targeting the end of next year,\" the ISRO chairman said.", "Gaganyaan", 2)]
    [InlineData("Senator Roe pressed for continued funding of the Human Landing System at the hearing.", "Human Landing System", 2)]
    [InlineData("Nelson said the Lunar Gateway will allow groundbreaking science in deep space.", "Lunar Gateway", 2)]
    [InlineData("Nelson said Artemis opens a new era of exploration.", "Artemis", 2)]
    [InlineData("Nelson said the Human Landing System had received its own $2 billion line in the request.", "Human Landing System", 2)]
    [InlineData("Nelson said the Artemis II mission is meeting all of its milestones for a launch next autumn.", "Artemis", 2)]
    public void Money_crews_new_dates_and_work_in_hand_are_for_the_program(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    // a schedule said to hold, a launch year given without a verb, a launch or a part set to come
    [InlineData("Roscosmos said the sanctions won't delay the launch schedule for Luna-26.", "Luna", 2)]
    [InlineData("Borisov said the decision would not change the schedule of the Russian Orbital Station.", "Russian Orbital Station", 2)]
    [InlineData("The ISRO chairman went through the year's plans: the first Gaganyaan crew flight, due to lift off in 2027, and two lunar missions.", "Gaganyaan", 2)]
    [InlineData("Nelson said Artemis III is expected to fly by mid-2027.", "Artemis", 2)]
    [InlineData("KASA said its probe is set to participate in the Artemis III mission.", "Artemis", 2)]
    // cooperation kept going, and a wish put strongly
    [InlineData("Bakanov said the agencies looked for ways to maintain their cooperation on the ISS.", "ISS", 2)]
    [InlineData("\"We would love nothing more than to send our astronauts with Artemis,\" Nelson said.", "Artemis", 1)]
    // a module that could be in orbit by a year, work that prepares the way for a program, and one's own orbiting outpost
    [InlineData("Putin said the first module of the Russian Orbital Station could be put into orbit by 2028.", "Russian Orbital Station", 2)]
    [InlineData("Zhang Kejian said two more Chang'e probes will prepare the way for the International Lunar Research Station.", "ILRS", 2)]
    [InlineData("Borisov said Roscosmos will leave the ISS and concentrate on building its own orbiting outpost.", "Russian Orbital Station", 2)]
    [InlineData("Nelson said NASA had picked Dynetics as the new supplier of a Human Landing System.", "Human Landing System", 3)] // a supplier named for it
    // a supplier to be chosen for it
    [InlineData("Isaacman said NASA would go with whichever contractor has its Human Landing System ready soonest.", "Human Landing System", 2)]
    // support owned by the subject, and support taken back
    [InlineData("Nelson repeated his support for the Lunar Gateway.", "Lunar Gateway", 2)]
    [InlineData("Borisov said Roscosmos had withdrawn its support for the ExoMars mission.", "ExoMars", -3)]
    // found wanting, a first module launched by a year (active voice, a translated name of the station), seats occupied
    [InlineData("Borisov said the ISS was not effective enough for the country's needs.", "ISS", -1)]
    [InlineData("Borisov said Roscosmos hopes to launch the first module of a Russian orbiting station by 2027.", "Russian Orbital Station", 2)]
    [InlineData("Lisa Campbell said Canadian astronauts will occupy a seat on each of two Artemis flights.", "Artemis", 2)]
    // others urged to join it
    [InlineData("Wang Yi said China was calling on all neighbouring countries to join the International Lunar Research Station.", "ILRS", 2)]
    // taking part as a necessity
    [InlineData("Nelson said the two partners need to take part in the ISS for it to keep flying.", "ISS", 2)]
    // a signing of a document named by its owner, and cooperation to come
    [InlineData("The Polish Space Agency has signed NASA's Artemis Accords.", "Artemis Accords", 3)]
    [InlineData("Wang Wenbin said Beijing is set to cooperate with Moscow on the International Lunar Research Station.", "ILRS", 2)]
    // a plan of it approved
    [InlineData("Roscosmos said its head had approved the assembly timetable of the Russian Orbital Station.", "Russian Orbital Station", 2)]
    [InlineData("CNSA said it has approved the roadmap for the construction of a lunar research station with Russia, the ILRS.", "ILRS", 2)]
    // cuts held off, named or just mentioned
    [InlineData("The senators said they had asked NASA to refrain from the proposed cuts to Mars Sample Return.", "Mars Sample Return", 2)]
    [InlineData("Mars Sample Return faces a lean year. The senators said they had asked NASA to pull back on the cuts.", "Mars Sample Return", 2)]
    public void Schedules_that_hold_launch_years_cooperation_kept_and_support_given_or_taken_back(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    [InlineData("Rogozin said Russia would continue the research on its own.", "ExoMars")]
    [InlineData("Aschbacher said ESA had cancelled a live question session with its astronaut on the ISS.", "ISS")] // an event, not the program
    [InlineData("Rogozin said the agency had discussed the budget of the ExoMars mission.", "ExoMars")]
    [InlineData("Rogozin said the ExoMars lander had been built in Russia.", "ExoMars")] // done, not planned
    [InlineData("Rogozin said the Russian Orbital Station would be the next step in crewed flight.", "Russian Orbital Station")] // a step, not stepping in
    [InlineData("Nelson said: \"With Mars Sample Return we are going to have to make choices.\"", "Mars Sample Return")] // an obligation, not a plan
    [InlineData("Nelson said the rocket would not stop at the ISS on its way up.", "ISS")] // a stop, not the cooperation
    [InlineData("Nelson said the crew would cut short their spacewalk on the ISS.", "ISS")] // a walk cut short, not money cut
    [InlineData("Nelson said the ISS was formed in collaboration with fifteen nations.", "ISS")] // a history, not an agreement reached
    [InlineData("Nelson said the rocket will blast off from Florida with the Artemis II crew.", "Artemis")] // a launch, not a criticism
    [InlineData("Nelson said NASA will conduct a review of the Artemis budget.", "Artemis")] // a review, not work for the program
    [InlineData("Borisov said the Luna-25 probe slammed into the Moon.", "Luna")] // a crash, not a criticism
    [InlineData("Nelson said a hull breach on the ISS had been repaired.", "ISS")] // a hole, not a breach of law
    [InlineData("Aschbacher said Roscosmos broke its promise to supply ExoMars parts.", "ExoMars")] // a promise as a noun
    [InlineData("Borisov said Russia had long doubted the signatories of the Artemis Accords.", "Artemis Accords")] // others who signed, not a signing
    [InlineData("Borisov said the ministry approved sanctions against the Lunar Gateway partners.", "Lunar Gateway")] // an approval of something else
    [InlineData("Nelson said Russia's decision to conduct a missile test endangered the ISS crew.", "ISS")] // someone else's act
    [InlineData("The Senate said the cuts to Mars Sample Return would force the termination of hundreds of engineers.", "Mars Sample Return")] // people laid off, not the program ended
    [InlineData("ISRO said it restored power to the Chandrayaan-3 lander after the lunar night.", "Chandrayaan")] // power back on, not a program revived
    [InlineData("Nelson said the Artemis II crew would land on Tuesday and meet the press.", "Artemis")] // a day inside a phrase that is no cue
    [InlineData("Borisov said a cosmonaut had killed time on the ISS by reading.", "ISS")] // time killed, not a program
    [InlineData("Nelson said the ISS crew fought fatigue and cuts on their hands.", "ISS")] // no budget's cuts
    [InlineData("Nelson said NASA will put the first woman on the Moon with Artemis.", "Artemis")] // a first, not a priority
    [InlineData("Nelson said the blast on the ISS killed the experiment's power supply.", "ISS")] // a killing, not of a program
    [InlineData("Wrochna said the Polish crew member will be absent from the ISS next spring.", "ISS")] // an absence, not denied
    [InlineData("Nelson said crew participation in ISS experiments has been in decline for years.", "ISS")] // a falling number, not a refusal
    [InlineData("The Polish Space Agency said a Polish seat on a flight to the ISS is not guaranteed.", "ISS")] // an assurance denied is no stance of its own
    [InlineData("Nelson said the ISS crew delayed their spacewalk to Friday.", "ISS")] // a day, not a new launch date
    [InlineData("Nelson said the ISS crew is targeting Friday for the spacewalk.", "ISS")] // a day, not a date for the program
    [InlineData("Nelson said investors in SpaceX are watching the Artemis program closely.", "Artemis")] // investors, not an investment
    [InlineData("Nelson said the Artemis program costs $4 billion for each launch.", "Artemis")] // a cost, not money given
    [InlineData("Kirby said the White House was preparing for Russia's exit from the ISS.", "ISS")] // ready for another's act, not work on the program
    [InlineData("Nelson said the storm will not affect the crew on the ISS.", "ISS")] // a crew unharmed, not a schedule kept
    [InlineData("Nelson said the Artemis II crew is likely to train in Houston in 2025.", "Artemis")] // training, not a launch
    [InlineData("Nelson said the ISS crew would maintain their fitness with daily exercise.", "ISS")] // fitness, not cooperation
    [InlineData("Nelson said SpaceX's support for the Artemis program is a commercial matter.", "Artemis")] // a company's support, not the speaker's
    [InlineData("Nelson said the crew would pick a name for their ISS module.", "ISS")] // a name chosen, not a supplier
    [InlineData("Nelson said the crew will lay the groundwork for a garden on the ISS.", "ISS")] // groundwork for something else
    [InlineData("Nelson said the crew picked Houston as the venue for their ISS reunion.", "ISS")] // a venue, not a supplier
    [InlineData("Nelson said NASA will pick whoever commands the Artemis III flight.", "Artemis")] // a commander chosen, not a supplier
    [InlineData("Nelson said their waning support for the ISS was no surprise.", "ISS")] // support on its way out is not support given
    [InlineData("Borisov said the crew had approved the meal plan of the ISS.", "ISS")] // a plan of something on the station, not of it
    [InlineData("Nelson said the crew has to be involved in cleaning the ISS.", "ISS")] // a chore, not the program
    [InlineData("Nelson said the ISS crew found the new exercise machine effective.", "ISS")] // a machine praised, no program judged
    [InlineData("Rogozin said the lander of the canceled ExoMars mission could come back to Russia.", "ExoMars")] // a participle that describes, not an act
    public void Near_misses_of_a_cue_class_stay_neutral(string sentence, string program)
    {
        var document = TestCorpus.Document(sentence);
        Assert.DoesNotContain(document.Statements.SelectMany(s => s.Stances), s => s.Program == program && s.Score != 0);
    }

    [Theory]
    // a crew trained for the program
    [InlineData("Roscosmos said its centre restarted the training of four Gaganyaan candidates this week.", "Gaganyaan", 2)]
    [InlineData("Roscosmos said the four Gaganyaan candidates have completed their training near Moscow.", "Gaganyaan", 2)]
    [InlineData("Roscosmos said the Gaganyaan crew resumed their training after being put on indefinite hold by the epidemic.", "Gaganyaan", 2)] // the halt is over
    [InlineData("Roscosmos said the Gaganyaan crew resumed their training, after it had been put on hold in March.", "Gaganyaan", 2)]
    // called off, the object on either side of the particle; an aim given up; going on ruled impossible
    [InlineData("ESA said it had called the ExoMars launch off because of the war.", "ExoMars", -3)]
    [InlineData("ESA said it had called off the ExoMars launch.", "ExoMars", -3)]
    [InlineData("Aschbacher said ESA would no longer try to launch the ExoMars rover in 2022.", "ExoMars", -2)]
    [InlineData("ESA said it found it no longer possible to go ahead with ExoMars.", "ExoMars", -2)]
    // a flight of it scheduled for a year; a signing whose object follows a place and a presence
    [InlineData("Borisov said the Orel spacecraft is scheduled for its first launch to the station in 2028.", "Orel", 2)]
    [InlineData("CNES said its chief signed in Paris, before the NASA head, the Artemis Accords.", "Artemis Accords", 3)]
    public void Crews_trained_launches_called_off_and_flights_scheduled(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    [InlineData("Nelson said the ISS crew called their families off the coast.", "ISS")] // no determiner after the particle, no program's act
    [InlineData("Nelson said the Artemis crew members are training in Houston this week.", "Artemis")] // the crew training, not trained for it
    public void Near_misses_of_training_and_calling_off_stay_neutral(string sentence, string program) =>
        Assert.DoesNotContain(TestCorpus.Document(sentence).Statements.SelectMany(s => s.Stances), s => s.Program == program && s.Score != 0);

    [Theory]
    // a budget's cuts: a phase-out named as a noun, work put off, an amount below last year's or named as the cut
    [InlineData("The White House said the budget seeks a phase-out of the SLS rocket.", "Artemis", -3)]
    [InlineData("OMB said the request would delay work on the Human Landing System.", "Human Landing System", -2)]
    [InlineData("Officials said NASA would delay plans to take Mars Sample Return into a new design phase.", "Mars Sample Return", -2)] // a next step put off, no new date
    [InlineData("NASA delayed the next phase of the Mars Sample Return program.", "Mars Sample Return", -2)]
    [InlineData("NASA said it had postponed work on the Mars Sample Return lander.", "Mars Sample Return", -2)]
    [InlineData("NASA said it deferred development of the Mars Sample Return lander.", "Mars Sample Return", -2)]
    [InlineData("OMB said the request calls for the Orion capsule and the Lunar Gateway to be phased out.", "Lunar Gateway", -3)] // the passive end, its object between
    [InlineData("OMB said the request seeks $1.2 billion for the Lunar Gateway, about $300 million less than it received last year.", "Lunar Gateway", -2)]
    [InlineData("OMB said the White House proposed a $2 billion cut to the Artemis budget.", "Artemis", -2)]
    // money put back, work let, a share of the work owned, forces joined
    [InlineData("Sen. Jane Roe (R-Ohio) said the bill would restore funding for the ISS.", "ISS", 2)]
    [InlineData("Nelson said the Lunar Gateway was already under contract.", "Lunar Gateway", 2)]
    [InlineData("MBRSC said it is responsible for building an airlock for the Lunar Gateway.", "Lunar Gateway", 3)]
    [InlineData("ISRO said it is joining hands with JAXA for LUPEX.", "LUPEX", 2)]
    [InlineData("Borisov said he had signed contracts for the Russian Orbital Station.", "Russian Orbital Station", 3)]
    public void Budget_cuts_money_put_back_and_shares_of_the_work(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    // a crew made public for it, a share owned, a partnership taken further through it, joining as the means of another act, a rethink called for
    [InlineData("ISRO said it had released the names of three astronauts for the Gaganyaan flight.", "Gaganyaan", 2)]
    [InlineData("NASA said it would unveil the crew of the Artemis II mission on Monday.", "Artemis", 2)]
    [InlineData("DLR said Germany holds a large stake in the Orion hardware for Artemis.", "Artemis", 2)]
    [InlineData("JAXA said Tokyo's ties with Washington have entered a new phase through the Artemis program.", "Artemis", 2)]
    [InlineData("Japan underlined its lunar plans by formally joining the Artemis Accords.", "Artemis Accords", 3)]
    [InlineData("NASA said the whole Mars Sample Return project should be reconsidered.", "Mars Sample Return", -1)]
    [InlineData("NASA said it will continue development work on the Human Landing System.", "Human Landing System", 2)]
    [InlineData("Roscosmos said it would earmark 2 billion rubles for the Orel spacecraft next year.", "Orel", 2)] // the currency in words
    [InlineData("ESA said it had dropped its plans to work with Roscosmos on Luna-27.", "Luna", -2)] // the plans given up, not the plans
    [InlineData("ESA said it has not abandoned plans to cooperate with NASA on the Artemis program.", "Artemis", 1)] // … and not given up
    [InlineData("Woerner said the production of equipment by ESA for the Luna-27 mission has already started.", "Luna", 2)] // work begun, told as a noun
    public void Crews_named_shares_owned_and_rethinks(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    [InlineData("NASA said the names of the ISS crew members were carved on the memorial.", "ISS")] // names listed, no crew made public for it
    [InlineData("NASA said the ISS crew schedule must be reassessed after the leak.", "ISS")] // a part of it rethought
    [InlineData("NASA said the market share of the Artemis contractor fell.", "Artemis")] // no share owned
    [InlineData("NASA said the Artemis program had entered a new era.", "Artemis")] // no partnership taken further through it
    [InlineData("NASA said the production of the film about the ISS has started.", "ISS")] // no hardware of it being made
    [InlineData("The senator said NASA must be restructured to save the Artemis program.", "Artemis")] // the agency to be rethought, not the program
    [InlineData("NASA said it received complaints about the Human Landing System contract.", "Human Landing System")] // complaints, not a contract won
    [InlineData("NASA said the names of the astronauts who were killed on the ISS are on the memorial.", "ISS")] // names remembered, no crew made public
    [InlineData("NASA said the Artemis program has had a fair share of setbacks.", "Artemis")] // a share of setbacks, none owned in it
    public void Near_misses_of_crews_shares_and_rethinks_stay_neutral(string sentence, string program) =>
        Assert.DoesNotContain(TestCorpus.Document(sentence).Statements.SelectMany(s => s.Stances), s => s.Program == program && s.Score != 0);

    [Theory]
    [InlineData("Nelson said the ISS crew had to delay work on their experiment.", "ISS")] // an experiment put off, not the program's work
    [InlineData("Nelson said NASA was delaying plans for a spacewalk outside the ISS.", "ISS")] // the plans are the spacewalk's
    [InlineData("Nelson said the two astronauts were joining hands on the ISS.", "ISS")] // hands held, not forces joined
    [InlineData("Nelson said the ISS toilet had cost $300 more than planned.", "ISS")] // more, not less, and no cut
    public void Near_misses_of_budget_and_partnership_cues_stay_neutral(string sentence, string program) =>
        Assert.DoesNotContain(TestCorpus.Document(sentence).Statements.SelectMany(s => s.Stances), s => s.Program == program && s.Score != 0);

    [Theory]
    // the means foreseen, letting it finish, dropping it called a mistake, a need stated, effort put into it
    [InlineData("Rogozin said Moscow will be able to fly the ExoMars mission alone.", "ExoMars", 2)]
    [InlineData("Kelly said lawmakers should let NASA finish the Artemis program.", "Artemis", 2)]
    [InlineData("Nelson said that dropping the Artemis program would be a grave error.", "Artemis", 2)]
    [InlineData("Nelson said it is essential for America to fly the Artemis crew to the Moon soon.", "Artemis", 2)]
    [InlineData("Nelson said the country had poured years of work into the Artemis program.", "Artemis", 2)]
    // a partner praised past other words, a station opened to others, others pressed to hurry
    [InlineData("Duffy said Australia is a trusted and long-standing partner in the Artemis program.", "Artemis", 2)]
    [InlineData("Lin Xiqiang said China will open the Tiangong station to foreign astronauts.", "Tiangong", 2)]
    [InlineData("Nelson urged India to speed up its plans to send an astronaut to the ISS.", "ISS", 2)]
    // going on found impossible, as a noun; "not the only" negates nothing
    [InlineData("ESA cited the impossibility of pursuing its joint work with Roscosmos on ExoMars.", "ExoMars", -2)]
    [InlineData("Nelson said America is not the only nation interested in the Artemis program.", "Artemis", 1)]
    public void Means_foreseen_mistakes_named_and_partners_praised(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    [InlineData("Putin dismissed the head of Roscosmos over the Russian Orbital Station.", "Russian Orbital Station")] // a person let go
    [InlineData("Koerner said the partners had accepted the new Artemis dates, but lawmakers worry the program is slipping.", "Artemis")] // the lawmakers' worry, not hers
    [InlineData("Nelson said the crew will open the ISS hatch to the visitors.", "ISS")] // a hatch opened, not the station to others
    public void Near_misses_of_dismissal_others_views_and_opening_stay_neutral(string sentence, string program) =>
        Assert.DoesNotContain(TestCorpus.Document(sentence).Statements.SelectMany(s => s.Stances), s => s.Program == program && s.Score != 0);

    [Theory]
    // a crew on its way, sent, or named to a flight; a launch date set; an agreement extended or continued
    [InlineData("MBRSC said its astronaut is headed to the ISS for half a year.", "ISS", 2)]
    [InlineData("JAXA said two of its astronauts will be sent to the Moon on Artemis flights.", "Artemis", 2)]
    [InlineData("CSA said it named Jane Roe to the Artemis II crew.", "Artemis", 2)]
    [InlineData("NASA said it had confirmed the assignment of astronaut Jane Roe to the crew of the next ISS flight.", "ISS", 2)]
    [InlineData("MBRSC said it had set a launch date for its mission to the ISS.", "ISS", 2)]
    [InlineData("NASA said it extended the crew exchange agreement on the ISS.", "ISS", 2)]
    [InlineData("NASA said it was continuing the arrangement with Roscosmos on the ISS.", "ISS", 2)]
    public void Crews_sent_dates_set_and_agreements_extended(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    [InlineData("Nelson said the ISS crew named their new module Harmony.", "ISS")] // a name given, not a crew named
    [InlineData("Nelson said the ISS crew headed to bed early.", "ISS")] // to bed, not to the station
    public void Near_misses_of_crews_named_stay_neutral(string sentence, string program) =>
        Assert.DoesNotContain(TestCorpus.Document(sentence).Statements.SelectMany(s => s.Stances), s => s.Program == program && s.Score != 0);

    [Fact]
    public void A_program_named_only_in_a_which_clause_with_its_own_subject_takes_no_stance()
    {
        var statement = Assert.Single(TestCorpus.Document("Putin said the first module of the Russian Orbital Station, which Moscow sees as the heir of the ISS, should be put into operation by 2027.").Statements);

        Assert.Contains(statement.Stances, s => s.Program == "Russian Orbital Station" && s.Score > 0);
        Assert.DoesNotContain(statement.Stances, s => s.Program == "ISS" && s.Score != 0);
    }
    [Theory]
    // expectations, a crew taken in, a flight given a year with its description between, payloads chosen, work to further it,
    // cooperation that will probably go on
    [InlineData("Nelson said NASA has great expectations of the joint work on the Lunar Gateway.", "Lunar Gateway", 1)]
    [InlineData("Nelson said that Artemis flights will include a Korean astronaut.", "Artemis", 2)]
    [InlineData("Somanath said Gaganyaan will be the country's first crewed flight in 2027.", "Gaganyaan", 2)]
    [InlineData("CNSA said it has selected eight foreign payloads to fly on the Chang'e mission.", "Chang'e", 2)]
    [InlineData("Shan said CNSA means to advance the Chang'e mission together with foreign teams.", "Chang'e", 2)]
    [InlineData("Aschbacher said the work with Roscosmos will probably continue on the ISS.", "ISS", 2)]
    public void Expectations_crews_taken_in_dated_flights_payloads_chosen_and_work_furthered(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    [InlineData("JAXA said it is designing an advanced mission for LUPEX.", "LUPEX")] // an adjective, not work furthering it
    [InlineData("Nelson said the Artemis budget will include a new line for science.", "Artemis")] // no crew taken in
    [InlineData("NASA said it announced a new Artemis schedule due to safety concerns.", "Artemis")] // concerns given as the reason for an act
    public void Near_misses_of_expectations_and_reasons_stay_neutral(string sentence, string program) =>
        Assert.DoesNotContain(TestCorpus.Document(sentence).Statements.SelectMany(s => s.Stances), s => s.Program == program && s.Score != 0);

    [Theory]
    // the speaker's own mission described, with a date worked towards or opened to others
    [InlineData("Somanath said India is striving to fly our first crewed mission by 2028.", "Gaganyaan", 2)]
    [InlineData("Wu Weiren said China is opening up its main lunar mission to foreign partners.", "Chang'e", 2)]
    public void The_speakers_own_mission_worked_towards_or_opened_to_others(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    [InlineData("Somanath said ISRO worked to launch the satellite in 2019.", "Gaganyaan")] // nothing of its own described
    [InlineData("Wu Weiren said the rover found its first lunar ice.", "Chang'e")] // a find, not a mission
    public void Near_misses_of_own_missions_name_no_program(string sentence, string program) =>
        Assert.DoesNotContain(TestCorpus.Document(sentence).Statements.SelectMany(s => s.Stances), s => s.Program == program);

    [Theory]
    // a start given a date, flights planned, a test carried out, supplies taken to it
    [InlineData("Krikalev said the cross flights should start by spring 2027.", "ISS", 2)]
    [InlineData("Borisov said Roscosmos plans to carry out two more seat swaps.", "ISS", 2)]
    [InlineData("Somanath said ISRO carried out another parachute test for Gaganyaan.", "Gaganyaan", 2)]
    [InlineData("Yamakawa said the new freighter will deliver fresh supplies to the ISS.", "ISS", 2)]
    public void Starts_dated_flights_planned_tests_carried_out_and_supplies_delivered(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Theory]
    // a crew set to fly it (Shenzhou flies to the Chinese station), funding kept up
    [InlineData("CMSA said the crew of three is to undertake the Shenzhou-22 flight next week.", "Tiangong", 2)]
    [InlineData("Nelson said NASA will safeguard its funding of the Human Landing System.", "Human Landing System", 2)]
    public void Crews_set_to_fly_and_funding_kept_up(string sentence, string program, int score) =>
        Assert.Equal(score, Score(sentence, program).Score);

    [Fact]
    public void An_own_mission_set_aside_as_the_alternative_leaves_the_program_under_discussion()
    {
        var document = TestCorpus.Document("Canada and Artemis\n\nThe agency will fly a Canadian on Artemis II.\n\nLisa Campbell said Canada should remain a key partner to the US agency instead of building its own lunar missions.");

        Assert.Contains(document.Statements.SelectMany(s => s.Stances), s => s.Program == "Artemis" && s.Score > 0);
    }

    [Theory]
    [InlineData("Aschbacher said ESA had suspended its cooperation with Roscosmos, the one exception being the ISS.", "ISS")]
    [InlineData("Aschbacher said ESA had ended its work with Roscosmos on every project except the ISS.", "ISS")]
    public void A_program_named_as_the_exception_takes_no_side_from_the_cue(string sentence, string program) =>
        Assert.DoesNotContain(TestCorpus.Document(sentence).Statements.SelectMany(s => s.Stances), s => s.Program == program && s.Score < 0);

    [Fact]
    public void The_program_the_cue_governs_still_takes_it_beside_an_exception() =>
        Assert.True(Score("Aschbacher said ESA had ended its work with Roscosmos on ExoMars, the one exception being the ISS.", "ExoMars").Score < 0);

    [Fact]
    public void Worries_about_another_partys_doings_are_no_view_of_the_program_the_text_is_about()
    {
        var document = TestCorpus.Document("Artemis came up at the hearing on Tuesday.\n\nSen. Jane Roe (R-Ala.) voiced worries about China's rapid progress in crewed flight.");

        Assert.DoesNotContain(document.Statements.SelectMany(s => s.Stances), s => s.Program == "Artemis" && s.Score < 0);
    }

    [Fact]
    public void Concerns_that_are_a_view_of_the_program_stay_critical() =>
        Assert.True(Score("Rogozin said he has serious concerns about Artemis.", "Artemis").Score < 0);
}
