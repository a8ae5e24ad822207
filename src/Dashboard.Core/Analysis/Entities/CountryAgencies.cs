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
        // Agencies named by their own names, by where they end: each country looks only at those within
        // its reach (a text naming a country thousands of times stays linear).
        var agencies = mentions
            .Where(n => n.Kind == MentionKind.Actor && !n.ByCountry && gazetteer.ActorsByName[n.Name] is { Kind: ActorKind.Agency, Country: not null })
            .OrderBy(n => n.End)
            .ToList();
        var ends = agencies.Select(n => n.End).ToArray();
        var longest = agencies.Count == 0 ? 0 : agencies.Max(n => n.Length);
        return mentions.Select(m =>
        {
            if (!m.ByCountry || m.Kind != MentionKind.Actor || gazetteer.ActorsByName[m.Name] is not { Kind: ActorKind.Agency, Country: { } country })
            {
                return m;
            }

            var named = new List<string>();
            for (var i = FirstEndingAtOrAfter(ends, m.Start - Reach); i < agencies.Count && ends[i] <= m.End + Reach + longest; i++)
            {
                var agency = gazetteer.ActorsByName[agencies[i].Name];
                if (agencies[i].Start <= m.End + Reach && string.Equals(agency.Country, country, StringComparison.OrdinalIgnoreCase) && !named.Contains(agency.Name))
                {
                    named.Add(agency.Name);
                }
            }

            // Its own agency named too, or several others: the country keeps its usual agency.
            return named is [var only] && only != m.Name ? m with { Name = only } : m;
        }).ToList();
    }

    private static int FirstEndingAtOrAfter(int[] ends, int position)
    {
        var index = Array.BinarySearch(ends, position);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && ends[index - 1] == position)
        {
            index--;
        }

        return index;
    }
}
