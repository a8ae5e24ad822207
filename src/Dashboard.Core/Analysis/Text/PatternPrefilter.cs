namespace Dashboard.Core.Analysis.Text;

/// <summary>
/// Which of many patterns a text may match, from one pass over it. Every literal the patterns require
/// (<see cref="RequiredLiterals"/>) is looked up at each position of the folded text by its first three
/// characters; only the patterns one of whose <see cref="RequiredLiterals.Anchors"/> was found are then asked
/// <see cref="RequiredLiterals.MayMatch(IReadOnlySet{string})"/>. Asking each of the lexicon's hundreds of
/// patterns about its literals, clause after clause, cost more than the few patterns that then ran
/// (docs/performance.md).
/// </summary>
/// <remarks>It refuses exactly what <see cref="RequiredLiterals.MayMatch(FoldedText)"/> refuses: a test compares the two.</remarks>
public sealed class PatternPrefilter
{
    /// <summary>Bits of the filter of a literal's first two characters, which lets most positions of a text be passed over without a look-up.</summary>
    private const int PairBits = 1 << 16;

    private readonly RequiredLiterals[] patterns;
    private readonly int[] everywhere;
    private readonly Dictionary<ulong, Literal[]> byStart = [];
    private readonly ulong[] pairs = new ulong[PairBits / 64];

    /// <param name="patterns">What each pattern requires; <see cref="Candidates"/> answers with their indexes.</param>
    public PatternPrefilter(IReadOnlyList<RequiredLiterals> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        this.patterns = [.. patterns];
        everywhere = [.. Enumerable.Range(0, this.patterns.Length).Where(i => this.patterns[i].PassesEverything)];
        var anchored = Enumerable.Range(0, this.patterns.Length)
            .SelectMany(i => this.patterns[i].Anchors.Select(text => (Text: text, Pattern: i)))
            .ToLookup(l => l.Text, l => l.Pattern, StringComparer.Ordinal);
        var literals = this.patterns.SelectMany(p => p.Literals).Distinct(StringComparer.Ordinal)
            .Select(text => new Literal(text, [.. anchored[text]]))
            .ToList();
        foreach (var start in literals.GroupBy(l => Key(l.Text[0], l.Text[1], l.Text[2])))
        {
            byStart[start.Key] = [.. start];
            var first = start.First().Text;
            var bit = PairBit(first[0], first[1]);
            pairs[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>The indexes of the patterns that may match <paramref name="text"/>, ascending.</summary>
    public IReadOnlyList<int> Candidates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = RequiredLiterals.Fold(text).Text;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var marked = new bool[patterns.Length];
        foreach (var i in everywhere)
        {
            marked[i] = true;
        }

        for (var at = 0; at + 2 < folded.Length; at++)
        {
            var bit = PairBit(folded[at], folded[at + 1]);
            if ((pairs[bit >> 6] & (1UL << (bit & 63))) == 0 || !byStart.TryGetValue(Key(folded[at], folded[at + 1], folded[at + 2]), out var starting))
            {
                continue;
            }

            foreach (var literal in starting)
            {
                if (folded.AsSpan(at).StartsWith(literal.Text, StringComparison.Ordinal) && found.Add(literal.Text))
                {
                    foreach (var pattern in literal.Patterns)
                    {
                        marked[pattern] = true;
                    }
                }
            }
        }

        var candidates = new List<int>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] && patterns[i].MayMatch(found))
            {
                candidates.Add(i);
            }
        }

        return candidates;
    }

    private static ulong Key(char first, char second, char third) => first | ((ulong)second << 16) | ((ulong)third << 32);

    private static int PairBit(char first, char second) => (int)((((uint)first * 0x9E3779B1u) ^ ((uint)second * 0x85EBCA77u)) >>> 16);

    /// <summary>A literal, and the patterns it is an anchor of: found, they are tested.</summary>
    private sealed record Literal(string Text, int[] Patterns);
}
