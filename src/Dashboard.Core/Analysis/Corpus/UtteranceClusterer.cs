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
    private const int MaximumDaysApart = 45;
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
    public static IReadOnlyList<UtteranceCluster> Cluster(IReadOnlyList<StatementRef> statements, Func<AnalyzedDocument, string>? textOf = null, Func<string, string, bool>? isCommon = null)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var clusters = new List<UtteranceCluster>();
        var names = new NamesGuard(textOf ?? (document => document.Cleaned.Text));
        foreach (var group in statements.GroupBy(s => PartitionOf(s.Statement)))
        {
            clusters.AddRange(ClusterGroup(group.ToList(), names, isCommon is null ? null : word => isCommon(group.Key, word)));
        }

        return clusters.OrderByDescending(c => c.Members.Count).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
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

    private static IEnumerable<UtteranceCluster> ClusterGroup(List<StatementRef> group, NamesGuard names, Func<string, bool>? isCommon)
    {
        // A split quotation ("A," he said. "B.") is one utterance: its parts are compared together.
        var units = group.GroupBy(s => (s.Document.Id, Head: HeadOf(s))).Select(g => new Unit(g.ToList())).ToList();
        var documents = units.Select(u => u.DocumentId).Distinct(StringComparer.Ordinal).Index().ToDictionary(d => d.Item, d => d.Index, StringComparer.Ordinal);
        var graph = new CandidateGraph([.. units.Select(u => new CandidateUnit(documents[u.DocumentId], u.WordSet))], isCommon);
        var parent = Enumerable.Range(0, units.Count).ToArray();
        // The dated span of each cluster (at its root): an undated report must not bridge two utterances months apart.
        var span = units.Select(u => u.Date is { } d ? (First: d.Earliest.DayNumber, Last: d.Earliest.DayNumber) : ((int First, int Last)?)null).ToArray();
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var (j, count) in graph.LaterCandidates(i))
            {
                var withinDays = WithinDays(span[Find(parent, i)], span[Find(parent, j)]);
                if ((count >= MinimumShared && SameUtterance(units[i], units[j], out var verbatim) && MayJoin(units[i].IsAct || units[j].IsAct, verbatim, units[i].IsQuoted && units[j].IsQuoted, withinDays))
                    || (count >= EventShared && withinDays && SameEvent(units[i], units[j], names)))
                {
                    Union(parent, span, i, j);
                }
            }
        }

        return Enumerable.Range(0, units.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => g.SelectMany(i => units[i].Members).ToList())
            .Where(members => members.Select(m => m.Document.Id).Distinct().Count() >= 2)
            .Select(members => new UtteranceCluster(IdOf(members), members, Discrepancies(members)));
    }

    /// <summary>
    /// One utterance as a document reports it, as folded stems: the whole, and each sentence (a
    /// report may join two utterances that another gives apart). The programs it is about count as
    /// words of their own, so "the ISS" and "the International Space Station" agree.
    /// </summary>
    private sealed class Unit
    {
        private HashSet<string>? names;
        private List<List<string>>? sentences;

        public Unit(List<StatementRef> members)
        {
            Members = members;
            Programs = [.. members.SelectMany(m => m.Statement.Stances).Select(p => p.Program)];
            Sequence = Distinct(members.SelectMany(m => Words.Stems(m.Statement.Text)).Concat(Programs.Select(ProgramWord)));
            WordSet = [.. Sequence];
            Positions = [.. members.SelectMany(m => m.Statement.Stances).Where(p => p.Score != 0).Select(p => (p.Program, Math.Sign(p.Score)))];
            Person = members[0].Statement is { Speaker: { } speaker, Actor: var actor } && speaker != actor && IsPersonName(speaker) ? speaker : null;
        }

        public List<StatementRef> Members { get; }

        public AnalyzedDocument Document => Members[0].Document;

        public string DocumentId => Members[0].Document.Id;

        /// <summary>Names inside sentences ("Switzerland", "Earth"), lower-cased (<see cref="NamesGuard"/>), found on first use.</summary>
        public IReadOnlyCollection<string> Names => names ??= [.. Members.SelectMany(m => NamesGuard.InnerNames(m.Statement.Text))];

        public List<string> Sequence { get; }

        public HashSet<string> Programs { get; }

        public HashSet<string> WordSet { get; }

        /// <summary>Each sentence's stems, made on first use: only a pair whose wholes differ compares sentences.</summary>
        public List<List<string>> Sentences => sentences ??= [.. Members
            .SelectMany(m => SentenceSplitter.Split(m.Statement.Text, new TextSpan(0, m.Statement.Text.Length)).Select(span => Distinct(Words.Stems(m.Statement.Text[span.Start..span.End]))))
            .Where(sentence => sentence.Count >= MinimumWords)];

        public PartialDate? Date => Members[0].Statement.Date;

        /// <summary>The (program, sign) pairs the utterance takes a side on.</summary>
        public HashSet<(string Program, int Sign)> Positions { get; }

        /// <summary>The person quoted, when the report names one (not the organisation, not a role).</summary>
        public string? Person { get; }

        public bool IsAct => Members.All(m => m.Statement.Kind == StatementKind.Act);

        /// <summary>Words in quotation marks, which a later article may recall word for word.</summary>
        public bool IsQuoted => Members.Any(m => m.Statement.Direct);

        /// <summary>
        /// An act, or an organisation's own account of one in reported words ("the agency said it had awarded a contract for …"):
        /// either way an event that another outlet may tell as an act. A person's words stay words.
        /// </summary>
        public bool ReportsAnEvent => Members.All(m => m.Statement.Kind == StatementKind.Act
            || (m.Statement is { Kind: StatementKind.Said, Direct: false, Speaker: { } speaker, Actor: { } actor } && speaker == actor));
    }

    /// <summary>
    /// Same words (most of the shorter wording), in much the same order (a paraphrase of the topic
    /// shares words but not their order), and not months apart, unless the words are all but the
    /// same (a later article recalling the quotation). Compared as wholes, then sentence by sentence.
    /// </summary>
    private static bool SameUtterance(Unit a, Unit b, out bool verbatim)
    {
        verbatim = false;
        if (a.Programs.Count > 0 && b.Programs.Count > 0 && !a.Programs.Overlaps(b.Programs))
        {
            return false; // one utterance is about the same program in every report of it
        }

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
    private static bool SameEvent(Unit a, Unit b, NamesGuard names)
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

    /// <summary>Two to four capitalised words ("Bill Nelson"), unlike a role ("the Kremlin spokesman").</summary>
    private static bool IsPersonName(string speaker)
    {
        var parts = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is >= 2 and <= 4 && parts.All(p => char.IsUpper(p[0]));
    }

    /// <summary>
    /// An act the article reports is nobody's words: by wording alone, two reports of an act are one
    /// only when one copies the other's sentence (a release, a wire story); in their own words they
    /// join as one event (<see cref="SameEvent"/>). A copied act still happened once: dated months
    /// apart, it is two acts however alike ("signed a memorandum on the station" in 2021 and in 2025).
    /// Quoted words, verbatim, may be recalled later; reported words that hold all of a short report's words may be a
    /// later story on the same topic ("Gaganyaan will be launched in 2023", then, a year on, a plan for "2023 or 2024").
    /// </summary>
    private static bool MayJoin(bool eitherIsAct, bool verbatim, bool bothQuoted, bool withinDays) =>
        eitherIsAct ? verbatim && withinDays : (verbatim && bothQuoted) || withinDays;

    /// <summary>Whether two clusters' dated members, taken together, still fall within <see cref="MaximumDaysApart"/>.</summary>
    private static bool WithinDays((int First, int Last)? a, (int First, int Last)? b) =>
        a is not { } x || b is not { } y || Math.Max(x.Last, y.Last) - Math.Min(x.First, y.First) <= MaximumDaysApart;

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

    /// <summary>
    /// Named after its first-said member (then the first by id), not all of them: a cluster that gains
    /// another outlet's report keeps its id, and with it what the team pinned or noted on it.
    /// </summary>
    private static string IdOf(IEnumerable<StatementRef> members)
    {
        var first = members.OrderBy(m => m.Statement.Date?.Earliest ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).First();
        return "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.Id)))[..10];
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
