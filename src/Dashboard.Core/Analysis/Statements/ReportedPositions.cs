using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>A position the article reports without quoting anyone: what an actor did or decided, or what an agency's own release says.</summary>
/// <param name="Standfirst">It stands in a line with no closing full stop (a standfirst under the headline, most often): it counts only where the body does not report it again.</param>
internal sealed record ReportedPosition(TextSpan Content, Speaker Speaker, TextSpan Attribution, int Paragraph, bool Standfirst = false);

/// <summary>
/// Positions reported as acts rather than words ("Poland has joined the Accords", "ESA and Roscosmos
/// suspended the mission", "Canada will contribute a robotic arm"): an agency, a government or a
/// known person is the subject of a stance cue in a sentence that no statement covers. In an agency's
/// own release (<see cref="Metadata.ArticleMetadata.IssuedBy"/>) the agency speaks wherever nobody
/// else is the subject ("We are proud to contribute …"). Questions and passives ("NASA was criticised")
/// report nobody's position.
/// </summary>
internal static partial class ReportedPositions
{
    /// <summary>The longest gap between a subject and its cue ("Roscosmos, the state corporation, has decided to …").</summary>
    private const int MaximumGap = 80;

    /// <summary>How far before the giver a receipt may start ("a firm received a $900 million contract extension from NASA"); <see cref="ReceivedFrom"/> bounds its own parts within it.</summary>
    private const int MaximumGrantGap = 160;

    /// <summary>How far into its sentence a subject may start ("In a ceremony on Tuesday in Dubai, the agency's president …").</summary>
    private const int MaximumLead = 120;

