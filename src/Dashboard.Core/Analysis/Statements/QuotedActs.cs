using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// "“ESA has announced the suspension of its part in our lunar programme. So we will remove their
/// instruments,” the Roscosmos chief said": a quoted sentence whose subject is another party acting on
/// a program reports that party's act. It is the subject's position, in the speaker's words; the
/// speaker's own is in the rest of the quotation. Which speaker keeps such a sentence is decided where
/// the quotation is attributed, as for reported words.
/// </summary>
internal static class QuotedActs
{
    /// <summary>The sentences of <paramref name="words"/> whose subject is one or more actors acting on a program, with those subjects.</summary>
    public static List<(TextSpan Sentence, List<(Speaker Speaker, bool ByCountry)> Subjects)> Find(
        Gazetteer gazetteer, string raw, TextSpan words, IReadOnlyList<Mention> mentions, DateOnly? published, Func<TextSpan, string?> antecedent)
    {
        var acts = new List<(TextSpan, List<(Speaker, bool)>)>();
        // Each sentence is given only the names inside it, so a quotation of many sentences and names
        // costs their sum, not their product.
        var named = mentions.Where(m => words.Contains(new TextSpan(m.Start, m.End))).OrderBy(m => m.Start).ToList();
        var next = 0;
        foreach (var sentence in SentenceSplitter.Split(raw, words))
        {
            var first = next;
            while (next < named.Count && named[next].Start < sentence.End)
            {
                next++;
            }

            var subjects = ReportedPositions.Embedded(gazetteer, raw, sentence, named.GetRange(first, next - first), published, antecedent);
            if (subjects.Count > 0)
            {
                acts.Add((sentence, subjects));
            }
        }

        return acts;
    }

    /// <summary>The sentences that overlap none of <paramref name="othersActs"/> (both in text order): one pass over each.</summary>
    public static List<TextSpan> Without(List<TextSpan> sentences, IReadOnlyList<TextSpan> othersActs)
    {
        if (othersActs.Count == 0)
        {
            return sentences;
        }

        var kept = new List<TextSpan>(sentences.Count);
        var next = 0;
        foreach (var sentence in sentences)
        {
            while (next < othersActs.Count && othersActs[next].End <= sentence.Start)
            {
                next++;
            }

            if (next == othersActs.Count || othersActs[next].Start >= sentence.End)
            {
                kept.Add(sentence);
            }
        }

        return kept;
    }
}
