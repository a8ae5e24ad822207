using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Text;
using static Dashboard.Core.Analysis.Statements.AttributionPatterns;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// The extractor's second pass: sentences of reported speech outside the quotations ("X said that …",
/// "…, X said", "According to X, …", "X dismissed …"), a sentence pointed back at by the next
/// ("This was stated by X"), and a position relayed by another speaker ("Duffy has confirmed …,
/// Bakanov said"). A quotation the words hold gives way to them.
/// </summary>
internal sealed partial class ReportedSpeech(ExtractionRun run)
{
    /// <summary>The most words of time and place after a closing attribution ("…, it announced Thursday March 17 in a press release following its Board meeting.").</summary>
    private const int MaximumAdjunctWords = 14;

    /// <summary>The longest phrase that can name a speaker ("Dmitry Rogozin, the head of the Russian space corporation Roscosmos,").</summary>
    private const int MaximumSpeakerLength = 200;
    private const int MaximumAddresseeWords = 8; // "told Roscosmos head Dmitry Rogozin about …"

    /// <summary>How many words may open what was said before another party's speech verb ("During the talks, Duffy confirmed …").</summary>
    private const int RelayLeadWords = 4;

    /// <summary>Words an organisation relayed as a subject may carry besides its name ("The agency has", "NASA also").</summary>
    private const int RelaySubjectExtraWords = 3;

    public void Read()
    {
        run.Resolver.Rewind();
        for (var index = 0; index < run.Sentences.Count; index++)
        {
            var (sentence, paragraph) = run.Sentences[index];
            run.CancellationToken.ThrowIfCancellationRequested();
            if (run.Quotes.Any(q => q.Outer.Contains(sentence)))
            {
                continue;
            }

            run.Resolver.Observe(new TextSpan(sentence.Start, sentence.Start));
            if (PointedBack(index))
            {
                run.Resolver.Observe(sentence);
                continue;
            }

            var frame = Frame(sentence);
            if (frame is null)
            {
                run.Resolver.Observe(sentence);
                continue;
            }

            var (region, content, attribution) = frame.Value;
            var speaker = run.Resolver.Resolve(region, run.Published);
            if (Relayed(speaker, content) is { } relay)
            {
                (region, content, attribution, speaker) = (relay.Frame.Region, relay.Frame.Content, new TextSpan(relay.Frame.Attribution.Start, Math.Max(relay.Frame.Attribution.End, attribution.End)), relay.Speaker);
            }

            speaker = run.CitedBy(speaker, region, attribution) ?? speaker;

            run.Resolver.Observe(sentence);
            if (speaker is null || content.Length == 0 || Words.Count(run.Raw, content) < 3)
            {
                continue;
            }

            // The quotations it holds give way to it; another party's act quoted in them stays that party's.
            var inside = run.Drafts.Where(d => d.Direct && !d.OthersAct && content.Contains(d.Span) && d.Speaker.Name == speaker.Name).ToList();
            var othersActs = inside.SelectMany(d => d.OthersActs).Distinct().OrderBy(s => s.Start).ToList();
            var quoted = inside.Sum(d => d.Span.Length);
            foreach (var draft in inside)
            {
                run.Drafts.Remove(draft);
            }

            var direct = quoted >= content.Length * 0.6;
            foreach (var each in run.WithCoSubjects(run.WithCoSpeakers(speaker, region).ToList(), content, direct))
            {
                // "Roscosmos and CNSA signed …, TASS reported": what an outlet reports of others is their act, not their words.
                run.Drafts.Add(new StatementDraft(content, each, direct, attribution, paragraph) { Kind = run.IsOutlet(speaker) && !run.IsOutlet(each) ? StatementKind.Act : StatementKind.Said, OthersActs = othersActs });
            }
        }
    }

    /// <summary>
    /// "China proposes that … . This was stated by Xi Jinping at …": the sentence before, which no one
    /// was said to say, is the named speaker's. Whether sentence <paramref name="index"/> was such a pointer.
    /// </summary>
    private bool PointedBack(int index)
    {
        var (sentence, paragraph) = run.Sentences[index];
        if (index < 1 || run.Sentences[index - 1].Paragraph != paragraph)
        {
            return false;
        }

        var back = BackReference().Match(WithoutAbbreviationStops(run.Raw[sentence.Start..sentence.End]));
        if (!back.Success)
        {
            return false;
        }

        var previous = run.Sentences[index - 1].Span;
        if (run.Quotes.Any(q => q.Outer.Overlaps(previous)) || run.Drafts.Any(d => d.Span.Overlaps(previous)))
        {
            return false;
        }

        var who = back.Groups["speaker"];
        if (run.Resolver.Resolve(SpanOf(sentence, who), run.Published) is not { } speaker
            || run.IsOutlet(speaker) || Words.Count(run.Raw, previous) < 3)
        {
            return false;
        }

        run.Drafts.Add(new StatementDraft(previous, speaker, Direct: false, sentence, paragraph));
        return true;
    }

