using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Statements;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Stance;

/// <summary>
/// The cue phrases of the stance scale. Patterns that already contain their negation ("not
/// interested") are marked so a nearby "not" is not applied twice; overlapping matches keep the longest.
/// </summary>
public static partial class StanceLexicon
{
    /// <summary>
    /// One cue. Its pattern is built the first time a clause holds the literals it requires: a process that
    /// analyses a few articles builds the few dozen cues they contain, not all of them (docs/performance.md).
    /// </summary>
    public sealed class Entry
    {
        private readonly Lazy<Regex> built;

        /// <summary>A cue of its own, matched ignoring case.</summary>
        public Entry(string pattern, int score, string kind, bool negated = false, bool participation = false)
            : this(pattern, new Lazy<Regex>(() => Patterns.Create(pattern, RegexOptions.IgnoreCase)), score, kind, negated, participation)
        {
        }

        /// <summary>A cue that is a pattern built elsewhere, with the options it was given there.</summary>
        public Entry(Regex pattern, int score, string kind, bool negated = false, bool participation = false)
            : this(pattern.ToString(), new Lazy<Regex>(pattern), score, kind, negated, participation)
        {
        }

        private Entry(string pattern, Lazy<Regex> built, int score, string kind, bool negated, bool participation)
        {
            this.built = built;
            Required = RequiredLiterals.Of(pattern);
            Score = score;
            Kind = kind;
            Negated = negated;
            Participation = participation;
        }

        /// <summary>The literals a match needs, checked before the pattern runs.</summary>
        public RequiredLiterals Required { get; }

        public Regex Pattern => built.Value;

        public int Score { get; }

        public string Kind { get; }

        public bool Negated { get; }

        public bool Participation { get; }
    }

