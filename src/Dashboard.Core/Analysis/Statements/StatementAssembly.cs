using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;
using static Dashboard.Core.Analysis.Statements.AttributionPatterns;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// The extractor's last step: each draft becomes a statement, in text order, with the date it was
/// said (its own words, an act's date, the speaker's last dated words, its paragraph, or the
/// article's), its venue, the actor the speaker held a role for on that date, and its stances.
/// A standfirst the body repeats is counted once.
/// </summary>
internal sealed class StatementAssembly(ExtractionRun run)
{
    private readonly List<(string Speaker, string Venue, int Position)> venues = [];

    public List<Statement> Assemble()
    {
        CollectVenues();
        var ordered = run.Drafts.OrderBy(d => d.Span.Start).ToList();
        var saidLast = new Dictionary<string, (PartialDate Date, int Paragraph)>(StringComparer.Ordinal);
        var statements = new List<Statement>(ordered.Count);
        var standfirsts = new HashSet<int>();
        foreach (var draft in ordered)
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            var attributionText = run.Raw[draft.Attribution.Start..draft.Attribution.End];
            var dateWords = draft.Kind != StatementKind.Said ? run.Raw[run.SentenceAt(draft.Span.Start).Start..draft.Span.End] : Without(draft.Attribution, draft.Span);
            var said = StatementDates.Find(dateWords, run.Published) ?? OpeningDate(draft);
            // Undated words of a speaker just dated ("X said on Tuesday …. “…,” he said.") were said then too;
            // a release speaks on its own date, whatever one of its sentences recalls.
            // "In 2022 he said …. Now, in an interview, he announced …": the present is the article's, not the last date's,
            // nor the one its paragraph opened with ("In July, … . Today X told reporters …").
            var present = OpensInThePresent(draft.Span.Start);
            var carried = draft.Kind != StatementKind.Release && saidLast.TryGetValue(draft.Speaker.Name, out var last) && draft.Paragraph - last.Paragraph <= 2
                && !present ? last.Date : (PartialDate?)null;
            var date = said ?? ActDate(draft) ?? draft.Continues?.Date ?? carried
                ?? (present ? null : ParagraphDate(draft)) ?? (run.Published is { } p ? PartialDate.Of(p) : null);
            draft.Date = date;
            if (said is not null)
            {
                saidLast[draft.Speaker.Name] = (said.Value, draft.Paragraph);
            }
            var venue = draft.Venue ?? Venues.Find(attributionText, run.Gazetteer) ?? DefaultVenue(draft);
            var actor = draft.Speaker.Actor;
            if (draft.Speaker.IsPerson && run.Gazetteer.PeopleByName.TryGetValue(draft.Speaker.Name, out var person))
            {
                var on = date?.Exact ?? date?.Earliest ?? run.Published;
                var role = person.RoleOn(on);
                // "former NASA Administrator Jim Bridenstine", when the gazetteer agrees his role had ended, speaks for no one.
                actor = role is not null && on is { } day && !role.Covers(day) && Former().IsMatch(attributionText) ? null : role?.Actor ?? actor;
            }

            var contentSentences = QuotedActs.Without(SentenceSplitter.Split(run.Raw, draft.Span), draft.OthersActs);
            // "its own station" in the words of Roscosmos is the Russian station, whatever was named before.
            // An act's words after its subject's name: "Pence is calling for landing astronauts on the Moon" lands for the one who calls.
            var ownWords = draft.Kind == StatementKind.Act && draft.Attribution.Start >= draft.Span.Start && draft.Attribution.End < draft.Span.End
                ? new TextSpan(draft.Attribution.End, draft.Span.End) : draft.Span;
            var own = ProgramDescriptions.Own(run.Raw, ownWords, actor, run.Gazetteer);
            var inside = run.ProgramMentions.Where(m => m.Start >= draft.Span.Start && m.End <= draft.Span.End && !own.Resolved.Any(o => o.Start < m.End && m.Start < o.End))
                .Concat(own.Resolved).ToList();
            inside = [.. inside.Concat(own.Defaults.Where(d => !inside.Any(m => m.Start < d.End && d.Start < m.End))).OrderBy(m => m.Start)];
            // An outlet's own words (a question it put, how it frames a story) are reporting, not a position.
            var stances = actor is not null && run.Gazetteer.IsOutlet(actor) ? []
                : StanceScorer.Score(run.Raw, contentSentences, inside, clause => own.Unresolved.Any(clause.Contains) ? null : run.Topics.Antecedent(clause), OthersDecisions.In(run.Gazetteer, run.Raw, draft.Span, run.Mentions, actor, draft.Kind == StatementKind.Said));
            // "Roscosmos said that, after reading the draft, …": the words start after the punctuation the attribution left.
            var span = WithoutLeadingPunctuation(draft.Span);
            var text = run.Raw[span.Start..span.End];
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
        while (start < span.End && (run.Raw[start] is ',' or ';' or ':' || char.IsWhiteSpace(run.Raw[start])))
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
            return run.Raw[attribution.Start..attribution.End];
        }

