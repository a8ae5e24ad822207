using Dashboard.Data.Annotations;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Briefing;

/// <summary>What a slide shows. Null content: the pinned item is no longer in the corpus (the pin stays, and says so).</summary>
public abstract record BriefingContent;

public sealed record CellContent(MatrixCellView Cell, IReadOnlyList<StatementView> Latest) : BriefingContent;

public sealed record StatementContent(StatementView Statement) : BriefingContent;

public sealed record ContradictionContent(ContradictionView Contradiction) : BriefingContent;

public sealed record ClusterContent(ClusterView Cluster) : BriefingContent;

/// <summary>One slide of the briefing: the pin, what it points at now, and the item's notes, tags, verdicts and corrections.</summary>
public sealed record BriefingSlide(AnnotationView Pin, BriefingContent? Content, IReadOnlyList<AnnotationView> Annotations);

/// <summary>
/// The shared briefing: items pinned from the views (kind "pin" annotations, in the order they
/// were pinned), each resolved against the current corpus by its stable key.
/// </summary>
public sealed class BriefingQueries(
    IDbContextFactory<DashboardDbContext> contextFactory, AnnotationService annotations, MatrixQueries matrix, StatementQueries statements, CorpusQueries corpus)
{
    public const string PinKind = "pin";

    /// <summary>How many statements a matrix-cell slide quotes.</summary>
    public const int CellQuotes = 3;

    public async Task<IReadOnlyList<AnnotationView>> PinsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.Annotations.AsNoTracking().Where(a => a.Kind == PinKind && !a.Deleted)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new { a.TargetType, a.TargetKey })
            .ToListAsync(cancellationToken);
        var pins = new List<AnnotationView>();
        foreach (var group in keys.GroupBy(k => k.TargetType))
        {
            pins.AddRange((await annotations.ForTargetsAsync(group.Key, group.Select(k => k.TargetKey).ToList(), cancellationToken)).Where(a => a.Kind == PinKind));
        }

        return pins.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToList();
    }

    public async Task<IReadOnlyList<BriefingSlide>> SlidesAsync(CancellationToken cancellationToken = default)
    {
        var slides = new List<BriefingSlide>();
        foreach (var pin in await PinsAsync(cancellationToken))
        {
            var content = await ResolveAsync(pin.TargetType, pin.TargetKey, cancellationToken);
            var notes = (await annotations.ForTargetsAsync(pin.TargetType, [pin.TargetKey], cancellationToken)).Where(a => a.Kind != PinKind).ToList();
            slides.Add(new BriefingSlide(pin, content, notes));
        }

        return slides;
    }

    private async Task<BriefingContent?> ResolveAsync(string targetType, string key, CancellationToken cancellationToken)
    {
        switch (targetType)
        {
            case "cell":
                var (actor, program) = CellKey.Split(key);
                var view = await matrix.GetAsync(DashboardFilter.None with { Actors = [actor], Programs = [program] }, cancellationToken);
                if (!view.Cells.TryGetValue((actor, program), out var cell))
                {
                    return null;
                }

                var quoted = (await statements.ByIdsAsync(cell.StatementIds.TakeLast(CellQuotes).ToList(), cancellationToken))
                    .OrderByDescending(s => s.Date, StringComparer.Ordinal).ThenByDescending(s => s.Id).ToList();
                return new CellContent(cell, quoted);
            case "statement":
                return await statements.ByFingerprintAsync(key, cancellationToken) is { } statement ? new StatementContent(statement) : null;
            case "contradiction":
                return await corpus.ContradictionAsync(key, cancellationToken) is { } contradiction ? new ContradictionContent(contradiction) : null;
            case "cluster":
                return await corpus.ClusterAsync(key, cancellationToken) is { } cluster ? new ClusterContent(cluster) : null;
            default:
                return null;
        }
    }
}

/// <summary>A matrix cell's annotation key: "actor|program".</summary>
public static class CellKey
{
    public static string Of(string actor, string program) => $"{actor}|{program}";

    public static (string Actor, string Program) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (key, "") : (key[..bar], key[(bar + 1)..]);
    }
}