    public static readonly IReadOnlyList<Entry> Entries =
    [
        // withdrawing −3
        // suspension and termination: "suspend cooperation on", "discontinue", "cease participation", "discontinue “cooperating efforts”"
        Cue(@"\b(?:discontinu(?:e|es|ed|ing)|ceas(?:e|es|ed|ing)|wind(?:s|ing)?\s+down|wound\s+down)\s+[""“]?(?:its\s+|our\s+|their\s+|all\s+|the\s+)?(?:(?:cooperative|cooperating|joint|further|bilateral)\s+)?(?:participation|cooperation|involvement|work|partnership|operations?|activities|collaboration|efforts)\b", -3, "halts"),
        Cue(@"\b(?:suspension|termination|halt)\s+of\s+(?:the\s+|all\s+|its\s+|our\s+)?(?:cooperation|participation|partnership|work)\b", -3, "halts"),
        Cue(@"\bwithdr[ae]w(?:s|ing|n|al)?\s+from\b", -3, "withdraws"),
        // "the withdrawal of the Russian side from the project": the nominalisation with its agent between
        Cue(@"\bwithdrawal\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?from\b", -3, "withdraws"),
        // the exit begun, whatever it leaves (the program is the one the text is about): "after 2024 we will start the exit"
        Cue(@"\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|launch(?:es|ed|ing)?)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:exit|withdrawal|pull-?out)\b", -3, "withdraws"),
        Cue(@"\bpull(?:s|ed|ing)?\s+out\s+of\b", -3, "withdraws"),
        Cue(@"\b(?:leave|leaves|leaving|left|quit|quits|quitting|exit|exits|exited|exiting)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:program|programme|project|station|partnership|agreement|accords?|mission|ISS|Gateway)\b", -3, "withdraws"),
        Cue(@"\bpull(?:s|ed|ing)?\s+the\s+plug\b", -3, "halts"),
        Cue(@"\bstop(?:s|ped|ping)?\s+(?:using|working\s+with|cooperating\s+with|operating|flying\s+to)\b", -3, "halts"),
        Cue(@"\b(?:halt|halts|halted|halting|stop|stops|stopped|stopping|end|ends|ended|ending|terminat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze)\s+(?:its\s+|our\s+|their\s+|all\s+|the\s+)?(?:(?:joint|lunar|space|national|own|entire)\s+)?(?:participation|cooperation|involvement|work|partnership|launch|mission|project|program|programme|flights?)\b", -3, "halts"),
        // a suspension of a mission named between ("suspended a joint ExoMars mission"); not "ended its six-month mission", a flight's end
        Cue(@"\b(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze)\s+(?:the|its|our|their|an?)\s+(?:[\w'’-]+\s+){1,3}?(?:participation|cooperation|partnership|mission|project|program|programme)\b", -3, "halts"),
        Cue(@"\bend\s+of\s+(?:the\s+)?(?:cooperation|participation|partnership)\b", -3, "ends cooperation"),
        // cancelling a program, or proposing to: "cancel the Gateway", "would ax the Lunar Gateway", "phase out the SLS", "terminates
        // the Gateway", "cancellation of Mars Sample Return"; a program is named definitely or by its name
        // ("cancelled a live session" is an event, "eliminate them" a pronoun's)
        Cue(@"\b(?:cancel(?:s|led|ling|ed|ing)?|scrap(?:s|ped|ping)?|defund(?:s|ed|ing)?|ax(?:e|es|ed|ing)?|eliminat(?:e|es|ed|ing)|terminat(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|phas(?:e|es|ed|ing)\s+out|wind(?:s|ing)?\s+down|wound\s+down)\s+(?:(?:entirely|completely|fully|formally|officially|altogether|outright)\s+)?(?:(?:the|its|their|our)\b|(?-i:\p{Lu}))|\b(?:cancell?ation|defunding|scrapping|elimination|termination|abandonment|phase-?\s?out|phasing\s+out)\s+of\s+(?:(?:the|its|their|our)\b|(?-i:\p{Lu}))", -3, "cancels"),

        // an end asked for in the passive, its object named between: "calls for the rocket and the capsule to be phased out"
        Cue(@"\b(?:call(?:s|ed|ing)?\s+for|propos(?:e|es|ed|ing)|want(?:s|ed)?|plan(?:s|ned)?)\s+(?:[\w'’.-]+\s+){1,8}?to\s+be\s+(?:(?:fully|entirely|completely|gradually)\s+)?(?:phased\s+out|cancell?ed|scrapped|axed|terminated|eliminated|defunded)\b", -3, "cancels"),
        // calling it off, the object before or after the particle: "called the mission off", "called off the launch"
        Cue(@"\bcall(?:s|ed|ing)?\s+off\s+(?:the|its|their|our|this|a)\b|\bcall(?:s|ed|ing)?\s+(?:the|its|their|our|this)\s+(?:[\w'’-]+\s+){0,2}?(?:launch|mission|flight|project|program|programme|cooperation|partnership|participation|plans?|deal|agreement|talks)\s+off\b", -3, "cancels"),
        // killing a program, named or called one ("kills the Lunar Gateway"); not "the blast killed the crew"
        Cue(@"\bkill(?:s|ed|ing)?\s+(?:off\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:(?-i:\p{Lu})|(?:[\w-]+\s+){0,2}?(?:program|programme|project|mission|station)\b)", -3, "cancels"),
        // the same said as a fate: "the Orion spacecraft and the Gateway are getting the chop"
        Cue(@"\b(?:get|gets|getting|got|gotten|given|face|faces|facing)\s+the\s+(?:chop|axe|ax)\b", -3, "cancels"),

        // refusing −2
        // avoidance: a refusal worded without "not" ("will skip large-scale participation", "refrain from")
        Cue(@"\bskip(?:s|ped|ping)?\s+(?:[\w-]+\s+){0,2}?(?:participation|involvement|part)\b", -2, "avoids"),
        Cue(@"\b(?:refrain(?:s|ed|ing)?|abstain(?:s|ed|ing)?)\s+from\b", -2, "avoids"),
        Cue(@"\b(?:stay(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+out\s+of\b|\bopt(?:s|ed|ing)?\s+out\s+of\b|\bbow(?:s|ed)?\s+out\s+of\b|\bback(?:s|ed)?\s+out\s+of\b|\bwalk(?:s|ed)?\s+away\s+from\b", -2, "avoids"),
        Cue(@"\b(?:forgo(?:es|ing|ne)?|forwent|boycott(?:s|ed|ing)?|shun(?:s|ned|ning)?)\b", -2, "avoids"),
        // a launch judged improbable: "the launch this year of a joint mission with Russia to Mars is now “very unlikely”"
        Cue(@"\b(?:launch|launches|landing|mission|flight)\b(?:\s+[\w’'-]+){0,12}?\s+(?:is|was|are|were|looks|seems|appears)\s+(?:now\s+)?[""“]?(?:very\s+|highly\s+|increasingly\s+|extremely\s+)?unlikely\b", -2, "unlikely to go ahead"),
        Cue(@"\b(?:unlikely|not\s+likely|reluctant|unwilling|hesitant|unable|not\s+able)\s+to\s+(?:participate|join|take\s+part|sign|cooperate|contribute|send|work\s+with|be\s+involved|continue)\b", -2, "unlikely to participate", negated: true),
        // negated means: "neither the budget nor the green light to engage", "no plans or money to send"
        Cue(@"\b(?:no|neither|nor|without|lack(?:s|ed|ing)?(?:\s+of)?|not\s+(?:have|had|has)\s+(?:the|any|a)?)\s+(?:the\s+|any\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:budget\w*|funding|funds|money|green\s*-?\s*light|mandate|approval|resources|means)\b", -2, "has no means", negated: true),
        Cue(@"\b(?:not|no\s+longer)\s+interested\b", -2, "not interested", negated: true),
        Cue(@"\bno\s+interest\b", -2, "not interested", negated: true),
        Cue(@"\b(?:(?:will|would|does|do|did|shall|is|are|was|were|can|could)\s*(?:n['’]t|not)|cannot|can['’]t)\s+(?:be\s+involved|participate|take\s+part|join|sign)\b", -2, "will not participate", negated: true),
        // absence denied is presence: "Poland will not be absent from these undertakings", "we cannot stay away from it"
        Cue(@"\b(?:(?:will|would|shall|must|can|could|should)\s*(?:n['’]t|not)|cannot|won['’]t)\s+(?:be\s+absent|stay\s+away|remain\s+absent|be\s+left\s+out)\b", 2, "will not be absent", participation: true, negated: true),
        Cue(@"\b(?:won['’]t|wouldn['’]t|doesn['’]t|don['’]t|didn['’]t|isn['’]t|aren['’]t)\s+(?:be\s+involved|participate|take\s+part|join|sign)\b", -2, "will not participate", negated: true),
        Cue(@"\bnot\s+(?:to\s+)?(?:participate|take\s+part|join|be\s+involved)\b", -2, "will not participate", negated: true),
        Cue(@"\bno\s+longer\s+(?:(?:will|would|shall|can|could)\s+)?(?:participate|take\s+part|be\s+involved|cooperate|work\s+with)\b", -2, "will no longer participate", negated: true),
        Cue(@"\b(?:does|do|did)\s*(?:n['’]t|not)\s+intend\s+to\b", -2, "does not intend", negated: true),
        // an aim given up: "would no longer try to fly the rover that year", "no longer plans to fly it"
        Cue(@"\bno\s+longer\s+(?:(?:will|would|shall|can|could)\s+)?(?:attempt|try|tries|plan|intend|seek|aim|want)s?\s+to\b", -2, "gives up the aim", negated: true),
        // going on ruled out as impossible: "it was no longer possible to proceed with the probe", "impossible to go ahead",
        // "the impossibility of pursuing the joint work"
        Cue(@"\b(?:not|no\s+longer)\s+(?:\w+ly\s+)?possible\s+to\s+(?:move\s+forward|go\s+ahead|proceed|continue|carry\s+on|launch|fly|cooperate|work)\b|\b(?:impossible|infeasible|unfeasible)\s+to\s+(?:move\s+forward|go\s+ahead|proceed|continue|carry\s+on|launch|fly|cooperate|work)\b|\bimpossibility\s+of\s+(?:carrying\s+(?:out|on)|continuing|pursuing|implementing|proceeding\s+with|launching)\b", -2, "impossible to proceed", negated: true),
        Cue(@"\bno\s+(?:intention|plans?)\s+(?:of|to)\b", -2, "does not intend", negated: true),
        Cue(@"\b(?:refuse[sd]?|refusing|refusal)\s+to\s+(?:participate|join|take\s+part|sign|cooperate|collaborate|team\s+up|partner)\b", -2, "refuses"),
        Cue(@"\bdeclin(?:e|es|ed|ing)\s+to\s+(?:participate|join|take\s+part|sign|cooperate|collaborate|team\s+up|partner)\b", -2, "declines"),
        // the refusal's object a noun, not a verb: "the agency chose to decline participation in the station", "refused membership"
        Cue(@"\b(?:declin(?:e|es|ed)|refus(?:e|es|ed|ing))\s+(?:(?:its|their|any|further|the|an|this)\s+)?(?:participation|involvement|membership|invitation)\b", -2, "declines"),
        Cue(@"\breject(?:s|ed|ing|ion)?\b", -2, "rejects"),
        Cue(@"\bdismiss(?:es|ed|ing)?\b", -2, "dismisses"),
        // attention turned away: "NASA should not be talking about going to the Moon", "should forget about the station"
        Cue(@"\b(?:should|must|need\s+to|ought\s+to)\s*(?:not|n['’]t)\s+(?:be\s+)?(?:talk(?:ing)?\s+about|focus(?:ed|ing)?\s+on|spend(?:ing)?\s+(?:(?:time|money)\s+)?on)\b|\b(?:should|must|can|could)\s+forget\s+(?:about\s+)?", -2, "should drop it"),
        Cue(@"\bdismiss(?:es|ed|ing)?\s+(?:[\w""“”'’-]+\s+){1,6}?as\b", -1, "dismisses as"),
        // brushing off a threat to the program is standing by it: "shrugged off warnings that sanctions could wreck the station"
        Cue(@"\b(?:dismiss(?:es|ed|ing)?|shrug(?:s|ged|ging)?\s+off|brush(?:es|ed|ing)?\s+(?:aside|off)|play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?|wav(?:e|es|ed|ing)\s+off)\s+(?:[\w""“”'’.-]+\s+){0,5}?(?:warnings?|threats?|fears|concerns|failure|setback)\b|\b(?:shrug(?:s|ged|ging)?\s+off|brush(?:es|ed|ing)?\s+(?:aside|off)|play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?|wav(?:e|es|ed|ing)\s+off)\s+(?:[\w""“”'’.-]+\s+){0,5}?(?:remarks|comments|statements|posts|tweets|suggestions?|claims)\b", 1, "dismisses a threat", participation: true),
        Cue(@"\b(?:will|would|shall)\s*(?:not|n['’]t)\s+(?:send|provide|supply|contribute|fund|deliver|build)\b|\bwon['’]t\s+(?:send|provide|supply|contribute|fund|deliver|build)\b", -2, "will not contribute", negated: true),
        Cue(@"\b(?:could|can|cannot|can['’]t)\s*(?:n['’]t|not)?\s*afford\s+to\s+participate\b", -2, "cannot afford to participate", negated: true),
        Cue(@"\bnot\s+(?:going|planning)\s+to\s+(?:join|participate|take\s+part)\b", -2, "will not participate", negated: true),
        Cue(@"\brul(?:e|es|ed)\s+out\b", -2, "rules out"),
        // cooperation made conditional on lifting sanctions: "demanding they lift the sanctions", "possible only with the lifting of sanctions"
        Cue(@"\b(?:demand(?:s|ed|ing)?|request(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on|only\s+(?:with|after|if|when)|unless|conditional\s+on)\b[^.;!?]{0,60}?\blift(?:s|ed|ing)?\b[^.;!?]{0,40}?\bsanctions\b", -2, "conditional on sanctions"),
        Cue(@"\bturn(?:s|ed)?\s+down\b", -2, "turns down"),

        // cutting a program's money, or granting far less than asked: "slashed its budget", "offering just $300 million"
        Cue(@"\b(?:cut(?:s|ting)?|slash(?:es|ed|ing)?|gut(?:s|ted|ting)?|trim(?:s|med|ming)?|zero(?:es|ed|ing)?\s+out)\s+(?:(?:its|their|the|\p{Lu}[\w.]*['’]s)\s+)?(?:[\w-]+\s+){0,4}?(?:funding|budget|funds|money)\b|\b(?:funding|budget)\s+cuts?\s+(?:to|for)\b", -2, "cuts its funding"),
        // work put off without a new date: "would postpone work on the next rocket version", "defer development of the lander",
        // "would delay plans for the next stage of the mission"
        Cue(@"\b(?:delay(?:s|ed|ing)?|defer(?:s|red|ring)?|postpon(?:e|es|ed|ing)|slow(?:s|ed|ing)?)\s+(?:all\s+)?(?:(?:work|development|funding|spending|procurement|progress|(?:the\s+)?next\s+(?:phase|stage|step))\s+(?:on|of|for)|plans\s+(?:to\s+(?:move|advance|proceed\s+with|take)|for))\s+(?:(?:the|its|their|an?)\s+)?(?:(?:upgraded|new|next|second|larger|bigger)\s+)?(?:(?-i:\p{Lu})|(?:version|rocket|lander|station|module|mission|program|programme|spacecraft|project)\b)", -2, "defers work"),
        // an amount less than before, or named as the cut: "$300 million less than last year", "a decrease of
        // $480 million", "a $2 billion cut to the agency's budget" (longer than the money it would otherwise provide)
        Cue(@"[$€£]\s?\d[\d.,]*\s*-?\s*(?:m|bn|million|billion)?\s+(?:less|lower)\s+than\b|\b(?:decrease|reduction|cut)\s+of\s+(?:about\s+|nearly\s+|some\s+|roughly\s+)?(?:US\s?)?[$€£]\s?\d|(?:\b(?:propos|seek|sought|request|recommend|includ)\w*\s+(?:an?\s+|the\s+)?)?(?:US\s?)?[$€£]\s?\d[\d.,]*\s*-?\s*(?:m|bn|million|billion)?\s+(?:US\s+|U\.S\.\s+)?(?:cut|cuts|reduction|decrease)\s+(?:to|in|for|from|of)\s+(?:[\w'’.-]+\s+){0,4}?(?:budget|funding|funds|spending|program|programme|agency|NASA)\b", -2, "cuts its funding"),
        // undoing a cut is for the program: "urged NASA to reverse the funding cuts to the mission", "a reversal of cuts made to its budget";
        // so is holding one off, and the cuts may be the ones just named: "called on the agency to refrain from the cuts"
        Cue(@"\b(?:revers(?:e|es|ed|ing|al\s+of)|rescind(?:s|ed|ing)?|undo(?:es|ing)?|restor(?:e|es|ed|ing|ation\s+of)|oppos(?:e|es|ed|ing|ition\s+to)|(?:refrain(?:s|ed|ing)?|abstain(?:s|ed|ing)?)\s+from|pull(?:s|ed|ing)?\s+back\s+on|(?:prevent|block|avert|halt)(?:s|ed|ing)?)\s+(?:(?:the|these|those|its|their|any|such)\s+(?:(?:proposed|planned|deep|drastic|steep|looming)\s+)?(?:cuts|reductions)\b|(?:(?:the|these|those|its|their|any|such)\s+)?(?:(?:[\w'’-]+\s+){0,4}?(?:funding|budget|budgetary|spending|financial)\s+(?:cuts?|reductions?)\b|(?:[\w'’-]+\s+){0,2}?(?:cuts?|reductions?)\s+(?:made\s+)?(?:to|in|for|of)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w'’-]+\s+){0,3}(?:funding|budget|funds|spending)\b|(?:mission|program|programme|project|station)\b|(?-i:\p{Lu}))))", 2, "reverses a cut"),
        // money put back: "restores funding for two more flights"
        Cue(@"\brestor(?:e|es|ed|ing|ation\s+of)\s+(?:the\s+|its\s+|full\s+)?(?:funding|funds|money|budget)\s+(?:for|to|of)\b", 2, "restores funding", participation: true),
        Cue(@"\b(?:offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|grant(?:s|ed|ing)?|recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|direct(?:s|ed|ing)?|includ(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set(?:s|ting)?\s+aside)\s+(?:[\w-]+\s+){0,2}?(?:just|only|merely|a\s+mere)\s+(?:US)?[$€£]\s?\d[\d.,]*(?:\s+(?:million|billion))?", -2, "grants too little"),

        // critical −1
        Cue(@"\btoo\s+(?:expensive|costly|slow|risky)\b|\bun(?:affordable|sustainable)\b|\bover\s+budget\b|\bcost\s+overruns?\b|\bcosts?\s+too\s+much\b", -1, "too costly"),
        // late and dear as a finding: "is two years behind schedule", "will cost twice the agreed price", "overshot its cost commitment"
        Cue(@"\bbehind\s+schedule\b|\bcost(?:s|ing)?\s+(?:(?:at\s+least|nearly|almost|about|up\s+to|as\s+much\s+as|more\s+than)\s+)?(?:twice|double|triple|three\s+times|four\s+times|quadruple)\b|\b(?:exceed(?:s|ed|ing)?|overshot|overshoot(?:s|ing)?|overr[au]n|overruns?)\s+(?:its|their|the)\s+(?:(?:agreed|original|planned|approved)\s+)?(?:budget|cost\s+(?:estimate|commitment|baseline|cap)|baseline)\b", -1, "over budget and late"),
        // a plan not yet shown: "we still haven't seen a plan that shows us we can get to the moon", "has yet to see a credible plan"
        Cue(@"\b(?:(?:have|has|had)\s*(?:n['’]t|not)|(?:have|has)\s+yet\s+to|still\s+need\s+to)\s+(?:yet\s+)?(?:seen|see|received|receive|been\s+shown)\s+(?:a|any|the)\s+(?:viable\s+|credible\s+|realistic\s+|detailed\s+)?plan\b", -1, "doubts the plan"),
        // a deadline called arbitrary: "to meet the arbitrary 2024 Moon landing deadline"
        Cue(@"\barbitrary\s+(?:[\w-]+\s+){0,4}?(?:deadline|date|timeline|goal|target|schedule)\b", -1, "criticises the schedule"),
        // its future said to be in doubt: "the station's future hangs in the balance", "the future of the mission is uncertain"
        Cue(FutureOf + @"(?:is\s+|was\s+|remains\s+|looks\s+|seems\s+|now\s+)*(?:hangs?|hung|hanging)\s+in\s+the\s+balance\b|" + FutureOf + @"(?:is|was|remains|looks|seems)\s+(?:now\s+|still\s+|increasingly\s+|highly\s+)?(?:uncertain|in\s+doubt|in\s+question|unclear|bleak)\b", -1, "future in doubt"),
        // deontic criticism: "must be stopped", "should be scrapped"
        Cue(@"\b(?:must|should|ought\s+to)\s+be\s+(?:stopped|ended|abandoned|scrapped|cancell?ed|terminated|halted)\b", -1, "should be stopped"),
        // a rethink of it called for: "the whole project should be reconsidered"; not of a part of it ("the crew schedule"), nor of
        // whatever a capitalised word names ("NASA must be restructured to save Artemis")
        Cue(@"\b(?:mission|program|programme|project|architecture|campaign|effort)\s+(?:must|should|ought\s+to|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:re-?examined|re-?evaluated|re-?assessed|re-?thought|re-?planned|re-?scoped|restructured|reconsidered|overhauled)\b", -1, "calls for a rethink"),
        Cue(@"\bcriti(?:ci[sz](?:e|es|ed|ing)|cism|cal\s+of)\b", -1, "criticizes"),
        // a report judged by its tone: "a scathing report on", "issued a highly critical audit of" (not "a critical component")
        Cue(@"\b(?:scathing|damning|blistering|withering|harsh|(?:highly\s+|sharply\s+|deeply\s+)?critical)\s+(?:new\s+)?(?:report|audit|review|assessment|evaluation)\b", -1, "criticizes"),
        // a verdict on how it goes: "that's just not good enough", "the delays are unacceptable"
        Cue(@"\bnot\s+good\s+enough\b|\bunacceptable\b", -1, "finds wanting", negated: true),
        Cue(@"\b(?:too|overly|excessively)\s+(?:American|U\.?S\.?|US|Western)[-\s]centric\b", -1, "too American-centric"),
        Cue(@"\b(?:American|U\.S\.|US|Western)[-\s](?:centric|led\s+approach)\b", -1, "American-centric"),
        Cue(@"\bpolitical\s+project\b", -1, "political project"),
        Cue(@"\b(?:deviat|retreat|depart|stray)(?:e|es|ed|ing|s)?\s+from\s+(?:the\s+)?principles\b", -1, "deviates from principles"),
        Cue(@"\b(?:resembl\w*|similar\s+to|akin\s+to|like)\s+(?:a\s+)?NATO\b", -1, "like NATO"),
        Cue(@"\bNATO\b", -1, "NATO"),
        Cue(@"\b(?:does|do|did)\s*(?:n['’]t|not)\s+like\b|\bdislikes?\b", -1, "does not like", negated: true),
        Cue(@"\bconcern(?:s|ed)?\b", -1, "concern"),
        Cue(@"\bworr(?:y|ies|ied|ying)\b", -1, "worry"),
        Cue(@"\bominous\b", -1, "ominous"),
        Cue(@"\bthreat(?:en|ens|ening)?\b", -1, "threat"),
        // a danger ranked, not a risk that someone lowers: "the top safety risk for the station", "a serious hazard to the mission"
        // (what endangers it is someone else's act: Russia's test "endangered the crew" is no stance of the speaker's)
        Cue(@"\b(?:top|biggest|greatest|gravest|highest|main|major|serious|significant|severe|critical)\s+(?:(?:safety|technical|schedule|programmatic|mission)\s+)?(?:risks?|hazards?|dangers?)\b", -1, "ranks a risk"),
        // work on it brought to a stop, the work as subject: "work on the crewed mission came to a halt", "development has been stopped"
        Cue(@"\b(?:work|development|manufacturing|production|preparations?|activities|assembly|testing)\b(?:\s+(?:on|for|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?\s*(?:has\s+|have\s+|had\s+)?(?:(?:been|was|were)\s+)?(?:(?:halted|stopped|frozen|suspended|paused)\b|(?:came|come|comes|coming)\s+to\s+a\s+(?:halt|standstill|stop)\b|(?:ground|grinds|grinding)\s+to\s+a\s+(?:halt|standstill)\b)", -3, "work halted"),
        // a partner's hardware taken back from a joint mission: "the mutual return of equipment from the mission", "the lander has been
        // returned to Russia", "ship the instruments back"
        Cue(@"\b(?:(?:mutual\s+)?return|handover|hand-?back)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:equipment|hardware|lander|module|instruments|components)\b|\b(?:equipment|hardware|lander|module|instruments|components)\b[^.;!?]{0,120}?\b(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be)\s+(?:returned|shipped\s+back|sent\s+back|handed\s+back)\b|\b(?:ship(?:s|ped|ping)?|send(?:s|ing)?|sent|hand(?:s|ed|ing)?|bring(?:s|ing)?|brought)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:equipment|hardware|lander|module|instruments|components)\s+back\b", -2, "takes back its hardware"),
        // set back by an outside cause: "the mission will be affected by the lockdown", "had been badly hit by the pandemic"
        // (a thing merely "hit by" something is struck, not set back: "the station was hit by debris")
        Cue(@"\b(?:will|would|could|has|have|had|is|are|was|were)\s+(?:been\s+|be\s+)?(?:also\s+|certainly\s+)?(?:(?:badly\s+|severely\s+|seriously\s+|hard\s+)?(?:affected|impacted|disrupted|hampered)|(?:badly|severely|hard)\s+hit|hit\s+hard)\s+by\b", -1, "set back"),
        Cue(@"\bunacceptable\b", -1, "unacceptable"),
        Cue(@"\b(?:one-sided|unilateral(?:ly)?)\b", -1, "one-sided"),
        Cue(@"\b(?:skeptic|sceptic)\w*\b", -1, "skeptical"),
        Cue(@"\bnot\s+(?:as\s+)?(?:an?\s+)?international\b", -1, "not international", negated: true),
        Cue(@"\balliance\s+against\b", -1, "alliance against"),
        Cue(@"\bconfrontation\b", -1, "confrontation"),
        Cue(@"\btak(?:e|es|ing|en)\s+aim\s+at\b", -1, "takes aim at"),
        Cue(@"\bhostil(?:e|ity)\b", -1, "hostile"),
        Cue(@"\bcomplain(?:s|ed|t)?\b", -1, "complains"),
        Cue(@"\bcondemn(?:s|ed)?\b", -1, "condemns"),
        Cue(@"\b(?:lambast\w*|denounc(?:e|es|ed|ing)|rail(?:s|ed|ing)?\s+against|castigat\w*)\b", -1, "condemns"),
        // a breach of law or norms: "could be in violation of international law", "contravenes the treaty"
        Cue(@"\b(?:violat(?:e|es|ed|ing|ions?)|in\s+breach\s+of|breach(?:es|ed|ing)?\s+(?:the\s+|international\s+)?(?:treaty|law|agreement|accords?|norms)|contraven(?:e|es|ed|ing|tion))\b", -1, "violates"),
        Cue(@"\boppos(?:e|es|ed|ing|ition)\b", -1, "opposes"),
        // trust withheld is said by negating it: "I don't have great faith in the program" (a nearby "not" turns it round)
        Cue(@"\b(?:faith|confidence|trust)\s+in\b|\bbeliev(?:e|es|ed|ing)\s+in\b", 1, "trusts"),
        Cue(@"\b(?:lost|lose|loses|losing|shaken|undermin(?:e|es|ed|ing))\s+(?:(?:all|any|much|our|their|its|my|the)\s+)?(?:faith|confidence|trust)\s+in\b", -1, "distrusts"),
        Cue(@"\b(?:limited|insufficient(?:ly)?(?:\s+large)?|minor|secondary)\s+role\b", -1, "limited role"),
        Cue(@"\bflawed\b", -1, "flawed"),
        // found wanting: "the ISS is not effective enough", "an inefficient programme"
        Cue(@"\b(?:ineffective|inefficient|not\s+(?:very\s+|sufficiently\s+)?(?:effective|efficient)(?:\s+enough)?)\b", -1, "ineffective", negated: true),
        Cue(@"\b(?:ageing|aging|obsolete|outdated|worn[\s-]out)\b", -1, "ageing"),
        Cue(@"\b(?:unrealistic|unfeasible|pointless)\b", -1, "unrealistic"),

        // open +1
        Cue(@"\b(?:ready|prepared|willing)\s+to\s+(?:participate|join|take\s+part|contribute|sign|extend|renew|prolong)\b", 1, "ready to participate", participation: true),
        Cue(@"\b(?:could|might|may)\s+(?:still\s+|yet\s+|also\s+)?(?:join|participate|take\s+part|sign)\b", 1, "could join", participation: true),
        Cue(@"\bready\s+(?:to|for)\s+(?:continue\s+|advance\s+|conduct\s+|hold\s+|resume\s+|start\s+)?(?:the\s+|a\s+)?(?:dialogue|talks|consultations|discussions?|negotiations)\b", 1, "ready for dialogue", participation: true),
        Cue(@"\bready\s+to\s+(?:continue|advance|discuss|consider|talk|conduct|cooperate|work)\b", 1, "ready to", participation: true),
        Cue(@"\bready\s+to\s+(?:land|launch|fly|send|build|deploy)\b", 2, "ready to go", participation: true),
        // a crew or a craft said ready for the flight: "he and his crewmates are ready for a historic trip around the moon"
        Cue(@"\b(?:is|are|am|['’]re|feels?|declared|pronounced)\s+(?:now\s+|fully\s+|all\s+|absolutely\s+|more\s+than\s+)?ready\s+for\s+(?:the\s+|a\s+|an\s+|this\s+|its\s+|our\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:mission|flight|launch|trip|journey|voyage|landing|liftoff|lift-off)\b", 2, "ready to go", participation: true),
        // and talks taken up again: "have returned to discussing the mission", "resumed talks on"
        Cue(@"\b(?:continue|advance|conduct|resume|hold)\s+(?:the\s+)?(?:dialogue|consultations|talks|negotiations)\b|\b(?:return(?:s|ed|ing)?\s+to|resum(?:es|ed|ing))\s+(?:the\s+)?(?:discussing|discussions?|talks|negotiations)\b", 1, "continues dialogue", participation: true),
        // talks whose subject is taking part: "the next stage of the negotiations with NASA on the participation in the Gateway"
        Cue(@"\b(?:negotiations|talks|consultations|discussions)\s+(?:with\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?)?(?:on|about|over|regarding|concerning)\s+(?:the\s+|its\s+|our\s+|their\s+|a\s+)?(?:possible\s+|future\s+|further\s+)?(?:participation|involvement|joining|membership)\s+(?:in|of|to)\b", 1, "in talks on taking part", participation: true),
        Cue(@"\bopen\s+to\b", 1, "open to", participation: true),
        // opened to others: "will open the station to foreign astronauts", "opened its lunar missions up to international payloads"
        Cue(@"\b(?:(?:will|would|to|shall)\s+open|open(?:s|ed|ing))\s+(?:up\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:up\s+)?to\s+(?:foreign|international|other|all)\b", 2, "opens it to partners", participation: true),
        // others pressed to hurry it: "urging a partner to speed up its crew plans"
        Cue(@"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on)\s+(?:[\w.'’-]+\s+){1,3}?to\s+(?:speed\s+up|accelerate|expedite|hasten|fast-?track)\b", 2, "presses for it", participation: true),
        // help pledged or given to a program: "promised every kind of help for the crewed flight", "pledged full technical assistance to the mission",
        // "has been providing support to the mission"
        Cue(@"\b" + Pledging + @"\s+(?:(?:all|every|full|its|their|our|any|complete|comprehensive|technical|necessary|possible|kind\s+of|type\s+of|sorts?\s+of)\s+){0,3}(?:assistance|help|support)\s+(?:for|to|in|with)\b", 2, "pledges help", participation: true),
        Cue(@"\b" + Pledging + @"\s+no\s+(?:(?:further|more|technical|financial)\s+)?(?:assistance|help|support)\b", -2, "refuses help", negated: true),
        // room offered to others: "provides opportunities for international cooperation", "offers space for partners' payloads"
        Cue(@"\b(?:provid|offer|creat|open)(?:e|es|ed|ing|s)?\s+(?:up\s+)?(?:new\s+|more\s+|many\s+)?(?:opportunit(?:y|ies)|room|space|a\s+platform)\s+for\s+(?:international\s+|foreign\s+)?(?:cooperation|collaboration|partners?|participation)\b", 1, "offers room for partners", participation: true),
        // volition as a noun: "voiced willingness to work with", "expressed a desire to join"
        Cue(@"\b(?:willingness|readiness|desire|eagerness)\s+to\b", 1, "willing to", participation: true),
        // weighing an option: "are considering putting a reactor on the Moon", "studying the option of sending"
        Cue(@"\b(?:consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|weigh(?:s|ed|ing)?|explor(?:e|es|ed|ing))\s+(?:the\s+|an?\s+)?(?:possibility|option|idea)s?\s+of\b|\b(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?(?:considering|weighing|exploring)\s+(?:joining|building|sending|participating|taking\s+part|putting|launching|creating|developing|extending|signing)\b|\b(?:think(?:s|ing)?|thought)\s+(?:about|of)\s+(?:joining|building|participating|taking\s+part|launching|creating|developing|extending|establishing)\b", 1, "considers", participation: true),
        Cue(@"\bwilling\s+to\b", 1, "willing to", participation: true),
        Cue(@"\b(?:could|may|might|would)\s+(?:also\s+)?consider\b", 1, "could consider", participation: true),
        Cue(@"\bconsider(?:s|ing)?\s+(?:its\s+|our\s+|their\s+)?participation\b", 1, "considers participation", participation: true),
        // a joint undertaking under discussion: "is also discussing a possible mission to the moon with JAXA", "considering options to allow him to fly"
        Cue(@"\b(?:discuss(?:es|ed|ing)?|consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|stud(?:y|ies|ied|ying))\s+(?:a|an|the)\s+(?:possible|potential|proposed|joint)\s+(?:[\w-]+\s+){0,2}?(?:mission|project|flight|cooperation|collaboration|partnership)\b|\bconsidering\s+options\s+to\s+(?:allow|let|enable|send|fly)\b", 1, "considers taking part", participation: true),
        // and the same put as expectations: "great expectations of the joint work on the station"
        Cue(@"\bhop(?:e|es|ed|eful|ing)\b|\b(?:high|great|big|strong)\s+expectations\s+(?:for|of|from)\b", 1, "hopes"),
        Cue(@"\binterest(?:ed)?\s+in\b|\binterest\s+us\b", 1, "interested", participation: true),
        Cue(@"\bwelcom(?:e|es|ed|ing)\b", 1, "welcomes"),
        Cue(@"\b(?:dialogue|consultations)\b", 1, "dialogue"),
        Cue(@"\bharmoni[sz]ation\b", 1, "harmonization"),
        Cue(@"\b(?:possible|potential)\s+(?:interaction|cooperation|collaboration|participation)\b", 1, "possible cooperation"),
        Cue(@"\bdoor\s+(?:remains\s+|is\s+)?open\b", 1, "door open"),

        // supportive +2
        // volition and desire: "would love to see", "wants to extend", "is determined to"
        Cue(@"\b(?:would|'d|’d)\s+(?:love|like)\s+(?:nothing\s+(?:more|better)\s+than\s+)?to\b", 1, "would like to", participation: true),
        Cue(@"\bwant(?:s|ed)?\s+to\s+(?:see|extend|continue|keep|be\s+(?:a\s+)?(?:part|partner))\b|\bwant(?:s|ed)?\s+(?:an?\s+|the\s+)?(?:agreement|extension|deal)\b", 2, "wants", participation: true),
        Cue(@"\bdetermined\s+to\b", 2, "is determined to", participation: true),
        // a purpose owned by the speaker: "it is our endeavour to send them by 2025", "our shared ambition to see astronauts on the Moon"
        Cue(@"\b(?:is|it['’]s)\s+(?:our|their|its|his|her)\s+(?:firm\s+|clear\s+)?(?:endeavou?r|aim|goal|intention|ambition|objective|target|plan|mission)\s+to\b|\b(?:our|their|its|shared|common)\s+(?:shared\s+|common\s+)?(?:ambition|aspiration|endeavou?r)\s+to\b", 2, "aims to", participation: true),
        Cue(@"\bwant(?:s|ed)?\s+(?:[\w.]+\s+){1,3}?to\s+(?:be\s+(?:the\s+)?first|lead|win|succeed)\b", 2, "wants it to lead", participation: true),
        // welcome and invitation: "invites partners to join", "congratulations on"
        Cue(@"\binvit(?:e|es|ed|ing|ations?)\b", 2, "invites", participation: true),
        // a date set for it: "sets a 2028 deadline for returning astronauts to the Moon", "formalizes a timeline for the landing"
        Cue(@"\b(?:set(?:s|ting)?|fix(?:es|ed|ing)?|formali[sz](?:e|es|ed|ing)|establish(?:es|ed|ing)?)\s+(?:a|an|the)\s+(?:new\s+|firm\s+|clear\s+)?(?:(?:19|20)\d\d\s+)?(?:launch\s+)?(?:deadline|target\s+date|timeline|timetable|date)\s+(?:of\s+(?:19|20)\d\d\s+)?for\b", 2, "sets a date for", participation: true),
        // proposing that others join is inviting them: "China proposes that SCO countries take part in building the station"
        Cue(@"\bpropos(?:e|es|ed|ing)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,8}?(?:join|take\s+part|participate|become\s+(?:a\s+)?partners?)\b", 2, "invites", participation: true),
        // others urged to join it: "called on Southeast Asian nations to join the lunar station", "urged partners to take part"
        Cue(@"\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:nations|countries|states|partners|governments|agencies|others|everyone|all)\s+to\s+(?:join|take\s+part\s+in|participate\s+in|sign)\b", 2, "invites", participation: true),
        // a partner the program cannot do without: "Artemis cannot succeed without Japan's help"
        Cue(@"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|will\s+not|won['’]t|would\s+not|wouldn['’]t)\s+(?:succeed|work|happen|be\s+done|be\s+achieved)\s+without\b", 2, "needs its partners", participation: true),
        // a launch date set: "will be the launch date of the first Emirati astronaut's trip to the station"
        Cue(@"\blaunch\s+date\s+(?:of|for)\b", 2, "is scheduled", participation: true),
        Cue(@"\bcongratulat(?:e|es|ed|ing|ions)\b|\b(?:sent|sends|send|sending|extended|expressed|offered|conveyed)\s+(?:its|their|his|her|our|warm|best|good)\s+(?:(?:good|best|warm|warmest|sincere)\s+)?wishes\b", 2, "congratulates"),
        Cue(@"\bencourag(?:e|es|ed|ing)\b", 1, "encourages"),
        // continuation and extension: "will continue until 2028", "extend the operation of the station", "keeps the station flying until 2030"
        Cue(@"\b(?:continu(?:e|es|ed|ing)|extend(?:s|ed|ing)?|extension|prolong(?:s|ed|ing|ation)?|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|operat(?:e|es|ed|ing)|use|uses|using|participat(?:e|es|ed|ing|ion)|work(?:s|ed|ing)?|keep(?:s|ing)?|kept|fly(?:ing)?|flies)\b[^.;!?]{0,80}?\b(?:until|till|through|to|beyond|past)\s+(?:at\s+least\s+)?(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", 2, "continues until", participation: true),
        // a program opened to new users, named or called a station: "will open the station to private visitors", "is opening up the
        // Space Station for commercial business"; not a part of it ("open the ISS hatch to the visitors")
        Cue(@"\bopen(?:s|ed|ing)?\s+(?:up\s+)?(?:the\s+|its\s+|our\s+)(?:(?:(?-i:\p{Lu})[\w’'.-]*\s+(?:\([\w.-]+\)\s+)?){1,5}|(?:orbiting\s+|orbital\s+|space\s+)?(?:station|outpost|laboratory|lab)\s+)(?:up\s+)?(?:to|for)\s+(?:the\s+)?(?:commercial|private|business|tourism|tourists?|visitors|paying|foreign|industry|compan(?:y|ies)|firms|partners|other\s+(?:countries|nations|agencies))\b", 2, "opens it to others", participation: true),
        Cue(@"\bextend(?:s|ed|ing)?\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:(?:technical|scientific|joint|further|practical|bilateral)\s+)?(?:operation|operations|lifetime|life|service\s+life|work|participation|cooperation|collaboration|mission)\b|\bextension\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:operation|operations|lifetime|life|station|program|programme|mission|ISS|participation|cooperation|involvement)\b|\bextend(?:s|ed)\s+(?:the\s+|its\s+|their\s+|our\s+)(?:[\w'’-]+\s+){0,3}?(?:agreement|deal|arrangement|contract|partnership|memorandum)\b", 2, "extends", participation: true),
        // continuing a program: "continue Russia's lunar program", "the programme will go on", "decided not to stop it"
        Cue(@"\bcontinu(?:e|es|ed|ing|ation\s+of)\s+(?:the\s+|its\s+|our\s+|their\s+|\p{Lu}[\w.]*['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:program|programme|mission|project|exploration|flights)\b", 2, "continues the program", participation: true),
        Cue(@"\b(?:program|programme|mission|project|cooperation|work)(?:\s+(?:with|on|in)\s+(?:the\s+)?[\w'’-]+)?\s+(?:will|would|shall|must)\s+(?:still\s+|certainly\s+|definitely\s+|probably\s+|likely\s+|surely\s+|also\s+)?(?:continue|go\s+on|proceed)\b|\bnot\s+to\s+(?:stop|halt|abandon|give\s+up|end)\b", 2, "continues the program", negated: true),
        // an ending denied: "its failure does not mean that we will end (close) this program", "doesn't mean the program has come to an end"
        Cue(@"\b(?:does|do|did)\s*(?:n['’]t|not)\s+mean\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?(?:(?:will|would|are\s+going\s+to|is\s+going\s+to)\s+)?(?:end|stop|abandon|give\s+up|close|scrap|halt|shut\s+down|wind\s+down|(?:has|have|had)\s+(?:come\s+to\s+an\s+end|ended|stopped))\b", 2, "does not mean the end", negated: true),
        // and told as an end that is not coming: "the failure will not be the end of the moon program", "does not signal the end of its efforts"
        Cue(@"\b(?:(?:is|was|are)\s*(?:not|n['’]t)|(?:will|would|does|did|shall)\s*(?:not|n['’]t|never)\s+(?:be|mean|signal|sign|spell|mark))\s+(?:the\s+|an\s+)?end\s+(?:of|for|to)\s+(?:[\w'’-]+\s+){0,4}?(?:program|programme|mission|missions|project|efforts?|exploration|cooperation|partnership|work|ambitions?|plans?)\b", 2, "does not mean the end", negated: true),
        Cue(@"\b(?:carry|carries|carrying)\s+on\s+(?:with\s+)?(?:the|this|our|its)\s+(?:[\w'’-]+\s+){0,2}?(?:work|program|programme|mission|project)\b|\b(?:work|program|programme|mission|project)(?:\s+(?:on|for|of)\s+[^.;!?,]{1,40}?)?\s+will\s+be\s+(?:continued|carried\s+on)\b", 2, "continues the program", participation: true),
        Cue(@"\b(?:ensur|secur|safeguard|guarante)\w*\s+the\s+(?:\w+\s+)?(?:success|future|survival|completion|continuation)\s+of\b", 2, "secures its future", participation: true),
        // the same told of the thing itself: "a seat on the station is now guaranteed", "funding is now secured";
        // and as a necessity: "an on-time launch is a must for us"
        Cue(@"\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:now\s+|already\s+|fully\s+)?(?:guaranteed|assured|secured)\b", 2, "is assured", participation: true),
        Cue(@"\b(?:is|are|was|remains?)\s+(?:for\s+(?:me|us)\s+)?(?:an\s+absolute\s+|a\s+)must\b", 2, "is a must", participation: true),
        Cue(@"\b(?:will|would|shall|plan\s+to|plans\s+to|intend\s+to|to)\s+continue\s+(?:working|operating|flying|cooperating|participating|depending|until|through|beyond|after)\b", 2, "will continue", participation: true),
        // the work itself said to go on: "Efforts to establish contact will continue", "cooperation on the station will continue"
        Cue(@"\b(?:efforts|attempts|work|operations|cooperation|collaboration)\b(?:\s+[\w'’-]+){0,6}?\s+(?:will|would|shall)\s+(?:still\s+|also\s+)?continue\b", 2, "will continue", participation: true),
        Cue(@"\b(?:will|shall|are\s+going\s+to|is\s+going\s+to|we|(?:is|are)\s+(?:set|due|expected|slated|scheduled)\s+to)\s+(?:(?:also|most|likely|probably|still|certainly|definitely|highly)\s+){0,3}(?:take\s+part|participate|cooperate|collaborate)\b", 2, "will take part", participation: true),
        // a crew member assigned to it: "was assigned a long stay on the outpost", "was named to the crew of the flight",
        // "will serve as her colleague's back-up on the lunar flyby"; flown or sent there: "will head back to the outpost next year",
        // "is to be sent to the station for a stay of some months", "will live and work aboard for six months" (a station, the Moon
        // or an acronym after the article: not "return to the negotiating table")
        Cue(@"\bassign(?:ed|s)?\s+(?:to\s+)?(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:mission|flight|expedition|crew|seat|stay|increment|rotation)\b|\bassigned\s+to\s+be\b|\b(?:named|selected|chosen|picked)\s+(?:to|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:crew|mission|flight|expedition)\b|\b(?:selected|chosen|picked|trained)\s+(?:[\w-]+\s+){0,6}?to\s+(?:take\s+part|participate|fly)\s+in\b", 2, "assigns a crew member", participation: true),
        Cue(@"\b(?:will|would|shall|to)\s+(?:be|serve\s+as)\s+(?:[\w'’-]+\s+){0,3}?(?:back-?up|commander|pilot|crew\s+member|mission\s+specialist|flight\s+engineer)\s+(?:for|on|of|aboard)\b", 2, "assigns a crew member", participation: true),
        Cue(@"\b(?<cue>(?:will|would|shall|to)\s+(?:(?:also|then|soon|now|again)\s+)?(?:be\s+sent|be\s+flown|fly|return|head\s+back)\s+(?:back\s+)?to)\s+(?:the|its|their|our)\s+(?:(?-i:\p{Lu}{3,5})\b|(?:[\p{L}'’-]+\s+){0,3}?(?:station|outpost|laboratory|lab|moon)\b)|\b(?:will|to)\s+(?:(?:then|also)\s+)?(?:spend|stay|live|work|live\s+and\s+work)\s+(?:there|on\s+board|aboard|in\s+orbit)\s+(?:for\s+)?" + Duration + @"\b|\b(?:will|to)\s+spend\s+" + Duration + @"\s+(?:on|aboard|in|at)\s+(?:the|its|their|our)\b", 2, "flies a crew there", participation: true),
        // work on it carried on: "continuing the construction of the outpost", "to continue the expansion of its laboratory"
        Cue(@"\bcontinu(?:e|es|ed|ing)\s+(?:the\s+)?(?:assembly|construction|building|expansion|development|operation|operations)\s+(?:of|on)\b", 2, "continues the program", participation: true),
        // lasting for good: "the outpost will always remain in orbit", "should fly indefinitely", "will stay in orbit forever"
        // (not "will remain indefinitely suspended", "must stay permanently closed": remaining takes "for ever" only)
        Cue(@"\b(?:will|would|should|must|shall)\s+(?:always\s+(?:be\s+there|exist|remain\s+in\s+orbit|be\s+in\s+orbit)|(?:exist|be\s+there|fly|orbit|operate)\s+(?:forever|permanently|indefinitely|for\s+ever)|(?:remain|stay|continue)\s+(?:in\s+(?:orbit|operation|service)\s+)?(?:forever|for\s+ever))\b", 2, "will last", participation: true),
        Cue(@"\b(?:maintain(?:s|ed|ing)?|sustain(?:s|ed|ing)?|preserv(?:e|es|ed|ing)|keep(?:s|ing)?)\s+(?:its\s+|our\s+|their\s+|the\s+|a\s+|an\s+)?(?:(?:permanent|continuous|continued|uninterrupted|human|strong|active|current)\s+){0,2}(?:presence|participation|involvement|partnership|operations?|role)\b", 2, "maintains presence", participation: true),
        // cooperation kept going: "both sides will preserve their joint cooperation on the outpost"
        Cue(@"\b(?:maintain(?:s|ed|ing)?|sustain(?:s|ed|ing)?|preserv(?:e|es|ed|ing)|keep(?:s|ing)?|kept)\s+(?:its|our|their|the)\s+(?:(?:joint|bilateral|close|long-?standing|existing|current)\s+)?(?:cooperation|collaboration)\b", 2, "keeps cooperating", participation: true),
        // commitment: "our commitments to the station", "remains committed"
        Cue(@"\bcommitments?\s+(?:to|under|in|on|for)\b|\bobligations?\s+(?:to|toward|towards|before|under)\s+(?:the\s+|our\s+|its\s+)?partners\b", 2, "commitments", participation: true),
        Cue(@"\bfulfil+(?:s|ed|ing)?\s+(?:all\s+)?(?:its|our|their|the)\s+(?:[\w-]+\s+){0,2}?(?:obligations|commitments)\b", 2, "honours commitments", participation: true),
        // deontic support: "in no case should the programme be interrupted", "must continue"
        Cue(@"\b(?:in\s+no\s+case|under\s+no\s+circumstances|by\s+no\s+means|never)\s+(?:should|must|can|will|shall)\b[^.;!?]{0,60}?\b(?:interrupted|stopped|halted|abandoned|ended|cancell?ed|terminated|suspended)\b", 2, "must not be stopped", negated: true),
        Cue(@"\b(?:can\s*not|can['’]t|must\s+not|mustn['’]t|should\s+not|shouldn['’]t|may\s+not)\s+(?:be\s+)?(?:abandon(?:ed)?|stop(?:ped)?|halt(?:ed)?|interrupt(?:ed)?|end(?:ed)?|cancell?(?:ed)?|terminated?|suspend(?:ed)?|give(?:n)?\s+up|curtail(?:ed)?)\b", 2, "must not be stopped", negated: true),
        // continuation despite a conflict: "the cooperation on the station will not stop because of …", "the crisis will not alter the joint work"
        Cue(@"\b(?:cooperation|collaboration|partnership|joint\s+work|cooperative\s+work)\b[^.;!?]{0,80}?\b(?:will|would|does|did|has|have|is|are)\s*(?:not|n['’]t|never)\s+(?:going\s+to\s+)?(?:stop|end|cease|be\s+(?:interrupted|stopped|halted|affected|suspended|ended))\b", 2, "continues despite", negated: true),
        Cue(@"\b(?:will|would|does|did)\s*(?:not|n['’]t|never)\s+(?:alter|affect|disrupt|harm|change)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:joint|cooperative|bilateral)\s+)?(?:cooperation|collaboration|partnership|work)\b", 2, "continues despite", negated: true),
        Cue(@"\b(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:continue|go\s+on|be\s+(?:preserved|maintained|extended|continued|supported))\b", 2, "must continue"),
        // letting it finish: "lawmakers should let the agency finish the flights", "let the agency carry on with the program"
        Cue(@"\b(?:should|must|need\s+to|ought\s+to)\s+(?:allow|let|permit)\s+(?:[\w.'’-]+\s+){1,3}?(?:to\s+)?(?:complete|finish|continue|proceed\s+with|carry\s+on)\b", 2, "must continue"),
        // dropping it called a mistake: "skipping the Moon would be an error", "cancelling the station was a grave error"
        Cue(@"\b(?:to\s+)?(?:bypass|skip|abandon|cancel|drop|scrap|end|leave|quit|give\s+up)\w*\s+[^.;!?]{1,60}?\s+(?:would\s+be|will\s+be|is|was)\s+(?:a\s+)?(?:big\s+|huge\s+|grave\s+|serious\s+|terrible\s+|historic\s+|strategic\s+)?(?:mistake|error|blunder)\b", 2, "dropping it is a mistake"),
        // a need or importance stated: "it is essential for the country to fly crews to the Moon"
        Cue(@"\b(?:is|it['’]s)\s+(?:very\s+|really\s+|so\s+|extremely\s+|absolutely\s+)?(?:important|essential|vital|crucial|critical|imperative|necessary)\s+(?:for\s+(?:[\w.'’-]+\s+){1,4}?)?to\s+(?:send|land|return|go|build|launch|fly|complete|continue|keep|maintain|win|finish|fund|support|extend)\b", 2, "deems it necessary"),
        // its first module launched by a year, in the active voice: "it might be possible to orbit the first module of the station in 2026"
        Cue(@"\b(?:orbit|launch|deploy|put\s+up)\s+(?:the\s+|its\s+|a\s+)?(?:first|core|initial|next|second|base|main)\s+module\b[^.;!?]{0,80}?\b(?:in|by)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", 2, "launch year", participation: true),
        // a station or its part due in service by a date: "should be put into operation by 2027", "is to be placed in orbit in 2028"
        Cue(@"\b(?:must|should|will|would|could|can|shall|is\s+to|are\s+to|to)\s+be\s+(?:put|placed|launched|brought|deployed)\s+(?:in|into)\s+(?:orbit|operation|service)\s+(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", 2, "to be put into service", participation: true),
        Cue(@"\b(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:be\s+able\s+to\s+)?(?:cooperate|collaborate|work\s+together)\b|\b(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:stay\s+|remain\s+)?(?:be\s+involved|take\s+part|participate)\s+in\s+(?:the\s+)?(?:(?-i:\p{Lu})|(?:station|program|programme|mission|project)\b)|\b(?:collaborative|joint|common|concerted)\s+effort\b", 2, "must cooperate"),
        // plans and schedules: "will be ready by 2025", "is already being built", "plans to deploy … in 2025"
        Cue(@"\b(?:will|would|(?:is|are)\s+(?:set|due|scheduled|expected|planned)\s+to)\s+be\s+(?:ready|launched|deployed|built|assembled|completed|operational)\b", 2, "is scheduled"),
        // … and told as a noun: "production of the hardware for the lander has started"
        Cue(@"\b(?:is|are)\s+(?:already\s+)?being\s+(?:built|developed|worked\s+on|assembled|prepared)\b|\b(?:construction|development|assembly|production|manufacture|manufacturing)(?:\s+(?:of|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:equipment|hardware|instruments?|modules?|spacecraft|rovers?|landers?|components?|parts|elements?|segments?|stations?|vehicles?|capsules?|rockets?)\b[^.;!?]{0,80}?)?\s+(?:has|have|had)\s+(?:already\s+|now\s+)?(?:begun|started|commenced)\b|\bwork\s+on\s+it\s+is\s+(?:already\s+)?under\s?way\b", 2, "is under way"),
        // work on it by the subject itself: "have been building the rover since 2019", "we are preparing the orbiter for launch";
        // a test of it carried out: "carried out the first drop test of the crew capsule's parachutes", "conducted a test (T-1) to
        // validate the module"; what is tested named after it, so another's weapons test is not one ("to conduct a missile test endangered …")
        Cue(@"\b(?:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?|complet(?:e|es|ed|ing)|perform(?:s|ed|ing)?)\s+(?:(?:a|an|the|its|their|another)\s+)?(?:[\w()'’-]+\s+){0,6}?(?:tests?|trials?)(?:\s+\([\w-]+\))?\s+(?:of|for|on|to\s+(?:validate|verify|check|qualify|demonstrate|prove))\b", 2, "tests it", participation: true),
        // supplies taken to it: "the freighter brought fresh cargo to the outpost", "resupplying the station"
        Cue(@"\b(?:deliver(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|ferr(?:y|ies|ied|ying)|bring(?:s|ing)?|brought|haul(?:s|ed|ing)?)\s+(?:(?:fresh|more|new|vital|the|its)\s+)?(?:supplies|cargo|provisions|equipment|experiments)\s+(?:to|for)\b|\bresuppl(?:y|ies|ied|ying)\b", 2, "supplies it", participation: true),
        // on schedule: "the tests go ahead as planned", "assembly is now under way"
        Cue(@"\b(?:(?:is|are|am|has|have|had)\s+been|(?:is|are|am|'re|’re|were|was)\s+(?:now\s+|already\s+|actively\s+|currently\s+|still\s+)?)\s*(?:working\s+on|developing|building|assembling|preparing\s+(?:the|a|an|its|their|our|to)\b)", 2, "is working on it", participation: true),
        Cue(@"\b(?:as|exactly\s+as)\s+(?:scheduled|planned)\b|\bon\s+schedule\b|\b(?:work|preparations?|preparatory\s+work|tests|testing|construction|development|assembly)\s+(?:is|are)\s+(?:now\s+|already\s+|currently\s+|well\s+)?under\s?way\b", 2, "on schedule"),
        Cue(@"\b(?:plan(?:s|ned|ning)?|seek(?:s|ing)?|sought)\s+to\s+(?:deploy|launch|build|assemble|complete|carry\s+out|conduct|perform|create|establish)\b", 2, "plans to launch"),
        // building begun or about to begin: "began the construction of its core module", "will start putting together a station"
        Cue(@"\b(?:launch(?:ed|es|ing)?|start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|commenc(?:e|es|ed|ing)|kick(?:s|ed|ing)?\s+off)\s+(?:the\s+)?(?:construction|building|assembly|manufactur(?:e|ing)|production)\s+of\b|\b(?:start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning))\s+(?:putting\s+together|building|assembling|constructing|creating|deploying)\b", 2, "starts building", participation: true),
        // a start given a date: "the exchanges should start by spring 2027", "could start not earlier than next year"
        Cue(@"\b(?:will|would|could|should|to|may|shall)\s+(?:begin|start|resume|commence)\b[^.;!?]{0,80}?\b(?:in|by|from|before|not\s+earlier\s+than|no\s+earlier\s+than)\s+(?:the\s+)?(?:(?:early|late|mid-?|spring|summer|autumn|fall|winter|end|first\s+half|second\s+half)\s*(?:of\s+)?(?:the\s+)?)?(?:(?:19|20)\d\d|next\s+year)\b", 2, "is scheduled", participation: true),
        // a flight of it given a year, its description between: "the capsule will be the country's first crewed flight in 2027"
        Cue(@"\bwill\s+be\s+(?:the|a|an|its|our|their|\p{Lu}[\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:flight|mission|launch|landing)\b[^.;!?]{0,60}?\b(?:in|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b", 2, "is scheduled", participation: true),
        // work chosen to fly on it: "has selected ten foreign projects to join its lunar mission", "picked six payloads for the probe"
        Cue(@"\b(?:select(?:s|ed|ing)?|chose|chosen|picked|picks)\s+(?:[\w'’,-]+\s+){0,6}?(?:projects|payloads|instruments|experiments|proposals)\s+(?:to\s+(?:join|fly\s+(?:on|aboard)|be\s+carried\s+(?:on|by|aboard))|for)\b", 2, "selects payloads", participation: true),
        // working to a date: "strives to complete the first crewed flight by 2027", "racing to land a crew before 2030"
        Cue(@"\b(?:work(?:s|ed|ing)?|striv(?:e|es|ing)|strove|rac(?:e|es|ing)|push(?:es|ing)?)\s+(?:hard\s+)?to\s+(?:achieve|complete|launch|fly|realis|realiz|accomplish|send|land|build|deploy|conduct)\w*\b[^.;!?]{0,60}?\b(?:by|in|before)\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?(?:19|20)\d\d\b", 2, "aims to", participation: true),
        // working to further it: "will work with partners to advance the lunar mission", "pushing forward the project"
        Cue(@"\b(?:advanc(?:e|es|ed|ing)|further(?:s|ed|ing)?|push(?:es|ed|ing)?\s+forward|mov(?:e|es|ed|ing)\s+forward\s+(?:with|on))\s+(?:the|its|our|their|this)\s+(?:[\w'’-]+\s+){0,3}?(?:mission|program|programme|project|campaign)\b", 2, "advances it", participation: true),
        // a supplier to be chosen for it: "the agency will go with whichever contractor delivers a lander soonest"
        Cue(@"\b(?:will|would|shall|(?:is|are|was|were|am)\s+going\s+to)\s+(?:(?:then|now|simply|only)\s+)?(?:pick|choose|select|go\s+with)\s+(?:whichever|(?:a|an|one|two|the|its|their)(?:\s+(?:new|second|winning|commercial|first))?)\s+(?:company|companies|contractor|contractors|vendor|vendors|provider|providers|partner|partners|supplier|suppliers|lander|landers)\b", 2, "will choose"),
        // a launch year given, verb or not: "the crew capsule, likely to be launched in 2027"
        Cue(@"\b(?:likely|expected|slated|scheduled|set|due)\s+to\s+(?:be\s+launched|launch|lift\s+off|take\s+off|fly)\s+" + WithinAYear, 2, "is scheduled"),
        // an event of the program given its time: "the test flight will take place in December", "the docking is to take place next year"
        Cue(@"\b(?:flight|launch|mission|test|landing|docking|spacewalk)s?\s+(?:(?:is|are)\s+(?:to|set\s+to|expected\s+to|due\s+to|scheduled\s+to)|will|would)\s+(?:now\s+|also\s+)?take\s+place\s+(?:in|by|before|around|during|on)\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+)?(?:" + DateParsing.MonthNamePattern + @"|(?:19|20)\d\d|next\s+(?:year|month)|(?:later\s+)?this\s+year|(?:first|second)\s+half)\b", 2, "is scheduled"),
        // a schedule said to hold whatever happened: "the sanctions would not delay the orbiter's launch schedule"
        Cue(@"\b(?:(?:will|would|does|did|should)\s*(?:not|n['’]t|never)|won['’]t|cannot|can['’]t)\s+(?:affect|delay|change|alter|shift|disrupt|derail|postpone)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:planned\s+)?(?:launch\s+(?:date|dates|schedule|plans?|timing|window)|schedule|timeline|timetable)\b", 2, "on schedule", negated: true),
        Cue(@"\bplan(?:s|ned|ning)?\s+(?:the\s+)?(?:construction|building|creation|deployment|launch|assembly)\s+of\b", 2, "plans to launch"),
        // work ordered by the speaker: "has instructed Energia to consider the creation of a ship for the station", "ordered the
        // institute to speed up work on" (an object before "to": "was ordered to" is someone else's order)
        Cue(@"\b(?:instruct|order|direct|task|commission)(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){1,5}?to\s+(?:consider|develop|design|build|create|prepare|study|work\s+on|start|begin|speed\s+up|accelerate|draw\s+up|look\s+into)\b", 2, "orders work on it", participation: true),
        // an agreement in the making: "will prepare a bilateral agreement on", "are drafting a memorandum on"
        Cue(@"\b(?:prepar|draft)(?:e|es|ed|ing|s)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|memorandum|accord|deal|treaty)\s+(?:on|for|about|to)\b", 2, "prepares an agreement", participation: true),
        // a plan's own content: "the order envisions sending astronauts back to the Moon by 2028", "the strategy envisages building"
        Cue(@"\b(?:envisions?|envisioned|envisioning|envisages?|envisaged|envisaging|foresees|foresaw|foreseen)\s+(?:(?:the|a|an)\s+)?(?:sending|returning|landing|building|launching|deploying|creating|establishing|assembling|flying|construction|creation|deployment|launch|landing|return)\b", 2, "plans to launch"),
        Cue(@"\b(?:make|makes|making|made|try|tries|trying|tried|consider(?:s|ing|ed)?(?:\s+making)?)\s+(?:another|a\s+(?:second|new|repeat|fresh))\s+attempt\b", 2, "tries again"),
        Cue(@"\b(?:is|are|was|were|remains?)\s+(?:now\s+|still\s+)?(?:scheduled|planned|set|slated|due)\s+for\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b", 2, "is scheduled"),
        // a flight of it scheduled for a year, what the flight does between: "is set for a test flight to the station in 2030"
        Cue(@"\b(?:is|are|was|were|remains?)\s+(?:now\s+|still\s+)?(?:scheduled|planned|set|slated|due)\s+for\s+(?:(?:its|a|an|the)\s+)?(?:(?:first|maiden|test|space|crewed|uncrewed|piloted|orbital)\s+)?(?:launch|flights?|lift-?off|missions?|deployment)\b[^.;!?]{0,60}?\b" + WithinAYear, 2, "is scheduled"),
        Cue(@"\bahead\s+of\s+schedule\b|\b(?:to|for)\s+an\s+earlier\s+date\b|\bearlier\s+than\s+planned\b|\b(?:bring|brings|brought|bringing)\s+forward\b", 2, "moves it earlier"),
        // values and praise: "the ideals of the Accords are peaceful and cooperative", "a historic milestone"
        Cue(@"\b(?:milestone|historic|landmark|breakthrough|tremendous|outstanding|impressive|remarkable|incredible|vital|crucial|invaluable|peaceful\s+and\s+cooperative|great\s+(?:success|achievement|step|example))\b", 2, "praises"),
        // defended as legitimate: "is normal and peaceful", "entirely peaceful in nature", "purely for peaceful purposes"
        Cue(@"\b(?:(?:normal|legitimate|lawful|transparent|open)\s+and\s+peaceful|peaceful\s+and\s+(?:normal|legitimate|lawful|transparent|open)|(?:entirely|purely|exclusively|completely)\s+(?:for\s+)?peaceful)\b", 2, "defends as peaceful"),
        // a mission's results shared with a partner: "handed over the data gathered by the payload on Chang'e-6", "delivered samples from"
        Cue(@"\b(?:hand(?:s|ed|ing)?\s+over|deliver(?:s|ed|ing)?|transfer(?:s|red|ring)?|present(?:s|ed|ing)?|shar(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|provid(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:data|samples?|images|imagery|results|findings|measurements)\s+(?:(?:collected|gathered|obtained|returned|acquired|taken|captured)\s+)?(?:from|of|by|with)\b", 2, "shares results", participation: true),
        // "beyond our expectations" is left out: delays and costs go beyond expectations too
        Cue(@"\bworld[\s-]firsts?\b|\bworld[\s-](?:leading|class|beating)\b|\bcutting[\s-]edge\b|\bstate[\s-]of[\s-]the[\s-]art\b|\bground-?\s?breaking\s+(?:science|research|work|discoveries|missions?|technolog(?:y|ies)|step|partnership|cooperation)\b|\ba\s+new\s+era\s+(?:of|in|for)\b", 2, "praises"),
        // talks about keeping a program going: "to discuss further operation of the station"
        Cue(@"\b(?:discuss(?:es|ed|ing)?|talks\s+(?:on|about))\s+(?:the\s+)?(?:further|continued|future)\s+(?:operations?|work|cooperation)\b|\b(?:discuss(?:es|ed|ing)?|talks\s+(?:on|about))\s+(?:the\s+|an?\s+)?(?:continuation|extension)\s+of\b", 1, "discusses continuing", participation: true),
        Cue(@"\b(?:confirm|celebrat|hail)\w*\s+the\s+success\s+of\b", 2, "praises"),
        Cue(@"\b(?:most\s+(?:ambitious|diverse|successful|important|significant|inclusive|exciting)|broadest)\b", 2, "praises"),
        Cue(@"\b(?:enthusiasm|excitement)\s+(?:about|for|over|at)\b|\benthusiastic\s+about\b", 2, "praises"),
        Cue(@"\b(?:stronger|bigger|better|larger)\s+than\s+ever\b|\bsource\s+of\s+(?:national\s+|great\s+)?pride\b", 2, "praises"),
        Cue(@"\b(?:is|are|was|were)\s+(?:(?:very|extremely|really|quite|so)\s+)?(?:good|positive|promising|successful)\b|\b(?:developing|going|progressing|proceeding)\s+(?:very\s+)?(?:well|smoothly)\b", 1, "praises"),
        // what it wins the country: "will cement America's leadership in human exploration", "to keep our leadership in space"
        Cue(@"\b(?:cement|secure|ensure|maintain|keep|preserve|strengthen|reinforce|bolster|sustain)(?:s|ed|ing)?\s+(?:(?:America|the\s+nation|the\s+country|the\s+United\s+States|(?-i:\p{Lu})\p{Ll}+)['’]s\s+|our\s+|its\s+|their\s+)?(?:(?:status|position|role)\s+of\s+)?(?:global\s+|continued\s+|international\s+|technological\s+)?leadership\b", 2, "praises"),
        Cue(@"\b(?:important|key|essential|big|huge|giant|major|significant|pivotal|landmark|top)\s+(?:(?:national|strategic|scientific)\s+)?(?:step|leap|stride|partner|partnership|role|contribution|milestone|achievement|commitment|agreement|objective|priority|goal|element|component|pillar)s?\b", 2, "praises"),
        Cue(@"\b(?:did|does|do|would|will|could|can)\s*(?:n['’]t|not)\s+(?:\w+ly\s+)?support\b", -2, "does not support", negated: true),
        Cue(@"\b(?:fully|strongly|firmly|also|will|would|to|we|they|I|continue\s+to|on|by)\s+(?:(?:likely|probably|certainly|definitely|surely)\s+)?support(?:s|ed|ing)?\b|\bsupport(?:s|ed)\s+(?:the|this|a|an|its|our|their|\p{Lu}\w*)\b|\bsupportive\s+of\b|\bin\s+support\s+of\b|\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+|not\s+only\s+|also\s+)?supporting\b", 2, "supports", participation: true),
        // refusing a cut or an early end is for what it would cut: "rejecting premature terminations of SLS and Orion", "we rejected cuts that …"
        Cue(@"\b(?:reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|block(?:s|ed|ing)?|fight(?:s|ing)?|fought|refus(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+back\s+(?:on|against))\s+(?:(?:the|any|these|those|such|its|their|proposed|premature|deep|steep|drastic|devastating|severe|massive|further|planned|early)\s+){0,3}(?:(?:budget|funding|spending)\s+)?(?:cuts?|reductions?|terminations?|cancell?ations?)\b", 2, "rejects a cut"),
        // funding and priority: "the bill fully funds the mission", "we will fund it", "prioritizing the flagship program", "puts Artemis first"
        Cue(@"\b(?:will|would|shall|to|fully|continue\s+to)\s+fund\b|\bfully\s+fund(?:s|ed|ing)\b|\bfund(?:s|ed)\s+(?:the|its|their)\b|\b(?:keep(?:s|ing)?|kept|continu(?:e|es|ed|ing)|go(?:es|ing)?\s+on|went\s+on)\s+(?:funding|financing|paying\s+for)\b", 2, "funds", participation: true),
        // money given, asked or secured for it, an amount named by sign or word: "will provide a further £40 million for the orbiter", "will earmark 2 billion rubles for",
        // "asking for no less than $500 million for the lander"; what may come before the amount is closed, so "just $200
        // million" stays the grant that is too little
        Cue(@"\b(?:request|seek|sought|propos|includ|provid|allocat|earmark|giv|gave|grant|award|demand|ask|approv|appropriat|secur|invest|commit|pledg|pay|paid|spen[dt]|receiv)\w*\s+(?:(?:an?|the|for|(?:its|their)\s+own|(?:an\s+)?(?:additional|extra|further|new)|nearly|about|around|roughly|some|over|more\s+than|almost|at\s+least|no\s+less\s+than|up\s+to)\s+){0,3}(?:(?:US\s?)?[$€£¥₹]\s?\d[\d.,]*\s*(?:m|bn|million|billion)?\b|\d[\d.,]*\s*(?:(?:million|billion|trillion|crore)\s*(?:rubles|roubles|yuan|euros|dollars|rupees|yen|pounds|dirhams)|(?:rubles|roubles|yuan|euros|dollars|rupees|yen|dirhams))\b)[^.;!?]{0,40}?\b(?:for|to|toward|towards|in|into|on)\b", 2, "provides money", participation: true),
        // investment and a cash injection: "has invested €250 million in the station", "its investment in the lander",
        // "a £5 million cash injection"
        Cue(@"\binvest(?:s|ed|ing|ments?)?\s+(?:[\w$€£.,'’-]+\s+){0,4}?in(?:to)?\b|\b(?:put|puts|putting|poured|pour|pours|sunk|sank)\s+(?:a\s+lot\s+of\s+|so\s+much\s+|years\s+of\s+|billions\s+of\s+)?(?:time|effort|money|resources|work)\b[^.;!?]{0,40}?\binto\b|\b(?:financial|funding|cash|budget)\s+(?:boost|injection|lifeline)\b|[$€£]\s?\d[\d.,]*\s*(?:m|bn|million|billion)?\s+(?:boost|injection|lifeline)\b", 2, "invests", participation: true),
        // "puts Artemis first." but not "will put the first woman on the Moon": the clause ends after "first"
        Cue(@"\bprioriti[sz](?:e|es|ed|ing)\b|\b(?:put|puts|putting)\s+(?:[\w'’-]+\s+){1,3}?first\s*(?:[,.;:!?]|$)", 2, "prioritizes"),
        // support as a noun: "has my full support", "strong bipartisan support for the mission"
        Cue(@"\b(?:full|strong|unwavering|firm|steadfast|continued|bipartisan|broad)\s+(?:bipartisan\s+)?support\b", 2, "supports", participation: true),
        // support owned by the subject, for the program: "restated his support for the lunar program", "its backing of the station", "voiced Germany's backing for";
        // taken back, it is the opposite: "pulled its support for the mission"
        Cue(@"\b(?:his|her|its|their|our|my|(?:express|voic|reiterat|reaffirm|declar|pledg)\w*\s+(?-i:\p{Lu})[\p{L}.-]+['’]s)\s+(?:(?:continued|full|strong|firm|unwavering|steadfast|ongoing|long-?standing|unequivocal|total|complete)\s+)?(?:support|backing)\s+(?:for|of)\b", 2, "supports", participation: true),
        Cue(@"\b(?:withdr[ae]w(?:s|n|ing)?|pull(?:s|ed|ing)?|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|revok(?:e|es|ed|ing)|cut(?:s|ting)?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze|abandon(?:s|ed|ing)?)\s+(?:his|her|its|their|our|my)\s+(?:[\w-]+\s+)?(?:support|backing)\s+(?:for|of)\b", -3, "withdraws support"),
        Cue(@"\bendors(?:e|es|ed|ing|ements?)\b", 2, "endorses", participation: true),
        // staying in: "we will stay on the ISS", "Canada would remain part of the Gateway"
        Cue(@"\b(?:(?:will|would|shall|can|could)\s*(?:n['’]t|not)|won['’]t|cannot)\s+" + StayingIn, -2, "will not stay", participation: true, negated: true),
        Cue(@"\b(?:will|would|shall|to|wants?\s+to|plans?\s+to)\s+(?:\w+ly\s+)?" + StayingIn, 2, "stays in", participation: true),
        // a decision to take part: "decided to join the Accords", "opted to take part", "voted to join"
        Cue(@"\b(?:decid(?:e|es|ed|ing)|opt(?:s|ed|ing)?|vot(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|chose|choose|chooses|choosing)\s+to\s+(?:join|participate|take\s+part|sign|contribute|launch|send|become\s+(?:a\s+)?(?:member|partner|signatory))\b", 3, "decides to join", participation: true),
        Cue(@"\b(?:intend|intends|plan|plans|planned|want|wants|intent|intention|prepar(?:e|es|ed|ing)|get(?:s|ting)?\s+ready|aim(?:s|ed|ing)?|seek(?:s|ing)?)\s+to\s+(?:cooperate|collaborate|team\s+up|partner|participate|join|contribute|take\s+part|work\s+with)\b", 2, "intends to cooperate", participation: true),
        // the plans themselves given up: "has dropped its plans to work on the missions", "ended its plans for a joint lander"
        // (longer than the plans it overlaps, so it wins over them; a negation before it still turns it: "has not abandoned plans to …")
        Cue(@"\b(?:drop(?:s|ped|ping)?|end(?:s|ed|ing)?|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|cancel(?:s|led|ling|ed|ing)?|giv(?:e|es|ing)\s+up|gave\s+up|walk(?:s|ed|ing)?\s+away\s+from)\s+(?:its\s+|their\s+|the\s+|all\s+|any\s+)?(?:(?:joint|earlier|former|previous)\s+)?(?:plans?|intentions?)\s+(?:to\s+[\w-]+|for)\b", -2, "drops its plans"),
        // taken out of a plan: "removed the station from its critical path", "dropped the lander, once central, from the budget request";
        // said of the program: "the outpost is no longer a part of this plan", "will no longer be part of the ISS program"
        Cue(@"\b(?:remov|drop|exclud|strip|delet|omit|eliminat)\w*\s+[^.;!?]{1,100}?\s+(?:from|out\s+of)\s+(?:its|the|their|our|this|that)\s+(?:[\w.'’-]+\s+){0,3}?[""“]?(?:plans?|critical\s+path|architecture|baseline|roadmap|budget(?:\s+request)?)\b", -2, "takes it out of the plan"),
        Cue(@"\bno\s+longer\s+(?:be\s+)?(?:a\s+|an\s+)?(?:part|element)\s+of\s+(?:the|its|their|our|this)\s+(?:[\w.'’-]+\s+){0,4}?(?:plans?|critical\s+path|architecture|baseline|roadmap|budget|program|programme|project|partnership)\b", -2, "no longer part of it", negated: true),
        // an act done as part of a named program is done in it: "will recruit astronauts to fly as part of NASA's Artemis campaign";
        // not as part of a deal or a review ("as part of the deal, Russia will leave the ISS")
        Cue(@"\b(?<cue>as\s+(?:a\s+)?part\s+of)\s+(?:(?:the|its|their|our|this|an?)\s+)?(?-i:\p{Lu})", 1, "takes part", participation: true),
        // cooperation said as under way or to come: "will collaborate with", "are working together with", "ongoing cooperation with"
        Cue(@"\b(?:will|shall)\s+(?:\w+ly\s+)?(?:collaborate|cooperate|team\s+up|partner|work\s+together)\s+with\b", 2, "will cooperate", participation: true),
        Cue(@"\b(?:is|are|am|'re|’re)\s+(?:\w+ly\s+)?(?:working\s+together|cooperating|collaborating|partnering|teaming\s+up)\s+with\b", 2, "is cooperating", participation: true),
        Cue(@"\b(?:ongoing|continuing)\s+(?:joint\s+)?(?:work|cooperation|collaboration|partnership)\s+with\b", 2, "ongoing cooperation", participation: true),
        // work or operations going on: "joint projects are still in progress aboard the station", "flights to the outpost are still going on"
        Cue(@"\b(?:projects?|programs?|programmes?|work|operations?|activities|research|experiments?|cooperation|collaboration|flights?)\s+(?:(?:of|on|aboard)\s+(?:the\s+)?[\w()-]+(?:\s+[\w()-]+){0,3}?\s+)?(?:(?:is|are|was|were|remain|remains)\s+)(?:still\s+)?(?:in\s+progress|under\s*way|ongoing|continuing|going\s+on)\b|\b(?:work|operations?|cooperation)\s+(?:on|of)\s+(?:the\s+|these\s+|those\s+|its\s+)?[\w()-]+(?:\s+[\w()-]+){0,3}?\s+(?:still\s+)?continues\b", 2, "ongoing cooperation", participation: true),
        Cue(@"\bconfirm(?:s|ed|ing)?\s+(?:its\s+|their\s+|our\s+|the\s+)?(?:continued\s+|full\s+)?(?:support|contributions?|participation|commitment)\s+(?:for|to|in)\b", 2, "confirms support", participation: true),
        Cue(@"\bagree(?:d|s)?\s+to\s+(?:begin|cooperate|collaborate|coordinate|partner|team\s+up|work|develop|continue|integrate|expand|strengthen|resume|enhance|deepen|boost|increase|step\s+up|participate|join|take\s+part|contribute)\b", 2, "agreed to cooperate", participation: true),
        Cue(@"\bagree(?:d|s)?\s+(?:on|to)\s+(?:the\s+|a\s+)?joint\b|\bagree(?:d|s)?\s+to\s+(?:jointly\s+)?(?:conduct|carry\s+out|undertake|fly|send|develop|launch)\b", 2, "agreed on joint work", participation: true),
        Cue(@"\blook(?:s|ing)?\s+forward\s+to\b", 2, "looks forward", participation: true),
        // going to the Moon, going to have a mission
        Cue(@"\b(?:are|is|am|'re|’re)\s+going\s+(?:back\s+)?to\s+the\s+(?:moon|lunar\s+surface)\b|\b(?:are|is|am|'re|’re)\s+going\s+to\s+(?:have\s+(?:a|an|the|our|its|their)|build|launch|fly|send|land|return|put\s+(?:astronauts|humans|people|a\s+crew|crews|a\s+(?:man|woman)))\b", 2, "is going to"),
        // a landing announced: "will be the first non-American to land on the Moon", "will walk on the lunar surface"
        // an aim of going there: "plans to return to the Moon within five years", "is determined to send astronauts";
        // weak, as a description ("a program which aims to send …", "the plan to return") reads the same
        Cue(@"\b(?:plans|planned|planning|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|determined|want(?:s|ed)?|seek(?:s|ing)?)\s+to\s+(?:return|land|send|put|fly|launch|go\s+back)\b", 1, "aims to go"),
        // asking for an act: "called for landing astronauts on the Moon", "calls for an extension of the station"
        Cue(@"\bcall(?:s|ed|ing)?\s+for\s+(?:an?\s+|the\s+)?(?:(?:landing|sending|returning|extending|continuing|accelerating|expanding)\b|(?:return|extension|continuation|expansion|acceleration)\s+(?:of|to)\b)", 2, "calls for it"),
        Cue(@"\b(?:will|shall)\s+(?:be\s+the\s+first\s+(?:[\w-]+\s+){0,3}?to\s+|be\s+able\s+to\s+)?(?:land|walk|set\s+foot)\s+(?:[\w-]+\s+){0,2}?on\s+the\s+(?:moon|lunar\s+surface)\b", 2, "will land"),
        // a crew of one's own on its flights: "an Italian astronaut will become the first European to travel around the Moon",
        // "our astronauts will take the next flight"; and the seats won for them: "has secured two seats on the lunar flights",
        // "will occupy two seats on future Artemis missions"
        Cue(@"\b(?:astronauts?|cosmonauts?|taikonauts?|crew\s*members?)\s+(?:will|would|shall|(?:is|are)\s+(?:set|due|expected|slated|to))\s+(?:(?:also|soon|then|now|each)\s+)?(?:(?:be(?:come)?|make)\s+(?:the\s+)?first\s+[^.;!?]{0,40}?\bto\s+)?(?:(?:fly|travel|go|ride)\s+(?:on|aboard|to|with|through|into|around)\b|orbit|visit|board|join|take\s+(?:the\s+)?(?:first|next|part)\b)", 2, "will fly on it", participation: true),
        // its crew on the way or named to a flight: "its astronaut is headed to the station for half a year", "two of its
        // astronauts will be sent to the Moon", "named Jane Roe to the next lunar crew", "the assignment of astronaut Jane Roe to the crew
        // of the next flight"
        Cue(@"\b(?:astronauts?|cosmonauts?|taikonauts?|crew)\b[^.;!?]{0,60}?\b(?:is|are)\s+(?:now\s+)?(?:headed|heading|bound)\s+(?:to|for)\b|\b(?:astronauts?|cosmonauts?|taikonauts?)\s+(?:will|would|shall)\s+(?:also\s+|soon\s+)?be\s+(?:sent|flown|launched|taken)\s+(?:to|into|around)\b|\b(?:nam(?:e|es|ed|ing)|assign(?:s|ed|ing)?|assignment\s+of)\s+(?:(?:astronaut|cosmonaut)\s+)?(?:[\p{Lu}][\w.'’-]*\s+){1,3}(?:to|as\s+a\s+member\s+of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?crew\b", 2, "crews its flight", participation: true),
        // a crew made public for it: "released the names of the astronauts for the flight", "unveiled the crew of the next flight"
        Cue(@"\b(?:names?|identit(?:y|ies))\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:astronauts?|cosmonauts?|taikonauts?|crew(?:\s+members)?|astronaut[- ]designates?)\s+(?:for|of|(?:who|that)\s+(?:are|will)\b)|\b(?:nam(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|reveal(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?(?:(?:first|new|next|full|prime|backup|two|three|four|five|six|seven|\d+)\s+){0,2}(?:astronauts?|cosmonauts?|taikonauts?|crew(?:\s+members)?|astronaut[- ]designates?)\s+(?:for|of)\b", 2, "crews its flight", participation: true),
        // a share owned: "holds a large share in the modules", "holds a stake in the station"
        Cue(@"\b(?:ha(?:s|ve|d)|hold(?:s|ing)?|held|own(?:s|ed|ing)?)\s+(?:a|an)\s+(?:[\w%-]+\s+){0,3}?(?:share|stake)\s+in\b", 2, "has a share in it", participation: true),
        // a partnership taken further through it: "our ties have entered a new phase through the program"
        Cue(@"\benter(?:s|ed|ing)?\s+a\s+new\s+(?:era|chapter|phase|stage|level)\s+(?:with|through|thanks\s+to)\b", 2, "advances", participation: true),
        // its funding kept up: "sustain stable funding of the station", "protect its funding for"
        Cue(@"\b(?:maintain|sustain|protect|preserve|safeguard|keep)(?:s|ed|ing)?\s+[""“]?(?:(?:robust|full|strong|stable|adequate|sufficient|steady|its|their|the)\s+)?funding[""”]?\s+(?:of|for)\b", 2, "provides money", participation: true),
        // a crew set to fly it: "the three will carry out the next crewed mission on Friday", "is to undertake the flight"
        Cue(@"\b(?:will|to|shall)\s+(?:carry\s+out|undertake|perform|fly|conduct)\s+(?:the|its|a|their)\s+(?:[\w'’-]+\s+){0,4}?(?:mission|flight|spaceflight)\b", 2, "will fly on it", participation: true),
        // a crew from elsewhere taken into it: "the lunar program will include an astronaut from its partner"
        Cue(@"\b(?:will|to|would)\s+(?:also\s+)?include\s+(?:an?|one|two|three|the\s+first)\s+(?:[\w'’-]+\s+){0,2}?(?:astronauts?|cosmonauts?|taikonauts?|crew\s+members?)\b", 2, "will fly on it", participation: true),
        // its crew trained or recruited: "restarted the training of the crew candidates", "the candidates have completed their training",
        // "will recruit moon-landing astronauts to take part in"
        Cue(@"\b(?:resum|restart|continu|complet|finish|conclud)\w*\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+)?training\b|\b(?:(?:train|recruit)(?:s|ed|ing)?|hir(?:e|es|ed|ing))\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:cosmonauts?|astronauts?|taikonauts?|crews?|crew\s+members|candidates|astronauts-elect)\b|\btraining\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:cosmonauts?|astronauts?|taikonauts?|crews?|candidates)\b", 2, "trains its crew", participation: true),
        Cue(@"\b(?:secur|lock|book|earn|won|win|reserv|obtain|guarante|occup|receiv|fill)\w*\s+(?:in\s+)?(?:(?:an?|the|its|their|our|two|three|four|five|several|more|additional|extra)\s+)?(?:(?:astronaut|crew|flight)\s+)?(?:seats?|tickets?|places?|slots?|rides?)\s+(?:on|aboard|to|for)\b", 2, "secures a seat", participation: true),
        // a launch moved to a new date is still planned: "postponed the orbiter's launch to 2028", "pushed back to next year",
        // "delayed the launch of their joint mission to Mars until autumn 2026";
        // moved off without one is a halt: "postponed indefinitely"
        Cue(@"\b(?:(?:postpon|delay|reschedul|mov|shift)\w*|push(?:es|ed|ing)?\s+back)\s+(?:(?:the|its|their|our)\s+)?(?:[\w'’-]+\s+){0,8}?(?:to|until|till|for)\s+(?:(?:early|late|mid-?|the\s+(?:end|spring|autumn|fall|summer|winter)\s+of|spring|autumn|fall|summer|winter|next|at\s+least)\s*)?(?:(?:19|20)\d\d|next\s+year|[A-Z][a-z]+\s+(?:19|20)\d\d)\b" +
            // or to a day: "is now rescheduled at 2:43 pm on Monday, July 22", "rescheduled for Aug. 5"
            @"|\breschedul\w*\s+(?:for|to|at|on)\s+[^.;!?]{0,40}?\b(?:" + DateParsing.MonthNamePattern + "|" + DateParsing.MonthAbbreviationPattern + @")\.?\s+\d{1,2}\b", 2, "reschedules", participation: true),
        // cooperation said to be unharmed: "the sanctions do not hinder civil space cooperation", "will not affect our work on the station"
        Cue(@"\b(?:(?:do|does|did|will|would|should)\s*(?:not|n['’]t)|won['’]t|cannot|can['’]t)\s+(?:hinder|hamper|impede|affect|prevent|harm|threaten|jeopardi[sz]e|undermine|disrupt)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:cooperation|collaboration|partnership|work|operations)\b", 2, "cooperation unharmed", participation: true, negated: true),
        // a launch held back, or a hold for a technical reason, is a flight still planned (listed before the hold it contains, so it wins a
        // tie): "put the launch on hold", "the flight was put on hold due to a technical fault", "… on hold as a precaution"
        Cue(@"\bput\s+(?:[\w'’-]+\s+){0,4}?on\s+hold\s+(?:citing|due\s+to|because\s+of|over|after|for)\s+(?:an?\s+|the\s+)?(?:technical|technological|engineering)\b|\bput\s+(?:[\w'’-]+\s+){0,4}?on\s+hold\s+as\s+a\s+precaution|\bput\s+(?:the\s+|its\s+|their\s+)?(?:launch|countdown|lift-?off)(?:\s+of\s+[^.;!?,]{1,60}?)?\s+on\s+hold\b|\b(?:launch|countdown|lift-?off)\s+(?:of\s+[^.;!?,]{1,60}?\s+)?(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:put|placed)\s+on\s+hold\b", 1, "reschedules", participation: true),
        // a launch moved for a technical reason, or to a date it will not precede, is a flight still planned: "postponed due to
        // technical reasons", "delayed over an engineering fault", "is to lift off no earlier than spring"
        Cue(@"\b(?:postpon|delay|reschedul)\w*\s+(?:due\s+to|because\s+of|owing\s+to|for|citing|over)\s+(?:an?\s+|the\s+|some\s+|unspecified\s+)?(?:[""“]\s*)?(?:technical|technological|engineering)\b|\b(?:lift\s+off|launch|fly|take\s+off|be\s+launched|liftoff|launch\s+date)\s+(?:is\s+)?(?:now\s+)?(?:no|not)\s+earlier\s+than\b", 1, "reschedules", participation: true),
        // work paused until a date is work still planned: "suspended work on the lander contract until November 1" (a halt "until further notice" stays one)
        Cue(@"\b(?:suspend|paus|halt|freez|froze|stop)\w*\s+(?:[\w'’-]+\s+){0,8}?(?:until|till)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|next\s+(?:week|month|year))\b", 1, "reschedules", participation: true),
        Cue(@"\b(?:postpon|delay|suspend|shelv)\w*\s+(?:[\w'’-]+\s+){0,5}?indefinitely\b|\bput\s+(?:[\w'’-]+\s+){0,4}?on\s+(?:indefinite\s+)?hold\b", -3, "halts"),
        // a date aimed at: "is targeting September 2026 for the crewed flight", "we are targeting the end of next year"
        Cue(@"\btarget(?:s|ed|ing)\s+(?:for\s+)?(?:(?:an?|the|its|their|our)\s+)?(?:(?:early|late|mid-?|sometime|some\s+time|the\s+(?:end|first\s+half|second\s+half|spring|summer|autumn|fall|winter)\s+of)\s*)?(?:(?:19|20)\d\d|next\s+year|[A-Z][a-z]+\s+(?:19|20)\d\d)\b", 2, "targets a date", participation: true),
        // milestones met: "is meeting all the milestones for a September launch", "hit every milestone"
        Cue(@"\b(?:meet(?:s|ing)?|met|hit(?:s|ting)?|achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\s+(?:all\s+(?:of\s+)?|every\s+|each\s+)?(?:(?:its|their|our|the)\s+)?(?:key\s+|major\s+|planned\s+)?milestones?\b", 2, "meets its milestones", participation: true),
        // pressing for its money: "pressed for continued funding of the lander", "fought for full funding for the program"
        Cue(@"\b(?:press(?:es|ed|ing)?|push(?:es|ed|ing)?|fight(?:s|ing)?|fought|argu(?:e|es|ed|ing)|advocat(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying))\s+(?:hard\s+)?for\s+(?:(?:continued|full|more|additional|increased|stable|robust|adequate|sustained)\s+)*(?:funding|money|resources|investment)\b", 2, "presses for funding", participation: true),
        // a wish that one's own people take part: "we want our universities to get the opportunity to join"
        Cue(@"\bwant(?:s|ed)?\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:(?:have|get)\s+(?:a|the)\s+(?:chance|opportunity)\s+to\s+)?(?:participate|take\s+part|join|be\s+involved|contribute)\b", 2, "wants to take part", participation: true),
        // deontic commitment: "failure to return astronauts to the Moon in five years is not an option"
        Cue(@"\bfailure\b[^.;!?]{0,100}?\bis\s+not\s+an\s+option\b", 3, "failure is not an option", negated: true),
        // the race to the Moon: "beat the Chinese to the Moon", "land on the Moon before China"
        Cue(@"\bbeat(?:s|ing)?\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+(?:back\s+)?to\s+the\s+(?:moon|lunar\s+surface)\b|\b(?:on|to)\s+the\s+(?:moon|lunar\s+surface)\s+before\s+(?:China|the\s+Chinese|Beijing|Russia|the\s+U\.?S\.?|the\s+United\s+States|America|anyone)\b|\bwin\s+the\s+(?:new\s+)?(?:space|moon|lunar)\s+race\b", 2, "races to the Moon", participation: true),
        // revival: "will restore its moon program", "revive the joint mission", "relaunch ExoMars", "a rebuild of the cooperation",
        // "the restoration of cooperation", "repair the damage to space relationships", "mend fences" (a name only after revive or relaunch: power is restored to a lander; undoing a cut is
        // "reverses a cut", longer)
        Cue(@"\b(?:restor(?:e|es|ed|ing|ation\s+of)|rebuil(?:d|ds|t|ding)(?:\s+of)?|reviv(?:e|es|ed|ing|al\s+of)|relaunch(?:es|ed|ing)?)\s+(?:(?:the|its|our|their)\s+)?(?:[\w-]+\s+){0,2}?(?:program|programme|project|mission|cooperation|partnership|participation)s?\b|\b(?:reviv(?:e|es|ed|ing)|relaunch(?:es|ed|ing)?)\s+(?-i:\p{Lu})[\w'’-]*|\b(?:repair|mend)(?:s|ed|ing)?\s+(?:(?:the|its|our|their|(?-i:\p{Lu})[\w’'.-]*['’]s)\s+)?(?:damage\s+(?:done\s+)?to\s+)?(?:(?:the|its|our|their)\s+)?(?:[\w-]+\s+){0,2}?(?:ties|relations|relationships|cooperation|partnership|fences)\b", 2, "revives", participation: true),
        // resumption, start of work and approval: "would not resume cooperation" is a refusal through the negation; "will resume the lunar program"
        Cue(@"\bresum(?:e|es|ed|ing|ption\s+of)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+)?(?:cooperation|participation|partnership|collaboration|work|flights|program|programme|project|mission)\b", 2, "resumes cooperation", participation: true),
        Cue(@"\b(?:start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning))\s+(?:(?:(?:the|our|its|their)\s+)?work(?:ing)?\s+on|to\s+work\s+on|to\s+(?:build|develop|assemble|produce)|building|developing|assembling)\b", 2, "starts work", participation: true),
        Cue(@"\b(?:got|gets|received|receives|gave|gives|given|won|secured|obtained)\s+(?:the\s+)?(?:final\s+|formal\s+|government\s+|cabinet\s+|official\s+|state\s+|national\s+|presidential\s+|parliamentary\s+)?(?:approval|go-ahead|green\s+light|nod)\b", 2, "approved", participation: true),
        // a part taken in the program: "NASA will play a critical role via the Artemis program", "plays a key role in" ("no role" does not match)
        Cue(@"\bplay(?:s|ed|ing)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?role\s+(?:in|via|through|within|on)\b", 2, "plays a role", participation: true),
        // a plan for building it approved: "has approved the deployment schedule of the Russian Orbital Station", "approved the
        // roadmap for the creation of a lunar station"; a plan of something else ("the meal plan of the ISS") is none
        Cue(@"\bapprov(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+|our\s+|an?\s+)?(?:(?:deployment|assembly|construction|development|implementation|work|launch|flight|master|overall|final|updated|new|detailed)\s+){0,2}(?:schedule|plan|roadmap|road\s+map|timeline|timetable|blueprint)\s+(?:for|of)\s+(?:the\s+|an?\s+|its\s+)?(?:(?:creation|deployment|construction|development|building)\s+of\s+(?:the\s+|an?\s+)?)?(?:(?-i:\p{Lu})|(?:lunar|orbital|space)\s+(?:[\w-]+\s+)?(?:station|base|mission|program|programme)\b)", 2, "approved", participation: true),
        // the approval given, as a verb: "the government has approved Chandrayaan-3", "green-lit the mission", "ratified the agreement on the station"
        Cue(@"\b(?:approv(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|green-?\s?lit|greenlit|green-?\s?light(?:s|ed|ing))\s+(?:the\s+|its\s+|their\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:(?-i:\p{Lu})|(?:mission|program|programme|project|station|participation|extension|agreement|treaty|memorandum)\b)", 2, "approved", participation: true),
        // work under way: "preparations are in full swing", "the project is on track"
        Cue(@"\b(?:in\s+full\s+swing|(?:is|are|remains?)\s+(?:firmly\s+|still\s+)?on\s+track|(?:is|are)\s+(?:going\s+on|progressing)\s+(?:smoothly|well|steadily))\b", 2, "under way", participation: true),
        Cue(@"\b(?:in|holding|held|hold|holds|engaged\s+in)\s+(?:\w+\s+)?(?:talks|discussions|negotiations)\s+(?:with|about|on|over|between)\b", 1, "in talks", participation: true),
        // talks said to exist: "there were discussions between the two organisations", "is negotiating with" (the word before
        // the talks is one of a few, so "there are no talks with" is not one)
        Cue(@"\bthere\s+(?:are|were|have\s+been|had\s+been)\s+(?:(?:ongoing|further|direct|active|preliminary|serious|formal|informal|initial|some)\s+)?(?:talks|discussions|negotiations)\s+(?:with|about|on|over|between)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?negotiating\s+with\b", 1, "in talks", participation: true),
        Cue(@"\b(?:keen|eager|happy|glad|pleased|delighted|thrilled|excited|proud)\s+to\b", 2, "keen to", participation: true),
        // satisfaction with the joint work: "proud of the cooperation on …", "pleased with our partnership"
        Cue(@"\b(?:happy|glad|pleased|delighted|thrilled|proud|satisfied)\s+(?:with|of|about)\s+(?:the|our|this|their|its)\s+(?:[\w-]+\s+){0,2}?(?:cooperation|collaboration|partnership|participation|contribution|joint\s+work)\b", 2, "pleased with the cooperation", participation: true),
        Cue(@"\b(?:continu(?:e|es|ed|ing)|keep(?:s|ing)?|kept)\s+(?:to\s+(?:work|cooperate|participate|support)|(?:working|cooperating|participating)|(?:(?:its|our|their|the|this)\s+)?(?:(?:joint|bilateral|current)\s+)?(?:work|participation|cooperation|involvement|arrangement|agreement|partnership))\b", 2, "continues to work", participation: true),
        // continuing to build one's share: "will continue development of the robotic arm", "continue building the module", "continue development work on the lander"
        Cue(@"\bcontinu(?:e|es|ed|ing)\s+(?:(?:the|its|our|their)\s+)?(?:development|construction|building|production|manufacture)\s+(?:work\s+on|of)\b|\bcontinu(?:e|es|ed|ing)\s+(?:to\s+(?:develop|build|produce|manufacture)|developing|building|producing)\b", 2, "continues to build", participation: true),
        Cue(@"\bno\s+(?:intention|plans?)\s+(?:of|to)\s+(?:\w+ly\s+)?(?:abandon|leav|quit|withdraw|exit|pull|depart|end|stop|halt)\w*", 2, "no intention of leaving", negated: true),
        Cue(@"\bhonou?r(?:s|ed|ing)?\s+(?:its|our|their|all)\s+(?:\w+\s+)?(?:commitments|obligations)\b", 2, "honours commitments", participation: true),
        Cue(@"\boffer(?:s|ed|ing)?\b", 2, "offers", participation: true),
        Cue(@"\bcontribut(?:e|es|ed|ing|ions?)\b", 2, "contributes", participation: true),
        Cue(@"\bwork\s+together\b", 2, "work together", participation: true),
        Cue(@"\bhelp(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?with\s+(?:the|its|their|our)\b", 2, "helps", participation: true),
        Cue(@"\b(?:will|would|shall)\s+help\s+(?:to\s+)?(?:get|build|launch|send|fly|deliver|develop|land|complete)\b", 2, "helps", participation: true),
        Cue(@"\b(?:words?|message|messages|letter|expressions?|gestures?)\s+of\s+(?:support|solidarity)\b", 2, "supports"),
        Cue(@"\bmeet(?:ing)?\s+each\s+other\s+halfway\b", 2, "meets halfway", participation: true),
        // "a trusted and long-standing partner", "a valuable, reliable partner", "a valued partner"
        Cue(@"\b(?:valuable|valued|reliable|dependable|trusted|trustworthy|important|longtime|long-?standing)\s+(?:(?:and|,)\s+)?(?:(?:longtime|long-?standing|trusted|reliable|valued|valuable|key|close|strong|space|strategic)\s+){0,2}partner", 2, "valued partner"),
        // weight given to a program: "stressed the significance of Artemis", "underlined the importance of the station"
        Cue(@"\b(?:stress(?:es|ed|ing)?|underlin(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|emphasi[sz](?:e|es|ed|ing)|highlight(?:s|ed|ing)?|point(?:s|ed|ing)?\s+to)\s+the\s+(?:(?:great|huge|strategic|enormous)\s+)?(?:significance|importance|value)\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?-i:\p{Lu})", 2, "stresses its importance"),
        // values and membership: "safeguard our shared ideals", "as the newest member of the Accords family", "the 29th signatory nation for the Accords"
        Cue(@"\b(?:our|the|a)\s+(?:common|shared)\s+(?:ideals|values|principles|vision|goals)\b", 2, "shared values"),
        Cue(@"\b(?:newest|latest|newly\s+joined|\d+(?:st|nd|rd|th))\s+(?:(?:member|signatory|signer|partner)\s+)?(?:member|signatory|signer|partner|nation|country|state)\s+(?:of|to|in|for)\b", 2, "welcomes a member", participation: true),

        // committed +3
        Cue(@"\b(?:will|shall)\s+(?:jointly\s+)?contribute\b", 3, "will contribute", participation: true),
        Cue(@"\b(?:(?:is|are)\s+(?:set\s+|due\s+|scheduled\s+|expected\s+|slated\s+)?|(?:set|due|scheduled|expected|slated)\s+)to\s+(?:supply|provide|build|contribute|deliver|develop|join|sign)\b", 3, "is to contribute", participation: true),
        // the object may follow a place or a presence set off by commas: "signed in Paris, before the minister, the text of the agreement"
        Cue(@"\b(?:sign(?:s|ed|ing)?|adopt(?:s|ed|ing)?)\s+(?:(?:in|at|on|during|before)\s+[^,;.!?]{1,80}?,\s+){0,2}(?:the\s+|a\s+|an\s+)?(?:[\w""“'’-]+\s+){0,3}(?:memorand(?:um|ums|a)|agreement|accords?|deal|contracts?|MoUs?|declaration|document|[""“]?joint\s+statement|[""“]?(?:statement|letter)\s+of\s+intent)\b", 3, "signs", participation: true),
        // a law or treaty signed: weak, as what it does decides ("signed the law on cooperation with China on the ILRS";
        // "signed a bill cutting funds for …" is the cut's)
        Cue(@"\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying))\s+(?:the\s+|a\s+|an\s+)?(?:[\w""“-]+\s+){0,2}?(?:law|bill|decree|treaty)\b", 1, "signs a law", participation: true),
        // a joint course agreed: "agreeing to jointly pursue the Artemis program"
        Cue(@"\bagree(?:s|d|ing)?\s+to\s+(?:jointly\s+|further\s+)?(?:pursue|explore|cooperate|collaborate|work\s+together|partner)\b", 2, "agreed to cooperate", participation: true),
        Cue(@"\b(?:was|were|been|being)\s+(?:formally\s+|officially\s+|jointly\s+)?(?:signed|exchanged)\b|\bexchang(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:agreement|arrangement|memorandum|MoU)\b|\b(?:ink|inks|inked|inking)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:pact|deal|agreement|accord|memorandum|MoU)\b", 3, "signs", participation: true),
        // "an agreement signed in February between China and Pakistan": the reduced passive (its agents: ReportedPositions).
        Cue(@"\b(?:" + AgreementNouns + @")s?\s+(?:(?:formally|officially|jointly)\s+)?(?:signed|concluded|reached|inked|struck|sealed)\b", 3, "signs", participation: true),
        Cue(@"\b(?:form|forms|formed|forming|forge|forges|forged|forging|seal|seals|sealed|sealing|strike|strikes|struck|striking|reach|reaches|reached|reaching|conclude|concludes|concluded|concluding)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|pact|partnership|accord|arrangement)\b", 3, "signs", participation: true),
        // work on the program let by contract: "awarded Airbus a contract for the Earth Return Orbiter", "Airbus won a contract from ESA", "clinched an order from" (whom it came from: ReportedPositions), "placed an order with Airbus", "selected Blue Origin to build", "has entrusted Airbus to build", "contracted engineering firm Acme to build
        // a lander", "picked Boeing as the main contractor", "had chosen Blue Origin, a rival company, to build a lander", "Airbus was selected by ESA" (the agent of the passive: ReportedPositions)
        Cue(@"\b(?:award(?:s|ed|ing)?|grant(?:s|ed|ing)?)\s+(?:[\w&.'’-]+\s+){0,3}?(?:an?\s+|the\s+|its\s+)?(?:[\w$€£.,-]+\s+){0,4}?contracts?\b|\baward(?:s|ed|ing)?\s+(?:[\w&.'’-]+\s+){1,4}?[$€£]\s?\d|\b(?:won|wins?|winning|receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|clinch(?:es|ed|ing)?|land(?:s|ed|ing)?|bag(?:s|ged|ging)?)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:potential|new|first|second|next|follow-on|study|development|design|major|multi-?year|fixed-price|phase|of|the|[$€£]?\d[\w$€£.,-]*|million|billion)\s+){0,6}(?:contracts?|orders?)\b|\bplac(?:e|es|ed|ing)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:new|first|firm|major|follow-on|[$€£]?\d[\w$€£.,-]*|million|billion)\s+){0,3}orders?\s+with\b|\b(?:select(?:s|ed|ing)?|chose|chosen|choose|chooses|picked|picks|tapped|taps|entrust(?:s|ed|ing)?|contract(?:s|ed|ing)?|commission(?:s|ed|ing)?)\s+(?:(?-i:\p{Ll})[\w-]*\s+){0,2}?(?:(?-i:\p{Lu})[\w&.'’-]*\s+){0,2}(?-i:\p{Lu})[\w&.'’-]*(?:,\s+(?:an?|the|its)\s+[^,;.]{1,80},)?\s+(?:to\s+(?:build|develop|design|supply|provide|deliver|make|lead)\b|for\s+(?:the|a|an|its)\b|as\s+(?:the|a|an|its)\s+(?:(?:second|new|first|main|sole|other)\s+)?(?:provider|supplier|contractor|builder|developer)\b)|\b(?:selected|chosen|picked|tapped|contracted)\s+by\b", 3, "lets a contract", participation: true),
        // a deal agreed on, or to be: "are expected to agree on a deal that includes two astronauts"
        Cue(@"\bagree(?:s|d|ing)?\s+(?:on|to|upon)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|arrangement|memorandum|pact|accord)\b", 3, "signs", participation: true),
        Cue(@"\b(?:enter|enters|entered|entering)\s+into\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|contract|partnership|accord|arrangement|memorandum|MoU|pact)\b", 3, "signs", participation: true),
        Cue(@"\b(?:stepped|stepping)\s+in\b|\b(?:will|would|to|must|could|can)\s+step\s+in\b", 2, "steps in", participation: true),
        // the act in the passive, its parties named after it: "The agreement was formalised between CNSA's director and …"
        Cue(@"\b(?:agreement|memorandum|deal|pact|accord|partnership)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formali[sz]ed|finali[sz]ed|concluded|sealed|inked)\b", 3, "signs", participation: true),
        Cue(@"\b(?:formali[sz]|finali[sz])(?:e|es|ed|ing)\s+(?:a\s+|an\s+|the\s+|their\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|cooperation|collaboration|participation|involvement|agreement|commitment)\b", 3, "signs", participation: true),
        Cue(@"\b(?:proud|honou?red)\s+to\s+be\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:partner|member|part)\b", 3, "is a partner", participation: true),
        Cue(@"\bproud\s+(?:founding\s+|original\s+|long-?standing\s+)?(?:partner|member|signatory|participant)\s+(?:of|in|to)\b", 3, "is a partner", participation: true),
        // the members given as a list: "the first members of the accord: Japan, Canada, Italy, …"
        new(MembershipLists.ListOfMembers(), 2, "is listed as a member", participation: true),
        // the parties of an agreement signed in the passive: "the arrangement between ISRO and JAXA on the mission was inked"
        new(MembershipLists.SignedBetween(), 3, "signs", participation: true),
        // the signer named by what it is: "was amongst the first signatories of the Accords", "is a signatory to the agreement"
        Cue(@"\b(?:is|are|was|were|be|been|became|become|becomes|remains?)\s+(?:now\s+|also\s+)?(?:(?:among|amongst|one\s+of)\s+)?(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:signator(?:y|ies)|signers?)\s+(?:of|to)\b", 3, "is a signatory", participation: true),
        // a share in the work: "Britain is to play a significant part in building the Gateway"
        Cue(@"\bplay(?:s|ed|ing)?\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:part|role)\s+in\b", 2, "plays a part", participation: true),
        Cue(@"\b(?:will|would)\s+(?:go\s+(?:forward|ahead)|proceed)\b", 3, "goes ahead", participation: true),
        Cue(@"\b(?:become|became|becomes|becoming)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:partner|member|signatory|participant)\b", 3, "joins", participation: true),
        Cue(@"\bjoin(?:s|ed)\b", 3, "joins", participation: true),
        // the act as the means of another: "underlined its plans by joining the Accords", "made history by signing them"
        Cue(@"\bby\s+(?:formally\s+|officially\s+)?(?:joining|signing(?:\s+on\s+to)?|becoming\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:partner|member|signatory|participant)\s+(?:of|in|to))\b", 3, "joins", participation: true),
        // forces joined, a partnership formed: "joining hands with its neighbour", "has partnered with ESA on the module"
        Cue(@"\bjoin(?:s|ed|ing)?\s+forces\b|\bjoin(?:s|ed|ing)?\s+hands\s+(?:for|to|with)\b|\b(?:has|have|had)\s+(?:\w+ly\s+)?partnered\s+with\b|\bpartner(?:s|ed)\s+with\b", 2, "joins forces", participation: true),
        // a share of the work owned: "is responsible for building the airlock", "is in charge of building the module"
        Cue(@"\b(?:will\s+be|would\s+be|is|are|was|were)\s+(?:also\s+|fully\s+|solely\s+)?(?:responsible\s+for|in\s+charge\s+of)\s+(?:developing|building|providing|supplying|delivering|designing|operating|manufacturing|launching)\b", 3, "will build", participation: true),
        Cue(@"\b(?:will|shall)\s+(?:also\s+|formally\s+|officially\s+)?join\b|\b(?:is|are|was|were|be|being|become|became|becomes)\s+(?:a\s+|an\s+)?(?:part|member|participant)\s+of\b", 3, "joins", participation: true),
        Cue(@"\bcommit(?:s|ted)\s+(?:\w+ly\s+|already\s+)?to\b|\bcommitment\s+to\b", 3, "commits", participation: true),
        // committing means: "committed U.S. support for the station through 2030", "commits $2 billion in funding to"
        Cue(@"\bcommit(?:s|ted|ting)?\s+(?:[\w.$€£,'’-]+\s+){0,3}?(?:support|funding|funds|money|resources)\s+(?:for|to)\b", 3, "commits support", participation: true),
        Cue(@"\b(?:agreement|deal|contract|memorandum|treaty|arrangement)\s+(?:[\w-]+\s+){0,5}?to\s+(?:participate|take\s+part|join|contribute)\b", 3, "agreed to participate", participation: true),
        Cue(@"\b(?:will|would)\s+(?:(?:jointly|also|now|soon|still|then|again|each|\w+ly)\s+){0,2}(?:be\s+(?:building|providing|supplying|delivering|launching|deploying|sending|flying|hosting|developing|designing)\b|(?:(?:start|begin)\s+(?:to\s+)?)?(?:(?:build|provid|suppl|deliver|launch|form|assembl|creat|deploy|send|fly|select|train|host|manufactur)\w*|(?:develop|design)(?:,|\s+(?:and|the|a|an|its|their|our|new)\b)))", 3, "will build", participation: true),
        // the means to do it foreseen: "Moscow will be able to fly the mission alone", "would be able to launch in 2028"
        Cue(@"\b(?:will|would|shall)\s+(?:also\s+|soon\s+|then\s+)?be\s+able\s+to\s+(?:carry\s+out|conduct|build|launch|send|fly|land|complete|implement|deliver|continue)\b", 2, "will be able to", participation: true),
        // carrying out work for the program: "will conduct research", "will carry out the flights"
        Cue(@"\b(?:will|would|(?:plans?|intends?|agreed)\s+to)\s+(?:jointly\s+|also\s+|\w+ly\s+)?(?:conduct|carry\s+out|undertake|perform)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:research|experiments?|tests?|missions?|flights?|studies|study|work|operations)\b", 3, "will carry out", participation: true),
        // putting a program into effect: "a way forward to implement the rover mission", "the implementation of Artemis"
        Cue(@"\bimplement(?:s|ed|ing)?\s+(?:the\s+|its\s+|our\s+|their\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:mission|program|programme|project)\b|\bimplementation\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:(?-i:\p{Lu})|(?:[\w-]+\s+){0,3}?(?:mission|program|programme|project)\b)", 2, "implements", participation: true),
        // a pledge: "vowing to continue funding", "pledged to keep"
        // verb forms only: "broke its promise to" is a noun
        Cue(@"\b(?:vow(?:s|ed|ing)|pledg(?:es|ed|ing)|promis(?:es|ed|ing))\s+to\b", 3, "pledges", participation: true),
        Cue(@"\bagree(?:d|s)?\s+to\s+(?:jointly\s+)?(?:build|provide|supply|contribute|deliver|develop)\b", 3, "agreed to build", participation: true),
        // a contribution planned, its maker named between: "plans for the space centre to provide an airlock"
        Cue(@"\bplan(?:s|ned|ning)?\s+(?:for\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?)?to\s+(?:provide|supply|contribute|deliver)\b", 3, "plans to contribute", participation: true),
        Cue(@"\bpromot(?:e|es|ed|ing)\s+(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:cooperation|collaboration|partnership)\b", 2, "cooperates", participation: true),
        Cue(@"\b(?:strengthen(?:s|ed|ing)?|solidif(?:y|ies|ied|ying)|consolidat(?:e|es|ed|ing)|reinforc(?:e|es|ed|ing)|cement(?:s|ed|ing)?)\s+(?:the\s+|their\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:cooperation|collaboration|partnership|efforts|ties)\b", 2, "cooperates", participation: true),
        Cue(@"\b(?:will|shall|to)\s+(?:jointly\s+)?(?:engage\s+in|carry\s+out|conduct|pursue|deepen|expand|strengthen|enhance)\s+(?:[\w-]+\s+){0,4}?(?:cooperation|collaboration|partnership)\b", 2, "cooperates", participation: true),
        // a share in it grown: "expand its role in", "widen our participation in", "a bigger role in"
        Cue(@"\b(?:expand(?:s|ed|ing)?|widen(?:s|ed|ing)?|broaden(?:s|ed|ing)?|deepen(?:s|ed|ing)?|increas(?:e|es|ed|ing)|enlarg(?:e|es|ed|ing)|boost(?:s|ed|ing)?|grow(?:s|ing)?)\s+(?:its|their|our|the\s+country['’]s|[\w-]+['’]s)\s+(?:own\s+)?(?:role|share|participation|involvement|contribution|presence)\s+(?:in|to)\b|\b(?:bigger|larger|greater|wider|expanded)\s+(?:[\w-]+\s+)?(?:role|share|contribution)\s+in\b", 2, "grows its share", participation: true),
        // the scope of cooperation to come: "cooperation would cover areas including …", "the partnership will include"
        Cue(@"\b(?:cooperation|collaboration|partnership)\s+(?:would|will|shall|is\s+to)\s+(?:also\s+)?(?:cover|include|involve|span|extend\s+to|focus\s+on)\b", 2, "cooperates", participation: true),
        Cue(@"\b(?:focus(?:es|ed|ing)?|concentrat(?:e|es|ed|ing))\s+on\s+(?:developing|building|creating|deploying)\b", 2, "focuses on building", participation: true),
        // work that opens the way for a program named after it: "two more probes will prepare the way for the International Lunar
        // Research Station"; not for "the cancellation of …" or a thing in lower case
        Cue(@"\b(?:(?:prepar(?:e|es|ed|ing)|pav(?:e|es|ed|ing)|clear(?:s|ed|ing)?)\s+the\s+(?:way|ground)|(?:lay|lays|laying|laid)\s+(?:the\s+)?groundwork)\s+for\s+(?:the\s+(?:future\s+)?(?:(?:construction|creation|deployment|building)\s+of\s+(?:the\s+)?)?)?(?-i:\p{Lu})", 2, "prepares the way", participation: true),
        Cue(@"\bconfirm(?:s|ed)?\s+(?:its\s+|their\s+|our\s+)?participation\b", 3, "confirms participation", participation: true),
        // a program kept in a decision: "we confirmed Argonaut for the Moon and Rosalind Franklin for Mars" (a name, not "confirmed that")
        Cue(@"\b(?:we|ministers|member\s+states|(?:has|have|had)\s+(?:now\s+|also\s+)?)\s*confirmed\s+(?:the\s+)?(?:(?:funding|budget|money)\s+for\s+(?:the\s+)?)?(?-i:\p{Lu})[\w'’-]*", 2, "confirms it", participation: true),
        // its work let: "the lander is already under contract"
        Cue(@"\b(?:is|are|was|were|remains?|now)\s+(?:now\s+|already\s+|fully\s+)?under\s+contract\b", 2, "is under contract", participation: true),
    ];

