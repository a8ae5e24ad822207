using System.Text.Json;

namespace Dashboard.Data.Annotations;

/// <summary>
/// Where a note on a passage belongs: the passage's exact words with a little text before and
/// after, plus the offset it had (a quote selector, as web annotation tools use). The note's
/// target key is the document's content hash; the anchor finds the passage again even if offsets
/// move, and says when it cannot (the note is then listed as unplaced, never dropped).
/// </summary>
public sealed record SpanAnchor(string Prefix, string Exact, string Suffix, int Start)
{
    public const int ContextLength = 32;
    public const int MaxExactLength = 2_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SpanAnchor FromText(string raw, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (start < 0 || end > raw.Length || start >= end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), "The passage is not inside the text.");
        }

        return new SpanAnchor(raw[Math.Max(0, start - ContextLength)..start], raw[start..end], raw[end..Math.Min(raw.Length, end + ContextLength)], start);
    }

    /// <summary>The passage's place in <paramref name="raw"/>: where it was if it is still there, else the occurrence whose context matches best, else the only occurrence; null when it cannot be told.</summary>
    public (int Start, int End)? Locate(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (Exact.Length == 0)
        {
            return null;
        }

        var occurrences = new List<int>();
        for (var at = raw.IndexOf(Exact, StringComparison.Ordinal); at >= 0; at = raw.IndexOf(Exact, at + 1, StringComparison.Ordinal))
        {
            occurrences.Add(at);
        }

        if (occurrences.Count == 0)
        {
            return null;
        }

        int Score(int at) =>
            (raw[..at].EndsWith(Prefix, StringComparison.Ordinal) ? 2 : 0)
            + (raw[(at + Exact.Length)..].StartsWith(Suffix, StringComparison.Ordinal) ? 2 : 0)
            + (at == Start ? 1 : 0);
        var best = occurrences.OrderByDescending(Score).ThenBy(at => Math.Abs(at - Start)).First();
        var bestScore = Score(best);
        // Two places fit equally well and neither is where the passage was: do not guess.
        if (occurrences.Count > 1 && bestScore < 4 && occurrences.Count(at => Score(at) == bestScore) > 1)
        {
            return null;
        }

        return (best, best + Exact.Length);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SpanAnchor? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SpanAnchor>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