    /// <summary>
    /// Who spoke when what was said opens with someone saying it. "X said on Tuesday, the RIA news
    /// agency reported": the outlet relays, X spoke. "Duffy has confirmed he is prepared to extend the
    /// agreement, Bakanov told journalists": the position is the named party's, relayed; only when that
    /// party is named at the opening and stands for another actor than the speaker.
    /// </summary>
    private ((TextSpan Region, TextSpan Content, TextSpan Attribution) Frame, Speaker Speaker)? Relayed(Speaker? speaker, TextSpan content)
    {
        if (speaker?.Actor is not { } actor || content.Length == 0 || Frame(content) is not { } inner)
        {
            return null;
        }

        if (run.IsOutlet(speaker))
        {
            return run.Resolver.Resolve(inner.Region, run.Published) is { } reported && !run.IsOutlet(reported) ? (inner, reported) : null;
        }

        if (inner.Content.Length == 0 || inner.Region.Start < content.Start || inner.Content.Start < inner.Region.End
            || Words.Count(run.Raw, new TextSpan(content.Start, inner.Region.Start)) > RelayLeadWords)
        {
            return null;
        }

        // A person named there ("Acting NASA Administrator Sean Duffy confirmed …") or an organisation that
        // is the whole subject ("NASA has confirmed …"), not a pronoun or a clause that happens to end before
        // a verb ("it planned to sign the accords and expressed …").
        if (run.Resolver.Resolve(inner.Region, run.Published) is not { Actor: { } party } relayed || party == actor)
        {
            return null;
        }

        // "Spokesperson Hua said that China has noted …": the country the speaker speaks for is the speaker's own voice, not another party.
        if (run.Mentions.FirstOrDefault(m => m.ByCountry && inner.Region.Contains(new TextSpan(m.Start, m.End))) is { } country
            && run.Gazetteer.ActorsByName[country.Name].Country is { } land && run.Gazetteer.ActorsByName.TryGetValue(actor, out var own) && own.Country == land)
        {
            return null;
        }

        var subject = run.Raw[inner.Region.Start..inner.Region.End];
        var named = relayed.IsPerson
            ? subject.Contains(relayed.Name.Split(' ')[^1], StringComparison.Ordinal)
            : run.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Actor && m.Name == party && inner.Region.Contains(new TextSpan(m.Start, m.End))) is { } organisation
                && Words.Count(subject) - Words.Count(run.Raw, new TextSpan(organisation.Start, organisation.End)) <= RelaySubjectExtraWords;
        return named ? (inner, relayed) : null;
    }

    /// <summary>The speaker region, content and attribution of a sentence of reported speech.</summary>
    private (TextSpan Region, TextSpan Content, TextSpan Attribution)? Frame(TextSpan sentence)
    {
        var text = WithoutAbbreviationStops(run.Raw[sentence.Start..sentence.End]);
        var according = AccordingFirst().Match(text);
        if (according.Success)
        {
            var region = SpanOf(sentence, according.Groups["speaker"]);
            var content = SpanOf(sentence, according.Groups["content"]).Trim(run.Raw);
            // "According to NASA, the head of the program left in May, …": a clause after the first comma, not a title.
            if (according.Groups["title"].Success && ClauseInTitle().IsMatch(according.Groups["title"].Value))
            {
                var comma = run.Raw.IndexOf(',', region.Start, region.Length);
                region = new TextSpan(region.Start, comma);
                content = new TextSpan(comma + 1, sentence.End).Trim(run.Raw);
            }

            return (region, content, new TextSpan(sentence.Start, content.Start));
        }

        var trailing = TrailingAttribution().Match(text);
        // "…, ESA announced on Thursday it is suspending …", "…, X told reporters they are trying to …": a clause after the verb is what was said, not a date.
        if (trailing.Success && trailing.Groups["speaker"].Length <= 140 && !NewClause().IsMatch(trailing.Groups["verb"].Value + " " + trailing.Groups["adjunct"].Value) && !HasThat(trailing.Groups["verb"].Value + " " + trailing.Groups["adjunct"].Value) && Words.Count(text[..trailing.Index]) >= 3)
        {
            var comma = sentence.Start + trailing.Index;
            var region = Appositive(new TextSpan(comma + 1, SpanOf(sentence, trailing.Groups["verb"]).Start), sentence, ref comma);
            var verbSpan = SpanOf(sentence, trailing.Groups["verb"]);
            if (OutsideBody().IsMatch(run.Raw.AsSpan(region.Start, region.Length)))
            {
                return null; // "…, the venture of France's Acme and Italy's Orbital said": no actor speaks
            }

            if (!run.InsideQuote(verbSpan) && !run.UsedAttributions.Any(a => a.Contains(verbSpan)) && run.Resolver.Resolve(region, run.Published) is not null)
            {
                // "…, ISRO has said, terming the operation unique": the speaker's gloss judges what was said, so the words take it in.
                var content = WithoutDateline(new TextSpan(sentence.Start, trailing.Groups["gloss"].Success ? sentence.End : comma).Trim(run.Raw));
                return (region, content, new TextSpan(region.Start, sentence.End));
            }
        }

        // "…, said Yuri Borisov, head of Roscosmos, on Wednesday."
        var inverted = InvertedAttribution().Match(text);
        if (inverted.Success && Words.Count(text[..inverted.Index]) >= 3)
        {
            var verbSpan = SpanOf(sentence, inverted.Groups["verb"]);
            var region = SpanOf(sentence, inverted.Groups["speaker"]);
            // The speaker comes straight after the verb, perhaps behind a title ("said the head of Roscosmos, …"):
            // in "X, head of DLR, stressed the importance of Artemis for Europe" the words after the verb are
            // what X stressed, and Europe in them is no speaker; nor is Germany in "…, said Germany will stay".
            var named = run.Mentions.FirstOrDefault(m => region.Contains(new TextSpan(m.Start, m.End)) && m.Kind != MentionKind.Program) is { } first
                && SpeakerLead.IsMatch(run.Raw[region.Start..first.Start]) && !Auxiliary().IsMatch(run.Raw[region.Start..region.End])
                && !PlaceOrTime().IsMatch(run.Raw[region.Start..first.Start]);
            // "The centre began building the airlock, said director general Salem Al Marri.": a title and a new
            // name; the organisation is the one the sentence is about (when it names no one else).
            var titled = !named && TitledName().IsMatch(run.Raw[region.Start..region.End])
                && !run.Mentions.Any(m => m.Kind == MentionKind.Person && sentence.Contains(new TextSpan(m.Start, m.End)));
            if (!run.InsideQuote(verbSpan) && !run.UsedAttributions.Any(a => a.Contains(verbSpan)))
            {
                var content = WithoutDateline(new TextSpan(sentence.Start, sentence.Start + inverted.Index).Trim(run.Raw));
                if ((named || titled) && run.Resolver.Resolve(titled ? new TextSpan(sentence.Start, region.End) : region, run.Published) is not null)
                {
                    return (region, content, new TextSpan(sentence.Start + inverted.Index, sentence.End));
                }

                // "…, announced the Venezuelan government on Monday", "…, announced the agency in a release": the
                // words before are those of a speaker described after the verb, whether or not the text tells who
                // it is; never of a name inside them, which is where the verb's other readings look.
                // A bare "the agency" is the organisation the sentence opens with ("The ESA has …, announced the
                // agency"), or nobody the text names; "the Venezuelan government" is its own.
                // "…, said the agency will …" is no described speaker: a clause after it makes it the
                // subject of what was said, and the speaker is before the verb.
                if (!named && !titled && DescribedSpeaker().Match(run.Raw[region.Start..region.End]) is { Success: true } described
                    && IsSpeakerTail(run.Raw[(region.Start + described.Length)..region.End]))
                {
                    var speaker = described.Groups["bare"].Success ? OpeningActor(sentence, content) : new TextSpan(region.Start, region.Start + described.Length);
                    return speaker.Length == 0 || run.Resolver.Resolve(speaker, run.Published) is null ? null : (speaker, content, new TextSpan(sentence.Start + inverted.Index, sentence.End));
                }

                // "…, stressed panel member Jane Roe of the Acme Institute.": a person the text introduces after the
                // verb, with an affiliation; theirs are the words, and no organisation the words name speaks.
                if (!named && !titled && AffiliatedName().IsMatch(run.Raw[region.Start..region.End]) && !Auxiliary().IsMatch(run.Raw[region.Start..region.End]))
                {
                    return run.Resolver.Resolve(region, run.Published) is null ? null : (region, content, new TextSpan(sentence.Start + inverted.Index, sentence.End));
                }

                // "…, said the official who asked not to be named": a source described, not named, past its relative clause.
                var source = RelativeClause().Match(run.Raw[region.Start..region.End]) is { Success: true } relative ? new TextSpan(region.Start, region.Start + relative.Index) : region;
                if (!named && !titled && UnnamedSources.IsUnnamed(run.Raw[source.Start..source.End].Trim()))
                {
                    return (source, content, new TextSpan(sentence.Start + inverted.Index, sentence.End));
                }
            }
        }

        foreach (Match verb in SpeechVerbs.Any().Matches(text))
        {
            var verbSpan = SpanOf(sentence, verb.Groups["verb"]);
            if (run.InsideQuote(verbSpan) || run.UsedAttributions.Any(a => a.Contains(verbSpan)) || verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase)
                || (AsBefore().IsMatch(text.AsSpan(0, verb.Groups["verb"].Index)) && ByAfter().IsMatch(text.AsSpan(verb.Groups["verb"].Index + verb.Groups["verb"].Length))))
            {
                continue; // "…, as confirmed by the agency": the source closing the sentence, read below
            }

            if (QuotationJustBefore().IsMatch(text.AsSpan(0, verb.Groups["verb"].Index)))
            {
                continue; // a verb right after a quotation is its attribution, read by the quotation pass; the quotation is no speaker
            }

            var before = text[..verb.Index];
            if (SpeechVerbs.NegatedBefore().IsMatch(before))
            {
                return null; // "Officials did not say …" is not a statement
            }

            if (SpeechVerbs.PassiveBefore().IsMatch(before) || (verb.Value.Equals("called", StringComparison.OrdinalIgnoreCase) && !run.QuoteAfter(verbSpan, sentence))
                || SpeechVerbs.DisposesOfACase(verb.Value, text[(verb.Index + verb.Length)..]))
            {
                continue;
            }

            return FrameAround(sentence, verbSpan, verb.Value);
        }

        var accordingLast = AccordingLast().Match(text);
        if (accordingLast.Success)
        {
            var region = SpanOf(sentence, accordingLast.Groups["speaker"]);
            var content = SpanOf(sentence, accordingLast.Groups["content"]).Trim(run.Raw);
            // "Rogozin asked …, according to a Reuters translation" after his quotation: its attribution, not a statement.
            return run.UsedAttributions.Any(content.Contains) ? null : (region, content, new TextSpan(content.End, sentence.End));
        }

        return null;
    }

    /// <summary>
    /// The words after "about" when an addressee of a few words comes first, with no comma between
    /// ("Rogozin about his plan to …"); null for "told reporters." or "told them, about …".
    /// </summary>
    private TextSpan? TopicAfterAddressee(int from, int end)
    {
        var words = Words.Tokenize(run.Raw, new TextSpan(from, end));
        var about = words.FindIndex(w => w.Value.Equals("about", StringComparison.OrdinalIgnoreCase));
        if (about < 1 || about > MaximumAddresseeWords || run.Raw.AsSpan(from, words[about].Start - from).IndexOfAny(",;:") >= 0)
        {
            return null;
        }

        var topic = new TextSpan(words[about].End, end).Trim(run.Raw);
        return words.Count - about - 1 >= 4 ? topic : null;
    }

    /// <summary>
    /// The clause after an addressee of a few words with no comma between ("reporters they are trying to …",
    /// "U.S. reporters it would …"); null for "told reporters." or "told them, after …".
    /// </summary>
    private TextSpan? ClauseAfterAddressee(int from, int end)
    {
        var clause = NewClause().Match(run.Raw, from, end - from);
        if (!clause.Success || run.Raw.AsSpan(from, clause.Index - from).IndexOfAny(",;:") >= 0
            || Words.Count(run.Raw, new TextSpan(from, clause.Index)) is < 1 or > MaximumAddresseeWords)
        {
            return null;
        }

        var content = new TextSpan(clause.Index, end).Trim(run.Raw);
        return Words.Count(run.Raw, content) >= 4 ? content : null;
    }

    /// <summary>The organisation named first in <paramref name="content"/> when it opens <paramref name="sentence"/> ("The ESA has …"); empty otherwise.</summary>
    private TextSpan OpeningActor(TextSpan sentence, TextSpan content) =>
        run.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Actor && content.Contains(new TextSpan(m.Start, m.End))) is { } first
            && SubjectOpening().IsMatch(run.Raw.AsSpan(sentence.Start, first.Start - sentence.Start))
            ? new TextSpan(first.Start, first.End)
            : default;

    /// <summary>
    /// "…, Wu Yanhua, deputy director of CNSA, said": when the words before the title are a bare
    /// name, they belong to the speaker, not to what was said.
    /// </summary>
    private TextSpan Appositive(TextSpan region, TextSpan sentence, ref int comma)
    {
        var previous = comma > sentence.Start ? run.Raw.LastIndexOf(',', comma - 1, comma - sentence.Start) : -1;
        if (previous > sentence.Start && BareName().IsMatch(run.Raw[(previous + 1)..comma]))
        {
            comma = previous;
            return new TextSpan(previous + 1, region.End);
        }

        return region;
    }

    /// <summary>"PARIS (Reuters) - The agency said …": the wire dateline is not what was said, nor who said it.</summary>
    private TextSpan WithoutDateline(TextSpan span)
    {
        var match = Dateline().Match(run.Raw[span.Start..span.End]);
        return match.Success ? new TextSpan(span.Start + match.Length, span.End) : span;
    }

    /// <summary>The first comma that ends a clause: not one inside a number ("2,600") or a date ("May 5, 2024").</summary>
    private int ClauseComma(int from, int end)
    {
        for (var comma = run.Raw.IndexOf(',', from, end - from); comma >= 0; comma = run.Raw.IndexOf(',', comma + 1, end - comma - 1))
        {
            var next = run.Raw.AsSpan(comma + 1, end - comma - 1).TrimStart();
            if (next.IsEmpty || !char.IsAsciiDigit(next[0]))
            {
                return comma;
            }
        }

        return -1;
    }

    private (TextSpan Region, TextSpan Content, TextSpan Attribution)? FrameAround(TextSpan sentence, TextSpan verb, string verbText)
    {
        // "While X and Y reaffirmed their partnership, the budget proposed cancelling Z": what X and Y
        // said ends with the clause that opens the sentence; the main clause is somebody else's.
        var before = run.Raw[sentence.Start..verb.Start];
        var insideOpening = OpeningSubordinate().IsMatch(before) && !before.Contains(',', StringComparison.Ordinal);
        var clauseEnd = insideOpening ? ClauseComma(verb.End, sentence.End) : -1;
        if (clauseEnd > 0)
        {
            sentence = new TextSpan(sentence.Start, clauseEnd);
        }

        var after = run.Raw[verb.End..sentence.End];
        var start = WithoutDateline(new TextSpan(sentence.Start, verb.Start)).Start;
        var regionStart = LeadIn().Match(run.Raw[start..verb.Start]) is { Success: true } lead ? start + lead.Length : start;
        var firstComma = run.Raw.IndexOf(',', regionStart, verb.Start - regionStart);
        if (firstComma > 0 && Words.Count(run.Raw, new TextSpan(regionStart, firstComma)) <= 5
            && !run.Mentions.Any(m => m.Start >= regionStart && m.End <= firstComma) && !IsBareName(run.Raw[regionStart..firstComma]))
        {
            regionStart = firstComma + 1; // "Earlier in the day, a source told …"
        }
        else
        {
            // "After NASA cut its budget, ESA said …", "Signing the Accords with Bill Nelson, the minister said …":
            // the speaker is in the main clause
            regionStart += MainClauseStart(run.Raw.AsSpan(regionStart, verb.Start - regionStart));
        }

        var region = new TextSpan(regionStart, verb.Start);
        // "NASA touts ties as Roscosmos chief dismisses …": the verb's subject is in the clause it opens.
        var subordinate = Subordinator().Matches(run.Raw[region.Start..region.End]).LastOrDefault();
        if (subordinate is not null && run.Resolver.Resolve(new TextSpan(region.Start + subordinate.Index + subordinate.Length, region.End), run.Published) is not null)
        {
            region = new TextSpan(region.Start + subordinate.Index + subordinate.Length, region.End);
        }

        // "X told Sputnik that …", "X said on Monday that …": content after "that".
        var that = ThatClause().Match(after);
        var words = that.Success ? Words.Tokenize(after[..(that.Index + that.Length)]) : [];
        // The linear engine takes the longest run it may, not the shortest: what was said opens at the first "that".
        var first = words.FindIndex(w => w.Value.Equals("that", StringComparison.OrdinalIgnoreCase));
        // "said on Tuesday the agency will reopen the contract for the lander that is to …": a finite verb
        // before "that" means what was said began without it, and the "that" opens a relative clause in it.
        if (first >= 0 && !words.Take(first).Any(IsFinite))
        {
            // "said media reports that … were wrong": the "that" belongs to the reports, and what was said is all of it.
            var opens = first > 0 && ClaimNoun().IsMatch(words[first - 1].Value) ? 0 : words[first].End;
            var content = new TextSpan(verb.End + opens, sentence.End).Trim(run.Raw);
            return (region, content, new TextSpan(sentence.Start, content.Start));
        }

        if (SpeechVerbs.ObjectIsContent(verbText) && Words.Count(after) >= 2)
        {
            // The verb itself carries the stance ("dismissed the Accords"), so it is part of what was said.
            var content = new TextSpan(verb.Start, sentence.End).Trim(run.Raw);
            return (region, content, new TextSpan(sentence.Start, content.Start));
        }

        // "X told Y about his plan to extend …": what was said follows "about".
        if (SpeechVerbs.TakesAddressee(verbText) && TopicAfterAddressee(verb.End, sentence.End) is { } topic)
        {
            return (region, topic, new TextSpan(sentence.Start, topic.Start));
        }

        // "X told reporters they are trying to …": what was said is the clause after the addressee.
        if (SpeechVerbs.TakesAddressee(verbText) && ClauseAfterAddressee(verb.End, sentence.End) is { } told)
        {
            return (region, told, new TextSpan(sentence.Start, told.Start));
        }

        // "…, X said today." / "…, X said on Monday, after …" — the content came first.
        if ((AdjunctsOnly().IsMatch(after) && Words.Count(after) <= MaximumAdjunctWords && !NewClause().IsMatch(after)) || SpeechVerbs.TakesAddressee(verbText) || IsTrailingSubordinate(after))
        {
            // The speaker is the shortest phrase before the verb that names one; no name runs longer
            // than a few commas' worth, so the search stops there (a list of 10,000 commas is not a speaker).
            var comma = run.Raw.LastIndexOf(',', Math.Max(sentence.Start, verb.Start - 1), verb.Start - sentence.Start);
            if (comma > sentence.Start && OutsideBody().IsMatch(run.Raw.AsSpan(comma + 1, verb.Start - comma - 1)))
            {
                return null; // "…, $1 billion more than NASA planned, the panel noted": a body of no actor's speaks, not one named before it
            }

            while (comma > sentence.Start && verb.Start - comma <= MaximumSpeakerLength && run.Resolver.Resolve(new TextSpan(comma + 1, verb.Start), run.Published) is null)
            {
                comma = run.Raw.LastIndexOf(',', comma - 1, comma - sentence.Start);
            }

            if (comma <= sentence.Start || verb.Start - comma > MaximumSpeakerLength)
            {
                return null;
            }

            var speakerRegion = Appositive(new TextSpan(comma + 1, verb.Start), sentence, ref comma);
            var content = WithoutDateline(new TextSpan(sentence.Start, comma).Trim(run.Raw));
            return (speakerRegion, content, new TextSpan(speakerRegion.Start, sentence.End));
        }

        // "X said Russia does not intend to join …"; "X said Wednesday they are …" opens with when it was said, the attribution's.
        var rest = new TextSpan(verb.End, sentence.End).Trim(run.Raw);
        if (WhenSaid().Match(run.Raw, rest.Start, rest.Length) is { Success: true } when)
        {
            rest = new TextSpan(when.Index + when.Length, rest.End).Trim(run.Raw);
        }

        return Words.Count(run.Raw, rest) >= 4 ? (region, rest, new TextSpan(sentence.Start, rest.Start)) : null;
    }

    /// <summary>When it was said, right after the verb and before what was said: "Wednesday ", "on Monday, ", "today ".</summary>
    [GeneratedRegex(@"^(?:on\s+)?(?:" + DateParsing.WeekdayPattern + @"|today|yesterday)\b,?\s+", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex WhenSaid();
}
