using Dashboard.Core.Analysis.Entities;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>The start of the sentence that runs up to a point, and the name it opens with ("NASA awarded …", "The centre began …").</summary>
internal static class SentenceOpenings
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
        var start = from + raw.AsSpan(from, at - from).LastIndexOfAny(stops) + 1;
        var first = mentions.FirstOrDefault(m => m.Start >= start && m.End <= at);
        return (start, first is not null && raw.AsSpan(start, first.Start - start).Trim() is "" or "The" or "the" ? first : null);
    }
}
