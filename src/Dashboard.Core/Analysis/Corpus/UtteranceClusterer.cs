using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

/// <summary>Statements in different documents that report the same utterance, and what the sources disagree on.</summary>
public sealed record UtteranceCluster(string Id, IReadOnlyList<StatementRef> Members, IReadOnlyList<string> Discrepancies);

/// <summary>
/// Groups statements of the same actor (or speaker) whose content words overlap strongly, after
/// folding translation variants ("deviate"/"retreat", "project"/"program"). Candidates come from an
/// inverted index of rare words, so the work grows with the corpus, not with its square.
/// </summary>
public static class UtteranceClusterer
{
    private const int MinimumWords = 5;
    private const int MinimumShared = 5;
    private const double MinimumOverlap = 0.55;
    private const int CommonWordPostings = 400;

    public static IReadOnlyList<UtteranceCluster> Cluster(IReadOnlyList<StatementRef> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var clusters = new List<UtteranceCluster>();
        foreach (var group in statements.GroupBy(s => s.Statement.Actor ?? "speaker:" + s.Statement.Speaker))
        {
            clusters.AddRange(ClusterGroup(group.ToList()));
        }

        return clusters.OrderByDescending(c => c.Members.Count).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Overlap of folded content words: shared / size of the smaller set.</summary>
    public static double Similarity(string first, string second)
    {
        var a = Words.Stems(first).ToHashSet();
        var b = Words.Stems(second).ToHashSet();
        return a.Count == 0 || b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / Math.Min(a.Count, b.Count);
    }

    private static IEnumerable<UtteranceCluster> ClusterGroup(List<StatementRef> group)
    {
        var words = group.Select(s => Words.Stems(s.Statement.Text).ToHashSet()).ToList();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < group.Count; i++)
        {
            foreach (var word in words[i])
            {
                if (!index.TryGetValue(word, out var postings))
                {
                    index[word] = postings = [];
                }

                postings.Add(i);
            }
        }

        var parent = Enumerable.Range(0, group.Count).ToArray();
        for (var i = 0; i < group.Count; i++)
        {
            if (words[i].Count < MinimumWords)
            {
                continue;
            }

            var shared = new Dictionary<int, int>();
            foreach (var word in words[i])
            {
                var postings = index[word];
                if (postings.Count > CommonWordPostings)
                {
                    continue;
                }

                foreach (var j in postings)
                {
                    if (j > i && group[j].Document.Id != group[i].Document.Id)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared)
            {
                if (count >= MinimumShared && words[j].Count >= MinimumWords && (double)count / Math.Min(words[i].Count, words[j].Count) >= MinimumOverlap)
                {
                    Union(parent, i, j);
                }
            }
        }

        return Enumerable.Range(0, group.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => g.Select(i => group[i]).ToList())
            .Where(members => members.Select(m => m.Document.Id).Distinct().Count() >= 2)
            .Select(members => new UtteranceCluster(IdOf(members), members, Discrepancies(members)));
    }

    private static List<string> Discrepancies(List<StatementRef> members)
    {
        var found = new List<string>();
        Compare(found, "venue", members, m => m.Statement.Venue);
        Compare(found, "date", members, m => m.Statement.Date?.ToString());
        Compare(found, "speaker", members, m => m.Statement.Speaker);
        return found;
    }

    private static void Compare(List<string> found, string what, List<StatementRef> members, Func<StatementRef, string?> value)
    {
        var versions = members.Where(m => value(m) is not null)
            .GroupBy(m => value(m)!, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(m => m.Source).Distinct())})")
            .ToList();
        if (versions.Count > 1)
        {
            found.Add($"{what}: {string.Join(" vs ", versions)}");
        }
    }

    private static string IdOf(IEnumerable<StatementRef> members)
    {
        var key = string.Join('|', members.Select(m => m.Id).Order(StringComparer.Ordinal));
        return "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
