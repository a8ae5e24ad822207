namespace Dashboard.Core.Analysis.Corpus;

/// <summary>One utterance of one document as the clusterer compares it: its document and its word set.</summary>
public sealed record CandidateUnit(int Document, IReadOnlyCollection<string> Words);

/// <summary>
/// The pairs the clusterer of one partition can ever join (<see cref="UtteranceClusterer"/>): two
/// utterances of different documents, each of at least five words, sharing at least three words that
/// are not common in the partition. The clusterer joins only along these links, and what it decides
/// inside a connected component depends on that component's utterances alone, in their order; so
/// after a change, re-clustering the components that hold what changed gives what clustering the
/// whole partition would (decision 028), as long as no word became common or stopped being so.
/// </summary>
public sealed class CandidateGraph
{
    private readonly IReadOnlyList<CandidateUnit> units;
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);
    private readonly Func<string, bool>? isCommon;
    private readonly List<int> met = [];
    private int[]? counts;

    /// <param name="units">The utterances, in the clusterer's order.</param>
    /// <param name="isCommon">Which words are common, when counted over more than <paramref name="units"/> (a component of a larger partition).</param>
    public CandidateGraph(IReadOnlyList<CandidateUnit> units, Func<string, bool>? isCommon = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        this.units = units;
        this.isCommon = isCommon;
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var word in units[i].Words)
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(i);
            }
        }
    }

    /// <summary>How many utterances hold the word.</summary>
    public int Count(string word) => postings.TryGetValue(word, out var list) ? list.Count : 0;

    /// <summary>Too common to suggest a pair: the clusterer's own rule, over the whole partition.</summary>
    public static bool IsCommon(int count) => count > UtteranceClusterer.CommonWordPostings;

    public bool IsCommon(string word) => isCommon?.Invoke(word) ?? IsCommon(Count(word));

    /// <summary>Every utterance linked to one of <paramref name="seeds"/> through candidate pairs, the seeds included, in index order.</summary>
    public IReadOnlyList<int> ComponentsOf(IEnumerable<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var reached = new bool[units.Count];
        var queue = new Queue<int>();
        foreach (var seed in seeds)
        {
            if (!reached[seed])
            {
                reached[seed] = true;
                queue.Enqueue(seed);
            }
        }

        while (queue.Count > 0)
        {
            // Only what is not reached yet needs counting.
            foreach (var (next, _) in Candidates(queue.Dequeue(), 0, reached))
            {
                reached[next] = true;
                queue.Enqueue(next);
            }
        }

        return [.. Enumerable.Range(0, units.Count).Where(i => reached[i])];
    }

    /// <summary>
    /// The candidates after <paramref name="i"/> with how many rare words each shares with it, in index
    /// order: the order the clusterer meets them, which an update that keeps judged pairs can repeat.
    /// </summary>
    public List<(int Other, int Shared)> LaterCandidates(int i)
    {
        var found = Candidates(i, i + 1, null);
        found.Sort((x, y) => x.Other.CompareTo(y.Other));
        return found;
    }

    /// <summary>Every candidate of <paramref name="i"/>, before or after it, with how many rare words each shares with it.</summary>
    public List<(int Other, int Shared)> AllCandidates(int i) => Candidates(i, 0, null);

    private List<(int Other, int Shared)> Candidates(int i, int from, bool[]? skip)
    {
        var found = new List<(int Other, int Shared)>();
        var unit = units[i];
        if (unit.Words.Count < UtteranceClusterer.MinimumWords)
        {
            return found;
        }

        // Counted in an array kept for the graph's life, zero between calls: a posting list of a rare
        // word still runs to hundreds, and a dictionary per utterance was most of an update's time.
        counts ??= new int[units.Count];
        foreach (var word in unit.Words)
        {
            var list = postings[word];
            if (isCommon?.Invoke(word) ?? IsCommon(list.Count))
            {
                continue;
            }

            // Posting lists are in index order: start at the first index that counts.
            var start = from == 0 ? 0 : list.BinarySearch(from);
            for (var k = start < 0 ? ~start : start; k < list.Count; k++)
            {
                var j = list[k];
                if (units[j].Document != unit.Document && units[j].Words.Count >= UtteranceClusterer.MinimumWords && skip?[j] != true && counts[j]++ == 0)
                {
                    met.Add(j);
                }
            }
        }

        foreach (var j in met)
        {
            if (counts[j] >= UtteranceClusterer.EventShared)
            {
                found.Add((j, counts[j]));
            }

            counts[j] = 0;
        }

        met.Clear();
        return found;
    }
}
