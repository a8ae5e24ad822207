using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Statements;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Stance;

/// <summary>
/// Scores a statement's stance toward each program it concerns. Works clause by clause: cues in a
/// concessive clause ("despite the formal refusal…") do not count, a negation within three words
/// flips a cue ("is NOT about confrontation"), conditions ("if", "only on an equal footing") mark
/// the stance conditional. A clause without a program of its own takes the sentence's, or, when it
/// carries a cue, the program the text was last about (the antecedent of "this", "such projects").
/// </summary>
public static partial class StanceScorer
{
    /// <param name="raw">The article's raw text.</param>
    /// <param name="sentences">The statement's sentences (raw spans).</param>
    /// <param name="programs">Program mentions inside the statement.</param>
    /// <param name="antecedent">The program the text is about just before an offset, or null.</param>
    /// <param name="othersActs">Spans whose cues are someone else's act (another actor's decision in the speaker's words).</param>
    public static IReadOnlyList<ProgramStance> Score(string raw, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> programs, Func<TextSpan, string?> antecedent, IReadOnlyList<TextSpan>? othersActs = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(programs);
        ArgumentNullException.ThrowIfNull(antecedent);

        var votes = new List<Vote>();
        foreach (var sentence in sentences)
        {
            var (concessive, background, conditional, clauses) = SentenceReading.Of(raw, sentence);
            var targets = programs.Where(p => !background.Any(b => b.Contains(new TextSpan(p.Start, p.End)))).ToList();
            var sentencePrograms = targets.Where(p => sentence.Contains(new TextSpan(p.Start, p.End))).Select(p => p.Name).Distinct().ToList();
            foreach (var clause in clauses)
            {
                var cues = FindCues(raw, clause, concessive, othersActs ?? []);
                var clauseMentions = targets.Where(p => clause.Contains(new TextSpan(p.Start, p.End)) && !concessive.Any(c => c.Contains(new TextSpan(p.Start, p.End)))).ToList();
                var clausePrograms = clauseMentions.Select(p => p.Name).Distinct().ToList();
                if (clausePrograms.Count > 0 && cues.Count > 0)
                {
                    // "leave the ISS and focus on building its own station", "withdraw from the ISS and focus on
                    // its own station": each cue is about the program it governs and those listed with it;
                    // "unlikely to participate in the station that the US plans …, ending cooperation on the ISS": about none here.
                    var reach = new CueReach(raw, clause, clauseMentions, cues);
                    var about = cues.Select(c => (Cue: c, Programs: reach.ProgramsOf(c))).ToList();
                    foreach (var program in clausePrograms)
                    {
                        votes.Add(new Vote(program, about.Where(a => a.Programs.Contains(program)).Select(a => a.Cue).ToList(), conditional, 1.0, clause.Start));
                    }

                    continue;
                }

                // "We will end our work on the Spektr project, but we back the station": a clause about a named project the
                // gazetteer does not know takes no side on the programs of the sentence's other clauses. (It may still stand for
                // the program named before: "the Alpha mission" of an ISS stay, "the ICUBE-Q mission" a payload of a Chang'e probe.)
                if (clausePrograms.Count == 0 && sentencePrograms.Count > 0 && NamesAnotherProject(raw, clause))
                {
                    continue;
                }

                var resolution = 1.0;
                if (clausePrograms.Count == 0)
                {
                    clausePrograms = sentencePrograms;
                }

                // "Russia would build a lunar station together with China": a new thing, not the program named before.
                if (clausePrograms.Count == 0 && cues.Count > 0 && !NamesSomethingNew(raw, clause) && antecedent(clause) is { } previous)
                {
                    clausePrograms = [previous];
                    resolution = 0.75;
                    // "We have no intention to establish small circles": an intention about a thing of its own, not about the program before.
                    cues = cues.Where(c => !(c.Kind == "does not intend" && HasObjectOfItsOwn(raw, c.Span.End, clause.End))).ToList();
                }

                foreach (var program in clausePrograms)
                {
                    votes.Add(new Vote(program, cues, conditional, resolution, clause.Start));
                }
            }
        }

        return votes.GroupBy(v => v.Program, StringComparer.Ordinal)
            .Select(Decide)
            .OrderBy(s => s.Program, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record Vote(string Program, IReadOnlyList<Cue> Cues, bool Conditional, double Resolution, int Position);

    private static ProgramStance Decide(IGrouping<string, Vote> votes)
    {
        Vote? best = null;
        Cue? bestCue = null;
        foreach (var vote in votes)
        {
            foreach (var cue in vote.Cues)
            {
                if (bestCue is null || Math.Abs(cue.Score) > Math.Abs(bestCue.Score) || (Math.Abs(cue.Score) == Math.Abs(bestCue.Score) && cue.Score < bestCue.Score))
                {
                    best = vote;
                    bestCue = cue;
                }
            }
        }

        if (best is null || bestCue is null)
        {
            var first = votes.First();
            return new ProgramStance(votes.Key, StanceLabel.Neutral, first.Conditional, Math.Round(0.4 * first.Resolution, 2), []);
        }

        var strength = bestCue.Text.Contains(' ', StringComparison.Ordinal) ? 0.85 : 0.65;
        var confidence = Math.Round(strength * best.Resolution * (best.Conditional ? 0.9 : 1.0), 2);
        var cues = best.Cues.OrderBy(c => c.Span.Start).ToList();
        return new ProgramStance(votes.Key, (StanceLabel)bestCue.Score, best.Conditional, confidence, cues);
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="othersActs">Another party's decision: its cues are not the speaker's, unless the speaker regrets or condemns it, which turns them round.</param>
    private static List<Cue> FindCues(string raw, TextSpan clause, IReadOnlyList<TextSpan> ignored, IReadOnlyList<TextSpan> othersActs)
    {
        // The verb of regret is not a cue of its own: "criticised ESA's decision to suspend …" is for what was suspended.
        var regrets = othersActs.Where(a => clause.Contains(a))
            .Select(a => (Act: a, Verb: Disapproves().Match(raw, clause.Start, a.Start - clause.Start)))
            .Where(r => r.Verb.Success).ToList();
        var regretted = regrets.Select(r => r.Act).ToList();
        ignored = [.. ignored, .. othersActs.Except(regretted), .. regrets.Select(r => new TextSpan(r.Verb.Index, r.Act.Start))];
        if (!HasLetter(raw.AsSpan(clause.Start, clause.Length)))
        {
            return []; // no word, no cue: spares a hundred patterns on debris
        }

        var found = SentenceReading.CuesOf(raw, clause).Where(c => !ignored.Any(i => i.Contains(c.Span))).ToList();

        // Longest match wins where cues overlap ("not interested" over "interested in").
        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var kept = new List<(TextSpan Span, StanceLexicon.Entry Entry)>();
        foreach (var candidate in found)
        {
            // Sorted by start and kept apart, so only the last kept cue can overlap (linear in a clause of many cues).
            var overlapping = kept.Count > 0 && kept[^1].Span.Overlaps(candidate.Span) ? kept.Count - 1 : -1;
            if (overlapping < 0)
            {
                kept.Add(candidate);
            }
            // A negation's own phrase decides what it overlaps: "no plans to" over "plans to send".
            else if (candidate.Span.Length > kept[overlapping].Span.Length && !(kept[overlapping].Entry.Negated && kept[overlapping].Span.Start < candidate.Span.Start))
            {
                kept[overlapping] = candidate;
            }
        }

        // "not interested in being part of it", "no intention of joining": the head's polarity decides its
        // complement, the cue right after it (kept cues are in order and apart, so one look back each).
        var complements = Enumerable.Range(1, Math.Max(0, kept.Count - 1))
            .Where(i => kept[i].Entry.Score > 0 && kept[i - 1].Entry.Score < 0 && ComplementOf().IsMatch(raw.AsSpan(kept[i - 1].Span.End, kept[i].Span.Start - kept[i - 1].Span.End)))
            .Select(i => kept[i].Span).ToHashSet();
        kept.RemoveAll(k => complements.Contains(k.Span));
        OpposedCuts(raw, kept);
        // "Signing the Accords does not commit India to …": a gerund that is the clause's subject names an act, it does not perform one.
        kept.RemoveAll(k => IsGerundSubject(raw, clause, k.Span));
        // "a launch tower designed to support the rocket", "a module built to fly to the station": the purpose a thing was made for asserts nothing.
        kept.RemoveAll(k => k.Entry.Score > 0 && IsPurposeOfAThing(raw, clause, k.Span));
        // "the canceled Russian-European mission", "its suspended project": a participle of an act that describes the program asserts no act.
        kept.RemoveAll(k => k.Entry.Kind is "cancels" or "halts" or "withdraws" or "signs" or "approved" && IsAttributive(raw, clause, k.Span));
        // "an invitation from Rogozin", "an offer made by China": the one who invites takes the position, not the speaker.
        kept.RemoveAll(k => k.Entry.Kind is "invites" or "offers" && FromSomeoneElse().IsMatch(Ahead(raw, k.Span.End, clause.End)));
        kept.RemoveAll(k => k.Entry.Kind is "dismisses" && DismissesNoIdea(raw, clause, k.Span));
        // "Russia terminated Dmitry Rogozin's tenure", "ended the mandate of its chief": a post ended, not a program.
        kept.RemoveAll(k => k.Entry.Kind is "cancels" or "halts" && PersonsPost().IsMatch(Ahead(raw, k.Span.End, clause.End)));
        // "delayed the flights because of safety concerns": concerns given as the reason for an act are not a view of the program.
        kept.RemoveAll(k => k.Entry.Kind is "concern" && ReasonBefore().IsMatch(raw.AsSpan(clause.Start, k.Span.Start - clause.Start)));
        // "they are most concerned about laying the groundwork": what matters most to the speaker, not a worry about it.
        kept.RemoveAll(k => k.Entry.Kind is "concern" && MostBefore().IsMatch(raw.AsSpan(clause.Start, k.Span.Start - clause.Start)));
        // "voiced worries about China's advances": a worry about another party's doings is no view of the program the text is about.
        kept.RemoveAll(k => k.Entry.Kind is "concern" or "worry" && AboutSomeoneElses().IsMatch(Ahead(raw, k.Span.End, clause.End)));
        // "poses a serious threat to the lives of astronauts": a threat to the crew or the station is the speaker defending it, not opposing it.
        kept.RemoveAll(k => k.Entry.Kind is "threat" && ThreatToTheCrew().IsMatch(Ahead(raw, k.Span.End, clause.End)));
        // "the splashdown doesn't sign the end of the mission": an ending denied (a translator's "sign" for "signal"), not a signature refused.
        kept.RemoveAll(k => k.Entry.Negated && k.Entry.Kind is "will not participate" && EndOfAfter().IsMatch(Ahead(raw, k.Span.End, clause.End)));
        var negatedPhrases = kept.Where(k => k.Entry.Negated).Select(k => k.Span).ToList();
        return kept.Select(k => regretted.Any(r => r.Contains(k.Span)) ? Regretted(raw, k.Span, k.Entry) : ToCue(raw, clause, k.Span, k.Entry, negatedPhrases)).ToList();
    }

    /// <summary>The rest of an ended post after the cue ("terminated D|mitry Rogozin’s tenure", "ended the| mandate of"): a person's office.</summary>
    [GeneratedRegex(@"^(?:[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}['’]s\s+|\s+(?:[\p{L}-]+\s+)?)(?:tenure|term\s+of\s+office|mandate|appointment|post|position|job|career|chairmanship|leadership\s+of)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PersonsPost();

    /// <summary>Who or what is threatened, right after the cue: " to the lives of astronauts", " to the safety of the station's crew".</summary>
    [GeneratedRegex(@"^\s+to\s+(?:the\s+)?(?:(?:lives|life|safety|security|health)\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?)?(?:astronauts|cosmonauts|taikonauts|crews?|station|stations|spacecraft)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ThreatToTheCrew();

    /// <summary>" the end of" right after a negated verb: "doesn't sign the end of the mission".</summary>
    [GeneratedRegex(@"^\s+(?:the|an)\s+end\s+(?:of|to)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex EndOfAfter();

    /// <summary>What a worry is about, when it is another party's: " about China's ", " over Russia’s growing ".</summary>
    [GeneratedRegex(@"^\s+(?:about|over|at|regarding)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s?\s", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AboutSomeoneElses();

    /// <summary>"most" or "primarily" right before "concerned": a priority.</summary>
    [GeneratedRegex(@"\b(?:most|mostly|primarily|chiefly|mainly)\s+$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MostBefore();

    /// <summary>A reason's connective just before the cue, a modifier or two between: "due to safety", "citing technical".</summary>
    [GeneratedRegex(@"\b(?:due\s+to|because\s+of|owing\s+to|on\s+account\s+of|citing|amid|over)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReasonBefore();

    /// <summary>"Roscosmos regrets ESA's decision to end cooperation on ExoMars": the speaker wants what the decision ends (and is against what it starts).</summary>
    private static Cue Regretted(string raw, TextSpan span, StanceLexicon.Entry entry) =>
        new(span, raw[span.Start..span.End], entry.Score < 0 ? 1 : -1, "regrets: " + entry.Kind);

    /// <summary>A verb of regret or condemnation whose object is the decision that follows: "regrets the", "condemned NASA", "is disappointed by the European Space Agency", "was troubled that NASA".</summary>
    [GeneratedRegex(@"\b(?:regret|regrets|regretted|regretting|deplor(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|lament(?:s|ed|ing)?|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|(?:disappointed|troubled|dismayed|saddened)\s+(?:by|with|at|in|that))(?:\s+(?:the|this|that|a))?(?:\s+[\w.’'-]+){0,4}\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Disapproves();

    /// <summary>How far after "opposition to" the cut it opposes may be named.</summary>
    private const int OppositionReach = 120;

    /// <summary>What ends the object of "opposition to …": a clause or sentence break, or a second verb phrase ("opposes the SLS and would cancel it").</summary>
    [GeneratedRegex(@"[,.;:!?]|\b(?:and|but|or|while|whereas)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClauseBetween();

    private static readonly StanceLexicon.Entry ReversesACut = StanceLexicon.Entries.Single(e => e.Kind == "reverses a cut");

    /// <summary>
    /// "our opposition to the recent unilateral decision to move forward with budget cuts to the mission":
    /// opposing a cut or a cancellation is for what it cuts, one cue over the two and what stands between
    /// them (kept cues are in order and apart).
    /// </summary>
    private static void OpposedCuts(string raw, List<(TextSpan Span, StanceLexicon.Entry Entry)> kept)
    {
        for (var i = kept.Count - 2; i >= 0; i--)
        {
            if (kept[i].Entry.Kind != "opposes")
            {
                continue;
            }

            var head = kept[i].Span;
            var cut = kept.FindIndex(i + 1, k => k.Entry.Kind is "cuts its funding" or "cancels");
            if (cut > i && kept[cut].Span.Start - head.End <= OppositionReach && !ClauseBetween().IsMatch(raw.AsSpan(head.End, kept[cut].Span.Start - head.End)))
            {
                var end = kept[cut].Span.End;
                kept.RemoveRange(i + 1, cut - i);
                kept[i] = (new TextSpan(head.Start, end), ReversesACut);
            }
        }
    }

    private static Cue ToCue(string raw, TextSpan clause, TextSpan span, StanceLexicon.Entry entry, List<TextSpan> negatedPhrases)
    {
        var score = entry.Score;
        var kind = entry.Kind;
        var start = span.Start;
        if (!entry.Negated && NegationBefore(raw, clause, span) is { } negator && !negatedPhrases.Any(p => p.Contains(negator)))
        {
            start = negator;
            score = score > 0 ? (entry.Participation ? -2 : -1) : 1;
            kind = "not " + kind;
        }
        else if (!entry.Negated && score > 0 && NotReached(Ahead(raw, span.End, clause.End)))
        {
            // "An agreement on extending the ISS until 2030 was not reached": the act the cue names did not happen.
            score = entry.Participation ? -2 : -1;
            kind = "not reached: " + kind;
        }

        // "It is very unlikely that the orbiter will launch in 2027", "a withdrawal is unlikely": doubted,
        // so turned round like a negation (the cue keeps its own words, which decide its program).
        if (kind == entry.Kind && !entry.Negated && HedgeIn(raw, clause, span) is { } hedge && !negatedPhrases.Any(p => p.Contains(hedge)))
        {
            score = score > 0 ? (entry.Participation ? -2 : -1) : 1;
            kind = "unlikely: " + kind;
        }

        var cueSpan = new TextSpan(start, span.End);
        return new Cue(cueSpan, raw[cueSpan.Start..cueSpan.End], score, kind);
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:–—()");

    /// <summary>
    /// A word of doubt ("unlikely", "improbable") in the cue's clause with no comma or other break
    /// between them: "suspending cooperation on ExoMars, making a launch this year unlikely" doubts
    /// the launch, not the suspension.
    /// </summary>
    private static TextSpan? HedgeIn(string raw, TextSpan clause, TextSpan cue)
    {
        var hedge = StanceLexicon.Hedge.Match(raw, clause.Start, clause.Length);
        if (!hedge.Success || (hedge.Index < cue.End && hedge.Index + hedge.Length > cue.Start))
        {
            return null;
        }

        var between = hedge.Index < cue.Start ? raw.AsSpan(hedge.Index, cue.Start - hedge.Index) : raw.AsSpan(cue.End, hedge.Index - cue.End);
        return between.IndexOfAny(ClauseBreaks) < 0 ? new TextSpan(hedge.Index, hedge.Index + hedge.Length) : null;
    }

    /// <summary>A cue that opens with a past participle right after a determiner: "the canceled …", "its suspended …".</summary>
    private static bool IsAttributive(string raw, TextSpan clause, TextSpan cue)
    {
        var first = Words.Tokenize(raw, cue).FirstOrDefault();
        return first.Value is { Length: > 4 } word && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && DeterminerBefore().IsMatch(raw.AsSpan(clause.Start, cue.Start - clause.Start));
    }

    [GeneratedRegex(@"\b(?:the|a|an|this|that|these|those|its|their|our|his|her)\s+$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DeterminerBefore();

    /// <summary>A cue that opens with "to" right after the participle of how a thing was made or meant: "designed to support", "built to carry".</summary>
    private static bool IsPurposeOfAThing(string raw, TextSpan clause, TextSpan cue) =>
        raw.AsSpan(cue.Start, cue.Length).StartsWith("to ", StringComparison.OrdinalIgnoreCase)
        && MadeFor().IsMatch(raw.AsSpan(clause.Start, cue.Start - clause.Start));

    [GeneratedRegex(@"\b(?:designed|built|developed|engineered|configured|adapted|modified|made|created)\s+(?:(?:specifically|primarily|mainly|largely|partly|originally)\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MadeFor();

    private static bool IsGerundSubject(string raw, TextSpan clause, TextSpan cue)
    {
        for (var i = clause.Start; i < cue.Start; i++)
        {
            if (char.IsLetterOrDigit(raw[i]))
            {
                return false; // only a cue that opens its clause can be its subject
            }
        }

        var first = Words.Tokenize(raw, cue).FirstOrDefault();
        return first.Value is { Length: > 4 } word && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && FiniteVerbNext().IsMatch(Ahead(raw, cue.End, clause.End));
    }

    /// <summary>
    /// The words right after a cue, as far as the anchored look-ahead patterns reach (a few words):
    /// checking the rest of a long clause for every cue made a clause of many cues quadratic.
    /// </summary>
    private static string Ahead(string raw, int from, int end) => raw[from..Math.Min(end, from + LookAround)];

    private const int LookAround = 160;

    /// <summary>The start of a negating word up to four words before the cue ("has not consented to the extension"), unless it is "not only" and kin.</summary>
    private static int? NegationBefore(string raw, TextSpan clause, TextSpan cue)
    {
        var words = Words.Tokenize(raw, new TextSpan(Math.Max(clause.Start, cue.Start - LookAround), cue.Start));
        var window = words.Skip(Math.Max(0, words.Count - 4)).ToList();
        foreach (var word in window)
        {
            var from = new TextSpan(word.Start, Math.Min(cue.End, raw.Length));
            var text = raw[from.Start..from.End];
            if (StanceLexicon.Negator.IsMatch(word.Value) || word.Value.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
            {
                return StanceLexicon.NegationTrap.IsMatch(text) ? null : word.Start;
            }
        }

        return null;
    }

    /// <summary>Every lexicon cue matched in a clause, in the lexicon's order, before any is set aside.</summary>
    private static List<(TextSpan Span, StanceLexicon.Entry Entry)> MatchCues(string raw, TextSpan clause)
    {
        var cueText = CueText.Of(raw, clause);
        var found = new List<(TextSpan Span, StanceLexicon.Entry Entry)>();
        foreach (var index in StanceLexicon.Prefilter.Candidates(cueText.Text))
        {
            var entry = StanceLexicon.Entries[index];
            foreach (Match match in entry.Pattern.Matches(cueText.Text))
            {
                // A cue may need to see past its own words ("as part of N|ASA's campaign"): its "cue" group is what it shows.
                var shown = match.Groups["cue"];
                found.Add((shown.Success ? cueText.Span(shown.Index, shown.Length) : cueText.Span(match.Index, match.Length), entry));
            }
        }

        return found;
    }

    /// <summary>
    /// What scoring reads in a sentence of a text, which depends on the text alone. The extractor's passes
    /// score many sentences more than once (a third of the clauses, on realistic articles): within
    /// <see cref="ReadOnce"/>, on its thread, each sentence and clause of that text is read once.
    /// </summary>
    private sealed record SentenceReading(IReadOnlyList<TextSpan> Concessive, IReadOnlyList<TextSpan> Background, bool Conditional, IReadOnlyList<TextSpan> Clauses)
    {
        [ThreadStatic]
        private static Scope? current;

        public static SentenceReading Of(string raw, TextSpan sentence)
        {
            var known = ScopeOf(raw)?.Sentences;
            if (known is null || !known.TryGetValue(sentence, out var reading))
            {
                reading = new SentenceReading(ConcessiveSpans(raw, sentence), StanceScorer.Background(raw, sentence), LexiconCondition(raw, sentence), StanceScorer.Clauses(raw, sentence));
                known?.Add(sentence, reading);
            }

            return reading;
        }

        /// <remarks>The list may be the one kept for the clause: read it, do not change it.</remarks>
        public static List<(TextSpan Span, StanceLexicon.Entry Entry)> CuesOf(string raw, TextSpan clause)
        {
            var known = ScopeOf(raw)?.Cues;
            if (known is null || !known.TryGetValue(clause, out var cues))
            {
                cues = MatchCues(raw, clause);
                known?.Add(clause, cues);
            }

            return cues;
        }

        public static IDisposable Begin(string raw) => current = new Scope(raw, current);

        // The same string, not an equal one: readings are kept only for the text the scope was opened on.
        private static Scope? ScopeOf(string raw) => current is { } scope && ReferenceEquals(scope.Raw, raw) ? scope : null;

        private sealed class Scope(string raw, Scope? outer) : IDisposable
        {
            public string Raw { get; } = raw;

            public Dictionary<TextSpan, SentenceReading> Sentences { get; } = [];

            public Dictionary<TextSpan, List<(TextSpan Span, StanceLexicon.Entry Entry)>> Cues { get; } = [];

            public void Dispose() => current = outer;
        }
    }

    /// <summary>
    /// Until disposed, on this thread, each sentence and clause of <paramref name="raw"/> is read for scoring once, however
    /// many passes score it (<see cref="Score"/>). Open it around one text's analysis, on the thread that analyses it.
    /// </summary>
    public static IDisposable ReadOnce(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return SentenceReading.Begin(raw);
    }

    private static bool LexiconCondition(string raw, TextSpan sentence) => StanceLexicon.HasCondition(raw[sentence.Start..sentence.End]);

    /// <summary>
    /// "despite the formal refusal to participate in the project," — a concession, not the stance (so is a sentence that
    /// opens with "While Britain has not played a major role in …,");
    /// "in response to the suspension of the mission by ESA," — what another did, to which the words
    /// respond; "reports that the US was not willing to … were incorrect" — a claim the speaker denies.
    /// </summary>
    private static List<TextSpan> ConcessiveSpans(string raw, TextSpan sentence)
    {
        var spans = new List<TextSpan>();
        var text = raw[sentence.Start..sentence.End];
        foreach (Match match in Concessive().Matches(text))
        {
            // Up to the next comma, or to the end when the concession closes the sentence ("…, despite X.").
            var end = text.IndexOf(',', match.Index + match.Length);
            spans.Add(new TextSpan(sentence.Start + match.Index, sentence.Start + (end < 0 ? text.Length : end)));
        }

        spans.AddRange(DeniedClaim().Matches(text).Select(m => new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length)));
        spans.AddRange(OthersView().Matches(text).Select(m => new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length)));
        return spans;
    }

    /// <summary>
    /// Relative clauses ("support that developed during cooperation on the ISS", ", which NASA leads";
    /// a name between "which" and its verb, never between "that" and its verb: "said that NASA will" reports)
    /// and comparisons ("on equal terms, similar to the ISS") describe; a program named only there is
    /// background, not what the statement is about. What a budget does ("a budget request that would
    /// end the Gateway") is the budget's whole content, not a description of it; so is what an
    /// agreement provides ("signed a memorandum that will see Europe supply modules for the Gateway").
    /// </summary>
    public static List<TextSpan> Background(string raw, TextSpan sentence)
    {
        var text = raw[sentence.Start..sentence.End];
        return RelativeClause().Matches(text).Where(m => !SaysWhatADocumentDoes(WordsBefore(text, m.Index)))
            .Select(m => (m.Index, Length: ClauseLength(text, m)))
            .Concat(Comparison().Matches(text).Select(m => (m.Index, Length: ComparisonLength(m))))
            .Concat(Excepted().Matches(text).Select(m => (m.Index, m.Length)))
            .Select(m => new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length)).ToList();
    }

    /// <summary>
    /// Where a relative clause ends. On the object of a verb that takes an object and an infinitive
    /// ("invite countries that have the means to take part in the ILRS"), the infinitive completes
    /// the verb, not the clause.
    /// </summary>
    private static int ClauseLength(string text, Match clause)
    {
        if (!ObjectOfInviting().IsMatch(WordsBefore(text, clause.Index)))
        {
            return clause.Length;
        }

        var infinitive = Infinitive().Match(clause.Value);
        return infinitive.Success ? infinitive.Index : clause.Length;
    }

    /// <summary>
    /// Where a comparison ends. A part replaced on a program ("a British camera to replace the Russian one aboard
    /// the ExoMars rover") names the program that carries it: that program is the topic, not what is replaced.
    /// </summary>
    private static int ComparisonLength(Match comparison)
    {
        var carrier = Carrier().Match(comparison.Value);
        return carrier.Success && Replacement().IsMatch(comparison.Value) ? carrier.Index : comparison.Length;
    }

    /// <summary>The few words before a relative clause that say what it belongs to.</summary>
    private static ReadOnlySpan<char> WordsBefore(string text, int clause) => text.AsSpan(Math.Max(0, clause - 60), Math.Min(60, clause));

    /// <summary>A verb taking an object and an infinitive, then its object: "invite countries ", "urged other nations ".</summary>
    [GeneratedRegex(@"\b(?:invit|urg|encourag|welcom|persuad|call(?:s|ed|ing)?\s+(?:up)?on)\w*\s+(?:[\w'’-]+\s+){1,4}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ObjectOfInviting();

    [GeneratedRegex(@"\s+to\s+\p{Ll}", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Infinitive();

    /// <summary>Whether the words before a relative clause end with a budget or an agreement, whose content the clause is.</summary>
    private static bool SaysWhatADocumentDoes(ReadOnlySpan<char> before) => OfABudget().IsMatch(before) || OfAnAgreement().IsMatch(before);

    /// <summary>
    /// An agreement right before a relative clause: "a memorandum of understanding (MoU) ", "a deal ".
    /// Not "the Accords, which …": a framework already named is described, not provided for.
    /// </summary>
    [GeneratedRegex(@"\b(?:" + StanceLexicon.AgreementNouns + @")s?(?:\s+of\s+understanding)?(?:\s*\([\w\s]+\))?\s*,?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OfAnAgreement();

    /// <summary>A budget right before a relative clause: "budget proposal for FY2026 today ", "spending plan, ".</summary>
    [GeneratedRegex(@"\b(?:" + StanceLexicon.BudgetAndBillNouns + @")(?:\s+[\w-]+){0,4}\s*,?\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OfABudget();

    /// <summary>Clauses joined by "but", "however", "while", "whereas" or a semicolon.</summary>
    private static List<TextSpan> Clauses(string raw, TextSpan sentence)
    {
        var clauses = new List<TextSpan>();
        var text = raw[sentence.Start..sentence.End];
        var start = 0;
        foreach (Match match in ClauseBreak().Matches(text))
        {
            if (match.Index > start)
            {
                clauses.Add(new TextSpan(sentence.Start + start, sentence.Start + match.Index));
            }

            start = match.Index;
        }

        clauses.Add(new TextSpan(sentence.Start + start, sentence.End));
        return clauses.Where(c => c.Length > 0).ToList();
    }

    /// <summary>
    /// A negated outcome right after the noun phrase holding a cue ("… was not reached"), not one of a
    /// clause of its own ("joined the Accords that China has not signed").
    /// </summary>
    private static bool NotReached(string ahead) =>
        NotReachedAfter().Match(ahead) is { Success: true } outcome && !ClauseWord().IsMatch(ahead.AsSpan(0, outcome.Length));

    [GeneratedRegex(@"\b(?:that|which|who|whom|where|while|but|and|or)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClauseWord();

    /// <summary>A negated outcome after the noun phrase holding a cue: "… was not reached", "… has not been approved".</summary>
    [GeneratedRegex(@"^[^.;!?,]{0,100}?\b(?:was|were|has|have|had|is|are)\s*(?:not|n['’]t|never|yet\s+to\s+be)\s+(?:been\s+|yet\s+(?:been\s+)?)?(?:reached|agreed|approved|signed|achieved|finali[sz]ed|concluded)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NotReachedAfter();

    /// <summary>What joins a head cue to the cue that is its complement: "not interested [in] being part of".</summary>
    [GeneratedRegex(@"^\s*(?:(?:in|to|of|on|about|for)\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ComplementOf();

    /// <summary>
    /// Whether the clause names a project by a name of its own: not by a people's or a body's word ("the Chinese mission", "the Moon
    /// mission", "the NASA mission"), nor by a flight's number ("the Crew-9 mission", "the Soyuz MS-27 mission"), which are a program's.
    /// </summary>
    private static bool NamesAnotherProject(string raw, TextSpan clause)
    {
        foreach (Match match in NamedProject().Matches(raw[clause.Start..clause.End]))
        {
            var words = Words.Tokenize(match.Groups["name"].Value);
            if (!words.Any(w => w.Value.Any(char.IsDigit) || IsAcronym(w.Value) || NotAName.Contains(w.Value)
                || w.Value.EndsWith("an", StringComparison.Ordinal) || w.Value.EndsWith("ese", StringComparison.Ordinal)
                || w.Value.EndsWith("ish", StringComparison.Ordinal) || w.Value.EndsWith("ch", StringComparison.Ordinal) || w.Value.EndsWith('i')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 5 && word.All(char.IsUpper);

    /// <summary>Capitalised words before "mission" that say where or whose, not which: "the Moon mission", "the Soviet probe".</summary>
    private static readonly HashSet<string> NotAName = new(StringComparer.Ordinal) { "Moon", "Mars", "Lunar", "Venus", "Earth", "Space", "Soviet", "Apollo" };

    /// <summary>A capitalised name before a project's noun: "the eROSITA project", "the Spektr-RG observatory".</summary>
    [GeneratedRegex(@"\b(?i:the|its|our|their)\s+(?<name>(?:\p{L}*(?-i:\p{Lu})[\p{L}\p{N}-]*\s+){1,2})(?:project|mission|observatory|telescope|satellite|probe|experiment)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NamedProject();

    /// <summary>
    /// An indefinite program-like noun names nothing known yet ("a lunar station", "a new joint
    /// project"), unless it is a part of something ("a mission of China's lunar program", "a station module").
    /// </summary>
    private static bool NamesSomethingNew(string raw, TextSpan clause)
    {
        foreach (var match in SomethingNew().EnumerateMatches(raw.AsSpan(clause.Start, clause.Length)))
        {
            var end = clause.Start + match.Index + match.Length;
            if (!PartOf().IsMatch(raw.AsSpan(end, Math.Min(30, clause.End - end))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A dismissal that rejects no idea: a person let go ("Putin dismissed his predecessor"), or a case disposed of ("because
    /// the lawsuit was dismissed", "a judge dismissed the firm's protest").
    /// </summary>
    private static bool DismissesNoIdea(string raw, TextSpan clause, TextSpan cue)
    {
        var ahead = Ahead(raw, cue.End, clause.End);
        return PersonDismissed().IsMatch(ahead) || SpeechVerbs.CaseAsObject().IsMatch(ahead) || CaseBeforeDismissal().IsMatch(raw.AsSpan(clause.Start, cue.Start - clause.Start));
    }

    /// <summary>A legal case right before its dismissal: "the suit has been ", "Blue Origin's protest was ".</summary>
    [GeneratedRegex(@"\b(?:" + SpeechVerbs.LegalCases + @")\s+(?:(?:has|had|have|was|were|is|are|being|been)\s+){0,2}$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CaseBeforeDismissal();

    /// <summary>A verb and a bare plural of its own after "no intention to": "establish small circles", "form blocs" (not "join it", "leave the programs").</summary>
    private static bool HasObjectOfItsOwn(string raw, int from, int end)
    {
        var match = VerbAndPlural().Match(raw, from, end - from);
        return match.Success && !match.Groups["words"].Captures.Any(w => ObjectOpeners.Contains(w.Value));
    }

    private static readonly HashSet<string> ObjectOpeners = new(StringComparer.Ordinal)
    {
        "the", "its", "their", "our", "this", "that", "these", "those", "it", "them", "in", "from", "with", "to", "on", "part", "any", "all",
    };

    [GeneratedRegex(@"^\s+(?:\w+ly\s+)?\p{Ll}+\s+(?:(?<words>\p{Ll}+)\s+){0,2}?\p{Ll}+s\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex VerbAndPlural();

    [GeneratedRegex(@"^\s+(?:of|under|within|as\s+part\s+of|modules?|segments?|components?|elements?|parts?|crews?)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:station|base|outpost|program|programme|project|mission|platform)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SomethingNew();

    [GeneratedRegex(@"^\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:predecessor|successor|deputy|chief|head|director|minister|official|administrator|commander|adviser|advisor|spokes\w+|CEO|chairman|president)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PersonDismissed();

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+){0,2}?(?:made\s+|extended\s+|sent\s+)?(?:from|by)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex FromSomeoneElse();

    /// <summary>
    /// "has suspended its work with Russia, the one exception being the ISS", "except for the station": what a cue is said not to
    /// cover takes no side from it (up to the clause's end).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:the|an?|one|only|main|major|notable|chief)\s+)*exceptions?\s+(?:being|is|was|remains|are|were)\b[^,;.!?]{0,80}|\b(?:except(?:\s+for)?|with\s+the\s+(?:(?:one|only|notable|major)\s+)?exception\s+of|apart\s+from|aside\s+from|save\s+for|other\s+than|excluding)\s[^,;.!?]{0,80}", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Excepted();

    /// <summary>"similar to the ISS", "like NATO", "unlike the Gateway", "compared with Tiangong", "as on the ISS".</summary>
    [GeneratedRegex(@"\b(?:" + ProgramDescriptions.ComparisonWords + @"|(?:just\s+)?like\s+(?:the|a|an|that|those|\p{Lu}))\b[^,;.!?]{0,60}", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^(?:to\s+replace|replacing|instead\s+of|in\s+place\s+of)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Replacement();

    /// <summary>"… on the rover", "… aboard the station": the part's carrier, after the replaced part's own words.</summary>
    [GeneratedRegex(@"\s+(?:on|aboard|onboard|on\s+board)\s+(?:the|its|their|our|a|an)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Carrier();

    /// <summary>A verb of which what came before is the subject: "… does not", "… is", "… will".</summary>
    [GeneratedRegex(@"^\s*(?:[\w'’-]+\s+){0,4}?(?:does|do|did|doesn['’]t|don['’]t|didn['’]t|is|isn['’]t|was|wasn['’]t|will|won['’]t|would|wouldn['’]t|means|should|must|can|cannot|can['’]t|has|have|had)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex FiniteVerbNext();

    /// <summary>
    /// A view the speaker reports of others named as a group: "… but critics worry the country is falling behind", "critics
    /// argue that …". Their worry is theirs, not the speaker's position.
    /// </summary>
    [GeneratedRegex(@"\b(?:lawmakers|legislators|critics|experts|analysts|observers|skeptics|sceptics|opponents|detractors)\s+(?:\w+\s+){0,2}?(?:worry|worried|fear|feared|warn|warned|argue|argued|complain|complained|question|questioned|doubt|doubted|criticized|criticised|say|said|believe|believed)\b[^.;!?]*", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OthersView();

    [GeneratedRegex(@"^\W*(?:while|whilst|though)\b|\b(?:after\s+(?:being|having\s+been|(?:it|they|this|which)\s+(?:was|were|had\s+been|has\s+been))|despite|in\s+spite\s+of|although|even\s+though|notwithstanding|in\s+(?:response|reaction|reply|answer)\s+to|in\s+retaliation\s+(?:for|against)|(?:as\s+)?a\s+(?:response|reaction)\s+to)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Concessive();

    /// <summary>"Media reports that … were incorrect", "claims that … are false": the claim, up to its denial.</summary>
    [GeneratedRegex(@"\b(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|speculation)\s+that\b[^.;!?]{1,200}\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:incorrect|false|untrue|wrong|inaccurate|baseless|groundless|unfounded|fake)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DeniedClaim();

    [GeneratedRegex(@"\b(?:that|which|who)\s+(?:\w+ed|\w+es|\w+s|is|are|was|were|has|have|had|will|would|can|could|formed|developed|began)\b[^,;.!?]*|\bwhich\s+(?:(?-i:\p{Lu})[\w.’'-]*\s+){1,2}(?:\w+ed|\w+es|\w+s|is|are|was|were|has|have|had|will|would|can|could)\b[^,;.!?]*", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex RelativeClause();

    /// <summary>
    /// A clause starts at the separator: the match runs on into the next clause's first word only to
    /// recognise it. "… and that …" opens a second reported clause ("said it was busy with X and that it lacked the means for Y");
    /// ", as Beijing advocates …" a clause with a subject of its own.
    /// </summary>
    [GeneratedRegex(@"(?:[,;]\s*|\s+)(?:but|however|whereas)\b|[,;]\s*yet\b|,\s*(?:as|while)\s+(?-i:\p{Lu})|;\s*|,\s*and\s+(?:we|they|he|she|it|I|the|our|their|its|Russia|China|Europe|NASA)\b|,?\s+and\s+that\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClauseBreak();
}
