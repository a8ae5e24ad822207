using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Analysis.Statements;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

/// <summary>Statements in different documents that report the same utterance, and what the sources disagree on.</summary>
public sealed record UtteranceCluster(string Id, IReadOnlyList<StatementRef> Members, IReadOnlyList<string> Discrepancies);

/// <summary>
/// Groups statements of the same actor (or speaker) whose content words overlap strongly, after
/// folding translation variants ("deviate"/"retreat", "project"/"program"), or that report one
/// event in other words (<see cref="SameEvent"/>). Candidates come from an inverted index of rare
/// words, so the work grows with the corpus, not with its square.
/// </summary>
public static class UtteranceClusterer
{
    internal const int MinimumWords = 5;
    private const int MinimumShared = 5;
    private const double MinimumOverlap = 0.55;
    private const double MinimumOrder = 0.55;
    internal const int MaximumDaysApart = 45;
    private const double MinimumSentenceOverlap = 0.7;
    private const double VerbatimOverlap = 0.85;
    private const int VerbatimWords = 8;
    internal const int CommonWordPostings = 400;
    internal const int EventShared = 3;
    private const int ActDaysApart = 2;
    private const int RemarkDaysApart = 1;

    /// <param name="textOf">An article's cleaned text, asked for only to check names in a paraphrased remark; the analysed text by default.</param>
    /// <param name="isCommon">
    /// Whether a word is too common to suggest a pair, when <paramref name="statements"/> are some of the
    /// candidate components of a larger corpus (<see cref="CandidateGraph"/>): commonness is a property of
    /// the whole partition. By default, counted over the statements given.
    /// </param>
    /// <param name="judged">
    /// Told, for each partition, its utterances in order and the pairs judged to possibly join, so an
    /// update can keep them (decision 033).
    /// </param>
    /// <param name="parallel">
    /// Partitions clustered side by side, on every core: for a whole corpus (a rebuild), whose largest partitions
    /// take seconds. An update's few small components stay on their thread, which threads would only slow.
    /// <paramref name="textOf"/> must then answer several threads at once; <paramref name="judged"/> is still told one partition at a time.
    /// </param>
    public static IReadOnlyList<UtteranceCluster> Cluster(IReadOnlyList<StatementRef> statements, Func<AnalyzedDocument, string>? textOf = null, Func<string, string, bool>? isCommon = null,
        Action<string, IReadOnlyList<Utterance>, IReadOnlyList<UtteranceJoin>>? judged = null, bool parallel = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var names = new NamesGuard(textOf ?? (document => document.Cleaned.Text));
        // Largest first, so that one large partition is not left to one core at the end.
        var partitions = statements.GroupBy(s => PartitionOf(s.Statement)).Select(g => (Key: g.Key, Members: g.ToList())).OrderByDescending(p => p.Members.Count).ToList();
        var found = new List<UtteranceCluster>[partitions.Count];
        var reporting = new Lock();
        void ClusterPartition(int index)
        {
            cancellationToken.ThrowIfCancellationRequested(); // a whole corpus takes seconds: a stopping server need not wait for it
            var (key, members) = partitions[index];
            found[index] = [.. ClusterGroup(members, names, isCommon is null ? null : word => isCommon(key, word), judged is null ? null : (units, joins) =>
            {
                lock (reporting)
                {
                    judged(key, units, joins);
                }
            })];
        }

        if (parallel)
        {
            try
            {
                Parallel.For(0, partitions.Count, new ParallelOptions { CancellationToken = cancellationToken }, ClusterPartition);
            }
            catch (AggregateException ex)
            {
                ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]); // what the sequential loop would have thrown, not a wrapper
            }
        }
        else
        {
            for (var i = 0; i < partitions.Count; i++)
            {
                ClusterPartition(i);
            }
        }

        return found.SelectMany(f => f).OrderByDescending(c => c.Members.Count).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The statements that may cluster together: one actor's, or words nobody is named for ("a senior
    /// official", "a senior administration official"), grouped whatever government the description
    /// names, because outlets describe the same source differently.
    /// </summary>
    public static string PartitionOf(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return PartitionOf(statement.Speaker, statement.Actor);
    }

    /// <inheritdoc cref="PartitionOf(Statement)"/>
    public static string PartitionOf(string? speaker, string? actor) => IsUnnamed(speaker) ? "" : actor ?? "";

    /// <summary>A source described, not named ("a senior official"): its words join the partition of no actor.</summary>
    public static bool IsUnnamed(string? speaker) => UnnamedSources.IsUnnamed(speaker);

    /// <summary>The words a statement's text contributes to its utterance's word set (stems, each once, in order).</summary>
    public static IReadOnlyList<string> WordsOf(string text) => Distinct(Words.Stems(text));

    /// <summary>The word a stance on a program adds to its utterance's word set, so "the ISS" and "the International Space Station" agree.</summary>
    public static string ProgramWord(string program) => "program:" + program;

    /// <summary>The first part of a quotation split over several statements ("A," he said. "B."): the index the utterance is known by.</summary>
    /// <param name="continuationOf">The statement a statement of the document continues, by index.</param>
    public static int HeadOf(Func<int, int?> continuationOf, int index)
    {
        ArgumentNullException.ThrowIfNull(continuationOf);
        while (continuationOf(index) is { } previous && previous < index)
        {
            index = previous;
        }

        return index;
    }

    private static IEnumerable<UtteranceCluster> ClusterGroup(List<StatementRef> group, NamesGuard names, Func<string, bool>? isCommon, Action<IReadOnlyList<Utterance>, IReadOnlyList<UtteranceJoin>>? judged)
    {
        // A split quotation ("A," he said. "B.") is one utterance: its parts are compared together.
        var units = group.GroupBy(s => (s.Document.Id, Head: HeadOf(s))).Select(g => new Utterance(g.ToList())).ToList();
        var documents = units.Select(u => u.DocumentId).Distinct(StringComparer.Ordinal).Index().ToDictionary(d => d.Item, d => d.Index, StringComparer.Ordinal);
        var graph = new CandidateGraph([.. units.Select(u => new CandidateUnit(documents[u.DocumentId], u.WordSet))], isCommon);
        var joins = new List<UtteranceJoin>();
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var (j, shared) in graph.LaterCandidates(i))
            {
                if (Judge(units[i], units[j], shared, names) is var kind and not JoinKind.None)
                {
                    joins.Add(new UtteranceJoin(i, j, kind));
                }
            }
        }

        judged?.Invoke(units, joins);
        return UtteranceJoins.Resolve([.. units.Select(u => u.Facts)], joins).Index()
            .GroupBy(unit => unit.Item, unit => units[unit.Index])
            .Select(g => g.SelectMany(u => u.Members).ToList())
            .Where(members => members.Select(m => m.Document.Id).Distinct().Count() >= 2)
            .Select(members => ClusterOf(members));
    }

    /// <summary>
    /// What the clusterer decides about two utterances of a partition from the two alone, given how many
    /// rare words they share (<see cref="CandidateGraph"/>): for an update that judges only the pairs of
    /// the utterances that changed. <paramref name="textOf"/> as for <see cref="Cluster"/>.
    /// </summary>
    public static Func<Utterance, Utterance, int, JoinKind> JudgeWith(Func<AnalyzedDocument, string> textOf)
    {
        var names = new NamesGuard(textOf);
        return (a, b, shared) => Judge(a, b, shared, names);
    }

    /// <summary>A cluster of the given statements, in the clusterer's order: its id and what its sources disagree on.</summary>
    public static UtteranceCluster ClusterOf(IReadOnlyList<StatementRef> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return new UtteranceCluster(IdOf(members), members, Discrepancies(members));
    }

    /// <summary>
    /// Whether two utterances may be judged to join at all, from their facts and programs alone: the
    /// same utterance needs <see cref="MinimumShared"/> rare words in common, the same event days at
    /// most <see cref="ActDaysApart"/> apart (and a side taken on a common program, which <see cref="Judge"/>
    /// checks); and two utterances that both name programs share one, for an utterance is about the same
    /// program in every report of it. An update tests this before it reads the two.
    /// </summary>
    public static bool MayJoin(UtteranceFacts a, IReadOnlyCollection<string> programsA, UtteranceFacts b, IReadOnlyCollection<string> programsB, int shared)
    {
        ArgumentNullException.ThrowIfNull(programsA);
        ArgumentNullException.ThrowIfNull(programsB);
        if (programsA.Count > 0 && programsB.Count > 0 && !programsA.Any(programsB.Contains))
        {
            return false;
        }

        return shared >= MinimumShared || (a.Day is { } da && b.Day is { } db && Math.Abs(da - db) <= Math.Max(ActDaysApart, RemarkDaysApart));
    }

    private static JoinKind Judge(Utterance a, Utterance b, int shared, NamesGuard names)
    {
        var kind = JoinKind.None;
        if (!MayJoin(a.Facts, a.Programs, b.Facts, b.Programs, shared))
        {
            return kind;
        }

        if (shared >= MinimumShared && SameUtterance(a, b, out var verbatim))
        {
            kind |= verbatim ? JoinKind.SameUtterance | JoinKind.Verbatim : JoinKind.SameUtterance;
        }

        if (shared >= EventShared && SameEvent(a, b, names))
        {
            kind |= JoinKind.SameEvent;
        }

        return kind;
    }

    /// <summary>
    /// Same words (most of the shorter wording), in much the same order (a paraphrase of the topic
    /// shares words but not their order), and not months apart, unless the words are all but the
    /// same (a later article recalling the quotation). Compared as wholes, then sentence by sentence.
    /// </summary>
    private static bool SameUtterance(Utterance a, Utterance b, out bool verbatim)
    {
        verbatim = false;
        // Programs in common (one utterance is about the same program in every report of it): MayJoin, which Judge asks first.
        var near = Similarity(a.Sequence, b.Sequence) is var whole && whole.Overlap >= MinimumOverlap && whole.Order >= MinimumOrder
            ? whole
            : a.Sentences.SelectMany(x => b.Sentences.Select(y => Similarity(x, y)))
                .Where(s => s.Shared >= MinimumShared && s.Overlap >= MinimumSentenceOverlap && s.Order >= MinimumOrder).DefaultIfEmpty().MaxBy(s => s.Overlap);
        if (near.Shared == 0)
        {
            return false;
        }

        if (near.Overlap >= VerbatimOverlap && near.Shared >= VerbatimWords)
        {
            verbatim = true;
            return true;
        }

        return a.Date is not { } da || b.Date is not { } db || Math.Abs(da.Earliest.DayNumber - db.Earliest.DayNumber) <= MaximumDaysApart;
    }

    /// <summary>
    /// One event that outlets word their own way, so their words overlap too little to be one
    /// utterance: the same side taken on the same program, and either two reports of an act (a
    /// signing, a decision, a budget) dated within <see cref="ActDaysApart"/> days, or the words of
    /// the same named person on the same day or the next (a translated or paraphrased remark) that
    /// name no one the other report never mentions (welcoming Sweden is not welcoming Switzerland).
    /// The caller has already required a few rare words in common, so the same actor's unrelated
    /// news of that week stays apart.
    /// </summary>
    private static bool SameEvent(Utterance a, Utterance b, NamesGuard names)
    {
        if (a.Date?.Exact is not { } da || b.Date?.Exact is not { } db || !a.Positions.Overlaps(b.Positions))
        {
            return false;
        }

        var days = Math.Abs(da.DayNumber - db.DayNumber);
        // Two acts, or an act and the organisation's own account of it (an act reports an event too).
        if ((a.IsAct || b.IsAct) && a.ReportsAnEvent && b.ReportsAnEvent)
        {
            return days <= ActDaysApart;
        }

        return days <= RemarkDaysApart && a.Person is not null && string.Equals(a.Person, b.Person, StringComparison.Ordinal)
            && names.Allows(a.Document, a.Names, b.Document, b.Names);
    }

    private static (int Shared, double Overlap, double Order) Similarity(List<string> a, List<string> b)
    {
        var aSet = a.ToHashSet();
        var shared = aSet.Intersect(b).ToHashSet();
        var smaller = Math.Min(aSet.Count, b.Distinct().Count());
        if (smaller == 0)
        {
            return default;
        }

        var ordered = CommonSubsequence(a.Where(shared.Contains).ToList(), b.Where(shared.Contains).ToList());
        return (shared.Count, (double)shared.Count / smaller, (double)ordered / smaller);
    }

    private static int HeadOf(StatementRef statement) =>
        HeadOf(i => statement.Document.Statements[i].ContinuationOf, statement.Statement.Index);

    internal static List<string> Distinct(IEnumerable<string> words)
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

    private static List<string> Discrepancies(IReadOnlyList<StatementRef> members)
    {
        var found = new List<string>();
        Compare(found, "venue", members, m => m.Statement.Venue);
        Compare(found, "date", members, m => m.Statement.Date?.ToString());
        Compare(found, "speaker", members, m => m.Statement.Speaker);
        return found;
    }

    private static void Compare(List<string> found, string what, IReadOnlyList<StatementRef> members, Func<StatementRef, string?> value)
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

    /// <summary>
    /// Named after its first-said member (then the first by id), not all of them: a cluster that gains
    /// another outlet's report keeps its id, and with it what the team pinned or noted on it.
    /// </summary>
    private static string IdOf(IEnumerable<StatementRef> members)
    {
        var first = members.OrderBy(m => m.Statement.Date?.Earliest ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).First();
        return "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.Id)))[..10];
    }
}