    public static List<ReportedPosition> Find(
        Gazetteer gazetteer, string raw, IReadOnlyList<(TextSpan Span, int Paragraph)> sentences, IReadOnlyList<TextSpan> covered,
        IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> headline, string? issuedBy, DateOnly? published, Func<TextSpan, string?> antecedent,
        Func<string, Speaker?> introduced)
    {
        var found = new List<ReportedPosition>();
        var namedBefore = headline.Count == 0 ? mentions : [.. headline, .. mentions];
        var headlineProgram = ProgramTopics.OnlyProgram(headline);
        for (var index = 0; index < sentences.Count; index++)
        {
            var (sentence, paragraph) = sentences[index];
            var text = raw[sentence.Start..sentence.End].TrimEnd();
            var unpunctuated = IsUnpunctuated(text);
            var inside = mentions.Where(m => sentence.Contains(new TextSpan(m.Start, m.End))).ToList();
            // A list of members names who takes part even inside someone's words ("NASA announced the first members: …").
            foreach (var (at, speaker) in MembershipLists.Members(gazetteer, raw, sentence, inside, published))
            {
                found.Add(new ReportedPosition(sentence.Trim(raw), speaker, at, paragraph, unpunctuated));
            }

            if (covered.Any(c => c.Overlaps(sentence)) || text.EndsWith('?') || (unpunctuated && !ReadsAsSentence(text)))
            {
                continue;
            }

            var programs = inside.Where(m => m.Kind == MentionKind.Program).ToList();
            // "Pence is calling for landing astronauts on the Moon", "Russia will focus on building its own orbital
            // station": a program described in the words of the name that opens the sentence is that name's own.
            if (programs.Count == 0 && Opener(gazetteer, raw, sentence, inside, published) is { } opener)
            {
                programs = [.. ProgramDescriptions.Own(raw, new TextSpan(opener.End, sentence.End), opener.Actor, gazetteer).Resolved];
                inside = [.. inside, .. programs];
            }

            // "MBRSC and CNSA signed a memorandum on future Moon missions": a program described by its
            // kind is the one the text is about; an act with no program word ("signed a contract with
            // SpaceX") is about none, unless the headline names one program that nothing named since has displaced
            // ("Europe's instruments to fly on Chang'e-6" over "CNSA signed a memorandum with ESA").
            if (programs.Count == 0 && issuedBy is null && !ProgramWord().IsMatch(text) && (headlineProgram is null || antecedent(sentence) != headlineProgram))
            {
                continue;
            }

            var stances = StanceScorer.Score(raw, [sentence], programs, antecedent);
            var firstCue = FirstCue(stances);
            if (firstCue < 0)
            {
                continue;
            }

            var earlier = new BudgetOwners.Earlier(namedBefore, index > 0 ? sentences[index - 1].Span : null);
            var owned = BudgetOwners.Of(gazetteer, raw, sentence, inside, firstCue, published, earlier);
            if (owned is { Count: 0 })
            {
                continue; // what a budget or bill would do, and nobody named as its author
            }

            var subjects = owned ?? Subjects(gazetteer, raw, sentence, inside, firstCue, published, introduced);
            // "An astronaut will fly to the Gateway …, and Japan will supply its batteries": a later cue may have the subject.
            foreach (var laterCue in Cues(stances).Where(c => c > firstCue))
            {
                if (subjects.Count > 0)
                {
                    break;
                }

                // "… NASA's Artemis programme, contributing to …": an owner names a thing, not who acts later.
                subjects = Subjects(gazetteer, raw, sentence, inside, laterCue, published, introduced).Where(s => !IsPossessive(raw, s.At.End)).ToList();
                firstCue = subjects.Count > 0 ? laterCue : firstCue;
            }
            if (subjects.Count == 0 && index > 0 && sentences[index - 1].Paragraph >= paragraph - 1)
            {
                subjects = PronounSubject(gazetteer, raw, sentence, sentences[index - 1].Span, mentions, firstCue);
            }

            if (subjects.Count == 0)
            {
                subjects = Agents(gazetteer, raw, sentence, inside, firstCue, published);
            }

            if (subjects.Count == 0)
            {
                subjects = Grantors(gazetteer, raw, sentence, inside, firstCue, published);
            }

            if (subjects.Count == 0 && issuedBy is not null)
            {
                subjects = [(new TextSpan(sentence.Start, sentence.Start), new Speaker(issuedBy, issuedBy, IsPerson: false))];
            }

            if (subjects.Count > 0)
            {
                subjects = [.. subjects, .. Partners(gazetteer, raw, inside, stances, published).Where(p => subjects.All(s => s.Speaker.Actor != p.Speaker.Actor))];
            }

            foreach (var (at, speaker) in subjects)
            {
                // An agent named after its act ("signed by ISRO") takes the whole sentence.
                // A budget's author named sentences before: the sentence.
                var content = at.Start > firstCue || at.Start < sentence.Start ? sentence : new TextSpan(at.Start, sentence.End);
                found.Add(new ReportedPosition(content.Trim(raw), speaker, at, paragraph, unpunctuated));
            }
        }

        return found;
    }

    /// <summary>
    /// "Russia and China have signed a memorandum …, CNSA said": reported words whose own subject
    /// is one or more actors acting on a program. The subjects, when <paramref name="content"/> opens
    /// with them (after an optional "that"), and whether each was named by its country ("Russia");
    /// "Both agencies have agreed …, the official said" stands for the two organisations of the
    /// sentence before (<paramref name="previous"/>), as it does in a reported act. Nothing otherwise.
    /// </summary>
    public static List<(Speaker Speaker, bool ByCountry)> Embedded(
        Gazetteer gazetteer, string raw, TextSpan content, IReadOnlyList<Mention> mentions, DateOnly? published, Func<TextSpan, string?> antecedent, TextSpan previous = default)
    {
        // The program may be named by description only ("one of the missions of China's lunar
        // program"): the scorer finds it through the antecedent, as it does for the statement.
        var inside = mentions.Where(m => content.Contains(new TextSpan(m.Start, m.End))).ToList();
        var programs = inside.Where(m => m.Kind == MentionKind.Program).ToList();
        if (programs.Count == 0 && antecedent(content) is null)
        {
            return [];
        }

        // Without a sentence before for "both agencies", only a name opening the words can be their
        // subject: where there is none, the words need not be scored.
        var speaking = CoordinatedNames.Speaking(gazetteer, inside);
        if (previous.Length == 0 && (speaking.Count == 0 || !OpensWith(raw, content, speaking[0])))
        {
            return [];
        }

        var firstCue = FirstCue(raw, content, programs, antecedent);
        var names = firstCue < 0 ? [] : speaking.Where(m => m.End <= firstCue).ToList();
        if (names.Count > 0 && OpensWith(raw, content, names[0]))
        {
            return Subjects(gazetteer, raw, content, inside, firstCue, published)
                .Select(s => (s.Speaker, inside.Any(m => m.Start == s.At.Start && m.End == s.At.End && m.ByCountry))).ToList();
        }

        return names.Count == 0 && firstCue >= 0 && previous.Length > 0
            ? PronounSubject(gazetteer, raw, new TextSpan(SubjectStart(raw, content), content.End), previous, mentions, firstCue).Select(s => (s.Speaker, false)).ToList()
            : [];
    }

