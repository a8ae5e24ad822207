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
        var reached = new HashSet<int>();
        var queue = new Queue<int>();
        foreach (var seed in seeds)
        {
            if (reached.Add(seed))
            {
                queue.Enqueue(seed);
            }
        }

        while (queue.Count > 0)
        {
            foreach (var next in Candidates(queue.Dequeue(), 0).Keys)
            {
                if (reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [.. reached.Order()];
    }

    /// <summary>
    /// The candidates after <paramref name="i"/> (by index) with how many rare words each shares with it, in the
    /// order the clusterer meets them: the one loop both the clusterer and <see cref="ComponentsOf"/> walk.
    /// </summary>
    public Dictionary<int, int> LaterCandidates(int i) => Candidates(i, i + 1);


    private Dictionary<int, int> Candidates(int i, int from)
    {
        var unit = units[i];
        var shared = new Dictionary<int, int>();
        if (unit.Words.Count < UtteranceClusterer.MinimumWords)
        {
            return shared;
        }

        foreach (var word in unit.Words)
        {
            var list = postings[word];
            if (isCommon?.Invoke(word) ?? IsCommon(list.Count))
            {
                continue;
            }

            foreach (var j in list)
            {
                if (j >= from && units[j].Document != unit.Document && units[j].Words.Count >= UtteranceClusterer.MinimumWords)
                {
                    shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }
        }

        foreach (var (j, count) in shared)
        {
            if (count < UtteranceClusterer.EventShared)
            {
                shared.Remove(j);
            }
        }

        return shared;
    }
}
