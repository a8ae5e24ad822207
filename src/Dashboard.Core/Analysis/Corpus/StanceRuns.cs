namespace Dashboard.Core.Analysis.Corpus;

/// <summary>Two sides of a finding before it is explained: the units of each, earlier side first.</summary>
internal sealed record FindingDraft(ContradictionKind Kind, IReadOnlyList<StanceUnit> Earlier, IReadOnlyList<StanceUnit> Later);

/// <summary>
/// The line of an actor's dated, unconditional stances on a program cut into runs of one direction.
/// Two neighbouring runs far apart in time are a reversal (the later run may open the next one);
/// runs that all fall within one short period are a single conflict, so a position that flips daily
/// gives one finding per period, not one per flip.
/// </summary>
internal static class StanceRuns
{
    public static List<FindingDraft> Find(IReadOnlyList<StanceUnit> dated, int periodDays)
    {
        var runs = new List<List<StanceUnit>>();
        foreach (var unit in dated)
        {
            if (runs.Count > 0 && runs[^1][0].Direction == unit.Direction)
            {
                runs[^1].Add(unit);
            }
            else
            {
                runs.Add([unit]);
            }
        }

        var found = new List<FindingDraft>();
        var i = 0;
        while (i < runs.Count - 1)
        {
            var start = runs[i][0].From!.Value;
            var end = i + 1;
            while (end < runs.Count && WithinPeriod(start, runs[end], periodDays))
            {
                end++;
            }

            if (end - i >= 2)
            {
                // runs[i..end) fit in one period: opposite stances side by side.
                var units = runs.Skip(i).Take(end - i).SelectMany(r => r).ToList();
                found.Add(new FindingDraft(ContradictionKind.Conflict, [.. units.Where(u => u.Direction == runs[i][0].Direction)], [.. units.Where(u => u.Direction != runs[i][0].Direction)]));
                i = end;
                continue;
            }

            found.Add(new FindingDraft(ContradictionKind.Reversal, runs[i], runs[i + 1]));
            i++;
        }

        return found;
    }

    private static bool WithinPeriod(DateOnly start, List<StanceUnit> run, int periodDays) =>
        run[^1].To!.Value.DayNumber - start.DayNumber <= periodDays;
}
