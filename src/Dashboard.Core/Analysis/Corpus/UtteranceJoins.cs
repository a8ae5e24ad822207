namespace Dashboard.Core.Analysis.Corpus;

/// <summary>What the clusterer decided about a pair of utterances from the two alone (<see cref="UtteranceClusterer.JudgeWith"/>).</summary>
[Flags]
public enum JoinKind : byte
{
    None = 0,

    /// <summary>Enough rare words in common, and the same words in much the same order.</summary>
    SameUtterance = 1,

    /// <summary>The words all but the same: one report copies or recalls the other's.</summary>
    Verbatim = 2,

    /// <summary>One event in the outlets' own words: the same act, or the same person's remark.</summary>
    SameEvent = 4,
}

/// <summary>A judged pair, by the utterances' places in their partition's order (<paramref name="First"/> before <paramref name="Second"/>).</summary>
public readonly record struct UtteranceJoin(int First, int Second, JoinKind Kind);

/// <summary>What joining an utterance depends on beside its judged pairs: its day, and whether it is an act or quoted words.</summary>
public readonly record struct UtteranceFacts(int? Day, bool IsAct, bool IsQuoted);

/// <summary>
/// The second half of clustering one partition: judged pairs joined in order. Whether a pair joins
/// depends on the dated span of the clusters the two are in by then (an undated report must not
/// bridge two utterances months apart), so the order is part of the result; the pairs themselves
/// depend on the two utterances alone and can be kept between updates (decision 033).
/// </summary>
public static class UtteranceJoins
{
    /// <summary>
    /// The cluster each utterance ends in, as the index of its first utterance. <paramref name="joins"/>
    /// must be ordered by their first utterance, then their second: the order the clusterer meets them.
    /// </summary>
    public static int[] Resolve(IReadOnlyList<UtteranceFacts> units, IEnumerable<UtteranceJoin> joins)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(joins);
        var parent = Enumerable.Range(0, units.Count).ToArray();
        var span = units.Select(u => u.Day is { } d ? (First: d, Last: d) : ((int First, int Last)?)null).ToArray();
        foreach (var (i, j, kind) in joins)
        {
            var withinDays = WithinDays(span[Find(parent, i)], span[Find(parent, j)]);
            var sameUtterance = kind.HasFlag(JoinKind.SameUtterance)
                && WordsMayJoin(units[i].IsAct || units[j].IsAct, kind.HasFlag(JoinKind.Verbatim), units[i].IsQuoted && units[j].IsQuoted, withinDays);
            if (sameUtterance || (kind.HasFlag(JoinKind.SameEvent) && withinDays))
            {
                Union(parent, span, i, j);
            }
        }

        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = Find(parent, i);
        }

        return parent;
    }

    /// <summary>
    /// An act the article reports is nobody's words: by wording alone, two reports of an act are one
    /// only when one copies the other's sentence (a release, a wire story); in their own words they
    /// join as one event. A copied act still happened once: dated months apart, it is two acts however
    /// alike ("signed a memorandum on the station" in 2021 and in 2025). Quoted words, verbatim, may be
    /// recalled later; reported words that hold all of a short report's words may be a later story on
    /// the same topic ("Gaganyaan will be launched in 2023", then, a year on, a plan for "2023 or 2024").
    /// </summary>
    private static bool WordsMayJoin(bool eitherIsAct, bool verbatim, bool bothQuoted, bool withinDays) =>
        eitherIsAct ? verbatim && withinDays : (verbatim && bothQuoted) || withinDays;

    /// <summary>Whether two clusters' dated members, taken together, still fall within <see cref="UtteranceClusterer.MaximumDaysApart"/>.</summary>
    private static bool WithinDays((int First, int Last)? a, (int First, int Last)? b) =>
        a is not { } x || b is not { } y || Math.Max(x.Last, y.Last) - Math.Min(x.First, y.First) <= UtteranceClusterer.MaximumDaysApart;

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, (int First, int Last)?[] span, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            var root = Math.Min(ra, rb);
            span[root] = (span[ra], span[rb]) switch
            {
                ({ } x, { } y) => (Math.Min(x.First, y.First), Math.Max(x.Last, y.Last)),
                (var x, var y) => x ?? y,
            };
            parent[Math.Max(ra, rb)] = root;
        }
    }
}
