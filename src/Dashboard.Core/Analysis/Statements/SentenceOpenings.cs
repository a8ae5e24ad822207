using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>The start of the sentence that runs up to a point, and the name it opens with ("NASA awarded …", "The centre began …").</summary>
internal static partial class SentenceOpenings
{
    /// <summary>How far back a sentence's start is looked for: a text without full stops stays linear.</summary>
    private const int Reach = 400;

    /// <summary>
    /// Where the sentence ending at <paramref name="at"/> starts (after the last of <paramref name="stops"/>), and the first
    /// mention in it when the sentence opens with that mention (nothing or "the" before it).
    /// </summary>
    public static (int Start, Mention? Opener) Before(string raw, IReadOnlyList<Mention> mentions, int at, ReadOnlySpan<char> stops)
    {
        var from = Math.Max(0, at - Reach);
        var start = from + LastStop(raw.AsSpan(from, at - from), stops) + 1;
        // "PARIS (Sputnik) - The European Space Agency …": a wire's dateline is not the sentence's opening words
        var dateline = Dateline().Match(raw, start, at - start);
        var words = dateline.Success ? start + dateline.Length : start;
        var first = mentions.FirstOrDefault(m => m.Start >= words && m.End <= at);
        return (start, first is not null && raw.AsSpan(words, first.Start - words).Trim() is "" or "The" or "the" ? first : null);
    }

    /// <summary>
    /// The last of <paramref name="stops"/> in <paramref name="text"/> that ends a sentence: not a point inside a word or number
    /// ("$2.9 billion", "U.S.") nor an initial's ("the U.S government").
    /// </summary>
    private static int LastStop(ReadOnlySpan<char> text, ReadOnlySpan<char> stops)
    {
        var at = text.LastIndexOfAny(stops);
        while (at > 0 && text[at] == '.'
            && ((at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1])) || (char.IsUpper(text[at - 1]) && (at == 1 || !char.IsLetter(text[at - 2])))))
        {
            at = text[..at].LastIndexOfAny(stops);
        }

        return at;
    }

    /// <summary>"PARIS (Sputnik) - ", "WASHINGTON (Reuters) — ", "TOKYO – ": a city in capitals, its wire in brackets, and a dash.</summary>
    [GeneratedRegex(@"^\s*\p{Lu}{2,}(?:[\s.-]+\p{Lu}{2,}){0,2}\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]+\s+", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Dateline();
}
