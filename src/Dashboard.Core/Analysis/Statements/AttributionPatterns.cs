using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>The patterns that find speakers, speech verbs and what was said, shared by the passes of <see cref="StatementExtractor"/>.</summary>
internal static partial class AttributionPatterns
{
    /// <summary>Where in the raw text a group lies that matched in the text of <paramref name="span"/>.</summary>
    internal static TextSpan SpanOf(TextSpan span, Group group) => new(span.Start + group.Index, span.Start + group.Index + group.Length);

    /// <summary>
    /// "…,” said X", "…,” X told Z", a credit line after a dash: "…” – X, director of Y", or a verb of judging: "…,” welcomed
    /// the head of CNES", tried in that order. Several patterns, not one alternation: the engine bounds one pattern's
    /// automaton, and the speech verbs twice over filled it.
    /// </summary>
    internal static Match AttributionAfter(string text)
    {
        var match = VerbThenSpeakerAfter().Match(text);
        match = match.Success ? match : SpeakerThenVerbAfter().Match(text);
        match = match.Success ? match : CreditAfter().Match(text);
        return match.Success ? match : JudgingAttributionAfter().Match(text);
    }

    /// <summary>"…,” said X, head of Y.", also where a page lost the space after the verb ("…,” saidChairwoman X.").</summary>
    [GeneratedRegex(@"^\s*[,.;:!?]?\s*(?<verb1>" + SpeechVerbs.AfterQuote + @")(?:\s+(?<speaker1>[^.!?;""“”«»]{2,160}?)|(?<speaker1>(?-i:\p{Lu})[^.!?;""“”«»]{1,159}?))\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex VerbThenSpeakerAfter();

    /// <summary>"…,” X told Z."</summary>
    [GeneratedRegex(@"^\s*[,.;:!?]?\s*(?<speaker2>[^.!?;""“”«»]{2,160}?)\s+(?<verb2>" + SpeechVerbs.AfterQuote + @")\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SpeakerThenVerbAfter();

    /// <summary>"…” – X, director of Y."</summary>
    [GeneratedRegex(@"^\s*[,.;:!?]?\s*(?<verb3>[-–—]{1,2})\s*(?<speaker3>[^.!?;""“”«»\-–—]{2,160}?)\s*\.?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CreditAfter();

    /// <summary>A signature: up to eight capitalised words (small joining words and commas between), a dash before at most, no sentence.</summary>
    [GeneratedRegex(@"^[-–—]?\s*\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:(?:of|the|for|and|at|de|du|von|van)\s+)*\p{Lu}[\p{L}.'’-]*){1,7}$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex SignatureLine();

    /// <summary>"…,” welcomed the head of CNES." (<see cref="SpeechVerbs.JudgingBeforeSpeaker"/>; apart, as the engine bounds one pattern's size).</summary>
    [GeneratedRegex(@"^\s*[,.;:!?]?\s*(?<verb1>" + SpeechVerbs.JudgingBeforeSpeaker + @")\s+(?<speaker1>[^.!?;""“”«»]{2,160}?)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex JudgingAttributionAfter();

    /// <summary>
    /// What may stand between a speech verb and the name of its speaker: nothing, an article, two lower-case
    /// modifiers ("a NASA spokesperson", "acting NASA Administrator", "former NASA chief"), or a title of
    /// something ("the deputy head of ").
    /// </summary>
    internal static readonly Regex SpeakerLead = Patterns.Create(
        @"^\s*(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:(?i:(?:[\p{L}-]+\s+){0,2}?" + RoleWords.AnyTitle + @"\s+(?:of|at|for)\s+(?:the\s+)?))?$");

    /// <summary>"said in a Senate hearing", "said at the ESA council": a name after a preposition is where, not who.</summary>
    [GeneratedRegex(@"^\s*(?:in|at|on|during|before|after|to|from|with|via|through|over|while|when)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex PlaceOrTime();

    /// <summary>A sentence that opens in the present: "Now,", "Today,", "This week,".</summary>
    [GeneratedRegex(@"^\W*(?:Now|Today|This\s+week|This\s+month)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex NowOpening();

    /// <summary>A word that makes a clause of the words around it, which a speaker's name never is.</summary>
    [GeneratedRegex(@"\b(?:will|would|shall|should|must|can|could|may|might|is|are|was|were|has|have|had|does|do|did)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex Auxiliary();

    /// <summary>"Jane Roe" before an apposition ("Jane Roe, NASA's science chief, said"): a person's name, not a lead-in such as "Last Tuesday".</summary>
    internal static bool IsBareName(string words) => BareName().IsMatch(words) && !TimeWords().IsMatch(words);

    [GeneratedRegex(@"^\s*(?:On|In|At|By|Last|This|Since|Earlier|Later|Early|Late|Next|Until|Before|After)\b|\b(?:" + Weekday + "|" + DateParsing.MonthNamePattern + @")\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TimeWords();

    /// <summary>A finite verb that makes a would-be title after "According to X," a clause of what was said.</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|said|says|told|left|leaves|resigned|resigns|retired|stepped|joined|became|announced|added|noted|warned|decided)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex ClauseInTitle();

    /// <summary>A sentence opening with a participle and the function word after it: "Signing the Accords with …", "Speaking at the congress" (not "Boeing and NASA officials").</summary>
    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}+ing\s+(?:the|a|an|at|to|with|on|in|for|from|about|after|before|during|beside|alongside|its|his|her|their|our)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex OpeningParticiple();

    /// <summary>
    /// A panel, board, report or group of experts: a speaker outside every actor, described rather than named (not "the Roscosmos board"
    /// nor "the agency's board", organs of one); or a company, whoever owns it ("the venture of France's Acme and Italy's Orbital": the
    /// countries own firms, they do not speak).
    /// </summary>
    [GeneratedRegex(@"^\s*(?i:the|a|an|this|that)\s+(?:\p{Ll}[\w-]*\s+){0,2}(?:(?:panel|board|committee|commission|report|study|review|group|experts|analysts|researchers|scientists|authors|auditors|watchdog)|(?:company|firm|venture|manufacturer|maker|contractor|start-?up|consortium|supplier)(?:\s+(?:between|of|owned\s+by|based\s+in|formed\s+by|led\s+by)\s+[^,;]{1,80})?)\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex OutsideBody();

    /// <summary>
    /// What may follow a described speaker: nothing, a place or time ("in a statement", "Friday"), or a title of its own
    /// ("the agency's spokesman"), but no clause ("the agency will …", "the agency's budget will …").
    /// </summary>
    internal static bool IsSpeakerTail(string tail) =>
        AdjunctsOnly().IsMatch(tail) || (PossessiveTitle().Match(tail) is { Success: true } title && AdjunctsOnly().IsMatch(tail[title.Length..]));

    [GeneratedRegex(@"^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:head|chief|director|administrator|president|spokes(?:person|man|woman)|office|service|officials?|representatives?)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex PossessiveTitle();

    /// <summary>A closing quotation mark, perhaps with its comma, just before a speech verb.</summary>
    [GeneratedRegex(@"[""”»]\s*,?\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex QuotationJustBefore();

    /// <summary>Lower-case title words, a capitalised name, then where the person is from: "panel member Jane Roe of the Acme Institute".</summary>
    [GeneratedRegex(@"^\s*(?:[\p{Ll}-]+\s+){0,4}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:of|from|at|with)\s+[^,;]{2,80}$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex AffiliatedName();

    /// <summary>Lower-case title words, then a capitalised name: "director general Salem Al Marri".</summary>
    [GeneratedRegex(@"^\s*(?:[\p{Ll}-]+\s+){1,4}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex TitledName();

    /// <summary>Words of a title held before: "former", "ex-", "retired".</summary>
    private const string FormerWords = @"former|ex-|retired|onetime|one-time";

    /// <summary>A title held before: "former", "ex-", "retired".</summary>
    [GeneratedRegex(@"\b(?:" + FormerWords + @")\s*\p{L}", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex Former();

    /// <summary>"Former ", "the ex-": a title held before, right before the organisation that names it.</summary>
    [GeneratedRegex(@"\b(?:" + FormerWords + @")\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex FormerBefore();

    /// <summary>The end of "PTI quoted a senior official as" (before "saying"): the person quoted.</summary>
    [GeneratedRegex(@"\bquot(?:ed|es|ing)\s+(?<speaker>[^.!?;""“”«»]{2,120})\s+as$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex QuotedAs();

    /// <summary>What follows "TASS reported" in "…,” TASS reported the president as saying: the person quoted.</summary>
    [GeneratedRegex(@"^\s+(?<speaker>[^.!?;,""“”«»]{2,120}?)\s+as\s+(?:saying|stating|declaring|telling)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex ReportedAs();

    /// <summary>
    /// The attribution patterns stop a speaker at a full stop; a title's abbreviation ("said Sen. Jane Doe",
    /// "Gen. Smith said") ends no sentence, nor does a name's initial ("chairman K. Sivan said", "A.B. Roe"), a
    /// month's before its day ("on Aug. 29 said") or a party tag's ("Rep. Jane Doe (D-Okla.)"), so its stop is
    /// read as a space (same length: offsets hold). Initials go last, after the party tags have been read, and twice,
    /// for a run of them: a match takes the next one's letter.
    /// </summary>
    internal static string WithoutAbbreviationStops(string text)
    {
        var read = LegislatorTags.WithoutStops(AbbreviationStop().Replace(text, "$1$3 $2$4"));
        return InitialStop().Replace(InitialStop().Replace(read, "$1 $2"), "$1 $2");
    }

    [GeneratedRegex(@"\b((?-i:Sen|Rep|Gov|Gen|Dr|Prof|Lt|Col))\.(\s+\p{Lu})|\b((?-i:" + DateParsing.MonthAbbreviationPattern + @"))\.(\s+\d)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AbbreviationStop();

    /// <summary>A single capital's stop before another capital: "K. Sivan", "A.S. Roe".</summary>
    [GeneratedRegex(@"\b(\p{Lu})\.(\s?\p{Lu})", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex InitialStop();

    private const string SpeakerThenVerb = @"(?<speaker>[^.!?;""“”«»]{2,200}?)\s+(?<verb>" + SpeechVerbs.Alternation + @")\b";

    [GeneratedRegex(SpeakerThenVerb + @"[^""“”«».!?]{0,60}?(?:\bthat|:|,)?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex AttributionBefore();

    /// <summary>An interview's opening before its first quotation: "X talks about projects and alliances to Rainews.it: “…".</summary>
    [GeneratedRegex(@"(?<speaker>[^.!?;""“”«»]{2,200}?)\s+(?<verb>talks|talked|speaks|spoke)\s+(?:[\w'’-]+\s+){0,6}?to\s+[^!?;:""“”«»]{1,40}:\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex TalksTo();

    /// <summary>A paragraph that announces the quotation opening the next: the circumstances may run long before its colon.</summary>
    [GeneratedRegex(SpeakerThenVerb + @"[^""“”«».!?]{0,200}?:\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex Announcement();

    /// <summary>
    /// "According to NASA, …", "In her words, …", "In the view of Roscosmos, …": the speaker before the words, with a title in
    /// apposition and where it was said ("According to Jane Roe, head of the agency's science office, on the news site, …").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:According\s+to|In\s+the\s+(?:words|view)\s+of|In\s+the\s+opinion\s+of)\s+(?<speaker>[^,]{2,120}(?<title>,\s*(?:the\s+|a\s+|an\s+)?(?:[\p{L}\-]+\s+){0,3}(?i:head|chief|director(?:\s+general)?|administrator|president|chair(?:man|woman)?|spokes(?:person|man|woman)|minister|manager|official|scientist|engineer|designer)\s+(?:of|at|for)\s+[^,]{2,100})?)(?:,\s*(?:on|in)\s+(?:the\s+|a\s+|an\s+)?[^,]{2,80}?\b(?:site|website|newspaper|channel|outlet|interview|broadcast|show|radio|television|podcast|news\s+agency)\b[^,]{0,40})?,\s*(?<content>.+)$|^\s*In\s+(?<speaker>his|her|their)\s+(?:own\s+)?(?:words|view|opinion),\s*(?<content>.+)$", RegexOptions.Singleline | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex AccordingFirst();

    [GeneratedRegex(@"^(?<content>.+?),\s*(?:according\s+to|" + AsOpening + @"(?:confirmed|announced|stated|disclosed|revealed)\s+by)\s+(?<speaker>[^,.]{2,120})[.!?]?\s*$", RegexOptions.Singleline | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex AccordingLast();

    /// <summary>What opens a source after a comma, before its verb: "as", "(as first", "as also".</summary>
    private const string AsOpening = @"\(?as\s+(?:first\s+|also\s+|previously\s+)?";

    /// <summary>"…, as" right before a verb: with "by" after it ("…, as confirmed by the agency"), the source, read by <see cref="AccordingLast"/>.</summary>
    [GeneratedRegex(@",\s*" + AsOpening + @"$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex AsBefore();

    [GeneratedRegex(@"^\s+by\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex ByAfter();

    [GeneratedRegex(@"^(?:\s*(?:But|And|However|Meanwhile|Earlier|Later|Also|Still|Yet|Moreover|Instead|Previously|Separately|Additionally|Now|Then|At\s+the\s+same\s+time|In\s+addition|In\s+response|(?:In|On|By|Last|This|Since)\s+[^,]{1,30}?)\s*,?\s+)+", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex LeadIn();

    /// <summary>"INTERFAX - ", "PARIS (Reuters) - ", "MOSCOW, July 26 (Reuters) - ", "TOKYO (Kyodo) -- " opening a wire story.</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{Lu}\p{L}.\s]{0,30}?(?:,\s*[\p{Lu}][\p{Ll}]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)?\s*)?(?:\([\p{Lu}][\p{L} .]{1,25}\)|\b[\p{Lu}]{3,}\b|/[\p{Lu}]+/)\.?\s*[-–—]{1,2}\s+", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex Dateline();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2}\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex BareName();

    /// <summary>", according to a Reuters translation of his remarks." closing a sentence.</summary>
    [GeneratedRegex(@",\s*according\s+to\s+[^,;.!?""“”«»]{2,100}[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex SourceOfWording();

    /// <summary>A sentence that is nothing but an attribution: "Lueders told reporters." / "He said on Monday." (<c>rest</c> must not hold "that": see <see cref="HasThat"/>).</summary>
    [GeneratedRegex(@"^\s*(?<speaker>[^,;""“”«»]{2,80}?)\s+(?<verb>said|says|told|added|wrote|tweeted|stated|noted|explained|declared|posted|asked|asks)\b(?<rest>(?:\s+[\w’'.\-]+){0,6})\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex AttributionOnly();

    /// <summary>
    /// A sentence that points back at what was just said and names who said it: "So said X, head of Y,
    /// commenting on …", "This was stated by X on Monday", "These words belong to X". Translated news
    /// writes it so; the pointer makes any length safe, unlike <see cref="AttributionOnly"/>.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:So|Thus|This|That|These\s+words|Those\s+words)\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+)?(?<verb>said|stated|declared|announced|noted|emphasi[sz]ed|stressed|written|wrote|spoke|explained|reported|told|tweeted|posted)\s+(?:by\s+)?|(?:These|Those)\s+words\s+(?<verb>belong|belonged|are|were|came)\s+(?:to|from)\s+)(?<speaker>[^,;""“”«».!?]{2,120}?)(?:\s*,[\s\S]*|\s+(?:on|at|in|during|while|when|after|before|commenting|speaking|referring|answering|addressing|to|via|from)\b[\s\S]*)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex BackReference();

    /// <summary>"…, said Yuri Borisov, head of Roscosmos, on Wednesday.", "…, reports RIA News, citing the agency's head." (the speaker after the verb, an appositive after that).</summary>
    [GeneratedRegex(@",\s*(?<verb>said|says|told\s+\w+|added|stated|declared|noted|stressed|wrote|announced|explained|confirmed|reports|reported)\s+(?<speaker>[^,;""“”«».!?]{2,80}?)(?:,[^;""“”«»]{0,160}?)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex InvertedAttribution();

    /// <summary>The source an outlet cites: ", citing the lunar program's office", ", quoting the agency's head".</summary>
    [GeneratedRegex(@"\b(?:citing|quoting|referring\s+to\s+(?:a\s+|the\s+)?(?:statement|words|remarks)\s+(?:of|by))\s+(?<source>[^,.;:!?""“”«»()]{2,120})", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex Citing();

    /// <summary>Nothing but "the" before a sentence's first name: the name is its subject.</summary>
    [GeneratedRegex(@"^\W*(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex SubjectOpening();

    /// <summary>A speaker described, not named: "the agency", "the Venezuelan government", "the country's ministry".</summary>
    [GeneratedRegex(@"^the\s+(?:(?<bare>agency|organi[sz]ation|corporation)\b|(?:[\p{L}'’\-]+\s+){1,3}?(?:agency|government|ministry|administration|corporation|organi[sz]ation|office|council|space\s+centre|space\s+center)\b)", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex DescribedSpeaker();

    /// <summary>A relative clause after a described speaker, with or without its comma: " who spoke to reporters", ", who asked not to be named" (not the WHO).</summary>
    [GeneratedRegex(@",?\s+(?:who|whom|whose)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex RelativeClause();

    /// <summary>A day of the week standing alone after the verb, as wire copy writes it: "said Friday".</summary>
    private const string Weekday = DateParsing.WeekdayPattern;

    /// <summary>"…, the agency said on Tuesday." at the very end of a sentence, or before the speaker's gloss on it ("…, ISRO has said, terming the operation unique") (neither <c>verb</c> nor <c>adjunct</c> may hold "that": see <see cref="HasThat"/>; the speaker is at most 140 characters, checked on the match: a counted repetition makes the linear engine slow).</summary>
    [GeneratedRegex(@",\s*(?<speaker>[^,;""“”«»]{2,}?)\s+(?<verb>said|says|told(?:\s+[\p{L}\p{N}.'’\-]+){1,5}?|added|stated|declared|noted|stressed|wrote|reported|announced|explained|confirmed)(?<adjunct>\s+(?:on|in|at|during|to|last|this|earlier|today|yesterday|late|early|" + Weekday + @")\b[^,.;]*)?(?<gloss>,\s*(?:terming|calling|describing|labell?ing|hailing|citing|noting|adding|saying|stressing)\b[^;]*)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex TrailingAttribution();

    /// <summary>
    /// "… said on Monday, after the White House proposed …": a subordinate clause after the attribution, not
    /// what was said; but "said on Tuesday the agency will reopen the contract, because …" said a clause first.
    /// </summary>
    internal static bool IsTrailingSubordinate(string after) =>
        TrailingSubordinate().Match(after) is { Success: true } match && !Words.Tokenize(after[..match.Length]).Any(IsFinite);

    /// <summary>"… said on Monday, after the White House proposed …": a subordinate clause after the attribution, not what was said.</summary>
    [GeneratedRegex(@"^(?:\s+(?:on|in|at|during|last|this|earlier|today|yesterday|late|early|" + Weekday + @")\b[^,.;]*)?\s*,\s*(?:after|before|when|as|while|because|since|following|amid|despite|citing|adding|noting|given|in\s+response)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingSubordinate();

    /// <summary>"… on Thursday it was suspending …": a clause of its own, not an adjunct of the verb; nor is "declared Tuesday to be a great day", an object and what it was declared.</summary>
    [GeneratedRegex(@"\b(?:it|he|she|they|we|I|there|this)\s+(?:was|were|is|are|will|would|had|has|have|could|can|should|must|did|does|\w+ed)\b|\bto\s+be\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex NewClause();

    /// <summary>An auxiliary or modal: a word that only a clause of its own holds, never an adjunct of place and time ("said in May that …": the month).</summary>
    internal static bool IsFinite(Word word) => FiniteWords.Contains(word.Value) && word.Value != "May";

    private static readonly HashSet<string> FiniteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "may", "might", "must", "should", "shall",
        "does", "did", "won't", "won’t", "cannot",
    };

    /// <summary>
    /// "said on Monday that …", or after a phrase of place and time, up to sixteen words: "said at the congress held by video in October 2020 that …",
    /// perhaps after an addressee and with a place's commas (before a capital): "told a town hall at the research centre in Cleveland, Ohio, Monday that …".
    /// </summary>
    [GeneratedRegex(@"^(?:(?:\s+[\w’'.\-]+){0,8}?|(?:\s+[\w’'.\-]+){0,4}?\s+(?:at|in|on|during|via|from|with|after|before|while|when|to)\b(?:\s+[\w’'.\-]+|,\s+(?-i:\p{Lu})[\w’'.\-]*){0,15}?)\s*,?\s+that\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex ThatClause();

    [GeneratedRegex(@"^\s*(?:(?:on|in|at|during|to|via|from|with|through|over|last|this|earlier|later|today|yesterday|recently|again|publicly|repeatedly|also|in\s+a\s+statement|" + Weekday + @")\b[^.!?]*)?[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex AdjunctsOnly();

    /// <summary>"said that …" opens what was said: an attribution's trailing words never hold it.</summary>
    internal static bool HasThat(string words) => Words.Tokenize(words).Any(w =>
        w.Value.StartsWith("that", StringComparison.OrdinalIgnoreCase) && (w.Value.Length == 4 || !char.IsLetterOrDigit(w.Value[4])));

    [GeneratedRegex(@"^(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|speculation)$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex ClaimNoun();

    /// <summary>
    /// Where the main clause starts in a speaker's region that opens with a subordinate or participial clause
    /// ("After NASA cut its budget, ESA …", "Addressing a briefing with his Japanese counterpart, the prime minister …"):
    /// just after that clause's comma; 0 when the region opens with its subject.
    /// </summary>
    internal static int MainClauseStart(ReadOnlySpan<char> region)
    {
        var comma = region.IndexOf(',');
        return comma > 0 && comma < region.Length - 1
            && (OpeningSubordinate().IsMatch(region[..comma]) || OpeningParticiple().IsMatch(region[..comma]) || OpeningOccasion().IsMatch(region[..comma])) ? comma + 1 : 0;
    }

    /// <summary>An occasion opening the sentence: "As part of last week's meeting between …", "During a visit to …", "In a video recorded for …".</summary>
    [GeneratedRegex(@"^\s*(?:As\s+part\s+of|During|Amid|Following|Ahead\s+of|On\s+the\s+sidelines\s+of|In\s+the\s+wake\s+of|(?:In|At)\s+(?:a|an|the|his|her|their|its)\s)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpeningOccasion();

    /// <summary>
    /// A sentence opened by a clause that is not its main one: "While …,", "Although …,", "After …,".
    /// Not "As …," ("As Rogozin said, the station is old": the main clause is what was said).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:While|Whilst|Although|Though|Whereas|Even\s+(?:though|if|as)|After|Before|When|Once|Despite|Unless)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex OpeningSubordinate();

    /// <summary>A conjunction opening a clause of its own inside a speaker region: "… as ", "… while ", "… after ".</summary>
    [GeneratedRegex(@"\s(?:as|while|whereas|after|when|because|since)\s", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    internal static partial Regex Subordinator();
}