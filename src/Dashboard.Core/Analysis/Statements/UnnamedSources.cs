using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>Sources nobody names ("a space industry source", "a senior administration official"): whom, if anyone, they speak for.</summary>
internal static partial class UnnamedSources
{
    /// <summary>
    /// "a space industry source": kept as said, with no actor, so it never counts for an agency. "A
    /// senior US administration official" speaks for that country's government, unless "former".
    /// </summary>
    public static Speaker? SpeakerOf(Gazetteer gazetteer, string text, List<Mention> inRegion)
    {
        if (inRegion.Count > 0 || !AnonymousWord().IsMatch(text) || Words.Count(text) > 8)
        {
            return null;
        }

        // "Russian space officials have told …": the auxiliary is the verb's, not the source's.
        var name = TrailingAuxiliary().Replace(Words.Squeeze(text.Trim(' ', ',', '.')), "");
        var former = AttributionPatterns.Former().IsMatch(text);
        var country = gazetteer.Demonyms.Pattern?.Match(text) is { Success: true } demonym ? gazetteer.Demonyms.CountryOf(demonym.Value) : null;
        // "Russian space officials", "Indian space agency sources": the country's space agency.
        if (!former && SpaceSource().IsMatch(text) && country is not null && gazetteer.AgencyOf(country) is { } agency)
        {
            return new Speaker(name, agency.Name, IsPerson: true);
        }

        if (former || !GovernmentSource().IsMatch(text))
        {
            return new Speaker(name, null, IsPerson: true);
        }

        var government = country is not null
            ? gazetteer.GovernmentOf(country)
            : AdministrationSource().IsMatch(text) ? TheAdministration(gazetteer) : null;
        return new Speaker(name, government?.Name, IsPerson: true);
    }

    /// <summary>A source described, not named, in words of lower case: "a senior official", "the official", "industry sources".</summary>
    public static bool IsUnnamed(string? speaker) => speaker is not null && UnnamedSource().IsMatch(speaker);

    /// <summary>
    /// Whom "an administration official" with no country speaks for: the one government the gazetteer also
    /// calls an administration ("Biden administration"), as English-language news uses the word; none if several are.
    /// </summary>
    private static ActorEntry? TheAdministration(Gazetteer gazetteer)
    {
        var called = gazetteer.Actors.Where(a => a.Kind == ActorKind.Government && a.Aliases.Any(alias => alias.EndsWith(" administration", StringComparison.OrdinalIgnoreCase))).Take(2).ToList();
        return called.Count == 1 ? called[0] : null;
    }

    [GeneratedRegex(@"\s+(?:have|has|had)$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingAuxiliary();

    /// <summary>"space officials", "space agency sources": someone speaking for a country's space agency.</summary>
    [GeneratedRegex(@"\bspace\s+(?:agency\s+|program\s+|programme\s+|industry\s+)?(?:official|officials|source|sources)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SpaceSource();

    /// <summary>"administration official", "government source": someone speaking for a government.</summary>
    [GeneratedRegex(@"\b(?:administration|government|state\s+department|foreign\s+ministry)\s+(?:official|officials|source|sources|spokes(?:person|man|woman))\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex GovernmentSource();

    /// <summary>"a senior administration official", "administration sources": no name of whose administration, only words in lower case before it (not "a Federal Aviation Administration official").</summary>
    [GeneratedRegex(@"^\W*(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[\p{Ll}-]+\s+){0,3}?administration\s+(?:official|officials|source|sources)\W*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AdministrationSource();

    /// <summary>The nouns a source nobody names goes by: "a space industry source", "officials", "an analyst".</summary>
    private const string SourceNouns = "source|sources|official|officials|spokes(?:person|man|woman)|expert|experts|analyst|analysts|insider|representative";

    [GeneratedRegex(@"\b(?:" + SourceNouns + @")\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex AnonymousWord();

    [GeneratedRegex(@"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{Ll}-]+\s+){0,5}?(?:" + SourceNouns + @"|insiders|representatives)$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex UnnamedSource();
}
