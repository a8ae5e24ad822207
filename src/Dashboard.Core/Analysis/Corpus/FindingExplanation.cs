using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Corpus;

/// <summary>
/// Turns a finding's two sides into what a briefing reads: each side's stance (the one most of its
/// utterances take, the stronger on a tie), its clearest statement of that stance (a direct
/// quotation first, then the surer reading), the finding's strength, and one sentence naming both
/// periods and outlets.
/// </summary>
internal static class FindingExplanation
{
    public static Contradiction Make(string actor, string program, FindingDraft draft)
    {
        var earlier = Side(draft.Earlier);
        var later = Side(draft.Later);
        var a = Clearest(draft.Earlier, earlier.Stance);
        var b = Clearest(draft.Later, later.Stance);
        var (first, second) = draft.Kind == ContradictionKind.Hedge && a.Stance.Conditional ? ((later, b), (earlier, a)) : ((earlier, a), (later, b));
        var one = Describe(first.Item1, first.Item2);
        var other = Describe(second.Item1, second.Item2);
        var explanation = draft.Kind switch
        {
            ContradictionKind.Reversal => $"{actor} on {program} went from {one} to {other}.",
            ContradictionKind.Conflict => $"{actor} on {program} was both {one} and {other} in the same period.",
            _ => $"{actor} on {program} was {one}, yet {other}.",
        };
        return new Contradiction(actor, program, draft.Kind, a.Ref, a.Stance, b.Ref, b.Stance, Strength(draft.Kind, a, b, earlier, later), explanation)
        {
            Earlier = earlier,
            Later = later,
        };
    }

    /// <summary>
    /// How far apart the two stances are (0–1), times how sure both readings are, how many outlets
    /// independently report each side (one: half weight), and how many of the pair are direct quotations.
    /// </summary>
    private static double Strength(ContradictionKind kind, (StatementRef Ref, ProgramStance Stance) a, (StatementRef Ref, ProgramStance Stance) b, FindingSide earlier, FindingSide later)
    {
        var apart = Math.Abs(a.Stance.Score - b.Stance.Score) / 6.0;
        var sure = (a.Stance.Confidence + b.Stance.Confidence) / 2;
        var outlets = 1 - Math.Pow(0.5, Math.Min(earlier.Sources.Count, later.Sources.Count));
        var direct = ((a.Ref.Statement.Direct ? 1 : 0) + (b.Ref.Statement.Direct ? 1 : 0)) / 2.0;
        var hedged = kind == ContradictionKind.Hedge ? 0.8 : 1.0;
        return Math.Round(apart * sure * (0.5 + 0.5 * outlets) * (0.75 + 0.25 * direct) * hedged, 3);
    }

    private static (StatementRef Ref, ProgramStance Stance) Clearest(IReadOnlyList<StanceUnit> units, StanceLabel stance) =>
        units.Select(u => u.Members[0]).Where(m => m.Stance.Label == stance)
            .MaxBy(m => (m.Ref.Statement.Direct, m.Stance.Confidence, m.Stance.Cues.Count));

    /// <summary>The stance most of the side's utterances take; on a tie, the stronger.</summary>
    private static StanceLabel Typical(IReadOnlyList<StanceUnit> units) =>
        units.GroupBy(u => u.Members[0].Stance.Label).MaxBy(g => (g.Count(), Math.Abs((int)g.Key)))!.Key;

    private static FindingSide Side(IReadOnlyList<StanceUnit> units)
    {
        var dated = units.Where(u => u.Date is not null).ToList();
        var statements = units.SelectMany(u => u.Members.Select(m => m.Ref))
            .OrderBy(s => s.Statement.Date?.Earliest ?? DateOnly.MaxValue).ThenBy(s => s.Document.Id, StringComparer.Ordinal).ThenBy(s => s.Statement.Span.Start)
            .ToList();
        return new FindingSide(
            dated.Count > 0 ? dated.MinBy(u => u.From)!.Date : null,
            dated.Count > 0 ? dated.MaxBy(u => u.To)!.Date : null,
            Typical(units),
            statements);
    }

    /// <summary>refusing ("not interested"; 2021-01-25; Interfax, Sputnik)</summary>
    private static string Describe(FindingSide side, (StatementRef Ref, ProgramStance Stance) clearest)
    {
        var label = (clearest.Stance.Conditional ? "conditionally " : "") + side.Stance.Name();
        var cue = clearest.Stance.Cues.OrderByDescending(c => Math.Abs(c.Score)).FirstOrDefault();
        var quote = cue is null ? "" : $"\"{cue.Text}\"; ";
        return $"{label} ({quote}{FindingSide.PeriodText(side.From?.ToString(), side.To?.ToString())}; {string.Join(", ", side.Sources)})";
    }
}
