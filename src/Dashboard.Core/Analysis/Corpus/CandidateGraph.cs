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

    public CandidateGraph(IReadOnlyList<CandidateUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        this.units = units;
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

    public bool IsCommon(string word) => IsCommon(Count(word));

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
            foreach (var next in Neighbours(queue.Dequeue()))
            {
                if (reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [.. reached.Order()];
    }

    private IEnumerable<int> Neighbours(int i)
    {
        var unit = units[i];
        if (unit.Words.Count < UtteranceClusterer.MinimumWords)
        {
            yield break;
        }

        var shared = new Dictionary<int, int>();
        foreach (var word in unit.Words)
        {
            var list = postings[word];
            if (IsCommon(list.Count))
            {
                continue;
            }

            foreach (var j in list)
            {
                if (units[j].Document != unit.Document && units[j].Words.Count >= UtteranceClusterer.MinimumWords)
                {
                    shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }
        }

        foreach (var (j, count) in shared)
        {
            if (count >= UtteranceClusterer.EventShared)
            {
                yield return j;
            }
        }
    }
}
