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

/// <summary>One slide of the briefing: the slide, what its item is now, and the item's notes, tags, verdicts and corrections.</summary>
public sealed record BriefingSlide(SlideView Slide, BriefingContent? Content, IReadOnlyList<AnnotationView> Annotations)
{
    /// <summary>What the item says now, in the terms of <see cref="SlideView.Snapshot"/>; null when the corpus no longer has it.</summary>
    public string? Now => Content is null ? null : SlideSnapshot.Describe(Content);

    /// <summary>The item says something else than when it was pinned (a correction, a re-analysis, new articles).</summary>
    public bool Changed => Now is { } now && Slide.Snapshot.Length > 0 && now != Slide.Snapshot;
}

/// <summary>
/// A briefing's slides (<see cref="BriefingDeck"/>) in order, each item resolved against the
/// current corpus by its stable key.
/// </summary>
public sealed class BriefingQueries(
    IDbContextFactory<DashboardDbContext> contextFactory, AnnotationService annotations, MatrixQueries matrix, StatementQueries statements, CorpusQueries corpus)
{
    /// <summary>How many statements a matrix-cell slide quotes.</summary>
    public const int CellQuotes = 3;

    /// <summary>
    /// The slides of a briefing in their order. A fixed number of queries whatever the number of slides (one per
    /// kind of item for the annotations, one per kind for the items), so a briefing of 200 slides
    /// loads as one of 3 does.
    /// </summary>
    public async Task<IReadOnlyList<BriefingSlide>> SlidesAsync(int deckId, CancellationToken cancellationToken = default)
    {
        List<SlideView> deck;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            deck = (await BriefingDeck.Active(db, deckId).AsNoTracking().ToListAsync(cancellationToken)).Select(BriefingDeck.ToView).ToList();
        }

        var onItems = new List<AnnotationView>();
        foreach (var group in deck.GroupBy(s => s.TargetType))
        {
            onItems.AddRange(await annotations.ForTargetsAsync(group.Key, group.Select(s => s.TargetKey).Distinct().ToList(), cancellationToken));
        }

        var byItem = onItems.ToLookup(a => (a.TargetType, a.TargetKey));
        var contents = await ResolveAsync(deck.Select(s => (s.TargetType, s.TargetKey)).ToList(), cancellationToken);
        return deck.Select(slide => new BriefingSlide(slide, contents.GetValueOrDefault((slide.TargetType, slide.TargetKey)), byItem[(slide.TargetType, slide.TargetKey)].ToList())).ToList();
    }

    /// <summary>What one item is now; null when the corpus no longer has it.</summary>
    public async Task<BriefingContent?> ResolveOneAsync(string targetType, string key, CancellationToken cancellationToken = default) =>
        (await ResolveAsync([(targetType, key)], cancellationToken)).GetValueOrDefault((targetType, key));

    /// <summary>What each pinned item is now, read a kind of item at a time; an item the corpus no longer has is missing.</summary>
    private async Task<Dictionary<(string, string), BriefingContent>> ResolveAsync(List<(string TargetType, string TargetKey)> items, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), BriefingContent>();
        List<string> Keys(string type) => items.Where(p => p.TargetType == type).Select(p => p.TargetKey).Distinct().ToList();

        foreach (var (key, statement) in await statements.ByFingerprintsAsync(Keys("statement"), cancellationToken))
        {
            found[("statement", key)] = new StatementContent(statement);
        }

        foreach (var (key, contradiction) in await corpus.ContradictionsByFingerprintAsync(Keys("contradiction"), cancellationToken))
        {
            found[("contradiction", key)] = new ContradictionContent(contradiction);
        }

        foreach (var (key, cluster) in await corpus.ClustersByIdAsync(Keys("cluster"), cancellationToken))
        {
            found[("cluster", key)] = new ClusterContent(cluster);
        }

        var cellKeys = Keys("cell");
        if (cellKeys.Count > 0)
        {
            // The whole matrix once: it is read from the stored cells, as one actor's and program's would be.
            var view = await matrix.GetAsync(DashboardFilter.None, cancellationToken);
            var cells = cellKeys.Select(CellKey.Split).Where(view.Cells.ContainsKey).Select(k => view.Cells[k]).ToList();
            var quoted = await statements.ByIdsAsync(cells.SelectMany(c => c.StatementIds.TakeLast(CellQuotes)).Distinct().ToList(), cancellationToken);
            var byId = quoted.ToDictionary(s => s.Id);
            foreach (var cell in cells)
            {
                var latest = cell.StatementIds.TakeLast(CellQuotes).Where(byId.ContainsKey).Select(id => byId[id])
                    .OrderByDescending(s => s.Date, StringComparer.Ordinal).ThenByDescending(s => s.Id).ToList();
                found[("cell", CellKey.Of(cell.Actor, cell.Program))] = new CellContent(cell, latest);
            }
        }

        return found;
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