    /// <summary>Where the subject of reported words starts: at their first letter ("Both agencies …" opens a sentence; after "that" it is in lower case and not resolved).</summary>
    private static int SubjectStart(string raw, TextSpan content)
    {
        var start = content.Start;
        while (start < content.End && !char.IsLetter(raw[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>Where the first cue of a stance on one of <paramref name="programs"/> starts in <paramref name="span"/>, or -1.</summary>
    private static int FirstCue(string raw, TextSpan span, List<Mention> programs, Func<TextSpan, string?> antecedent) =>
        FirstCue(StanceScorer.Score(raw, [span], programs, antecedent));

    private static int FirstCue(IReadOnlyList<ProgramStance> stances) => Cues(stances).DefaultIfEmpty(-1).First();

    /// <summary>Where the cues of the stances taken start, in text order.</summary>
    private static IEnumerable<int> Cues(IReadOnlyList<ProgramStance> stances) =>
        stances.Where(s => s.Score != 0).SelectMany(s => s.Cues).Select(c => c.Span.Start).Distinct().Order();

    /// <summary>A line with no closing punctuation: a headline, or a standfirst under it.</summary>
    private static bool IsUnpunctuated(string sentence) => sentence.Length > 0 && !".!?\"”»)".Contains(sentence[^1], StringComparison.Ordinal);

    /// <summary>
    /// A headline ("Roscosmos to leave the ISS", "Russia slams Artemis Accords") sums up what the
    /// article then reports. A standfirst is a whole sentence ("X, head of …, has condemned the
    /// Accords") that may be the only place a position is reported: it has an auxiliary verb.
    /// </summary>
    private static bool ReadsAsSentence(string line) => Words.Count(line) >= 8 && Auxiliary().IsMatch(line);

    /// <summary>
    /// The actors (or known people) that are the subject of the cue: named before it in the same
    /// clause, not inside a prepositional phrase ("cooperation with Roscosmos"), with no other name
    /// between them and the cue except a coordinated one ("China and Russia agreed …"). A person the text
    /// introduced may open the pair ("Nagaoka and Nelson signed …", she introduced as Japan's minister before).
    /// </summary>
    private static List<(TextSpan At, Speaker Speaker)> Subjects(Gazetteer gazetteer, string raw, TextSpan sentence, List<Mention> inside, int cue, DateOnly? published,
        Func<string, Speaker?>? introduced = null)
    {
        var names = CoordinatedNames.Speaking(gazetteer, inside.Where(m => m.End <= cue));
        var result = new List<(TextSpan At, Speaker Speaker)>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var before = raw[sentence.Start..name.Start];
            // A subject comes early in its clause: "…, and Japan will supply batteries" opens a new one.
            var clause = ClauseOpening().Matches(before).LastOrDefault();
            if (name.Start - (clause is null ? sentence.Start : sentence.Start + clause.Index + clause.Length) > MaximumLead)
            {
                break;
            }

            // "Former NASA Administrator Jane Roe alone argued for …": an organisation its subject no longer speaks for.
            if (AttributionPatterns.FormerBefore().IsMatch(before))
            {
                continue;
            }

            // "Thirty countries, including Chile and Peru, have signed …": examples of a larger subject, the names and those coordinated with them.
            if (ExampleBefore().IsMatch(before))
            {
                i += CoordinatedNames.ChainFrom(raw, names, i).Count - 1;
                continue;
            }

            // "Two years ago, due to the invasion, ESA …": fronted phrases set off by commas do not count against the subject.
            // "The head of CNES signed …", "The board of ESA has instructed …": a title's or an organ's organisation is the subject's, not the object of a preposition.
            // "The space agencies of China and Azerbaijan signed …": the agencies named by their countries.
            // "…, after China and Pakistan signed an agreement": a subordinate clause has its own subject.
            if ((PrepositionBefore().IsMatch(before) && !ReportedThat().IsMatch(before) && !TitleOf.IsMatch(before) && !AgenciesOf().IsMatch(before) && !OrganOf().IsMatch(before) && !SubordinatorBefore().IsMatch(before))
                || Words.Count(before[(before.LastIndexOf(',') + 1)..]) > 8)
            {
                continue;
            }

            // Only a coordinated name may stand between this one and the cue.
            var chain = CoordinatedNames.ChainFrom(raw, names, i);
            var last = chain[^1];
            var between = raw[last.End..cue];
            // "Dmitry Rogozin, the head of Russia's space agency, wants …": names inside an appositive describe the subject.
            var appositive = Appositive().Match(between);
            var verbFrom = last.End + (appositive.Success ? appositive.Length : 0);
            // "… had pressed the Kremlin to keep paying for …": the one asked is the object of the request, not a subject of its own.
            var other = inside.FirstOrDefault(m => m.Start >= verbFrom && m.End <= cue && m.Kind != MentionKind.Program && !chain.Contains(m)
                && !RequestBefore().IsMatch(raw.AsSpan(verbFrom, m.Start - verbFrom)));
            if (cue - verbFrom > MaximumGap || other is not null || IsPassive(raw, between, cue) || between.Contains('"') || between.Contains('“'))
            {
                // "ESA sent a letter to Russia's space agency Roscosmos that it would no longer …": a name
                // the subject acts towards is its object, not the subject of what follows.
                if (other is not null && ObjectBefore().IsMatch(raw[last.End..other.Start]))
                {
                    break;
                }

                continue;
            }

            if (introduced is not null && IntroducedPartner().Match(raw, sentence.Start, name.Start - sentence.Start) is { Success: true } partner
                && introduced(partner.Groups["name"].Value) is { Actor: not null } person)
            {
                var at = partner.Groups["name"];
                result.Add((new TextSpan(at.Index, at.Index + at.Length), person));
            }

            foreach (var subject in chain)
            {
                result.Add((new TextSpan(subject.Start, subject.End), CoordinatedNames.SpeakerOf(gazetteer, subject, published)));
            }

            break;
        }

        return result.DistinctBy(r => r.Speaker.Actor).ToList();
    }

    /// <summary>A name joined by "and" right before the subject: "Nagaoka and ", "Keiko Nagaoka and ".</summary>
    [GeneratedRegex(@"(?:^|[\s(,])(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+and\s+$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex IntroducedPartner();

    /// <summary>The cue kinds of acts two parties do together: the one named after "with" does it too.</summary>
    private static readonly HashSet<string> JointActs = new(StringComparer.Ordinal)
    {
        "signs", "cooperates", "agreed to cooperate", "agreed on joint work", "work together", "agreed to build", "joins forces",
    };

    /// <summary>
    /// "NASA signed two agreements with ESA to advance Artemis", "China has partnered with ESA on
    /// Chang'e-6": the other party of a joint act (named right after "with") holds the position too.
    /// Only joint acts: "Roscosmos ended its cooperation with ESA" says nothing of ESA's own stance.
    /// </summary>
    private static List<(TextSpan At, Speaker Speaker)> Partners(Gazetteer gazetteer, string raw, List<Mention> inside, IReadOnlyList<ProgramStance> stances, DateOnly? published)
    {
        var cue = stances.Where(s => s.Score > 0).SelectMany(s => s.Cues).OrderBy(c => c.Span.Start).FirstOrDefault();
        if (cue is null || !JointActs.Contains(cue.Kind))
        {
            return [];
        }

        return Introduced(gazetteer, raw, inside.Where(m => m.Start >= cue.Span.Start && m.Kind == MentionKind.Actor), cue.Span.Start, window: 80, PartnerBefore(), published);
    }

    /// <summary>
    /// "It will leave the station …", "Its governing council approved …", "Both agencies signed …": a
    /// sentence whose subject is "it", a body of "its" or "both" continues the one before, whose only
    /// organisation (or two) it stands for.
    /// </summary>
    private static List<(TextSpan At, Speaker Speaker)> PronounSubject(Gazetteer gazetteer, string raw, TextSpan sentence, TextSpan previous, IReadOnlyList<Mention> mentions, int cue)
    {
        var opening = PronounOpening().Match(raw, sentence.Start, Math.Max(0, Math.Min(sentence.Length, cue - sentence.Start)));
        if (!opening.Success || opening.Index != sentence.Start)
        {
            return [];
        }

        var between = raw[(opening.Index + opening.Length)..cue];
        if (IsImpersonal(between) || IsPassive(raw, between, cue) || between.Length > MaximumGap)
        {
            return [];
        }

        var organisations = CoordinatedNames.Speaking(gazetteer, mentions.Where(m => previous.Contains(new TextSpan(m.Start, m.End)) && m.Kind == MentionKind.Actor))
            .Select(m => m.Name).Distinct().ToList();
        var at = new TextSpan(opening.Index, opening.Index + opening.Length);
        return organisations.Count == (opening.Groups["two"].Success ? 2 : 1)
            ? organisations.Select(o => (at, new Speaker(o, o, IsPerson: false))).ToList()
            : [];
    }

    /// <summary>
    /// "a firm was awarded $600 million from the Canadian Space Agency to …", "a firm received a contract from NASA to keep
    /// working on …", "won a design contract … for the European Space Agency": whoever a contract or money came from (or a contract
    /// is for) acts, when the cue is the receipt or follows the giver in the same clause. Not "The startup, which received funding
    /// from ESA, cancelled …": the cue is the recipient's own.
    /// </summary>
    private static List<(TextSpan At, Speaker Speaker)> Grantors(Gazetteer gazetteer, string raw, TextSpan sentence, List<Mention> inside, int cue, DateOnly? published)
    {
        foreach (var giver in CoordinatedNames.Speaking(gazetteer, inside))
        {
            var from = Math.Max(sentence.Start, giver.Start - MaximumGrantGap);
            var receipt = ReceivedFrom().Match(raw[from..giver.Start]);
            var cueInReceipt = cue >= from + receipt.Index && cue < giver.Start;
            var cueRightAfter = cue >= giver.End && raw.IndexOfAny([',', ';'], giver.End, cue - giver.End) < 0;
            if (receipt.Success && (cueInReceipt || cueRightAfter) && !InRelativeClause().IsMatch(raw.AsSpan(sentence.Start, from + receipt.Index - sentence.Start)))
            {
                return [(new TextSpan(giver.Start, giver.End), CoordinatedNames.SpeakerOf(gazetteer, giver, published))];
            }
        }

        return [];
    }

    /// <summary>
    /// "The agreement was signed on Saturday by ISRO and JAXA", "… signed on behalf of the CNSA", "an
    /// agreement signed in February between China and Pakistan": in a passive, the agents named after
    /// "by", "between" (or "on behalf of") act.
    /// </summary>
    private static List<(TextSpan At, Speaker Speaker)> Agents(Gazetteer gazetteer, string raw, TextSpan sentence, List<Mention> inside, int cue, DateOnly? published)
    {
        var after = raw[cue..Math.Min(sentence.End, cue + 40)];
        if (!Passive().IsMatch(raw[Math.Max(sentence.Start, cue - 20)..cue]) && !PassiveCue().IsMatch(after) && !ReducedPassiveCue().IsMatch(after))
        {
            return [];
        }

        return Introduced(gazetteer, raw, inside.Where(m => m.Start > cue), cue, window: 60, AgentMarker(), published);
    }

    /// <summary>
    /// The first of <paramref name="candidates"/> that <paramref name="marker"/> introduces (in the
    /// <paramref name="window"/> characters before it, none before <paramref name="cue"/>), with the
    /// names coordinated with it ("by ISRO and JAXA"); none when no name is so introduced.
    /// </summary>
    private static List<(TextSpan At, Speaker Speaker)> Introduced(
        Gazetteer gazetteer, string raw, IEnumerable<Mention> candidates, int cue, int window, Regex marker, DateOnly? published)
    {
        var names = CoordinatedNames.Speaking(gazetteer, candidates);
        for (var i = 0; i < names.Count; i++)
        {
            if (marker.IsMatch(raw[Math.Max(cue, names[i].Start - window)..names[i].Start]))
            {
                return CoordinatedNames.ChainFrom(raw, names, i)
                    .Select(n => (new TextSpan(n.Start, n.End), CoordinatedNames.SpeakerOf(gazetteer, n, published))).DistinctBy(s => s.Item2.Actor).ToList();
            }
        }

        return [];
    }

    /// <summary>"It was decided to …", "it is likely that …": an "it" that stands for no one, unless a state of an organisation follows ("it is ready to …").</summary>
    private static bool IsImpersonal(string afterIt)
    {
        var words = Words.Tokenize(afterIt).Select(w => w.Value.ToLowerInvariant()).ToList();
        var be = words.Count > 0 && (BeForms.Contains(words[0]) || (words.Count > 1 && words[0] is "has" or "had" or "will" or "would" or "may" or "might" && words[1] is "be" or "been"));
        return be && !words.Skip(1).Take(2).Any(StateWords.Contains);
    }

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "was", "seems", "seemed", "appears", "appeared", "remains", "remained" };

    /// <summary>
    /// "NASA was criticised …": a form of "be" before a participle. "Russia is unlikely to …",
    /// "ESA is committed to …" are states of the subject, not acts done to it.
    /// </summary>
    private static bool IsPassive(string raw, string between, int cue)
    {
        if (!Passive().IsMatch(between))
        {
            return false;
        }

        var word = Words.Tokenize(raw[cue..Math.Min(raw.Length, cue + 40)]).FirstOrDefault().Value ?? "";
        return (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase))
            && !StateWords.Contains(word);
    }

    private static readonly HashSet<string> StateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "committed", "determined", "interested", "pleased", "delighted", "thrilled", "excited", "honoured", "honored", "prepared",
        "concerned", "worried", "opposed", "involved", "dedicated", "convinced", "keen", "open", "ready", "willing",
    };

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:\w+ly\s+|not\s+|also\s+)?\p{Ll}+(?:ed|en|wn|de|ne)\b|\b(?:will|would)\s+(?:not\s+|also\s+)?\p{Ll}+\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+|not\s+)?\p{Ll}+ing\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Auxiliary();

