using Dashboard.Core.Analysis.Cleaning;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// One article as the passes of <see cref="StatementExtractor"/> share it: its sentences, quotations and
/// names, who the text has introduced so far, and the statements found (<see cref="Drafts"/>), which a
/// later pass may take over ("X said that “…”" holds the quotation the first pass found).
/// </summary>
internal sealed class ExtractionRun
{
    /// <summary>Fewer words in quotation marks are a phrase of the sentence ("a “strategic” partner"), not a statement.</summary>
    public const int MinimumQuoteWords = 4;

    public ExtractionRun(Gazetteer gazetteer, CleanedArticle article, DateOnly? published, IReadOnlyList<Mention> rawMentions, CancellationToken cancellationToken)
    {
        CancellationToken = cancellationToken;
        Gazetteer = gazetteer;
        Article = article;
        Raw = article.Raw;
        Published = published;
        // Only names in the article's own paragraphs count; debris and metadata prefixes do not.
        Mentions = CountryAgencies.Resolve(gazetteer, ForeignDescriptions.Drop(gazetteer, Raw, rawMentions.Where(m => article.Paragraphs.Any(p => p.Span.Contains(new TextSpan(m.Start, m.End)))).ToList()));
        ProgramMentions = Mentions.Where(m => m.Kind == MentionKind.Program).ToList();
        Headline = article.Paragraphs.Count > 0 ? rawMentions.Where(m => m.End <= article.Paragraphs[0].Span.Start).ToList() : [];
        Resolver = new SpeakerResolver(gazetteer, Raw, Mentions);
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            foreach (var sentence in SentenceSplitter.Split(Raw, article.Paragraphs[i].Span))
            {
                Sentences.Add((sentence, i));
            }
        }

        Topics = new ProgramTopics(gazetteer, Raw, Sentences, article.Paragraphs.Count > 0 ? article.Paragraphs[0].Span : default, ProgramMentions, Headline);
    }

    public Gazetteer Gazetteer { get; }

    public CleanedArticle Article { get; }

    public string Raw { get; }

    public DateOnly? Published { get; }

    public List<Mention> Mentions { get; }

    /// <summary>Names in the lines before the article's first paragraph (its headline): what a later "the budget" may refer back to.</summary>
    public List<Mention> Headline { get; }

    public List<Mention> ProgramMentions { get; }

    public ProgramTopics Topics { get; }

    public List<(TextSpan Span, int Paragraph)> Sentences { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<StatementDraft> Drafts { get; } = [];

    /// <summary>The speech verbs that attributed a quotation: no sentence reads them again as reported speech.</summary>
    public List<TextSpan> UsedAttributions { get; } = [];

    public SpeakerResolver Resolver { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// "…,” the news agency said, citing the station's operator", "…, a wire reports, quoting the agency's head": an outlet
    /// that cites its source after naming itself relays it, and the source speaks. Null when the speaker is no outlet, or cites
    /// no one the text names, or cites a thing of someone's ("citing NASA's budget papers").
    /// </summary>
    public Speaker? CitedBy(Speaker? speaker, TextSpan region, TextSpan attribution)
    {
        if (!IsOutlet(speaker) || attribution.Length == 0 || region.End >= attribution.End)
        {
            return null;
        }

        var after = new TextSpan(Math.Max(attribution.Start, region.End), attribution.End);
        var text = AttributionPatterns.WithoutAbbreviationStops(Raw[after.Start..after.End]);
        if (AttributionPatterns.Citing().Match(text) is not { Success: true } cited)
        {
            return null;
        }

        // "the agency's head" is a person; "NASA's budget papers" a thing.
        var source = cited.Groups["source"];
        var apostrophe = source.Value.IndexOfAny(['\'', '’']);
        if (apostrophe > 0 && !AttributionPatterns.PossessiveTitle().IsMatch(source.Value.AsSpan(apostrophe)))
        {
            return null;
        }

        return Resolver.Resolve(AttributionPatterns.SpanOf(after, source), Published) is { } named && !IsOutlet(named) ? named : null;
    }

    public bool IsOutlet(Speaker? speaker) => speaker?.Actor is { } actor && Gazetteer.IsOutlet(actor);

    /// <summary>"Roscosmos and CNSA announced …": every organisation or known person coordinated with the speaker speaks too.</summary>
    public IEnumerable<Speaker> WithCoSpeakers(Speaker speaker, TextSpan region)
    {
        yield return speaker;
        var names = CoordinatedNames.Speaking(Gazetteer, Mentions.Where(m => m.Start >= region.Start && m.End <= region.End));
        if (names.Count < 2)
        {
            yield break;
        }

        foreach (var other in CoordinatedNames.ChainFrom(Raw, names, 0).Skip(1).Select(n => CoordinatedNames.SpeakerOf(Gazetteer, n, Published)))
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
    public List<Speaker> WithCoSubjects(List<Speaker> speakers, TextSpan content, bool direct)
    {
        if (direct)
        {
            return speakers;
        }

        // The sentence before the one the words open, if in the same or the previous paragraph: what
        // "both agencies" stands for. A list's numbers ("2.") split as sentences of their own are passed over.
        var index = Sentences.FindLastIndex(s => s.Span.End <= content.Start && Raw[s.Span.Start..s.Span.End].Any(char.IsLetter));
        var previous = index >= 0 && Sentences[index].Paragraph >= ParagraphOf(content.Start) - 1 ? Sentences[index].Span : default;
        var subjects = ReportedPositions.Embedded(Gazetteer, Raw, content, Mentions, Published, Topics.Antecedent, previous);
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

        if (speakers.Any(s => subjects.Any(e => e.ByCountry && Gazetteer.SpeaksFor(s.Actor, e.Speaker.Actor, e.ByCountry))))
        {
            return speakers;
        }

        return speakers.Any(s => subjects.Any(e => Gazetteer.SpeaksFor(s.Actor, e.Speaker.Actor, e.ByCountry))) ? [.. speakers, .. relayed] : [.. relayed];
    }

    /// <summary>
    /// A paragraph read whole as one speaker's direct words (a transcript's turn, an interview's answer): what earlier
    /// passes found inside it of the same speaker gives way to it.
    /// </summary>
    public void AddTurn(TextSpan words, Speaker speaker, TextSpan attribution, int paragraph)
    {
        Drafts.RemoveAll(d => words.Contains(d.Span) && d.Speaker.Name == speaker.Name);
        Drafts.Add(new StatementDraft(words, speaker, Direct: true, attribution, paragraph));
    }

    public bool InsideQuote(TextSpan span) => Quotes.Any(q => q.Outer.Contains(span));

    public bool QuoteAfter(TextSpan verb, TextSpan sentence) => Quotes.Any(q => q.Outer.Start >= verb.End && q.Outer.Start < sentence.End);

    public TextSpan SentenceAt(int position)
    {
        foreach (var (sentence, _) in Sentences)
        {
            if (sentence.Start <= position && position < sentence.End)
            {
                return sentence;
            }
        }

        var paragraph = Article.Paragraphs[ParagraphOf(position)].Span;
        return paragraph;
    }

    public int ParagraphOf(int position)
    {
        for (var i = Article.Paragraphs.Count - 1; i >= 0; i--)
        {
            if (Article.Paragraphs[i].Span.Start <= position)
            {
                return i;
            }
        }

        return 0;
    }
}