    /// <summary>Which cues a clause may hold, by the literals they require (<see cref="Entry.Required"/>): the others are not run, nor built.</summary>
    public static readonly PatternPrefilter Prefilter = new([.. Entries.Select(e => e.Required)]);

    /// <summary>Builds every cue now, for a benchmark that times the analysis and not the construction of patterns it may need.</summary>
    public static void BuildAll()
    {
        foreach (var entry in Entries)
        {
            _ = entry.Pattern;
        }
    }

    /// <summary>A signed document between parties, by its noun: "the agreement", "a memorandum", "the deal".</summary>
    public const string AgreementNouns = @"agreement|memorandum|MoU|deal|pact|contract|arrangement";

    /// <summary>"The future of the station ", "the future ": what a verdict on a program's future opens with.</summary>
    private const string FutureOf = @"\bfuture\s+(?:of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’()-]+\s+){1,6}?)?";

    /// <summary>A stay's length: "six months", "about a year", "half a year", "12-month".</summary>
    private const string Duration = @"(?:about\s+|some\s+|nearly\s+|up\s+to\s+)?(?:a|an|half\s+a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)(?:-|\s+)(?:months?|weeks?|years?)";

    /// <summary>When in a year: "in 2027", "by March 2027", "during the last quarter of 2024", "in the first half of 2026".</summary>
    private const string WithinAYear = @"(?:in|by|before|around|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|final)\s+)?(?:(?:quarter|half)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b";

