using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

public enum DiffKind
{
    Same,
    OnlyInFirst,
    OnlyInSecond,
}

/// <summary>A run of words that both versions share, or that only one of them has.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>Word-level differences between two wordings of the same utterance (longest common subsequence of words, case-insensitive).</summary>
public static class WordDiff
{
    private const int MaxWords = 600;

    public static IReadOnlyList<DiffSegment> Compare(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Words.Tokenize(first).Select(w => w.Value).Take(MaxWords).ToArray();
        var b = Words.Tokenize(second).Select(w => w.Value).Take(MaxWords).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = Same(a[i], b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && Same(a[x], b[y]))
            {
                Add(segments, DiffKind.Same, a[x]);
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Add(segments, DiffKind.OnlyInSecond, b[y]);
                y++;
            }
            else
            {
                Add(segments, DiffKind.OnlyInFirst, a[x]);
                x++;
            }
        }

        return segments;
    }

    private static bool Same(string a, string b) => string.Equals(a.Replace('’', '\''), b.Replace('’', '\''), StringComparison.OrdinalIgnoreCase);

    private static void Add(List<DiffSegment> segments, DiffKind kind, string word)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + " " + word };
        }
        else
        {
            segments.Add(new DiffSegment(kind, word));
        }
    }
}
