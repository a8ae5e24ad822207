namespace Dashboard.Core.Analysis.Entities;

/// <summary>What differs between two gazetteers, in words for the change history ("added actor SpaceX; changed program Artemis").</summary>
public static class GazetteerChanges
{
    public static string Describe(Gazetteer before, Gazetteer after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        Compare("actor", before.Actors, after.Actors, a => a.Name, a => $"{a.Kind}|{a.Country}|{string.Join('|', a.Aliases)}|{string.Join('|', a.Domains)}|{string.Join('|', a.CountryNames)}|{string.Join('|', a.Demonyms)}", changes);
        Compare("person", before.People, after.People, p => p.Name,
            p => string.Join('|', p.Aliases) + "#" + string.Join('|', p.Roles.Select(r => $"{r.Actor},{r.Title},{r.From},{r.To}")), changes);
        Compare("program", before.Programs, after.Programs, p => p.Name, p => $"{p.Lead}|{p.Since}|{p.Kind}|{string.Join('|', p.Aliases)}|{string.Join('|', p.Parts)}|{string.Join('|', p.Partners)}", changes);
        return changes.Count == 0 ? "no change to any entry (layout only)" : string.Join("; ", changes);
    }

    private static void Compare<T>(string kind, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> name, Func<T, string> content, List<string> changes)
    {
        var old = before.ToDictionary(name, content, StringComparer.OrdinalIgnoreCase);
        var now = after.ToDictionary(name, content, StringComparer.OrdinalIgnoreCase);
        changes.AddRange(now.Keys.Where(n => !old.ContainsKey(n)).Select(n => $"added {kind} {n}"));
        changes.AddRange(old.Keys.Where(n => !now.ContainsKey(n)).Select(n => $"removed {kind} {n}"));
        changes.AddRange(now.Where(e => old.TryGetValue(e.Key, out var was) && was != e.Value).Select(e => $"changed {kind} {e.Key}"));
    }
}
