using Dashboard.Core.Analysis.Stance;

namespace Dashboard.Core.Analysis.Corpus;

public enum Trend
{
    None,
    Up,
    Down,
    Flat,
}

/// <summary>Where one actor stands on one program: mean and latest stance, counts per label, and the trend of the last two.</summary>
public sealed record MatrixCell(
    string Actor,
    string Program,
    StanceLabel Stance,
    double Score,
    int Statements,
    StanceLabel Latest,
    Trend Trend,
    bool LatestConditional,
    IReadOnlyDictionary<StanceLabel, int> Counts,
    IReadOnlyList<string> StatementIds);

public static class MatrixBuilder
{
    public static IReadOnlyList<MatrixCell> Build(IReadOnlyList<StatementRef> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return statements
            .Where(s => s.Statement.Actor is not null)
            .SelectMany(s => s.Statement.Stances.Select(stance => (Ref: s, Stance: stance)))
            .GroupBy(x => (Actor: x.Ref.Statement.Actor!, x.Stance.Program))
            .Select(g => Cell(g.Key.Actor, g.Key.Program, g.ToList()))
            .OrderBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Program, StringComparer.Ordinal)
            .ToList();
    }

    private static MatrixCell Cell(string actor, string program, List<(StatementRef Ref, ProgramStance Stance)> items)
    {
        var ordered = items
            .OrderBy(x => x.Ref.Statement.Date?.Earliest ?? DateOnly.MinValue)
            .ThenBy(x => x.Ref.Document.Metadata.Published ?? DateOnly.MinValue)
            .ThenBy(x => x.Ref.Statement.Index)
            .ToList();
        var mean = Math.Round(items.Average(x => x.Stance.Score), 2);
        var latest = ordered[^1];
        var trend = ordered.Count < 2 ? Trend.None
            : latest.Stance.Score > ordered[^2].Stance.Score ? Trend.Up
            : latest.Stance.Score < ordered[^2].Stance.Score ? Trend.Down
            : Trend.Flat;
        var counts = items.GroupBy(x => x.Stance.Label).ToDictionary(g => g.Key, g => g.Count());
        return new MatrixCell(actor, program, StanceLabels.FromScore(mean), mean, items.Count, latest.Stance.Label, trend,
            latest.Stance.Conditional, counts, ordered.Select(x => x.Ref.Id).ToList());
    }
}
