using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;
using static Dashboard.Core.Analysis.Statements.AttributionPatterns;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// The extractor's first pass: each direct quotation and who said it, from an attribution after it
/// ("…,” said X"), in the next short sentence, before it ("X said: “…"), in the paragraph that
/// announces it, or in a release's signature below it; or the previous speaker's, when it carries on
/// their words. Another party's act quoted in the words stays that party's (<see cref="QuotedActs"/>).
/// </summary>
internal sealed class QuoteAttribution(ExtractionRun run)
{
    public void Read()
    {
        var observed = 0;
        foreach (var block in run.Article.Blocks)
        {
            var found = QuoteScanner.Scan(run.Raw, block);
            run.Quotes.AddRange(found.Where(q => !q.StrayClose));
            foreach (var quote in found)
            {
                run.CancellationToken.ThrowIfCancellationRequested();
                // Who and what the text named before this quote (for "he said").
                run.Resolver.Observe(new TextSpan(observed, Math.Max(observed, quote.Outer.Start)));
                observed = Math.Max(observed, quote.Outer.Start);
                if (quote.StrayClose)
                {
                    Continuation(quote);
                }
                else if (Words.Count(run.Raw, quote.Inner) >= ExtractionRun.MinimumQuoteWords)
                {
                    Attribute(quote);
                }
            }
        }
    }

    private void Attribute(Quote quote)
    {
        var paragraph = run.ParagraphOf(quote.Outer.End - 1);
        var closing = run.SentenceAt(quote.Outer.End - 1);
        var tail = new TextSpan(quote.Outer.End, Math.Max(quote.Outer.End, closing.End));
        var opening = run.SentenceAt(quote.Outer.Start);
        var head = new TextSpan(opening.Start, quote.Outer.Start);

        var (region, attribution, verb) = After(tail) ?? AfterNextSentence(quote, closing) ?? Before(head) ?? Before(head, TalksTo()) ?? Announced(quote) ?? SignedBelow(quote) ?? (default, default, default);
        Speaker? speaker = null;
        if (region.Length > 0)
        {
            speaker = run.Resolver.Resolve(region, run.Published);
            speaker = run.CitedBy(speaker, region, attribution) ?? speaker;
        }

        if (speaker is null)
        {
            // A quotation that carries on the previous speaker's words.
            var previous = run.Drafts.LastOrDefault(d => d.Direct && !d.OthersAct && d.Span.End <= quote.Outer.Start && (d.Paragraph == paragraph || d.Paragraph == run.ParagraphOf(quote.Outer.Start) - 1));
            if (previous is null || !(previous.Paragraph == paragraph || QuoteOpensParagraph(quote)))
            {
                return;
            }

            run.Drafts.Add(new StatementDraft(quote.Inner, previous.Speaker, Direct: true, previous.Attribution, paragraph) { Continues = previous });
            return;
        }

        run.UsedAttributions.Add(verb);
        var acts = QuotedActs.Find(run.Gazetteer, run.Raw, quote.Inner, run.Mentions, run.Published, run.Topics.Antecedent);
        var relayed = new HashSet<(TextSpan, string?)>();
        foreach (var each in run.WithCoSpeakers(speaker, region))
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

                if (subjects.Any(s => run.Gazetteer.SpeaksFor(each.Actor, s.Speaker.Actor, s.ByCountry)))
                {
                    continue;
                }

                notOwn.Add(sentence);
                Relay(sentence, subjects);
            }

