using System.Globalization;
using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Core.Analysis.Corpus;

public enum ContradictionKind
{
    /// <summary>The stance changed over time.</summary>
    Reversal,

    /// <summary>One side is conditional ("could consider … if").</summary>
    Hedge,

    /// <summary>Opposite stances in the same period.</summary>
    Conflict,
}

/// <summary>Two statements of one actor on one program that point opposite ways; <see cref="A"/> is the earlier.</summary>
public sealed record Contradiction(string Actor, string Program, ContradictionKind Kind, StatementRef A, ProgramStance StanceA, StatementRef B, ProgramStance StanceB, double Strength, string Explanation)
{
    public string Id => $"{A.Id}~{B.Id}";
}

/// <summary>
/// Finds contradictions within each (actor, program): pairs whose stances have opposite signs or
/// lie at least three steps apart. Statements reporting the same utterance are not set against each
/// other. Work is grouped by (actor, program), never all pairs of the corpus.
/// </summary>
public static class ContradictionFinder
{
    private const int MaxStatementsPerGroup = 400;
    private const int MaxPairsPerGroup = 50;
    private const int SamePeriodDays = 31;

    public static IReadOnlyList<Contradiction> Find(IReadOnlyList<StatementRef> statements, IReadOnlyList<UtteranceCluster> clusters)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(clusters);
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            foreach (var member in cluster.Members)
            {
                clusterOf[member.Id] = cluster.Id;
            }
        }

        var groups = statements
            .Where(s => s.Statement.Actor is not null)
            .SelectMany(s => s.Statement.Stances.Select(stance => (Ref: s, Stance: stance)))
            .GroupBy(x => (Actor: x.Ref.Statement.Actor!, x.Stance.Program));

        var found = new List<Contradiction>();
        foreach (var group in groups)
        {
            var items = group.Where(x => x.Stance.Label != StanceLabel.Neutral || x.Stance.Cues.Count > 0)
                .OrderByDescending(x => x.Stance.Confidence)
                .Take(MaxStatementsPerGroup)
                .ToList();
            var pairs = new List<Contradiction>();
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (Opposed(items[i].Stance, items[j].Stance)
                        && items[i].Ref.Id != items[j].Ref.Id
                        && !(clusterOf.TryGetValue(items[i].Ref.Id, out var ci) && clusterOf.TryGetValue(items[j].Ref.Id, out var cj) && ci == cj))
                    {
                        pairs.Add(Make(group.Key.Actor, group.Key.Program, items[i], items[j]));
                    }
                }
            }

            found.AddRange(pairs.OrderByDescending(p => p.Strength).Take(MaxPairsPerGroup));
        }

        return found.OrderByDescending(c => c.Strength).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    private static bool Opposed(ProgramStance a, ProgramStance b) =>
        (a.Score * b.Score < 0) || Math.Abs(a.Score - b.Score) >= 3;

    private static Contradiction Make(string actor, string program, (StatementRef Ref, ProgramStance Stance) x, (StatementRef Ref, ProgramStance Stance) y)
    {
        var (first, second) = Order(x, y);
        var kind = first.Stance.Conditional || second.Stance.Conditional
            ? ContradictionKind.Hedge
            : first.Ref.Statement.Date is { } da && second.Ref.Statement.Date is { } db && (db.Earliest.DayNumber - da.Earliest.DayNumber) > SamePeriodDays
                ? ContradictionKind.Reversal
                : ContradictionKind.Conflict;
        var strength = Math.Round(Math.Abs(first.Stance.Score - second.Stance.Score) / 6.0 * ((first.Stance.Confidence + second.Stance.Confidence) / 2) * (kind == ContradictionKind.Hedge ? 0.8 : 1.0), 3);
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{actor} on {program}: {Side(first)}, then {Side(second)}.");
        return new Contradiction(actor, program, kind, first.Ref, first.Stance, second.Ref, second.Stance, strength, explanation);
    }

    /// <summary>Earlier first; undated after dated; then by document and position.</summary>
    private static ((StatementRef Ref, ProgramStance Stance), (StatementRef Ref, ProgramStance Stance)) Order((StatementRef Ref, ProgramStance Stance) x, (StatementRef Ref, ProgramStance Stance) y)
    {
        var dx = x.Ref.Statement.Date?.Earliest ?? DateOnly.MaxValue;
        var dy = y.Ref.Statement.Date?.Earliest ?? DateOnly.MaxValue;
        var swap = dx > dy || (dx == dy && string.CompareOrdinal(x.Ref.Id, y.Ref.Id) > 0);
        return swap ? (y, x) : (x, y);
    }

    /// <summary>refusing ("not interested", 2021-01-25, Sputnik)</summary>
    private static string Side((StatementRef Ref, ProgramStance Stance) side)
    {
        var cue = side.Stance.Cues.OrderByDescending(c => Math.Abs(c.Score)).FirstOrDefault();
        var label = side.Stance.Label.Name() + (side.Stance.Conditional ? " (conditional)" : "");
        var quote = cue is null ? "" : $"\"{cue.Text}\", ";
        return $"{label} ({quote}{DateText(side.Ref)}, {side.Ref.Source})";
    }

    private static string DateText(StatementRef s) => s.Statement.Date?.ToString() ?? "undated";
}