    /// <summary>Promising or offering something, help or its refusal: "promised", "pledges", "offered", "extends".</summary>
    private const string Pledging = @"(?:promis|pledg|offer|assur|guarantee|extend|commit|provid|giv|gave|lend|lent|render)\w*";

    /// <summary>Staying in a program, said either way: "stay on", "remain part of", "remain a member in".</summary>
    private const string StayingIn = @"(?:stay|remain)\s+(?:on\s+board\s+|on|in|aboard|with|(?:a\s+)?(?:part|partner|member)\s+(?:of|in))\b";

    /// <summary>
    /// A document that acts on programs: a government's budget ("budget (request)", "spending plan")
    /// or a legislature's bill ("the bill", "the legislation", "the CHIPS and Science Act"). Lower
    /// case but for a law's name: "Office of Management and Budget" is a budget's author, and "to act"
    /// is a verb.
    /// </summary>
    public const string BudgetAndBillNouns = @"budget|spending\s+plan|bill|legislation|Act|(?i:executive\s+order)|decree|directive";

    public static readonly Regex Negator = Patterns.Create(@"\b(?:not|cannot|no|never|nor|neither|without|hardly|impossible|impossibility|unable|inability|nobody)\b|n['’]t\b", RegexOptions.IgnoreCase);

    /// <summary>Doubt that turns a cue round as a negation does, wherever it stands in the clause.</summary>
    public static readonly Regex Hedge = Patterns.Create(@"\b(?:unlikely|improbable|doubtful|not\s+likely)\b", RegexOptions.IgnoreCase);

