namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// Which agency a country stands for in one article. The gazetteer gives each country one agency
/// ("the UAE" for the UAE Space Agency), but a country with several acts through the one the article
/// is about: where the text names another agency of that country, and only one, "the UAE will provide
/// the airlock" is that agency's act (the Mohammed Bin Rashid Space Centre builds it).
/// </summary>
public static class CountryAgencies
{
    public static List<Mention> Resolve(Gazetteer gazetteer, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(mentions);
        var namedAgencies = mentions
            .Where(m => m.Kind == MentionKind.Actor && !m.ByCountry)
            .Select(m => gazetteer.ActorsByName[m.Name])
            .Where(a => a.Kind == ActorKind.Agency && a.Country is not null)
            .DistinctBy(a => a.Name)
            .GroupBy(a => a.Country!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

        return mentions.Select(m =>
        {
            if (!m.ByCountry || m.Kind != MentionKind.Actor || gazetteer.ActorsByName[m.Name] is not { Kind: ActorKind.Agency, Country: { } country })
            {
                return m;
            }

            // Its own agency named too, or several others: the country keeps its usual agency.
            return namedAgencies.TryGetValue(country, out var named) && named.Count == 1 && named[0].Name != m.Name
                ? m with { Name = named[0].Name }
                : m;
        }).ToList();
    }
}
