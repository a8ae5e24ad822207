using System.Globalization;

namespace Dashboard.Data.Briefing;

/// <summary>Who an item is about and a few of its words: enough to look for it again once a re-analysis no longer produces it.</summary>
public sealed record SlideLookup(string? Actor, string? Program, string? Words);

/// <summary>
/// What a pinned item says in one line (its stance and count, its words, its explanation), kept on
/// the slide when it is pinned so the briefing can tell that the item changed since.
/// </summary>
public static class SlideSnapshot
{
    private const int MaxLength = 600;

    public static string Describe(BriefingContent content) => Bounded(content switch
    {
        CellContent cell => string.Create(CultureInfo.InvariantCulture,
            $"latest {cell.Cell.LatestLabel}{(cell.Cell.LatestConditional ? " (conditional)" : "")}, average {cell.Cell.MeanLabel}, {cell.Cell.Count} {(cell.Cell.Count == 1 ? "statement" : "statements")}"),
        StatementContent one => $"{string.Join("; ", one.Statement.Stances.Select(s => $"{s.Program}: {s.Label}"))} · {one.Statement.Text}",
        ContradictionContent pair => pair.Contradiction.Explanation,
        ClusterContent cluster => string.Create(CultureInfo.InvariantCulture,
            $"{cluster.Cluster.Members.Count} versions: {string.Join(", ", cluster.Cluster.Members.Select(m => m.Outlet ?? m.FileName).Distinct(StringComparer.Ordinal))}"),
        _ => "",
    });

    public static SlideLookup Lookup(BriefingContent content) => content switch
    {
        CellContent cell => new SlideLookup(cell.Cell.Actor, cell.Cell.Program, null),
        StatementContent one => new SlideLookup(one.Statement.Actor, null, Words(one.Statement.Text)),
        ContradictionContent pair => new SlideLookup(pair.Contradiction.Actor, pair.Contradiction.Program, null),
        ClusterContent cluster when cluster.Cluster.Members.Count > 0 => new SlideLookup(cluster.Cluster.Members[0].Actor, null, Words(cluster.Cluster.Members[0].Text)),
        _ => new SlideLookup(null, null, null),
    };

    /// <summary>The longest words of a text, at most three: a search that finds it, and a re-analysed span of the same words.</summary>
    private static string Words(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('“', '”', '"', '\'', '‘', '’', ',', '.', ';', ':', '!', '?', '(', ')', '[', ']'))
            .Where(w => w.Length >= 5 && w.All(char.IsLetter))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Take(3));

    private static string Bounded(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