    /// <summary>"not only … but also" and its kin are not negations; nor is "America is not the only nation interested in …".</summary>
    public static readonly Regex NegationTrap = Patterns.Create(@"\bnot\s+(?:only|just|merely|least|simply|the\s+only|alone)\b|\bno\s+(?:doubt|less)\b|\bnever\s+(?:mind|before)\b", RegexOptions.IgnoreCase);

    /// <summary>A condition word; "if" followed by a <c>waiver</c> ("if necessary", "if possible") is only a manner of speaking.</summary>
    public static readonly Regex Condition = Patterns.Create(
        @"\b(?:if(?:\s+(?<waiver>necessary|needed|required|possible|any)\b)?|unless|provided(?:\s+that)?|on\s+(?:the\s+)?condition|as\s+long\s+as|only\s+on\s+an?\s+equal\s+footing|on\s+an?\s+equal\s+footing|subject\s+to|should\s+\w+\s+(?:agree|accept))\b|\b(?:could|would|might|may)\s+(?:also\s+)?consider\b",
        RegexOptions.IgnoreCase);

    /// <summary>Whether <paramref name="text"/> states a condition ("if", "unless", "on an equal footing", "could consider").</summary>
    public static bool HasCondition(string text) => Condition.Matches(text).Any(m => !m.Groups["waiver"].Success);

    /// <summary>A cue, its "cooperation" also matching the hyphenated British spelling ("co-operation") that agencies' releases use.</summary>
    private static Entry Cue(string pattern, int score, string kind, bool negated = false, bool participation = false) =>
        new(pattern.Replace("cooperat", "co-?operat", StringComparison.Ordinal), score, kind, negated, participation);
}
