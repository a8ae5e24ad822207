using System.Numerics;

namespace Dashboard.Core.Documents;

/// <summary>
/// Recognises the same story arriving from two feeds (different header, menu or footer; the same
/// body): a 64-bit SimHash of the text's word trigrams, compared by the number of differing bits.
/// Texts too short to tell are never called near-duplicates (only exact copies are caught).
/// </summary>
public static class NearDuplicates
{
    /// <summary>Texts with fewer words get no fingerprint (0).</summary>
    public const int MinimumWords = 60;

    /// <summary>At most this many of the 64 bits may differ (measured: the same story from two feeds 6 apart, unrelated articles 20 or more, median 32).</summary>
    public const int MaxDistance = 10;

    public static long Fingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        if (words.Count < MinimumWords)
        {
            return 0;
        }

        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var hash = Fnv1a(words[i], Fnv1a(words[i + 1], Fnv1a(words[i + 2], 14695981039346656037UL)));
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result == 0 ? 1 : unchecked((long)result);
    }

    public static bool AreNear(long a, long b) => a != 0 && b != 0 && BitOperations.PopCount(unchecked((ulong)(a ^ b))) <= MaxDistance;

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static ulong Fnv1a(string word, ulong hash)
    {
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ ' ') * 1099511628211UL;
    }
}
