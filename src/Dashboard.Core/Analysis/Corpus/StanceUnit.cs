using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

/// <summary>One stance of an actor on a program as a briefing counts it: a statement, or the statements of one utterance cluster (the same words in several outlets).</summary>
/// <param name="Members">The statements and their stance on the program; the first is the clearest.</param>
/// <param name="Direction">+1 for or −1 against; neutral stances join no unit.</param>
/// <param name="Date">When it was said: the earliest date of a dated member, or null when none has one.</param>
/// <param name="Position">Orders units that share a date, or have none: the first member's document and place.</param>
internal sealed record StanceUnit(IReadOnlyList<(StatementRef Ref, ProgramStance Stance)> Members, int Direction, bool Conditional, PartialDate? Date, (string Document, int Start) Position)
{
    public DateOnly? From => Date?.Earliest;

    /// <summary>The last day the date can mean ("2021-12" → 31 December 2021).</summary>
    public DateOnly? To => Date?.Latest;

    public IEnumerable<string> Documents => Members.Select(m => m.Ref.Document.Id);

    /// <summary>
    /// The units of one (actor, program): statements of one cluster merged, neutral ones left out.
    /// A cluster's date is the earliest of any of its members, whatever program they speak of: it
    /// dates an undated outlet's copy of words another outlet dated.
    /// </summary>
    public static List<StanceUnit> Of(IEnumerable<(StatementRef Ref, ProgramStance Stance)> stances, IReadOnlyDictionary<string, UtteranceCluster> clusterOf)
    {
        var units = new List<StanceUnit>();
        foreach (var group in stances.Where(s => s.Stance.Score != 0)
                     .GroupBy(s => clusterOf.TryGetValue(s.Ref.Id, out var cluster) ? cluster.Id : s.Ref.Id, StringComparer.Ordinal))
        {
            var members = group.OrderByDescending(s => Clarity(s)).ThenBy(s => s.Ref.Id, StringComparer.Ordinal).ToList();
            var clearest = members[0];
            var said = clusterOf.TryGetValue(clearest.Ref.Id, out var utterance) ? utterance.Members : members.Select(m => m.Ref);
            var dated = said.Where(m => m.Statement.Date is not null).Select(m => m.Statement.Date!.Value).ToList();
            var first = members.MinBy(m => (m.Ref.Document.Id, m.Ref.Statement.Span.Start))!;
            units.Add(new StanceUnit(members, Math.Sign(clearest.Stance.Score), clearest.Stance.Conditional,
                dated.Count > 0 ? dated.Min() : null, (first.Ref.Document.Id, first.Ref.Statement.Span.Start)));
        }

        return [.. units.OrderBy(u => u.From ?? DateOnly.MaxValue).ThenBy(u => u.Position.Document, StringComparer.Ordinal).ThenBy(u => u.Position.Start)];
    }

    /// <summary>How clearly a statement takes its side: the stronger stance, then a direct quotation, then the more confident reading.</summary>
    public static (int, bool, double) Clarity((StatementRef Ref, ProgramStance Stance) s) =>
        (Math.Abs(s.Stance.Score), s.Ref.Statement.Direct, s.Stance.Confidence);
}
