using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// Agencies named together by their countries' adjectives: "the US and Russian space agencies",
/// "the Japanese, Indian and European space agencies". Each adjective becomes a mention of its
/// country's agency, so the names coordinate as if the agencies had been named one by one. One
/// adjective before "space agency" in lower case ("the Italian space agency") is that country's
/// agency too, the whole phrase its mention; so is one before "astronaut" ("Canadian astronaut Jeremy Hansen").
/// </summary>
public static partial class AgencyDescriptions
{
    /// <summary>The mentions with one added for each country adjective of such a phrase, in text order.</summary>
    public static IReadOnlyList<Mention> Resolve(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (gazetteer.Demonyms.Pattern is not { } demonym)
        {
            return mentions;
        }

        var added = new List<Mention>();
        foreach (Match phrase in Plural().Matches(text))
        {
            var words = text[phrase.Index..(phrase.Index + phrase.Length)];
            foreach (Match adjective in demonym.Matches(words))
            {
                var country = gazetteer.Demonyms.CountryOf(adjective.Value);
                var agency = gazetteer.AgencyOf(country);
                var start = phrase.Index + adjective.Index;
                var end = start + adjective.Value.TrimEnd().Length;
                if (agency is not null && !mentions.Any(m => m.Start < end && start < m.End))
                {
                    added.Add(new Mention(start, end, MentionKind.Actor, agency.Name));
                }
            }
        }

        foreach (Match phrase in Singular().Matches(text))
        {
            // The whole run of capitals must be one adjective: "South Korean" is, "North Korean" is not Korean.
            var before = phrase.Groups["before"];
            var start = before.Success && !Determiner().IsMatch(before.Value) ? before.Index : phrase.Groups["adjective"].Index;
            var words = text[start..(phrase.Groups["adjective"].Index + phrase.Groups["adjective"].Length)];
            var adjective = demonym.Match(words);
            var end = phrase.Index + phrase.Length;
            // An astronaut speaks for the agency only when named ("Canadian astronaut Jeremy Hansen"); "an Indian astronaut will land" is no party.
            if (phrase.Groups["astronaut"].Success && !NameAfter().IsMatch(text.AsSpan(end)))
            {
                continue;
            }

            if (!adjective.Success || adjective.Index != 0 || adjective.Value.TrimEnd().Length != words.Length
                || gazetteer.AgencyOf(gazetteer.Demonyms.CountryOf(adjective.Value)) is not { } agency || mentions.Any(m => m.Start < end && start < m.End))
            {
                continue;
            }

            added.Add(new Mention(start, end, MentionKind.Actor, agency.Name));
        }

        return AddedMentions.Merge(mentions, added);
    }

    /// <summary>Two or more capitalised adjectives joined by commas or "and", then "space agencies".</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}.]*(?:\s*,\s*\p{Lu}[\p{L}.]*)*\s*(?:,\s*)?(?:and|&)\s+\p{Lu}[\p{L}.]*\s+space\s+agencies\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Plural();

    /// <summary>One capitalised adjective, then "space agency" written in lower case, as a description rather than a name, or a
    /// national astronaut named after it ("Canadian astronaut Jeremy Hansen", who flies for and speaks for that agency); a capitalised word before it is kept to be checked.</summary>
    [GeneratedRegex(@"\b(?:(?<before>\p{Lu}\p{L}*)\s+)?(?<adjective>\p{Lu}[\p{L}.]*)\s+(?:space\s+agency|(?<astronaut>astronaut|cosmonaut|taikonaut))\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Singular();

    [GeneratedRegex(@"^\s+\p{Lu}\p{Ll}+\s+\p{Lu}", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NameAfter();

    [GeneratedRegex(@"^(?:The|A|An|This|That|Its|Their)$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Determiner();
}