        var before = content.Start > attribution.Start ? run.Raw[attribution.Start..content.Start] : "";
        var after = attribution.End > content.End ? run.Raw[content.End..attribution.End] : "";
        return before + " " + after;
    }

    /// <summary>"In March 2021, Roscosmos and CNSA signed …, TASS reported": reported words that open with a date happened then.</summary>
    private PartialDate? OpeningDate(StatementDraft draft)
    {
        if (draft.Direct)
        {
            return null; // a quotation opening with a date speaks of that date, it was not said then
        }

        var content = run.Raw[draft.Span.Start..draft.Span.End];
        return StatementDates.OpensWithDate(content) ? StatementDates.Find(content[..Math.Min(content.Length, 40)], run.Published) : null;
    }

    /// <summary>
    /// "The council decided on Tuesday to end …, the director said": reported words about a dated act
    /// take its date, as the position is the act's. It does not date the speaker's other words.
    /// </summary>
    private PartialDate? ActDate(StatementDraft draft) => draft.Direct ? null : StatementDates.OfAct(run.Raw[draft.Span.Start..draft.Span.End], run.Published);

    /// <summary>"On January 25, it was reported …" dates the rest of its paragraph.</summary>
    private PartialDate? ParagraphDate(StatementDraft draft)
    {
        foreach (var (sentence, paragraph) in run.Sentences)
        {
            if (paragraph != draft.Paragraph || sentence.Start >= draft.Span.Start)
            {
                continue;
            }

            var text = run.Raw[sentence.Start..sentence.End];
            if (StatementDates.OpensWithDate(text) && StatementDates.Find(text, run.Published) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Where this speaker was quoted from, when the article says so elsewhere ("Rogozin's comments from an interview with …").</summary>
    private string? DefaultVenue(StatementDraft draft)
    {
        var own = venues.Where(v => v.Speaker == draft.Speaker.Name).ToList();
        return own.LastOrDefault(v => v.Position <= draft.Span.Start).Venue ?? own.FirstOrDefault().Venue;
    }

    private void CollectVenues()
    {
        foreach (var (sentence, _) in run.Sentences)
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            var text = run.Raw[sentence.Start..sentence.End];
            var venue = Venues.Find(text, run.Gazetteer);
            if (venue is null or "statement")
            {
                continue;
            }

            var person = run.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && sentence.Contains(new TextSpan(m.Start, m.End)));
            if (person is not null)
            {
                venues.Add((person.Name, venue, sentence.Start));
            }
        }
    }

    /// <summary>Whether the sentence holding <paramref name="position"/> opens, before it, in the present (<see cref="NowOpening"/>).</summary>
    private bool OpensInThePresent(int position)
    {
        var sentence = run.SentenceAt(position);
        return NowOpening().IsMatch(run.Raw.AsSpan(sentence.Start, position - sentence.Start));
    }
}