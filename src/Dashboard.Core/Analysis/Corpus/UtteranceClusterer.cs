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
    private const double MinimumOrder = 0.55;
    private const int MaximumDaysApart = 45;
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

    private static IEnumerable<UtteranceCluster> ClusterGroup(List<StatementRef> group)
    {
        // A split quotation ("A," he said. "B.") is one utterance: its parts are compared together.
        var units = group.GroupBy(s => (s.Document.Id, Head: HeadOf(s))).Select(g => g.ToList()).ToList();
        var sequences = units.Select(u => Distinct(u.SelectMany(s => Words.Stems(s.Statement.Text)))).ToList();
        var words = sequences.Select(q => q.ToHashSet()).ToList();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
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

        var parent = Enumerable.Range(0, units.Count).ToArray();
        for (var i = 0; i < units.Count; i++)
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
                    if (j > i && units[j][0].Document.Id != units[i][0].Document.Id)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared)
            {
                if (count >= MinimumShared && words[j].Count >= MinimumWords && SameUtterance(sequences[i], words[i], units[i], sequences[j], words[j], units[j]))
                {
                    Union(parent, i, j);
                }
            }
        }

        return Enumerable.Range(0, units.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => g.SelectMany(i => units[i]).ToList())
            .Where(members => members.Select(m => m.Document.Id).Distinct().Count() >= 2)
            .Select(members => new UtteranceCluster(IdOf(members), members, Discrepancies(members)));
    }

    /// <summary>
    /// Same words (most of the shorter wording), in much the same order (a paraphrase of the topic
    /// shares words but not their order), and not months apart.
    /// </summary>
    private static bool SameUtterance(List<string> a, HashSet<string> aSet, List<StatementRef> aUnit, List<string> b, HashSet<string> bSet, List<StatementRef> bUnit)
    {
        var shared = aSet.Intersect(bSet).ToHashSet();
        var smaller = Math.Min(aSet.Count, bSet.Count);
        if ((double)shared.Count / smaller < MinimumOverlap)
        {
            return false;
        }

        var ordered = CommonSubsequence(a.Where(shared.Contains).ToList(), b.Where(shared.Contains).ToList());
        if ((double)ordered / smaller < MinimumOrder)
        {
            return false;
        }

        var da = aUnit[0].Statement.Date;
        var db = bUnit[0].Statement.Date;
        return da is null || db is null || Math.Abs(da.Value.Earliest.DayNumber - db.Value.Earliest.DayNumber) <= MaximumDaysApart;
    }

    private static int HeadOf(StatementRef statement)
    {
        var statements = statement.Document.Statements;
        var index = statement.Statement.Index;
        while (statements[index].ContinuationOf is { } previous && previous < index)
        {
            index = previous;
        }

        return index;
    }

    private static List<string> Distinct(IEnumerable<string> words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return words.Where(seen.Add).ToList();
    }

    private static int CommonSubsequence(List<string> a, List<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
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
