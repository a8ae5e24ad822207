using System.Buffers;
using System.Collections.Concurrent;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

/// <summary>
/// Whether two paraphrased reports of one person's remark are about the same people and places:
/// neither names anyone (a word capitalised inside a sentence: "Switzerland", "Earth") that the
/// other article never mentions. An article's text is asked for only when a pair gets this far:
/// the dashboard rebuilds clusters from stored statements and loads a text only then.
/// </summary>
internal sealed class NamesGuard(Func<AnalyzedDocument, string> textOf)
{
    private static readonly SearchValues<char> UpperCase = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private readonly ConcurrentDictionary<string, HashSet<string>> mentions = new(StringComparer.Ordinal);

    // A remark that names no one needs no text read: most pairs, and the reading is most of an update's clustering.
    public bool Allows(AnalyzedDocument a, IReadOnlyCollection<string> namesInA, AnalyzedDocument b, IReadOnlyCollection<string> namesInB) =>
        (namesInA.Count == 0 || namesInA.All(MentionsOf(b).Contains)) && (namesInB.Count == 0 || namesInB.All(MentionsOf(a).Contains));

    /// <summary>Names inside sentences, lower-cased: not a sentence's first word, not an acronym.</summary>
    public static IEnumerable<string> InnerNames(string text)
    {
        var words = Words.Tokenize(text);
        for (var i = 1; i < words.Count; i++)
        {
            var word = Words.WithoutPossessive(words[i].Value);
            var sentenceStart = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).IndexOfAny(".!?:") >= 0;
            if (!sentenceStart && word.Length >= 4 && char.IsUpper(word[0]) && !word.AsSpan(1).ContainsAny(UpperCase))
            {
                yield return word.ToLowerInvariant();
            }
        }
    }

    /// <summary>An article's words, lower-cased, made once and only for articles a remark is checked against.</summary>
    private HashSet<string> MentionsOf(AnalyzedDocument document)
    {
        if (!mentions.TryGetValue(document.Id, out var set))
        {
            set = mentions.GetOrAdd(document.Id, Words.Tokenize(textOf(document)).Select(w => Words.WithoutPossessive(w.Value).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        }

        return set;
    }
}