            run.Drafts.Add(new StatementDraft(quote.Inner, each, Direct: true, attribution, paragraph) { OthersActs = notOwn });
        }

        void Relay(TextSpan sentence, IEnumerable<(Speaker Speaker, bool ByCountry)> subjects)
        {
            foreach (var (subject, _) in subjects)
            {
                if (relayed.Add((sentence, subject.Actor)))
                {
                    run.Drafts.Add(new StatementDraft(sentence, new Speaker(speaker.Name, subject.Actor, IsPerson: false), Direct: true, attribution, paragraph) { OthersAct = true });
                }
            }
        }
    }

    /// <summary>"…,” X said. B. “ — the words between the attribution and the stray mark are X's too.</summary>
    private void Continuation(Quote stray)
    {
        var paragraph = run.ParagraphOf(stray.Outer.Start);
        var previous = run.Drafts.LastOrDefault(d => d.Direct && !d.OthersAct && d.Paragraph == paragraph && d.Attribution.End <= stray.Outer.Start && d.Attribution.Length > 0);
        if (previous is null)
        {
            return;
        }

        var span = new TextSpan(previous.Attribution.End, stray.Outer.Start).Trim(run.Raw);
        if (Words.Count(run.Raw, span) < ExtractionRun.MinimumQuoteWords)
        {
            return;
        }

        run.Drafts.Add(new StatementDraft(span, previous.Speaker, Direct: true, previous.Attribution, paragraph) { Continues = previous });
    }

    private bool QuoteOpensParagraph(Quote quote) =>
        run.Article.Paragraphs.Any(p => p.Span.Start == quote.Outer.Start);

    /// <summary>"…,” said X, head of Y." or "…,” X told Z."</summary>
    private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? After(TextSpan tail)
    {
        var text = WithoutAbbreviationStops(run.Raw[tail.Start..tail.End]);
        var match = AttributionAfter(text);
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["speaker1"].Success ? match.Groups["speaker1"] : match.Groups["speaker2"].Success ? match.Groups["speaker2"] : match.Groups["speaker3"];
        var verb = match.Groups["verb1"].Success ? match.Groups["verb1"] : match.Groups["verb2"].Success ? match.Groups["verb2"] : match.Groups["verb3"];
        var region = SpanOf(tail, group);
        var verbSpan = SpanOf(tail, verb);
        // "…,” news agency PTI quoted a senior official as saying: the outlet reports, the official speaks.
        var quoted = QuotedAs().Match(text, group.Index, group.Length);
        if (match.Groups["speaker2"].Success && quoted.Success)
        {
            var speaker = quoted.Groups["speaker"];
            region = SpanOf(tail, speaker);
        }
        else if (ReportedAs().Match(text, verb.Index + verb.Length, text.Length - verb.Index - verb.Length) is { Success: true } reported)
        {
            // "…,” TASS reported the president as saying: the same, with the verb the outlet reports by ("saying" is part of it).
            region = SpanOf(tail, reported.Groups["speaker"]);
            verbSpan = new TextSpan(verbSpan.Start, tail.Start + reported.Index + reported.Length);
        }

        return (region, tail.Trim(run.Raw), verbSpan);
    }

    /// <summary>“… science.” Lueders told reporters. — the quote closed its sentence; a short next sentence attributes it.</summary>
    private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? AfterNextSentence(Quote quote, TextSpan closing)
    {
        if (run.Raw[quote.Outer.End..Math.Max(quote.Outer.End, closing.End)].Trim().Length > 0)
        {
            return null;
        }

        var index = run.Sentences.FindIndex(s => s.Span.Start >= closing.End);
        if (index < 0 || run.Sentences[index].Paragraph != run.ParagraphOf(quote.Outer.End - 1))
        {
            return null;
        }

        // "Rogozin asked in a series of tweets, according to a Reuters translation": the source of the
        // wording, after the comma, is not part of the attribution.
        var next = run.Sentences[index].Span;
        if (BackReference().Match(WithoutAbbreviationStops(run.Raw[next.Start..next.End])) is { Success: true } back && !run.Quotes.Any(q => next.Contains(q.Outer)))
        {
            var who = back.Groups["speaker"];
            var said = back.Groups["verb"];
            return (SpanOf(next, who), next,
                SpanOf(next, said));
        }

        var source = SourceOfWording().Match(run.Raw, next.Start, next.Length);
        var body = source.Success ? new TextSpan(next.Start, source.Index) : next;
        if (Words.Count(run.Raw, body) > 14)
        {
            return null;
        }

        var match = AttributionOnly().Match(run.Raw[body.Start..body.End]);
        if (!match.Success || HasThat(match.Groups["rest"].Value) || run.Quotes.Any(q => next.Contains(q.Outer)))
        {
            return null;
        }

        var speaker = match.Groups["speaker"];
        var verb = match.Groups["verb"];
        return (SpanOf(next, speaker), next,
            SpanOf(next, verb));
    }

    /// <summary>"X said: “…" or "… but hinted that “…".</summary>
    private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? Before(TextSpan head, Regex? pattern = null)
    {
        var text = WithoutAbbreviationStops(run.Raw[head.Start..head.End]);
        var match = (pattern ?? AttributionBefore()).Match(text);
        if (!match.Success)
        {
            return null;
        }

        // "Addressing a briefing with his Japanese counterpart, the prime minister said: “…": the speaker is in the main clause.
        var region = SpanOf(head, match.Groups["speaker"]);
        region = new TextSpan(region.Start + MainClauseStart(run.Raw.AsSpan(region.Start, region.Length)), region.End);
        return (region, head.Trim(run.Raw), SpanOf(head, match.Groups["verb"]));
    }

    /// <summary>
    /// A quotation that is a paragraph of its own (or several), signed by the next one as a release signs it: a short line of a name and
    /// its title and nothing else ("Jane Roe, President of the Agency", "Agency President Jane Roe").
    /// </summary>
    private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? SignedBelow(Quote quote)
    {
        // The quotation may run on over several paragraphs: the line after the one it closes signs it.
        var paragraph = run.ParagraphOf(quote.Outer.End - 1);
        var end = run.Article.Paragraphs[paragraph].Span.End;
        if (!QuoteOpensParagraph(quote) || paragraph + 1 >= run.Article.Paragraphs.Count || quote.Outer.End > end
            || !run.Raw.AsSpan(quote.Outer.End, end - quote.Outer.End).IsWhiteSpace())
        {
            return null;
        }

        var next = run.Article.Paragraphs[paragraph + 1].Span.Trim(run.Raw);
        return SignatureLine().IsMatch(run.Raw[next.Start..next.End]) ? (next, next, next) : null;
    }

    /// <summary>"… made the following statement:" closing the paragraph before a quotation that opens the next.</summary>
    private (TextSpan Region, TextSpan Attribution, TextSpan Verb)? Announced(Quote quote)
    {
        var paragraph = run.ParagraphOf(quote.Outer.Start);
        if (!QuoteOpensParagraph(quote) || paragraph == 0)
        {
            return null;
        }

        var previous = run.Sentences.LastOrDefault(s => s.Paragraph == paragraph - 1).Span;
        return previous.Length > 0 && run.Raw[previous.Start..previous.End].TrimEnd().EndsWith(':') ? Before(previous, Announcement()) : null;
    }
}