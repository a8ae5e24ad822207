namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// Which agency a country stands for where it is named. The gazetteer gives each country one agency
/// ("the UAE" for the UAE Space Agency), but a country with several acts through the one the passage
/// is about: where the text names another agency of that country close by, and only one, "the
/// UAE will provide the airlock" is that agency's act (the Mohammed Bin Rashid Space Centre builds it).
/// </summary>
public static class CountryAgencies
{
    /// <summary>How far before or after the country its other agency may be named (about a paragraph: a headline's country and the first paragraph's agency).</summary>
    private const int Reach = 600;

    public static List<Mention> Resolve(Gazetteer gazetteer, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions.Select(m =>
        {
            if (!m.ByCountry || m.Kind != MentionKind.Actor || gazetteer.ActorsByName[m.Name] is not { Kind: ActorKind.Agency, Country: { } country })
            {
                return m;
            }

            var named = mentions
                .Where(n => n.Kind == MentionKind.Actor && !n.ByCountry && n.End >= m.Start - Reach && n.Start <= m.End + Reach)
                .Select(n => gazetteer.ActorsByName[n.Name])
                .Where(a => a.Kind == ActorKind.Agency && string.Equals(a.Country, country, StringComparison.OrdinalIgnoreCase))
                .DistinctBy(a => a.Name)
                .ToList();
            // Its own agency named too, or several others: the country keeps its usual agency.
            return named.Count == 1 && named[0].Name != m.Name ? m with { Name = named[0].Name } : m;
        }).ToList();
    }
}
