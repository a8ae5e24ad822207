using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

public enum DiffKind
{
    Same,
    OnlyInFirst,
}

/// <summary>A run of one version's text that the other version shares, or that only this one has.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>Word-level differences between two wordings of the same utterance (longest common subsequence of words, case-insensitive).</summary>
public static class WordDiff
{
    private const int MaxWords = 600;

    /// <summary>
    /// <paramref name="first"/> as written (punctuation and spacing kept), cut into runs of words
    /// <paramref name="second"/> shares (<see cref="DiffKind.Same"/>) and words it lacks
    /// (<see cref="DiffKind.OnlyInFirst"/>). The runs joined are the text again.
    /// </summary>
    public static IReadOnlyList<DiffSegment> MarkUnshared(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Words.Tokenize(first).Take(MaxWords).ToArray();
        var b = Words.Tokenize(second).Select(w => w.Value).Take(MaxWords).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = Same(a[i].Value, b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var shared = new bool[a.Length];
        for (int x = 0, y = 0; x < a.Length && y < b.Length;)
        {
            if (Same(a[x].Value, b[y]))
            {
                shared[x++] = true;
                y++;
            }
            else if (lcs[x, y + 1] >= lcs[x + 1, y])
            {
                y++;
            }
            else
            {
                x++;
            }
        }

        // Text between two unshared words is part of their run; any other text between words is shared.
        var segments = new List<DiffSegment>();
        var at = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var kind = shared[i] ? DiffKind.Same : DiffKind.OnlyInFirst;
            var gapKind = i > 0 && !shared[i] && !shared[i - 1] ? DiffKind.OnlyInFirst : DiffKind.Same;
            Append(segments, gapKind, first[at..a[i].Start]);
            Append(segments, kind, first[a[i].Start..a[i].End]);
            at = a[i].End;
        }

        Append(segments, DiffKind.Same, first[at..]);
        return segments;
    }

    private static void Append(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Replace('’', '\''), b.Replace('’', '\''), StringComparison.OrdinalIgnoreCase);
}