    /// <summary>"'s" (or a lone apostrophe) right after a name.</summary>
    internal static bool IsPossessive(string raw, int end) => end < raw.Length && raw[end] is '\'' or '’';

    /// <summary>Conjunctions that open a subordinate clause with a subject of its own after a comma: "…, after China and Pakistan signed …".</summary>
    private const string Subordinators = "after|once|when|since|because|before";

    /// <summary>Where a coordinated or subordinate clause opens: ", and", ", but", ";", ", after".</summary>
    [GeneratedRegex(@",\s+(?:and|but|while|" + Subordinators + @")\s+|;\s+", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClauseOpening();

    /// <summary>A subordinate clause opened after a comma, right before a name.</summary>
    [GeneratedRegex(@",\s+(?:" + Subordinators + @")\s+(?:the\s+)?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SubordinatorBefore();

    /// <summary>
    /// A word for a program of some kind after a word that refers back or says it is of space:
    /// "future Moon missions", "the project", "its lunar lander"; not "a new ground station". In
    /// lower case: "Space Station Freedom" is the name of something the gazetteer does not know.
    /// </summary>
    [GeneratedRegex(@"\b(?:the|this|that|these|those|its|their|our|future|lunar|Moon|moon|space|orbital|crewed|manned|joint)\s+(?:(?:lunar|Moon|moon|space|orbital|crewed|manned|joint|international|research|future)\s+)?(?:missions?|programm?e?s?|projects?|stations?|landers?|rovers?)\b|\baccords\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ProgramWord();

    /// <summary>"… with (the) " right before the partner's name, with no clause break since the cue.</summary>
    [GeneratedRegex(@"^[^,;:.!?""“”]*\bwith\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Lu}][\p{L}'’\-]*\s+){0,3}?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PartnerBefore();

    /// <summary>"It", a governing body of "its" ("Its governing Ministerial Council", "Its board"), or "Both agencies" / "The two sides" / "The space chiefs", opening a sentence.</summary>
    [GeneratedRegex(@"(?<two>(?:Both|The\s+two|The)\s+(?:space\s+|agency\s+)?(?:agencies|sides|countries|partners|organi[sz]ations|chiefs|heads|leaders|parties))\b|It\b|Its\s+(?:[\p{L}\-]+\s+){0,3}?(?:[Cc]ouncil|[Bb]oard|[Mm]ember\s+[Ss]tates|[Gg]overnment|[Ll]eadership|[Mm]anagement)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PronounOpening();

    [GeneratedRegex(@"\b(?:with|by|from|to|for|of|against|between|than|like|about|over|under|among|toward|towards|without|despite|including|unlike|on|in|at|into|after|before|during|whether|if|that|which|who)\s+(?:the\s+|its\s+|their\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PrepositionBefore();

    /// <summary>"The treaty confirms that Canada will …": "that" opens what is reported, not a relative clause.</summary>
    [GeneratedRegex(@"\b(?:" + SpeechVerbs.Alternation + @"|means|meant|ensures|ensured|shows|showed|formali[sz]es|formali[sz]ed|establishes|established|provides|provided)\s+that\s+$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReportedThat();

    /// <summary>An organ of the organisation named next, opening the subject: "The governing board of the ", "the council of ", "Eleven members of the ".</summary>
    [GeneratedRegex(@"(?:^|[,.;:–—-]\s*)(?:the\s+)?(?:(?:governing\s+|executive\s+)?(?:board|council|leadership|management|member\s+states)|(?:[\p{L}-]+\s+){0,3}(?:members|senators|representatives|lawmakers))\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OrganOf();

    /// <summary>
    /// "The president of the French ", "the chief of ", "the heads of ": a title opening the clause, then "of" before the
    /// organisation, so the organisation is the subject's own.
    /// </summary>
    private static readonly Regex TitleOf = Patterns.Create(
        @"(?:^|[,.;:–—-]\s*)(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?" + RoleWords.AnyTitleOrPlural + @"\s+(?:of|at)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){0,2}$",
        RegexOptions.IgnoreCase);

    /// <summary>", the head of Russia's space agency," right after a name, or "space agency, Philippe Baptiste," after an acronym.</summary>
    [GeneratedRegex(@"^\)?\s*(?:(?:space\s+)?(?:agency|administration|centre|center)\s*)?(?:,[^,;""“”]{1,80},|\([^()]{1,60}\))", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Appositive();

    /// <summary>The actor of the name that opens <paramref name="sentence"/> as its subject, and where that name ends; null when none does.</summary>
    private static (string? Actor, int End)? Opener(Gazetteer gazetteer, string raw, TextSpan sentence, List<Mention> inside, DateOnly? published) =>
        CoordinatedNames.Speaking(gazetteer, inside).FirstOrDefault() is { } first && OpensWith(raw, sentence, first)
            ? (CoordinatedNames.SpeakerOf(gazetteer, first, published).Actor, first.End) : null;

    /// <summary>Whether <paramref name="name"/> opens <paramref name="content"/> as its subject; a person behind a capitalised title ("President Biden").</summary>
    private static bool OpensWith(string raw, TextSpan content, Mention name)
    {
        var before = raw[content.Start..name.Start];
        return LeadingSubject().IsMatch(before)
            || (name.Kind == MentionKind.Person && PersonTitle().Match(before) is { Success: true } title && LeadingSubject().IsMatch(before[..title.Index]));
    }

    /// <summary>A title of capitalised words right before a person's name: "President ", "Vice President ", "Prime Minister ".</summary>
    [GeneratedRegex(@"(?:(?-i:\p{Lu})[\p{L}.-]*\s+){1,3}$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PersonTitle();

    /// <summary>
    /// Nothing, a wire dateline ("Dec 28 (Interfax) -"), "that", a fronted phrase set off by a comma ("In
    /// March 2021,"), "the" or "the space agencies of" before the first name: it opens the reported words as their subject.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:[^,.;:""“”\n]+\s[-–—]+\s*)?(?:that\s+)?(?:[^,.;:""“”]+,\s*)?(?:the\s+)?(?:" + AgenciesOfWords + @")?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LeadingSubject();

    /// <summary>"space agencies of ", "national space agency of the ": the countries named next stand for their agencies.</summary>
    private const string AgenciesOfWords = @"(?:national\s+)?space\s+agenc(?:y|ies)\s+of\s+(?:the\s+)?";

    /// <summary>"The space agencies of " opening the subject (<see cref="AgenciesOfWords"/>).</summary>
    [GeneratedRegex(@"(?:^|[,.;:–—-]\s*)(?:the\s+)?" + AgenciesOfWords + "$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AgenciesOf();

    /// <summary>A verb of asking another to act, right before the one asked: "have asked President ", "urged the ".</summary>
    [GeneratedRegex(@"\b(?:asked|asks|asking|urged|urges|urging|pressed|presses|pressing|called\s+on|calls\s+on|calling\s+on|requested|requests|implored|implores|begged|petitioned)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}.'’-]*\s+){0,2}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex RequestBefore();

    /// <summary>"…, including ", "such as Chile and ": the names that follow are examples of what the sentence speaks of, after others not known.</summary>
    [GeneratedRegex(@"\b(?:including|such\s+as|among\s+them|notably|especially)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ExampleBefore();

    /// <summary>"… a letter to Russia's space agency ", "… talks with ": a preposition of direction opening the noun phrase that ends here.</summary>
    [GeneratedRegex(@"\b(?:to|with|towards?|against)\s+(?:[\p{L}’'.\-]+\s+){0,4}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ObjectBefore();

    /// <summary>A cue that is itself passive: "was signed".</summary>
    [GeneratedRegex(@"^(?:was|were|been|being)\s", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PassiveCue();

    /// <summary>A cue that is a noun and its participle: "agreement signed", "deal reached".</summary>
    [GeneratedRegex(@"^\w+\s+(?:\w+ly\s+)?(?:signed|concluded|reached|inked|struck|sealed)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReducedPassiveCue();

    /// <summary>A relative clause open at the end: ", which received …" describes a name before it, not the act of the sentence.</summary>
    [GeneratedRegex(@",\s*(?:which|who|whose|that)\b[^,;]*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex InRelativeClause();

    /// <summary>
    /// A contract (or an order), money or an award received, and "from" before the one who gave it (or a contract, and "for" before
    /// its client); or a firm's contract signed "with" its client ("has signed an amendment to its contract with the agency").
    /// </summary>
    [GeneratedRegex(@"\b(?:awarded|received|receives|receiving|won|wins|secured|secures|securing|obtained|obtains|granted|clinched|clinches|landed|lands|bagged)\b[^;!?]{0,100}?\b(?:(?:contract|contracts|order|orders|funding|funds|grant|award|billion|million|modification)\b[^;!?]{0,40}?\bfrom|contracts?\b[^;!?]{0,60}?\bfor)\s+(?:the\s+)?$|\b(?:signed|signs|signing|inked|concluded)\b[^;!?]{0,60}?\bcontracts?\s+with\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReceivedFrom();

    /// <summary>"by the", "between", "on behalf of", "by the head of the", "between the agencies of ": the agent of a passive (or its organisation) follows.</summary>
    [GeneratedRegex(@"\b(?:by|between|on\s+behalf\s+of)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:head|chief|director|director\s+general|administrator|president|chairman|chair|leader|minister|agency|agencies)\s+of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AgentMarker();

    /// <summary>"… was criticised", "… has been invited": the name receives the act.</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Passive();
}
