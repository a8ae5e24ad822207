namespace Dashboard.Core.Analysis.Text;

/// <summary>
/// A clause folded as <see cref="RequiredLiterals"/> compares it, with a filter of the pairs of adjacent
/// characters it holds. A literal with a pair the filter lacks is certainly absent, so most of the
/// lexicon's literals are refused without searching the text; a pair the filter has may be a collision,
/// and the text is searched then.
/// </summary>
public sealed class FoldedText
{
    /// <summary>Bits of the filter: a clause of a few hundred characters sets a small share of them.</summary>
    private const int Bits = 2048;

    private readonly ulong[] filter = new ulong[Bits / 64];

    internal FoldedText(string folded)
    {
        Text = folded;
        for (var i = 1; i < folded.Length; i++)
        {
            var bit = Bit(folded[i - 1], folded[i]);
            filter[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    public string Text { get; }

    /// <summary>The filter bits of a literal's pairs of adjacent characters.</summary>
    internal static Pairs PairsOf(string literal)
    {
        var bits = new int[Math.Max(0, literal.Length - 1)];
        for (var i = 1; i < literal.Length; i++)
        {
            bits[i - 1] = Bit(literal[i - 1], literal[i]);
        }

        return new Pairs(bits);
    }

    /// <summary>False when a pair of the literal is certainly not in the text.</summary>
    internal bool MayHold(Pairs pairs)
    {
        foreach (var bit in pairs.Bits)
        {
            if ((filter[bit >> 6] & (1UL << (bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Bit(char first, char second) => (int)(((uint)first * 0x9E3779B1u) ^ (uint)second * 0x85EBCA77u) >>> 21;

    internal sealed record Pairs(int[] Bits);
}
