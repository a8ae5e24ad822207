using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// The party-and-state tag the US press puts after a member of Congress: "Rep. Kendra Horn (D-Okla.)",
/// "Sen. Jerry Moran, R-Kan., said". The tag says where the person sits as surely as a title does, so
/// it becomes a mention of the legislature (the gazetteer's government with the alias "Congress") and the person is
/// introduced by it like "NASA Administrator …" is by the agency.
/// </summary>
public static partial class LegislatorTags
{
    /// <summary>The mentions with one added for each tag after a name, in text order.</summary>
    public static IReadOnlyList<Mention> Resolve(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (Legislature(gazetteer) is not { } congress || !text.Contains('-', StringComparison.Ordinal))
        {
            return mentions;
        }

        var added = new List<Mention>();
        foreach (Match match in AfterName().Matches(text))
        {
            var tag = match.Groups["tag"];
            if (!mentions.Any(m => m.Start < tag.Index + tag.Length && tag.Index < m.End))
            {
                added.Add(new Mention(tag.Index, tag.Index + tag.Length, MentionKind.Actor, congress) { ByTag = true });
            }
        }

        return AddedMentions.Merge(mentions, added);
    }

    /// <summary>Reads a tag's abbreviation stops as spaces (same length), so they end no sentence or speaker: "(D-Okla.)" → "(D-Okla )".</summary>
    public static string WithoutStops(string text) => text.Contains('-', StringComparison.Ordinal)
        ? AfterName().Replace(text, m => m.Value.Replace('.', ' '))
        : text;

    private static string? Legislature(Gazetteer gazetteer) =>
        gazetteer.Actors.FirstOrDefault(a => a.Kind == ActorKind.Government && a.Aliases.Contains("Congress", StringComparer.Ordinal))?.Name;

    /// <summary>
    /// A capitalised surname, then "(D-Okla.)" or ", R-Texas," (party letter, hyphen, a state as the press abbreviates it, or its
    /// postal code); after a member's title the local press may write the home town instead: "Sen. Jane Roe (R-Tuscaloosa)".
    /// </summary>
    [GeneratedRegex(@"\p{Lu}[\p{Ll}'’-]+(?:\s*\(|,\s*)(?<tag>[DRI]-(?:" + States + @"|\p{Lu}{2}))(?:\)|,)|\b(?:Sen|Rep|Senator|Representative|Congressman|Congresswoman)\.?\s+(?:\p{Lu}[\p{Ll}.'’-]*\s+){0,2}\p{Lu}[\p{Ll}'’-]+\s*\((?<tag>[DRI]-\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AfterName();

    /// <summary>The states in the press's abbreviations and in full where it writes them so (AP style).</summary>
    private const string States =
        @"Ala\.|Alaska|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Hawaii|Idaho|Ill\.|Ind\.|Iowa|Kan\.|Ky\.|La\.|Maine|Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|N\.C\.|N\.D\.|Ohio|Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Texas|Utah|Vt\.|Va\.|Wash\.|W\.Va\.|Wis\.|Wyo\.";
}
