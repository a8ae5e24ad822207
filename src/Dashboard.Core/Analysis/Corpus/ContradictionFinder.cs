using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Core.Analysis.Corpus;

/// <summary>
/// Finds, for each (actor, program), the findings a briefing discusses (decision 026): reversals
/// and conflicts from the runs of its dated stances (<see cref="StanceRuns"/>), hedges where a
/// conditional stance stands beside an opposite one (same article or same period), and conflicts
/// inside one undated article. An utterance reported by several outlets counts once, neutral
/// stances join neither side, and an undated statement never orders a reversal. No two findings
/// of one (actor, program) hold a statement on the same side.
/// </summary>
public static class ContradictionFinder
{
    /// <summary>Opposite stances within this many days are a conflict rather than a reversal.</summary>
    public const int DefaultPeriodDays = 30;

    private const int MaxFindingsPerGroup = 50;

    public static IReadOnlyList<Contradiction> Find(IReadOnlyList<StatementRef> statements, IReadOnlyList<UtteranceCluster> clusters, int periodDays = DefaultPeriodDays)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentOutOfRangeException.ThrowIfNegative(periodDays);
        var clusterOf = new Dictionary<string, UtteranceCluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            foreach (var member in cluster.Members)
            {
                clusterOf[member.Id] = cluster;
            }
        }

        var groups = statements
            .Where(s => s.Statement.Actor is not null)
            .SelectMany(s => s.Statement.Stances.Select(stance => (Ref: s, Stance: stance)))
            .GroupBy(x => (Actor: x.Ref.Statement.Actor!, x.Stance.Program));

        var found = new List<Contradiction>();
        foreach (var group in groups)
        {
            var units = StanceUnit.Of(group, clusterOf);
            if (units.Select(u => u.Direction).Distinct().Count() < 2)
            {
                continue;
            }

            var drafts = Drafts(units, periodDays);
            found.AddRange(drafts.Select(d => FindingExplanation.Make(group.Key.Actor, group.Key.Program, d))
                .OrderByDescending(c => c.Strength).Take(MaxFindingsPerGroup));
        }

        return [.. found.OrderByDescending(c => c.Strength).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    private static List<FindingDraft> Drafts(List<StanceUnit> units, int periodDays)
    {
        var drafts = StanceRuns.Find([.. units.Where(u => !u.Conditional && u.Date is not null)], periodDays);
        var used = new HashSet<StanceUnit>(ReferenceEqualityComparer.Instance);
        foreach (var direction in new[] { 1, -1 })
        {
            var conditional = units.Where(u => u.Conditional && u.Direction == direction).ToList();
            var beside = Beside(conditional, units.Where(u => !u.Conditional && u.Direction == -direction), periodDays);
            if (conditional.Count > 0 && beside.Count > 0 && Hedge(conditional, beside, drafts) is { } hedge)
            {
                drafts.Add(hedge);
                used.UnionWith(hedge.Earlier.Concat(hedge.Later));
            }
        }

        // Opposite stances in one undated article: the same occasion, as far as anyone can tell.
        foreach (var article in units.Where(u => !u.Conditional && u.Date is null && !used.Contains(u)).GroupBy(u => u.Position.Document, StringComparer.Ordinal))
        {
            var first = article.First().Direction;
            if (article.Any(u => u.Direction != first))
            {
                drafts.Add(new FindingDraft(ContradictionKind.Conflict, [.. article.Where(u => u.Direction == first)], [.. article.Where(u => u.Direction != first)]));
            }
        }

        return drafts;
    }

    /// <summary>The units said in the same article as a conditional one, or within the period of one.</summary>
    private static List<StanceUnit> Beside(List<StanceUnit> conditional, IEnumerable<StanceUnit> others, int periodDays)
    {
        var articles = conditional.SelectMany(c => c.Documents).ToHashSet(StringComparer.Ordinal);
        var periods = conditional.Where(c => c.Date is not null).Select(c => (From: c.From!.Value.DayNumber - periodDays, To: c.To!.Value.DayNumber + periodDays)).ToArray();
        return [.. others.Where(u => u.Documents.Any(articles.Contains)
            || (u.Date is not null && periods.Any(p => p.From <= u.To!.Value.DayNumber && u.From!.Value.DayNumber <= p.To)))];
    }

    /// <summary>The conditional side against the opposite one beside it, earlier first, without what other findings already hold on the same side.</summary>
    private static FindingDraft? Hedge(List<StanceUnit> conditional, List<StanceUnit> opposite, List<FindingDraft> drafts)
    {
        var conditionalFirst = Order(conditional[0]).CompareTo(Order(opposite[0])) <= 0;
        var (earlier, later) = conditionalFirst ? (conditional, opposite) : (opposite, conditional);
        var heldEarlier = drafts.SelectMany(d => d.Earlier).ToHashSet(ReferenceEqualityComparer.Instance);
        var heldLater = drafts.SelectMany(d => d.Later).ToHashSet(ReferenceEqualityComparer.Instance);
        earlier = [.. earlier.Where(u => !heldEarlier.Contains(u))];
        later = [.. later.Where(u => !heldLater.Contains(u))];
        return earlier.Count > 0 && later.Count > 0 ? new FindingDraft(ContradictionKind.Hedge, earlier, later) : null;
    }

    /// <summary>Dated before undated, then by date and place.</summary>
    private static (int, string, int) Order(StanceUnit u) => (u.From?.DayNumber ?? int.MaxValue, u.Position.Document, u.Position.Start);
}
