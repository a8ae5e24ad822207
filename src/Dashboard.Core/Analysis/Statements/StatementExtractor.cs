using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Metadata;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Finds who said what in an article: direct quotations (attributed after or before the quote,
/// or continuing the previous speaker's quotation) and reported speech ("X said that…",
/// "…, X said", "According to X, …", "X dismissed…"). Each statement gets its speaker, actor,
/// venue, date and stance toward the programs it concerns; offsets are raw offsets.
/// </summary>
public sealed partial class StatementExtractor(Gazetteer gazetteer)
{
    private const int MinimumQuoteWords = 4;

    /// <summary>The most words of time and place after a closing attribution ("…, it announced Thursday March 17 in a press release following its Board meeting.").</summary>
    private const int MaximumAdjunctWords = 14;

    /// <summary>The longest phrase that can name a speaker ("Dmitry Rogozin, the head of the Russian space corporation Roscosmos,").</summary>
    private const int MaximumSpeakerLength = 200;
    private const int MaximumAddresseeWords = 8; // "told Roscosmos head Dmitry Rogozin about …"

    /// <summary>How many words may open what was said before another party's speech verb ("During the talks, Duffy confirmed …").</summary>
    private const int RelayLeadWords = 4;

    /// <summary>Words an organisation relayed as a subject may carry besides its name ("The agency has", "NASA also").</summary>
    private const int RelaySubjectExtraWords = 3;

    /// <param name="article">The cleaned article.</param>
    /// <param name="published">Its publication date, for roles and relative dates.</param>
    /// <param name="mentions">The gazetteer's mentions in the whole raw text, when the caller already has them.</param>
    /// <param name="issuedBy">The agency whose own release the article is, if it is one: it speaks where nobody else does.</param>
    /// <param name="cancellationToken">Checked once per quote, sentence and statement.</param>
    public IReadOnlyList<Statement> Extract(CleanedArticle article, DateOnly? published, IReadOnlyList<Mention>? mentions = null, string? issuedBy = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var run = new Run(gazetteer, article, published, mentions ?? gazetteer.Matcher.Find(article.Raw), cancellationToken);
        run.QuotePass();
        run.SentencePass();
        run.ReportedPass(issuedBy);
        return run.Finish();
    }

    private sealed class Run
    {
        private readonly Gazetteer gazetteer;
        private readonly CleanedArticle article;
        private readonly string raw;
        private readonly DateOnly? published;
        private readonly List<Mention> mentions;

        /// <summary>Names in the lines before the article's first paragraph (its headline): what a later "the budget" may refer back to.</summary>
        private readonly List<Mention> headline;
        private readonly List<Mention> programMentions;
        private readonly ProgramTopics topics;
        private readonly List<(TextSpan Span, int Paragraph)> sentences = [];
        private readonly List<Quote> quotes = [];
        private readonly List<Draft> drafts = [];
        private readonly List<TextSpan> usedAttributions = [];
        private readonly List<(string Speaker, string Venue, int Position)> venues = [];
        private readonly SpeakerResolver resolver;
        private readonly CancellationToken cancellationToken;

        public Run(Gazetteer gazetteer, CleanedArticle article, DateOnly? published, IReadOnlyList<Mention> rawMentions, CancellationToken cancellationToken)
        {
            this.cancellationToken = cancellationToken;
            this.gazetteer = gazetteer;
            this.article = article;
            raw = article.Raw;
            this.published = published;
            // Only names in the article's own paragraphs count; debris and metadata prefixes do not.
            mentions = CountryAgencies.Resolve(gazetteer, ForeignDescriptions.Drop(gazetteer, raw, rawMentions.Where(m => article.Paragraphs.Any(p => p.Span.Contains(new TextSpan(m.Start, m.End)))).ToList()));
            programMentions = mentions.Where(m => m.Kind == MentionKind.Program).ToList();
            headline = article.Paragraphs.Count > 0 ? rawMentions.Where(m => m.End <= article.Paragraphs[0].Span.Start).ToList() : [];
            resolver = new SpeakerResolver(gazetteer, raw, mentions);
            for (var i = 0; i < article.Paragraphs.Count; i++)
            {
                foreach (var sentence in SentenceSplitter.Split(raw, article.Paragraphs[i].Span))
                {
                    sentences.Add((sentence, i));
                }
            }

            topics = new ProgramTopics(gazetteer, raw, sentences, article.Paragraphs.Count > 0 ? article.Paragraphs[0].Span : default, programMentions, headline);

            CollectVenues();
        }

        private sealed record Draft(TextSpan Span, Speaker Speaker, bool Direct, TextSpan Attribution, int Paragraph)
        {
            public Draft? Continues { get; init; }

            /// <summary>Sentences of the words that report another party's act (<see cref="QuotedActs"/>): not the speaker's position.</summary>
            public IReadOnlyList<TextSpan> OthersActs { get; init; } = [];

            /// <summary>One of those sentences as the position of the party it reports: never what a later quotation carries on.</summary>
            public bool OthersAct { get; init; }

            /// <summary>Words said, or a position reported as an act or in an agency's own release: those take their date from their own words ("… discontinued its cooperation last year").</summary>
            public StatementKind Kind { get; init; }

            /// <summary>Reported in the standfirst under the headline (<see cref="ReportedPosition.Standfirst"/>).</summary>
            public bool Standfirst { get; init; }

            public string? Venue { get; set; }

            public PartialDate? Date { get; set; }
        }

        public void QuotePass()
        {
            var observed = 0;
            foreach (var block in article.Blocks)
            {
                var found = QuoteScanner.Scan(raw, block);
                quotes.AddRange(found.Where(q => !q.StrayClose));
                foreach (var quote in found)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // Who and what the text named before this quote (for "he said").
                    resolver.Observe(new TextSpan(observed, Math.Max(observed, quote.Outer.Start)));
                    observed = Math.Max(observed, quote.Outer.Start);
                    if (quote.StrayClose)
                    {
                        Continuation(quote);
                    }
                    else if (Words.Tokenize(raw, quote.Inner).Count >= MinimumQuoteWords)
                    {
                        Attribute(quote);
                    }
                }
            }
        }

        private void Attribute(Quote quote)
        {
            var paragraph = ParagraphOf(quote.Outer.End - 1);
            var closing = SentenceAt(quote.Outer.End - 1);
            var tail = new TextSpan(quote.Outer.End, Math.Max(quote.Outer.End, closing.End));
            var opening = SentenceAt(quote.Outer.Start);
            var head = new TextSpan(opening.Start, quote.Outer.Start);

            var (region, attribution, verb) = After(tail) ?? AfterNextSentence(quote, closing) ?? Before(head) ?? Announced(quote) ?? SignedBelow(quote) ?? (default, default, default);
            Speaker? speaker = null;
            if (region.Length > 0)
            {
                speaker = resolver.Resolve(region, published);
            }

            if (speaker is null)
            {
                // A quotation that carries on the previous speaker's words.
                var previous = drafts.LastOrDefault(d => d.Direct && !d.OthersAct && d.Span.End <= quote.Outer.Start && (d.Paragraph == paragraph || d.Paragraph == ParagraphOf(quote.Outer.Start) - 1));
                if (previous is null || !(previous.Paragraph == paragraph || QuoteOpensParagraph(quote)))
                {
                    return;
                }

                drafts.Add(new Draft(quote.Inner, previous.Speaker, Direct: true, previous.Attribution, paragraph) { Continues = previous });
                return;
            }

            usedAttributions.Add(verb);
            var acts = QuotedActs.Find(gazetteer, raw, quote.Inner, mentions, published, topics.Antecedent);
            var relayed = new HashSet<(TextSpan, string?)>();
            foreach (var each in WithCoSpeakers(speaker, region))
            {
                var notOwn = new List<TextSpan>();
                foreach (var (sentence, subjects) in acts)
                {
                    // As for reported words (WithCoSubjects): a speaker among the subjects keeps the
                    // sentence and shares it; one speaking for a subject ("Russia will …", from its
                    // agency) keeps it.
                    if (subjects.Any(s => s.Speaker.Actor == each.Actor))
                    {
                        Relay(sentence, subjects.Where(s => s.Speaker.Actor != each.Actor));
                        continue;
                    }

                    if (subjects.Any(s => gazetteer.SpeaksFor(each.Actor, s.Speaker.Actor, s.ByCountry)))
                    {
                        continue;
                    }

                    notOwn.Add(sentence);
                    Relay(sentence, subjects);
                }

                drafts.Add(new Draft(quote.Inner, each, Direct: true, attribution, paragraph) { OthersActs = notOwn });
            }

            void Relay(TextSpan sentence, IEnumerable<(Speaker Speaker, bool ByCountry)> subjects)
            {
                foreach (var (subject, _) in subjects)
                {
                    if (relayed.Add((sentence, subject.Actor)))
                    {
                        drafts.Add(new Draft(sentence, new Speaker(speaker.Name, subject.Actor, IsPerson: false), Direct: true, attribution, paragraph) { OthersAct = true });
                    }
                }
            }
        }

        /// <summary>"…,” X said. B. “ — the words between the attribution and the stray mark are X's too.</summary>
        private void Continuation(Quote stray)
        {
            var paragraph = ParagraphOf(stray.Outer.Start);
            var previous = drafts.LastOrDefault(d => d.Direct && !d.OthersAct && d.Paragraph == paragraph && d.Attribution.End <= stray.Outer.Start && d.Attribution.Length > 0);
            if (previous is null)
            {
                return;
            }

            var span = new TextSpan(previous.Attribution.End, stray.Outer.Start).Trim(raw);
            if (Words.Tokenize(raw, span).Count < MinimumQuoteWords)
            {
                return;
            }

            drafts.Add(new Draft(span, previous.Speaker, Direct: true, previous.Attribution, paragraph) { Continues = previous });
        }

        private bool QuoteOpensParagraph(Quote quote) =>
            article.Paragraphs.Any(p => p.Span.Start == quote.Outer.Start);

        /// <summary>"…,” said X, head of Y." or "…,” X told Z."</summary>
        private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? After(TextSpan tail)
        {
            var text = WithoutAbbreviationStops(raw[tail.Start..tail.End]);
            var match = AttributionAfter().Match(text);
            if (!match.Success)
            {
                match = JudgingAttributionAfter().Match(text);
            }

            if (!match.Success)
            {
                return null;
            }

            var group = match.Groups["speaker1"].Success ? match.Groups["speaker1"] : match.Groups["speaker2"].Success ? match.Groups["speaker2"] : match.Groups["speaker3"];
            var verb = match.Groups["verb1"].Success ? match.Groups["verb1"] : match.Groups["verb2"].Success ? match.Groups["verb2"] : match.Groups["verb3"];
            var region = new TextSpan(tail.Start + group.Index, tail.Start + group.Index + group.Length);
            // "…,” news agency PTI quoted a senior official as saying: the outlet reports, the official speaks.
            var quoted = QuotedAs().Match(text, group.Index, group.Length);
            if (match.Groups["speaker2"].Success && quoted.Success)
            {
                var speaker = quoted.Groups["speaker"];
                region = new TextSpan(tail.Start + speaker.Index, tail.Start + speaker.Index + speaker.Length);
            }

            return (region, tail.Trim(raw), new TextSpan(tail.Start + verb.Index, tail.Start + verb.Index + verb.Length));
        }

        /// <summary>“… science.” Lueders told reporters. — the quote closed its sentence; a short next sentence attributes it.</summary>
        private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? AfterNextSentence(Quote quote, TextSpan closing)
        {
            if (raw[quote.Outer.End..Math.Max(quote.Outer.End, closing.End)].Trim().Length > 0)
            {
                return null;
            }

            var index = sentences.FindIndex(s => s.Span.Start >= closing.End);
            if (index < 0 || sentences[index].Paragraph != ParagraphOf(quote.Outer.End - 1))
            {
                return null;
            }

            // "Rogozin asked in a series of tweets, according to a Reuters translation": the source of the
            // wording, after the comma, is not part of the attribution.
            var next = sentences[index].Span;
            if (BackReference().Match(WithoutAbbreviationStops(raw[next.Start..next.End])) is { Success: true } back && !quotes.Any(q => next.Contains(q.Outer)))
            {
                var who = back.Groups["speaker"];
                var said = back.Groups["verb"];
                return (new TextSpan(next.Start + who.Index, next.Start + who.Index + who.Length), next,
                    new TextSpan(next.Start + said.Index, next.Start + said.Index + said.Length));
            }

            var source = SourceOfWording().Match(raw, next.Start, next.Length);
            var body = source.Success ? new TextSpan(next.Start, source.Index) : next;
            if (Words.Tokenize(raw, body).Count > 14)
            {
                return null;
            }

            var match = AttributionOnly().Match(raw[body.Start..body.End]);
            if (!match.Success || HasThat(match.Groups["rest"].Value) || quotes.Any(q => next.Contains(q.Outer)))
            {
                return null;
            }

            var speaker = match.Groups["speaker"];
            var verb = match.Groups["verb"];
            return (new TextSpan(next.Start + speaker.Index, next.Start + speaker.Index + speaker.Length), next,
                new TextSpan(next.Start + verb.Index, next.Start + verb.Index + verb.Length));
        }

        /// <summary>"X said: “…" or "… but hinted that “…".</summary>
        private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? Before(TextSpan head, Regex? pattern = null)
        {
            var text = WithoutAbbreviationStops(raw[head.Start..head.End]);
            var match = (pattern ?? AttributionBefore()).Match(text);
            if (!match.Success)
            {
                return null;
            }

            var group = match.Groups["speaker"];
            var verb = match.Groups["verb"];
            return (new TextSpan(head.Start + group.Index, head.Start + group.Index + group.Length), head.Trim(raw),
                new TextSpan(head.Start + verb.Index, head.Start + verb.Index + verb.Length));
        }

        /// <summary>
        /// A quotation that is a paragraph of its own (or several), signed by the next one as a release signs it: a short line of a name and
        /// its title and nothing else ("Jane Roe, President of the Agency", "Agency President Jane Roe").
        /// </summary>
        private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? SignedBelow(Quote quote)
        {
            // The quotation may run on over several paragraphs: the line after the one it closes signs it.
            var paragraph = ParagraphOf(quote.Outer.End - 1);
            var end = article.Paragraphs[paragraph].Span.End;
            if (!QuoteOpensParagraph(quote) || paragraph + 1 >= article.Paragraphs.Count || quote.Outer.End > end
                || !raw.AsSpan(quote.Outer.End, end - quote.Outer.End).IsWhiteSpace())
            {
                return null;
            }

            var next = article.Paragraphs[paragraph + 1].Span.Trim(raw);
            return SignatureLine().IsMatch(raw[next.Start..next.End]) ? (next, next, next) : null;
        }

        /// <summary>"… made the following statement:" closing the paragraph before a quotation that opens the next.</summary>
        private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? Announced(Quote quote)
        {
            var paragraph = ParagraphOf(quote.Outer.Start);
            if (!QuoteOpensParagraph(quote) || paragraph == 0)
            {
                return null;
            }

            var previous = sentences.LastOrDefault(s => s.Paragraph == paragraph - 1).Span;
            return previous.Length > 0 && raw[previous.Start..previous.End].TrimEnd().EndsWith(':') ? Before(previous, Announcement()) : null;
        }

        public void SentencePass()
        {
            resolver.Rewind();
            for (var index = 0; index < sentences.Count; index++)
            {
                var (sentence, paragraph) = sentences[index];
                cancellationToken.ThrowIfCancellationRequested();
                if (quotes.Any(q => q.Outer.Contains(sentence)))
                {
                    continue;
                }

                resolver.Observe(new TextSpan(sentence.Start, sentence.Start));
                if (PointedBack(index))
                {
                    resolver.Observe(sentence);
                    continue;
                }

                var frame = Frame(sentence);
                if (frame is null)
                {
                    resolver.Observe(sentence);
                    continue;
                }

                var (region, content, attribution) = frame.Value;
                var speaker = resolver.Resolve(region, published);
                if (Relayed(speaker, content) is { } relay)
                {
                    (region, content, attribution, speaker) = (relay.Frame.Region, relay.Frame.Content, new TextSpan(relay.Frame.Attribution.Start, Math.Max(relay.Frame.Attribution.End, attribution.End)), relay.Speaker);
                }

                resolver.Observe(sentence);
                if (speaker is null || content.Length == 0 || Words.Tokenize(raw, content).Count < 3)
                {
                    continue;
                }

                // The quotations it holds give way to it; another party's act quoted in them stays that party's.
                var inside = drafts.Where(d => d.Direct && !d.OthersAct && content.Contains(d.Span) && d.Speaker.Name == speaker.Name).ToList();
                var othersActs = inside.SelectMany(d => d.OthersActs).Distinct().OrderBy(s => s.Start).ToList();
                var quoted = inside.Sum(d => d.Span.Length);
                foreach (var draft in inside)
                {
                    drafts.Remove(draft);
                }

                var direct = quoted >= content.Length * 0.6;
                foreach (var each in WithCoSubjects(WithCoSpeakers(speaker, region).ToList(), content, direct))
                {
                    // "Roscosmos and CNSA signed …, TASS reported": what an outlet reports of others is their act, not their words.
                    drafts.Add(new Draft(content, each, direct, attribution, paragraph) { Kind = IsOutlet(speaker) && !IsOutlet(each) ? StatementKind.Act : StatementKind.Said, OthersActs = othersActs });
                }
            }
        }

        /// <summary>
        /// "China proposes that … . This was stated by Xi Jinping at …": the sentence before, which no one
        /// was said to say, is the named speaker's. Whether sentence <paramref name="index"/> was such a pointer.
        /// </summary>
        private bool PointedBack(int index)
        {
            var (sentence, paragraph) = sentences[index];
            if (index < 1 || sentences[index - 1].Paragraph != paragraph)
            {
                return false;
            }

            var back = BackReference().Match(WithoutAbbreviationStops(raw[sentence.Start..sentence.End]));
            if (!back.Success)
            {
                return false;
            }

            var previous = sentences[index - 1].Span;
            if (quotes.Any(q => q.Outer.Overlaps(previous)) || drafts.Any(d => d.Span.Overlaps(previous)))
            {
                return false;
            }

            var who = back.Groups["speaker"];
            if (resolver.Resolve(new TextSpan(sentence.Start + who.Index, sentence.Start + who.Index + who.Length), published) is not { } speaker
                || IsOutlet(speaker) || Words.Tokenize(raw, previous).Count < 3)
            {
                return false;
            }

            drafts.Add(new Draft(previous, speaker, Direct: false, sentence, paragraph));
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

            if (IsOutlet(speaker))
            {
                return resolver.Resolve(inner.Region, published) is { } reported && !IsOutlet(reported) ? (inner, reported) : null;
            }

            if (inner.Content.Length == 0 || inner.Region.Start < content.Start || inner.Content.Start < inner.Region.End
                || Words.Tokenize(raw, new TextSpan(content.Start, inner.Region.Start)).Count > RelayLeadWords)
            {
                return null;
            }

            // A person named there ("Acting NASA Administrator Sean Duffy confirmed …") or an organisation that
            // is the whole subject ("NASA has confirmed …"), not a pronoun or a clause that happens to end before
            // a verb ("it planned to sign the accords and expressed …").
            if (resolver.Resolve(inner.Region, published) is not { Actor: { } party } relayed || party == actor)
            {
                return null;
            }

            var subject = raw[inner.Region.Start..inner.Region.End];
            var named = relayed.IsPerson
                ? subject.Contains(relayed.Name.Split(' ')[^1], StringComparison.Ordinal)
                : mentions.FirstOrDefault(m => m.Kind == MentionKind.Actor && m.Name == party && inner.Region.Contains(new TextSpan(m.Start, m.End))) is { } organisation
                    && Words.Tokenize(subject).Count - Words.Tokenize(raw, new TextSpan(organisation.Start, organisation.End)).Count <= RelaySubjectExtraWords;
            return named ? (inner, relayed) : null;
        }

        private bool IsOutlet(Speaker? speaker) => speaker?.Actor is { } actor && gazetteer.IsOutlet(actor);

        /// <summary>"Roscosmos and CNSA announced …": every organisation or known person coordinated with the speaker speaks too.</summary>
        private IEnumerable<Speaker> WithCoSpeakers(Speaker speaker, TextSpan region)
        {
            yield return speaker;
            var names = CoordinatedNames.Speaking(gazetteer, mentions.Where(m => m.Start >= region.Start && m.End <= region.End));
            if (names.Count < 2)
            {
                yield break;
            }

            foreach (var other in CoordinatedNames.ChainFrom(raw, names, 0).Skip(1).Select(n => CoordinatedNames.SpeakerOf(gazetteer, n, published)))
            {
                if (other.Actor is not null && other.Actor != speaker.Actor)
                {
                    yield return other;
                }
            }
        }

        /// <summary>
        /// "Russia and China have signed …, CNSA said": every actor acting together with the speaker
        /// holds the position too. An outlet reporting an act ("…, TASS reported") holds none: the
        /// actors that act do.
        /// </summary>
        private List<Speaker> WithCoSubjects(List<Speaker> speakers, TextSpan content, bool direct)
        {
            if (direct)
            {
                return speakers;
            }

            // The sentence before the one the words open, if in the same or the previous paragraph: what
            // "both agencies" stands for. A list's numbers ("2.") split as sentences of their own are passed over.
            var index = sentences.FindLastIndex(s => s.Span.End <= content.Start && raw[s.Span.Start..s.Span.End].Any(char.IsLetter));
            var previous = index >= 0 && sentences[index].Paragraph >= ParagraphOf(content.Start) - 1 ? sentences[index].Span : default;
            var subjects = ReportedPositions.Embedded(gazetteer, raw, content, mentions, published, topics.Antecedent, previous);
            if (subjects.Count == 0)
            {
                return speakers;
            }

            if (speakers.All(IsOutlet))
            {
                return subjects.Select(e => e.Speaker).ToList();
            }

            // The words stay the speaker's; only the position is also the co-subject's. A third party
            // reporting the subjects' act ("NASA and ISRO have agreed to …, the White House said")
            // holds no position of its own in it: the subjects do. But a speaker for its own country
            // ("China is open to …", said by its ministry) keeps it, and one announcing its government's
            // decision ("the Biden administration has extended the ISS …", NASA's head announced) shares it.
            var speaker = speakers[0];
            var relayed = subjects.Where(e => speakers.All(s => s.Actor != e.Speaker.Actor)).Select(e => new Speaker(speaker.Name, e.Speaker.Actor, IsPerson: false));
            if (speakers.Any(s => subjects.Any(e => e.Speaker.Actor == s.Actor)))
            {
                return [.. speakers, .. relayed];
            }

            if (speakers.Any(s => subjects.Any(e => e.ByCountry && gazetteer.SpeaksFor(s.Actor, e.Speaker.Actor, e.ByCountry))))
            {
                return speakers;
            }

            return speakers.Any(s => subjects.Any(e => gazetteer.SpeaksFor(s.Actor, e.Speaker.Actor, e.ByCountry))) ? [.. speakers, .. relayed] : [.. relayed];
        }

        /// <summary>Positions reported as acts, and an agency's own release speaking for it (<see cref="ReportedPositions"/>).</summary>
        public void ReportedPass(string? issuedBy)
        {
            // Scare quotes ("too “U.S.-centric”", "cut “legacy exploration systems” funding") and a document's title are words of the sentence, not a statement that covers it.
            var covered = quotes.Where(q => Words.Tokenize(raw, q.Inner).Count >= MinimumQuoteWords && !q.NamesADocument(raw) && !q.IsScareQuote(raw)).Select(q => q.Outer)
                .Concat(drafts.Select(d => d.Span)).Concat(drafts.Select(d => d.Attribution)).Where(c => c.Length > 0).ToList();
            foreach (var position in ReportedPositions.Find(gazetteer, raw, sentences, covered, mentions, headline, issuedBy, published, topics.Antecedent, resolver.Introduced))
            {
                cancellationToken.ThrowIfCancellationRequested();
                drafts.Add(new Draft(position.Content, position.Speaker, Direct: false, position.Attribution, position.Paragraph)
                {
                    Venue = position.Attribution.Length == 0 ? "press release" : null,
                    // In an agency's own release every sentence is its words, whoever acts in it.
                    Kind = issuedBy is null ? StatementKind.Act : StatementKind.Release,
                    Standfirst = position.Standfirst,
                });
            }
        }

        /// <summary>The speaker region, content and attribution of a sentence of reported speech.</summary>
        private (TextSpan Region, TextSpan Content, TextSpan Attribution)? Frame(TextSpan sentence)
        {
            var text = WithoutAbbreviationStops(raw[sentence.Start..sentence.End]);
            var according = AccordingFirst().Match(text);
            if (according.Success)
            {
                var region = Sub(sentence, according.Groups["speaker"]);
                var content = Sub(sentence, according.Groups["content"]).Trim(raw);
                // "According to NASA, the head of the program left in May, …": a clause after the first comma, not a title.
                if (according.Groups["title"].Success && ClauseInTitle().IsMatch(according.Groups["title"].Value))
                {
                    var comma = raw.IndexOf(',', region.Start, region.Length);
                    region = new TextSpan(region.Start, comma);
                    content = new TextSpan(comma + 1, sentence.End).Trim(raw);
                }

                return (region, content, new TextSpan(sentence.Start, content.Start));
            }

            var trailing = TrailingAttribution().Match(text);
            // "…, ESA announced on Thursday it is suspending …": a clause after the verb is what was said, not a date.
            if (trailing.Success && trailing.Groups["speaker"].Length <= 140 && !NewClause().IsMatch(trailing.Groups["adjunct"].Value) && !HasThat(trailing.Groups["verb"].Value + " " + trailing.Groups["adjunct"].Value) && Words.Tokenize(text[..trailing.Index]).Count >= 3)
            {
                var comma = sentence.Start + trailing.Index;
                var region = Appositive(new TextSpan(comma + 1, Sub(sentence, trailing.Groups["verb"]).Start), sentence, ref comma);
                var verbSpan = Sub(sentence, trailing.Groups["verb"]);
                if (OutsideBody().IsMatch(raw.AsSpan(region.Start, region.Length)))
                {
                    return null; // "…, the venture of France's Acme and Italy's Orbital said": no actor speaks
                }

                if (!InsideQuote(verbSpan) && !usedAttributions.Any(a => a.Contains(verbSpan)) && resolver.Resolve(region, published) is not null)
                {
                    var content = WithoutDateline(new TextSpan(sentence.Start, comma).Trim(raw));
                    return (region, content, new TextSpan(region.Start, sentence.End));
                }
            }

            // "…, said Yuri Borisov, head of Roscosmos, on Wednesday."
            var inverted = InvertedAttribution().Match(text);
            if (inverted.Success && Words.Tokenize(text[..inverted.Index]).Count >= 3)
            {
                var verbSpan = Sub(sentence, inverted.Groups["verb"]);
                var region = Sub(sentence, inverted.Groups["speaker"]);
                // The speaker comes straight after the verb, perhaps behind a title ("said the head of Roscosmos, …"):
                // in "X, head of DLR, stressed the importance of Artemis for Europe" the words after the verb are
                // what X stressed, and Europe in them is no speaker; nor is Germany in "…, said Germany will stay".
                var named = mentions.FirstOrDefault(m => region.Contains(new TextSpan(m.Start, m.End)) && m.Kind != MentionKind.Program) is { } first
                    && SpeakerLead.IsMatch(raw[region.Start..first.Start]) && !Auxiliary().IsMatch(raw[region.Start..region.End])
                    && !PlaceOrTime().IsMatch(raw[region.Start..first.Start]);
                // "The centre began building the airlock, said director general Salem Al Marri.": a title and a new
                // name; the organisation is the one the sentence is about (when it names no one else).
                var titled = !named && TitledName().IsMatch(raw[region.Start..region.End])
                    && !mentions.Any(m => m.Kind == MentionKind.Person && sentence.Contains(new TextSpan(m.Start, m.End)));
                if (!InsideQuote(verbSpan) && !usedAttributions.Any(a => a.Contains(verbSpan)))
                {
                    var content = WithoutDateline(new TextSpan(sentence.Start, sentence.Start + inverted.Index).Trim(raw));
                    if ((named || titled) && resolver.Resolve(titled ? new TextSpan(sentence.Start, region.End) : region, published) is not null)
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
                    if (!named && !titled && DescribedSpeaker().Match(raw[region.Start..region.End]) is { Success: true } described
                        && IsSpeakerTail(raw[(region.Start + described.Length)..region.End]))
                    {
                        var speaker = described.Groups["bare"].Success ? OpeningActor(sentence, content) : new TextSpan(region.Start, region.Start + described.Length);
                        return speaker.Length == 0 || resolver.Resolve(speaker, published) is null ? null : (speaker, content, new TextSpan(sentence.Start + inverted.Index, sentence.End));
                    }

                    // "…, stressed panel member Jane Roe of the Acme Institute.": a person the text introduces after the
                    // verb, with an affiliation; theirs are the words, and no organisation the words name speaks.
                    if (!named && !titled && AffiliatedName().IsMatch(raw[region.Start..region.End]) && !Auxiliary().IsMatch(raw[region.Start..region.End]))
                    {
                        return resolver.Resolve(region, published) is null ? null : (region, content, new TextSpan(sentence.Start + inverted.Index, sentence.End));
                    }

                    // "…, said the official who asked not to be named": a source described, not named, past its relative clause.
                    var source = RelativeClause().Match(raw[region.Start..region.End]) is { Success: true } relative ? new TextSpan(region.Start, region.Start + relative.Index) : region;
                    if (!named && !titled && SpeakerResolver.IsUnnamedSource(raw[source.Start..source.End].Trim()))
                    {
                        return (source, content, new TextSpan(sentence.Start + inverted.Index, sentence.End));
                    }
                }
            }

            foreach (Match verb in SpeechVerbs.Any().Matches(text))
            {
                var verbSpan = Sub(sentence, verb.Groups["verb"]);
                if (InsideQuote(verbSpan) || usedAttributions.Any(a => a.Contains(verbSpan)) || verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase)
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

                if (SpeechVerbs.PassiveBefore().IsMatch(before) || (verb.Value.Equals("called", StringComparison.OrdinalIgnoreCase) && !QuoteAfter(verbSpan, sentence))
                    || SpeechVerbs.DisposesOfACase(verb.Value, text[(verb.Index + verb.Length)..]))
                {
                    continue;
                }

                return FrameAround(sentence, verbSpan, verb.Value);
            }

            var accordingLast = AccordingLast().Match(text);
            if (accordingLast.Success)
            {
                var region = Sub(sentence, accordingLast.Groups["speaker"]);
                var content = Sub(sentence, accordingLast.Groups["content"]).Trim(raw);
                // "Rogozin asked …, according to a Reuters translation" after his quotation: its attribution, not a statement.
                return usedAttributions.Any(content.Contains) ? null : (region, content, new TextSpan(content.End, sentence.End));
            }

            return null;
        }

        /// <summary>
        /// The words after "about" when an addressee of a few words comes first, with no comma between
        /// ("Rogozin about his plan to …"); null for "told reporters." or "told them, about …".
        /// </summary>
        private TextSpan? TopicAfterAddressee(int from, int end)
        {
            var words = Words.Tokenize(raw, new TextSpan(from, end));
            var about = words.FindIndex(w => w.Value.Equals("about", StringComparison.OrdinalIgnoreCase));
            if (about < 1 || about > MaximumAddresseeWords || raw.AsSpan(from, words[about].Start - from).IndexOfAny(",;:") >= 0)
            {
                return null;
            }

            var topic = new TextSpan(words[about].End, end).Trim(raw);
            return words.Count - about - 1 >= 4 ? topic : null;
        }

        /// <summary>
        /// "…, Wu Yanhua, deputy director of CNSA, said": when the words before the title are a bare
        /// name, they belong to the speaker, not to what was said.
        /// </summary>
        /// <summary>The organisation named first in <paramref name="content"/> when it opens <paramref name="sentence"/> ("The ESA has …"); empty otherwise.</summary>
        private TextSpan OpeningActor(TextSpan sentence, TextSpan content) =>
            mentions.FirstOrDefault(m => m.Kind == MentionKind.Actor && content.Contains(new TextSpan(m.Start, m.End))) is { } first
                && SubjectOpening().IsMatch(raw.AsSpan(sentence.Start, first.Start - sentence.Start))
                ? new TextSpan(first.Start, first.End)
                : default;

        private TextSpan Appositive(TextSpan region, TextSpan sentence, ref int comma)
        {
            var previous = comma > sentence.Start ? raw.LastIndexOf(',', comma - 1, comma - sentence.Start) : -1;
            if (previous > sentence.Start && BareName().IsMatch(raw[(previous + 1)..comma]))
            {
                comma = previous;
                return new TextSpan(previous + 1, region.End);
            }

            return region;
        }

        /// <summary>"PARIS (Reuters) - The agency said …": the wire dateline is not what was said, nor who said it.</summary>
        private TextSpan WithoutDateline(TextSpan span)
        {
            var match = Dateline().Match(raw[span.Start..span.End]);
            return match.Success ? new TextSpan(span.Start + match.Length, span.End) : span;
        }

        /// <summary>The first comma that ends a clause: not one inside a number ("2,600") or a date ("May 5, 2024").</summary>
        private int ClauseComma(int from, int end)
        {
            for (var comma = raw.IndexOf(',', from, end - from); comma >= 0; comma = raw.IndexOf(',', comma + 1, end - comma - 1))
            {
                var next = raw.AsSpan(comma + 1, end - comma - 1).TrimStart();
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
            var before = raw[sentence.Start..verb.Start];
            var insideOpening = OpeningSubordinate().IsMatch(before) && !before.Contains(',', StringComparison.Ordinal);
            var clauseEnd = insideOpening ? ClauseComma(verb.End, sentence.End) : -1;
            if (clauseEnd > 0)
            {
                sentence = new TextSpan(sentence.Start, clauseEnd);
            }

            var after = raw[verb.End..sentence.End];
            var start = WithoutDateline(new TextSpan(sentence.Start, verb.Start)).Start;
            var regionStart = LeadIn().Match(raw[start..verb.Start]) is { Success: true } lead ? start + lead.Length : start;
            var firstComma = raw.IndexOf(',', regionStart, verb.Start - regionStart);
            if (firstComma > 0 && Words.Tokenize(raw, new TextSpan(regionStart, firstComma)).Count <= 5
                && !mentions.Any(m => m.Start >= regionStart && m.End <= firstComma) && !IsBareName(raw[regionStart..firstComma]))
            {
                regionStart = firstComma + 1; // "Earlier in the day, a source told …"
            }
            else if (firstComma > 0 && (OpeningSubordinate().IsMatch(raw.AsSpan(regionStart, firstComma - regionStart)) || OpeningParticiple().IsMatch(raw.AsSpan(regionStart, firstComma - regionStart))))
            {
                // "After NASA cut its budget, ESA said …", "Signing the Accords with Bill Nelson, the minister said …":
                // the speaker is in the main clause
                regionStart = firstComma + 1;
            }

            var region = new TextSpan(regionStart, verb.Start);
            // "NASA touts ties as Roscosmos chief dismisses …": the verb's subject is in the clause it opens.
            var subordinate = Subordinator().Matches(raw[region.Start..region.End]).LastOrDefault();
            if (subordinate is not null && resolver.Resolve(new TextSpan(region.Start + subordinate.Index + subordinate.Length, region.End), published) is not null)
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
                var content = new TextSpan(verb.End + opens, sentence.End).Trim(raw);
                return (region, content, new TextSpan(sentence.Start, content.Start));
            }

            if (SpeechVerbs.ObjectIsContent(verbText) && Words.Tokenize(after).Count >= 2)
            {
                // The verb itself carries the stance ("dismissed the Accords"), so it is part of what was said.
                var content = new TextSpan(verb.Start, sentence.End).Trim(raw);
                return (region, content, new TextSpan(sentence.Start, content.Start));
            }

            // "X told Y about his plan to extend …": what was said follows "about".
            if (SpeechVerbs.TakesAddressee(verbText) && TopicAfterAddressee(verb.End, sentence.End) is { } topic)
            {
                return (region, topic, new TextSpan(sentence.Start, topic.Start));
            }

            // "…, X said today." / "…, X said on Monday, after …" — the content came first.
            if ((AdjunctsOnly().IsMatch(after) && Words.Tokenize(after).Count <= MaximumAdjunctWords && !NewClause().IsMatch(after)) || SpeechVerbs.TakesAddressee(verbText) || IsTrailingSubordinate(after))
            {
                // The speaker is the shortest phrase before the verb that names one; no name runs longer
                // than a few commas' worth, so the search stops there (a list of 10,000 commas is not a speaker).
                var comma = raw.LastIndexOf(',', Math.Max(sentence.Start, verb.Start - 1), verb.Start - sentence.Start);
                if (comma > sentence.Start && OutsideBody().IsMatch(raw.AsSpan(comma + 1, verb.Start - comma - 1)))
                {
                    return null; // "…, $1 billion more than NASA planned, the panel noted": a body of no actor's speaks, not one named before it
                }

                while (comma > sentence.Start && verb.Start - comma <= MaximumSpeakerLength && resolver.Resolve(new TextSpan(comma + 1, verb.Start), published) is null)
                {
                    comma = raw.LastIndexOf(',', comma - 1, comma - sentence.Start);
                }

                if (comma <= sentence.Start || verb.Start - comma > MaximumSpeakerLength)
                {
                    return null;
                }

                var speakerRegion = Appositive(new TextSpan(comma + 1, verb.Start), sentence, ref comma);
                var content = WithoutDateline(new TextSpan(sentence.Start, comma).Trim(raw));
                return (speakerRegion, content, new TextSpan(speakerRegion.Start, sentence.End));
            }

            // "X said Russia does not intend to join …".
            var rest = new TextSpan(verb.End, sentence.End).Trim(raw);
            return Words.Tokenize(raw, rest).Count >= 4 ? (region, rest, new TextSpan(sentence.Start, rest.Start)) : null;
        }

        public List<Statement> Finish()
        {
            var ordered = drafts.OrderBy(d => d.Span.Start).ToList();
            var saidLast = new Dictionary<string, (PartialDate Date, int Paragraph)>(StringComparer.Ordinal);
            var statements = new List<Statement>(ordered.Count);
            var standfirsts = new HashSet<int>();
            foreach (var draft in ordered)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var attributionText = raw[draft.Attribution.Start..draft.Attribution.End];
                var dateWords = draft.Kind != StatementKind.Said ? raw[SentenceAt(draft.Span.Start).Start..draft.Span.End] : Without(draft.Attribution, draft.Span);
                var said = StatementDates.Find(dateWords, published) ?? OpeningDate(draft);
                // Undated words of a speaker just dated ("X said on Tuesday …. “…,” he said.") were said then too;
                // a release speaks on its own date, whatever one of its sentences recalls.
                // "In 2022 he said …. Now, in an interview, he announced …": the present is the article's, not the last date's.
                var carried = draft.Kind != StatementKind.Release && saidLast.TryGetValue(draft.Speaker.Name, out var last) && draft.Paragraph - last.Paragraph <= 2
                    && !OpensInThePresent(draft.Span.Start) ? last.Date : (PartialDate?)null;
                var date = said ?? ActDate(draft) ?? draft.Continues?.Date ?? carried
                    ?? ParagraphDate(draft) ?? (published is { } p ? PartialDate.Of(p) : null);
                draft.Date = date;
                if (said is not null)
                {
                    saidLast[draft.Speaker.Name] = (said.Value, draft.Paragraph);
                }
                var venue = draft.Venue ?? Venues.Find(attributionText, gazetteer) ?? DefaultVenue(draft);
                var actor = draft.Speaker.Actor;
                if (draft.Speaker.IsPerson && gazetteer.PeopleByName.TryGetValue(draft.Speaker.Name, out var person))
                {
                    var on = date?.Exact ?? date?.Earliest ?? published;
                    var role = person.RoleOn(on);
                    // "former NASA Administrator Jim Bridenstine", when the gazetteer agrees his role had ended, speaks for no one.
                    actor = role is not null && on is { } day && !role.Covers(day) && Former().IsMatch(attributionText) ? null : role?.Actor ?? actor;
                }

                var contentSentences = QuotedActs.Without(SentenceSplitter.Split(raw, draft.Span), draft.OthersActs);
                // "its own station" in the words of Roscosmos is the Russian station, whatever was named before.
                // An act's words after its subject's name: "Pence is calling for landing astronauts on the Moon" lands for the one who calls.
                var ownWords = draft.Kind == StatementKind.Act && draft.Attribution.Start >= draft.Span.Start && draft.Attribution.End < draft.Span.End
                    ? new TextSpan(draft.Attribution.End, draft.Span.End) : draft.Span;
                var own = ProgramDescriptions.Own(raw, ownWords, actor, gazetteer);
                var inside = programMentions.Where(m => m.Start >= draft.Span.Start && m.End <= draft.Span.End && !own.Resolved.Any(o => o.Start < m.End && m.Start < o.End))
                    .Concat(own.Resolved).OrderBy(m => m.Start).ToList();
                // An outlet's own words (a question it put, how it frames a story) are reporting, not a position.
                var stances = actor is not null && gazetteer.IsOutlet(actor) ? []
                    : StanceScorer.Score(raw, contentSentences, inside, clause => own.Unresolved.Any(clause.Contains) ? null : topics.Antecedent(clause), OthersDecisions.In(gazetteer, raw, draft.Span, mentions, actor, draft.Kind == StatementKind.Said));
                // "Roscosmos said that, after reading the draft, …": the words start after the punctuation the attribution left.
                var span = WithoutLeadingPunctuation(draft.Span);
                var text = raw[span.Start..span.End];
                var continues = draft.Continues is { } head && ordered.IndexOf(head) is >= 0 and var at && at < statements.Count ? at : (int?)null;
                if (draft.Standfirst)
                {
                    standfirsts.Add(statements.Count);
                }

                statements.Add(new Statement(span, text, draft.Speaker.Name, actor, draft.Direct, venue, date, draft.Attribution, stances)
                {
                    Index = statements.Count,
                    ContinuationOf = continues,
                    Kind = draft.Kind,
                });
            }

            return WithoutRepeatedStandfirsts(statements, standfirsts);
        }

        private TextSpan WithoutLeadingPunctuation(TextSpan span)
        {
            var start = span.Start;
            while (start < span.End && (raw[start] is ',' or ';' or ':' || char.IsWhiteSpace(raw[start])))
            {
                start++;
            }

            return start < span.End ? new TextSpan(start, span.End) : span;
        }

        /// <summary>
        /// A standfirst's position that the body reports again (same actor, program and sign) is left
        /// out, so the article counts it once; the remaining statements are numbered again.
        /// </summary>
        private static List<Statement> WithoutRepeatedStandfirsts(List<Statement> statements, HashSet<int> standfirsts)
        {
            bool Repeated(Statement standfirst) => standfirst.Actor is not null && standfirst.Stances.Any(p => p.Score != 0) && standfirst.Stances.Where(p => p.Score != 0).All(p =>
                statements.Any(o => !standfirsts.Contains(o.Index) && o.Actor == standfirst.Actor && o.Stances.Any(q => q.Program == p.Program && Math.Sign(q.Score) == Math.Sign(p.Score))));

            var dropped = standfirsts.Where(i => Repeated(statements[i])).ToHashSet();
            if (dropped.Count == 0)
            {
                return statements;
            }

            var kept = statements.Where(s => !dropped.Contains(s.Index)).ToList();
            var renumbered = kept.Select((s, i) => (Old: s.Index, New: i)).ToDictionary(p => p.Old, p => p.New);
            return kept.Select(s => s with
            {
                Index = renumbered[s.Index],
                ContinuationOf = s.ContinuationOf is { } head && renumbered.TryGetValue(head, out var moved) ? moved : null,
            }).ToList();
        }

        /// <summary>The attribution's words, without the statement's own (so "this year" inside a quote does not date it).</summary>
        private string Without(TextSpan attribution, TextSpan content)
        {
            if (!attribution.Overlaps(content))
            {
                return raw[attribution.Start..attribution.End];
            }

            var before = content.Start > attribution.Start ? raw[attribution.Start..content.Start] : "";
            var after = attribution.End > content.End ? raw[content.End..attribution.End] : "";
            return before + " " + after;
        }

        /// <summary>"In March 2021, Roscosmos and CNSA signed …, TASS reported": reported words that open with a date happened then.</summary>
        private PartialDate? OpeningDate(Draft draft)
        {
            if (draft.Direct)
            {
                return null; // a quotation opening with a date speaks of that date, it was not said then
            }

            var content = raw[draft.Span.Start..draft.Span.End];
            return StatementDates.OpensWithDate(content) ? StatementDates.Find(content[..Math.Min(content.Length, 40)], published) : null;
        }

        /// <summary>
        /// "The council decided on Tuesday to end …, the director said": reported words about a dated act
        /// take its date, as the position is the act's. It does not date the speaker's other words.
        /// </summary>
        private PartialDate? ActDate(Draft draft) => draft.Direct ? null : StatementDates.OfAct(raw[draft.Span.Start..draft.Span.End], published);

        /// <summary>"On January 25, it was reported …" dates the rest of its paragraph.</summary>
        private PartialDate? ParagraphDate(Draft draft)
        {
            foreach (var (sentence, paragraph) in sentences)
            {
                if (paragraph != draft.Paragraph || sentence.Start >= draft.Span.Start)
                {
                    continue;
                }

                var text = raw[sentence.Start..sentence.End];
                if (StatementDates.OpensWithDate(text) && StatementDates.Find(text, published) is { } date)
                {
                    return date;
                }
            }

            return null;
        }

        /// <summary>Where this speaker was quoted from, when the article says so elsewhere ("Rogozin's comments from an interview with …").</summary>
        private string? DefaultVenue(Draft draft)
        {
            var own = venues.Where(v => v.Speaker == draft.Speaker.Name).ToList();
            return own.LastOrDefault(v => v.Position <= draft.Span.Start).Venue ?? own.FirstOrDefault().Venue;
        }

        private void CollectVenues()
        {
            foreach (var (sentence, _) in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = raw[sentence.Start..sentence.End];
                var venue = Venues.Find(text, gazetteer);
                if (venue is null or "statement")
                {
                    continue;
                }

                var person = mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && sentence.Contains(new TextSpan(m.Start, m.End)));
                if (person is not null)
                {
                    venues.Add((person.Name, venue, sentence.Start));
                }
            }
        }

        private bool InsideQuote(TextSpan span) => quotes.Any(q => q.Outer.Contains(span));

        private bool QuoteAfter(TextSpan verb, TextSpan sentence) => quotes.Any(q => q.Outer.Start >= verb.End && q.Outer.Start < sentence.End);

        /// <summary>Whether the sentence holding <paramref name="position"/> opens, before it, in the present (<see cref="NowOpening"/>).</summary>
        private bool OpensInThePresent(int position)
        {
            var sentence = SentenceAt(position);
            return NowOpening().IsMatch(raw.AsSpan(sentence.Start, position - sentence.Start));
        }

        private TextSpan SentenceAt(int position)
        {
            foreach (var (sentence, _) in sentences)
            {
                if (sentence.Start <= position && position < sentence.End)
                {
                    return sentence;
                }
            }

            var paragraph = article.Paragraphs[ParagraphOf(position)].Span;
            return paragraph;
        }

        private int ParagraphOf(int position)
        {
            for (var i = article.Paragraphs.Count - 1; i >= 0; i--)
            {
                if (article.Paragraphs[i].Span.Start <= position)
                {
                    return i;
                }
            }

            return 0;
        }

        private static TextSpan Sub(TextSpan sentence, Group group) => new(sentence.Start + group.Index, sentence.Start + group.Index + group.Length);
    }

    /// <summary>"…,” said X", "…,” X told Z", or a credit line after a dash: "…” – X, director of Y".</summary>
    [GeneratedRegex(@"^\s*[,.;:!?]?\s*(?:(?<verb1>" + SpeechVerbs.AfterQuote + @")\s+(?<speaker1>[^.!?;""“”«»]{2,160}?)\s*[.!?]?\s*$|(?<speaker2>[^.!?;""“”«»]{2,160}?)\s+(?<verb2>" + SpeechVerbs.AfterQuote + @")\b|(?<verb3>[-–—]{1,2})\s*(?<speaker3>[^.!?;""“”«»\-–—]{2,160}?)\s*\.?\s*$)", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AttributionAfter();

    /// <summary>A signature: up to eight capitalised words (small joining words and commas between), a dash before at most, no sentence.</summary>
    [GeneratedRegex(@"^[-–—]?\s*\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:(?:of|the|for|and|at|de|du|von|van)\s+)*\p{Lu}[\p{L}.'’-]*){1,7}$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SignatureLine();

    /// <summary>"…,” welcomed the head of CNES." (<see cref="SpeechVerbs.JudgingBeforeSpeaker"/>; apart, as the engine bounds one pattern's size).</summary>
    [GeneratedRegex(@"^\s*[,.;:!?]?\s*(?<verb1>" + SpeechVerbs.JudgingBeforeSpeaker + @")\s+(?<speaker1>[^.!?;""“”«»]{2,160}?)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex JudgingAttributionAfter();

    /// <summary>
    /// What may stand between a speech verb and the name of its speaker: nothing, an article, two lower-case
    /// modifiers ("a NASA spokesperson", "acting NASA Administrator", "former NASA chief"), or a title of
    /// something ("the deputy head of ").
    /// </summary>
    private static readonly Regex SpeakerLead = Patterns.Create(
        @"^\s*(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:(?i:(?:[\p{L}-]+\s+){0,2}?" + RoleWords.AnyTitle + @"\s+(?:of|at|for)\s+(?:the\s+)?))?$");

    /// <summary>"said in a Senate hearing", "said at the ESA council": a name after a preposition is where, not who.</summary>
    [GeneratedRegex(@"^\s*(?:in|at|on|during|before|after|to|from|with|via|through|over|while|when)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PlaceOrTime();

    /// <summary>A sentence that opens in the present: "Now,", "Today,", "This week,".</summary>
    [GeneratedRegex(@"^\W*(?:Now|Today|This\s+week|This\s+month)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NowOpening();

    /// <summary>A word that makes a clause of the words around it, which a speaker's name never is.</summary>
    [GeneratedRegex(@"\b(?:will|would|shall|should|must|can|could|may|might|is|are|was|were|has|have|had|does|do|did)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Auxiliary();

    /// <summary>"Jane Roe" before an apposition ("Jane Roe, NASA's science chief, said"): a person's name, not a lead-in such as "Last Tuesday".</summary>
    private static bool IsBareName(string words) => BareName().IsMatch(words) && !TimeWords().IsMatch(words);

    [GeneratedRegex(@"^\s*(?:On|In|At|By|Last|This|Since|Earlier|Later|Early|Late|Next|Until|Before|After)\b|\b(?:" + Weekday + "|" + DateParsing.MonthNamePattern + @")\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TimeWords();

    /// <summary>A finite verb that makes a would-be title after "According to X," a clause of what was said.</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|said|says|told|left|leaves|resigned|resigns|retired|stepped|joined|became|announced|added|noted|warned|decided)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClauseInTitle();

    /// <summary>A sentence opening with a participle and the function word after it: "Signing the Accords with …", "Speaking at the congress" (not "Boeing and NASA officials").</summary>
    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}+ing\s+(?:the|a|an|at|to|with|on|in|for|from|about|after|before|during|beside|alongside|its|his|her|their|our)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpeningParticiple();

    /// <summary>
    /// A panel, board, report or group of experts: a speaker outside every actor, described rather than named (not "the Roscosmos board"
    /// nor "the agency's board", organs of one); or a company, whoever owns it ("the venture of France's Acme and Italy's Orbital": the
    /// countries own firms, they do not speak).
    /// </summary>
    [GeneratedRegex(@"^\s*(?i:the|a|an|this|that)\s+(?:\p{Ll}[\w-]*\s+){0,2}(?:(?:panel|board|committee|commission|report|study|review|group|experts|analysts|researchers|scientists|authors|auditors|watchdog)|(?:company|firm|venture|manufacturer|maker|contractor|start-?up|consortium|supplier)(?:\s+(?:between|of|owned\s+by|based\s+in|formed\s+by|led\s+by)\s+[^,;]{1,80})?)\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OutsideBody();

    /// <summary>
    /// What may follow a described speaker: nothing, a place or time ("in a statement", "Friday"), or a title of its own
    /// ("the agency's spokesman"), but no clause ("the agency will …", "the agency's budget will …").
    /// </summary>
    private static bool IsSpeakerTail(string tail) =>
        AdjunctsOnly().IsMatch(tail) || (PossessiveTitle().Match(tail) is { Success: true } title && AdjunctsOnly().IsMatch(tail[title.Length..]));

    [GeneratedRegex(@"^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:head|chief|director|administrator|president|spokes(?:person|man|woman)|office|service|officials?|representatives?)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PossessiveTitle();

    /// <summary>A closing quotation mark, perhaps with its comma, just before a speech verb.</summary>
    [GeneratedRegex(@"[""”»]\s*,?\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex QuotationJustBefore();

    /// <summary>Lower-case title words, a capitalised name, then where the person is from: "panel member Jane Roe of the Acme Institute".</summary>
    [GeneratedRegex(@"^\s*(?:[\p{Ll}-]+\s+){0,4}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:of|from|at|with)\s+[^,;]{2,80}$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AffiliatedName();

    /// <summary>Lower-case title words, then a capitalised name: "director general Salem Al Marri".</summary>
    [GeneratedRegex(@"^\s*(?:[\p{Ll}-]+\s+){1,4}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TitledName();

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
    private static partial Regex QuotedAs();

    /// <summary>
    /// The attribution patterns stop a speaker at a full stop; a title's abbreviation ("said Sen. Jane Doe",
    /// "Gen. Smith said") ends no sentence, nor does a name's initial ("chairman K. Sivan said", "A.B. Roe"), a
    /// month's before its day ("on Aug. 29 said") or a party tag's ("Rep. Jane Doe (D-Okla.)"), so its stop is
    /// read as a space (same length: offsets hold). Initials go last, after the party tags have been read, and twice,
    /// for a run of them: a match takes the next one's letter.
    /// </summary>
    private static string WithoutAbbreviationStops(string text)
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
    private static partial Regex AttributionBefore();

    /// <summary>A paragraph that announces the quotation opening the next: the circumstances may run long before its colon.</summary>
    [GeneratedRegex(SpeakerThenVerb + @"[^""“”«».!?]{0,200}?:\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Announcement();

    /// <summary>
    /// "According to NASA, …", "In her words, …", "In the view of Roscosmos, …": the speaker before the words, with a title in
    /// apposition and where it was said ("According to Jane Roe, head of the agency's science office, on the news site, …").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:According\s+to|In\s+the\s+(?:words|view)\s+of|In\s+the\s+opinion\s+of)\s+(?<speaker>[^,]{2,120}(?<title>,\s*(?:the\s+|a\s+|an\s+)?(?:[\p{L}\-]+\s+){0,3}(?i:head|chief|director(?:\s+general)?|administrator|president|chair(?:man|woman)?|spokes(?:person|man|woman)|minister|manager|official|scientist|engineer|designer)\s+(?:of|at|for)\s+[^,]{2,100})?)(?:,\s*(?:on|in)\s+(?:the\s+|a\s+|an\s+)?[^,]{2,80}?\b(?:site|website|newspaper|channel|outlet|interview|broadcast|show|radio|television|podcast|news\s+agency)\b[^,]{0,40})?,\s*(?<content>.+)$|^\s*In\s+(?<speaker>his|her|their)\s+(?:own\s+)?(?:words|view|opinion),\s*(?<content>.+)$", RegexOptions.Singleline | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AccordingFirst();

    [GeneratedRegex(@"^(?<content>.+?),\s*(?:according\s+to|" + AsOpening + @"(?:confirmed|announced|stated|disclosed|revealed)\s+by)\s+(?<speaker>[^,.]{2,120})[.!?]?\s*$", RegexOptions.Singleline | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AccordingLast();

    /// <summary>What opens a source after a comma, before its verb: "as", "(as first", "as also".</summary>
    private const string AsOpening = @"\(?as\s+(?:first\s+|also\s+|previously\s+)?";

    /// <summary>"…, as" right before a verb: with "by" after it ("…, as confirmed by the agency"), the source, read by <see cref="AccordingLast"/>.</summary>
    [GeneratedRegex(@",\s*" + AsOpening + @"$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AsBefore();

    [GeneratedRegex(@"^\s+by\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ByAfter();

    [GeneratedRegex(@"^(?:\s*(?:But|And|However|Meanwhile|Earlier|Later|Also|Still|Yet|Moreover|Instead|Previously|Separately|Additionally|Now|Then|At\s+the\s+same\s+time|In\s+addition|In\s+response|(?:In|On|By|Last|This|Since)\s+[^,]{1,30}?)\s*,?\s+)+", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LeadIn();

    /// <summary>"INTERFAX - ", "PARIS (Reuters) - ", "MOSCOW, July 26 (Reuters) - ", "TOKYO (Kyodo) -- " opening a wire story.</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{Lu}\p{L}.\s]{0,30}?(?:,\s*[\p{Lu}][\p{Ll}]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)?\s*)?(?:\([\p{Lu}][\p{L} .]{1,25}\)|\b[\p{Lu}]{3,}\b|/[\p{Lu}]+/)\.?\s*[-–—]{1,2}\s+", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2}\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex BareName();

    /// <summary>", according to a Reuters translation of his remarks." closing a sentence.</summary>
    [GeneratedRegex(@",\s*according\s+to\s+[^,;.!?""“”«»]{2,100}[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SourceOfWording();

    /// <summary>A sentence that is nothing but an attribution: "Lueders told reporters." / "He said on Monday." (<c>rest</c> must not hold "that": see <see cref="HasThat"/>).</summary>
    [GeneratedRegex(@"^\s*(?<speaker>[^,;""“”«»]{2,80}?)\s+(?<verb>said|says|told|added|wrote|tweeted|stated|noted|explained|declared|posted|asked|asks)\b(?<rest>(?:\s+[\w’'.\-]+){0,6})\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AttributionOnly();

    /// <summary>
    /// A sentence that points back at what was just said and names who said it: "So said X, head of Y,
    /// commenting on …", "This was stated by X on Monday", "These words belong to X". Translated news
    /// writes it so; the pointer makes any length safe, unlike <see cref="AttributionOnly"/>.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:So|Thus|This|That|These\s+words|Those\s+words)\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+)?(?<verb>said|stated|declared|announced|noted|emphasi[sz]ed|stressed|written|wrote|spoke|explained|reported|told|tweeted|posted)\s+(?:by\s+)?|(?:These|Those)\s+words\s+(?<verb>belong|belonged|are|were|came)\s+(?:to|from)\s+)(?<speaker>[^,;""“”«».!?]{2,120}?)(?:\s*,[\s\S]*|\s+(?:on|at|in|during|while|when|after|before|commenting|speaking|referring|answering|addressing|to|via|from)\b[\s\S]*)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex BackReference();

    /// <summary>"…, said Yuri Borisov, head of Roscosmos, on Wednesday." (the speaker after the verb, an appositive after that).</summary>
    [GeneratedRegex(@",\s*(?<verb>said|says|told\s+\w+|added|stated|declared|noted|stressed|wrote|announced|explained|confirmed)\s+(?<speaker>[^,;""“”«».!?]{2,80}?)(?:,[^;""“”«»]{0,160}?)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex InvertedAttribution();

    /// <summary>Nothing but "the" before a sentence's first name: the name is its subject.</summary>
    [GeneratedRegex(@"^\W*(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SubjectOpening();

    /// <summary>A speaker described, not named: "the agency", "the Venezuelan government", "the country's ministry".</summary>
    [GeneratedRegex(@"^the\s+(?:(?<bare>agency|organi[sz]ation|corporation)\b|(?:[\p{L}'’\-]+\s+){1,3}?(?:agency|government|ministry|administration|corporation|organi[sz]ation|office|council|space\s+centre|space\s+center)\b)", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DescribedSpeaker();

    /// <summary>A relative clause after a described speaker, with or without its comma: " who spoke to reporters", ", who asked not to be named" (not the WHO).</summary>
    [GeneratedRegex(@",?\s+(?:who|whom|whose)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex RelativeClause();

    /// <summary>A day of the week standing alone after the verb, as wire copy writes it: "said Friday".</summary>
    private const string Weekday = DateParsing.WeekdayPattern;

    /// <summary>"…, the agency said on Tuesday." at the very end of a sentence (neither <c>verb</c> nor <c>adjunct</c> may hold "that": see <see cref="HasThat"/>; the speaker is at most 140 characters, checked on the match: a counted repetition makes the linear engine slow).</summary>
    [GeneratedRegex(@",\s*(?<speaker>[^,;""“”«»]{2,}?)\s+(?<verb>said|says|told(?:\s+[\p{L}\p{N}.'’\-]+){1,5}?|added|stated|declared|noted|stressed|wrote|reported|announced|explained|confirmed)(?<adjunct>\s+(?:on|in|at|during|to|last|this|earlier|today|yesterday|late|early|" + Weekday + @")\b[^,.;]*)?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingAttribution();

    /// <summary>
    /// "… said on Monday, after the White House proposed …": a subordinate clause after the attribution, not
    /// what was said; but "said on Tuesday the agency will reopen the contract, because …" said a clause first.
    /// </summary>
    private static bool IsTrailingSubordinate(string after) =>
        TrailingSubordinate().Match(after) is { Success: true } match && !Words.Tokenize(after[..match.Length]).Any(IsFinite);

    /// <summary>"… said on Monday, after the White House proposed …": a subordinate clause after the attribution, not what was said.</summary>
    [GeneratedRegex(@"^(?:\s+(?:on|in|at|during|last|this|earlier|today|yesterday|late|early|" + Weekday + @")\b[^,.;]*)?\s*,\s*(?:after|before|when|as|while|because|since|following|amid|despite|citing|adding|noting|given|in\s+response)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingSubordinate();

    /// <summary>"… on Thursday it was suspending …": a clause of its own, not an adjunct of the verb; nor is "declared Tuesday to be a great day", an object and what it was declared.</summary>
    [GeneratedRegex(@"\b(?:it|he|she|they|we|I|there|this)\s+(?:was|were|is|are|will|would|had|has|have|could|can|should|must|did|does|\w+ed)\b|\bto\s+be\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NewClause();

    /// <summary>An auxiliary or modal: a word that only a clause of its own holds, never an adjunct of place and time ("said in May that …": the month).</summary>
    private static bool IsFinite(Word word) => FiniteWords.Contains(word.Value) && word.Value != "May";

    private static readonly HashSet<string> FiniteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "may", "might", "must", "should", "shall",
        "does", "did", "won't", "won’t", "cannot",
    };

    /// <summary>"said on Monday that …", or after a phrase of place and time, up to sixteen words: "said at the congress held by video in October 2020 that …".</summary>
    [GeneratedRegex(@"^(?:(?:\s+[\w’'.\-]+){0,8}?|\s+(?:at|in|on|during|via|from|with|after|before|while|when|to)\b(?:\s+[\w’'.\-]+){0,15}?)\s*,?\s+that\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"^\s*(?:(?:on|in|at|during|to|via|from|with|through|over|last|this|earlier|later|today|yesterday|recently|again|publicly|repeatedly|also|in\s+a\s+statement|" + Weekday + @")\b[^.!?]*)?[.!?]?\s*$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AdjunctsOnly();

    /// <summary>"said that …" opens what was said: an attribution's trailing words never hold it.</summary>
    private static bool HasThat(string words) => Words.Tokenize(words).Any(w =>
        w.Value.StartsWith("that", StringComparison.OrdinalIgnoreCase) && (w.Value.Length == 4 || !char.IsLetterOrDigit(w.Value[4])));

    [GeneratedRegex(@"^(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|speculation)$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClaimNoun();

    /// <summary>
    /// A sentence opened by a clause that is not its main one: "While …,", "Although …,", "After …,".
    /// Not "As …," ("As Rogozin said, the station is old": the main clause is what was said).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:While|Whilst|Although|Though|Whereas|Even\s+(?:though|if|as)|After|Before|When|Once|Despite|Unless)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpeningSubordinate();

    /// <summary>A conjunction opening a clause of its own inside a speaker region: "… as ", "… while ", "… after ".</summary>
    [GeneratedRegex(@"\s(?:as|while|whereas|after|when|because|since)\s", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Subordinator();
}
