using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// The extractor's fourth pass: an interview printed as questions and answers with no labels ("How is the current
/// situation and what are your plans?", then the answer in the interviewee's words). The article's opening, before the
/// first question, must say it is an interview ("talks to Rainews.it", "in an interview with") and name exactly one
/// person who speaks for someone: a person the gazetteer knows or the text introduces. Without two questions, one of them
/// answered, nothing is read. An answer is one direct statement; what the earlier passes found in it of the same speaker
/// gives way to it, and a paragraph where they found someone else's words is not an answer.
/// </summary>
internal sealed partial class InterviewAnswers(ExtractionRun run)
{
    /// <summary>How many paragraphs after a question are its answer.</summary>
    private const int AnswerParagraphs = 3;

    private const int MinimumQuestions = 2;

    /// <summary>A question is a paragraph of a few words at least, not a headline's "What next?".</summary>
    private const int MinimumQuestionWords = 5;

    public void Read()
    {
        var paragraphs = run.Article.Paragraphs;
        var questions = Enumerable.Range(0, paragraphs.Count).Where(i => IsQuestion(paragraphs[i].Span)).ToList();
        var answered = questions.Where(i => i + 1 < paragraphs.Count && !IsQuestion(paragraphs[i + 1].Span)).ToList();
        if (questions.Count < MinimumQuestions || answered.Count == 0)
        {
            return;
        }

        var opening = paragraphs.Take(questions[0]).Select(p => p.Span).ToList();
        if (!opening.Any(p => InterviewWords().IsMatch(run.Raw.AsSpan(p.Start, p.Length))) || Interviewee(opening) is not { } speaker)
        {
            return;
        }

        foreach (var question in answered)
        {
            for (var index = question + 1; index < Math.Min(paragraphs.Count, question + 1 + AnswerParagraphs) && !IsQuestion(paragraphs[index].Span); index++)
            {
                run.CancellationToken.ThrowIfCancellationRequested();
                var words = paragraphs[index].Span.Trim(run.Raw);
                if (Words.Count(run.Raw, words) < ExtractionRun.MinimumQuoteWords
                    || run.Drafts.Any(d => d.Span.Overlaps(words) && d.Speaker.Name != speaker.Name))
                {
                    continue;
                }

                run.AddTurn(words, speaker, new TextSpan(words.Start, words.Start), index);
            }
        }
    }

    private bool IsQuestion(TextSpan paragraph)
    {
        var text = run.Raw.AsSpan(paragraph.Start, paragraph.Length).Trim();
        return text.Length > 0 && text[^1] == '?' && text.IndexOfAny("\"“”«»") < 0 && Words.Count(run.Raw, paragraph) >= MinimumQuestionWords;
    }

    /// <summary>The one person who speaks for someone that the paragraphs before the interview name: known to the gazetteer or introduced by the text.</summary>
    private Speaker? Interviewee(List<TextSpan> opening)
    {
        var known = run.Mentions.Where(m => m.Kind == MentionKind.Person && opening.Any(p => p.Contains(new TextSpan(m.Start, m.End))))
            .Select(m => Speaker.Person(run.Gazetteer.PeopleByName[m.Name], run.Published));
        var introduced = opening.SelectMany(p => CapitalisedWord().Matches(run.Raw[p.Start..p.End]))
            .Select(n => run.Resolver.Introduced(n.Value)).OfType<Speaker>();
        var people = known.Concat(introduced).Where(s => s.Actor is not null).DistinctBy(s => s.Name).ToList();
        return people is [var one] ? one : null;
    }

    /// <summary>The opening says it is an interview: "talks about … to Rainews.it", "in an interview with", "spoke to".</summary>
    [GeneratedRegex(@"\b(?:interview(?:ed)?|talk(?:s|ed)\s+(?:[\w'’-]+\s+){0,6}?to|sp(?:oke|eaks)\s+to|Q\s*&\s*A|in\s+conversation\s+with)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex InterviewWords();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex CapitalisedWord();
}
