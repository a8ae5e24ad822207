using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Ministers speak for their country ("Canadian Industry Minister Navdeep Bains", "Science Minister
/// Amanda Solloway"): for its government where the gazetteer lists one, else for the agency that
/// stands for the country (<see cref="Gazetteer.GovernmentOf"/>). The country is the one named just
/// before the title or, when none is, the country the article is about: the one it names most, and
/// clearly more than any other. A head of state ("South Korean President Kim", "the French president") speaks for
/// the country named right before the title, and only then.
/// </summary>
internal sealed partial class GovernmentMembers(Gazetteer gazetteer, string raw, IReadOnlyList<Mention> mentions)
{
    /// <summary>How far before a title its country may be named ("Canadian Innovation, Science and Industry Minister").</summary>
    private const int CountryReach = 60;

    private readonly Lazy<string?> home = new(() => Home(gazetteer, raw, mentions));

    /// <summary>How far before "President" its country must be named ("South Korean President", "Korea's President").</summary>
    private const int HeadOfStateReach = 16;

    private const string Head = "president";

    /// <summary>The first minister's title in <paramref name="text"/>, else the first "President".</summary>
    public static Match Title(string text) => MinisterTitle().Match(text) is { Success: true } minister ? minister : PresidentTitle().Match(text);

    /// <summary>
    /// The actor a minister (or head of state) whose title ends at <paramref name="titleEnd"/> speaks for: the country
    /// named in the words before it (from <paramref name="from"/> on), else, for a minister, the article's own country.
    /// </summary>
    public string? ActorFor(int from, int titleEnd)
    {
        if (titleEnd >= Head.Length && raw.AsSpan(titleEnd - Head.Length, Head.Length).Equals(Head, StringComparison.OrdinalIgnoreCase))
        {
            // A head of state speaks for the country named right before the title ("South Korean President", "the French
            // president"), never for the article's own: a president alone is as often an agency's or a firm's.
            var named = CountryRightBefore(Math.Max(from, titleEnd - Head.Length - HeadOfStateReach), titleEnd - Head.Length);
            return named is null ? null : gazetteer.GovernmentOf(named)?.Name;
        }

        if (DiplomatEnding().IsMatch(raw.AsSpan(Math.Max(0, titleEnd - DiplomatWordLength), Math.Min(titleEnd, DiplomatWordLength))))
        {
            // A diplomat speaks for the country named just before the title ("Russian deputy ambassador to India"), never
            // for the article's own: the country an envoy is posted to is named as often.
            var posted = CountryIn(Math.Max(from, titleEnd - DiplomatReach), titleEnd);
            return posted is null ? null : gazetteer.GovernmentOf(posted)?.Name;
        }

        from = Math.Max(from, titleEnd - CountryReach);
        // "Venezuela's minister": a country the gazetteer does not know, not the article's own.
        // (from may lie past the title: "Science Minister Jane Roe, head of …" read as a name, then its title, from the name's end)
        var country = CountryIn(from, titleEnd) ?? (from < titleEnd && UnknownCountry().IsMatch(raw[from..titleEnd]) ? null : home.Value);
        return country is null ? null : gazetteer.GovernmentOf(country)?.Name;
    }

    private string? CountryIn(int from, int to)
    {
        if (from >= to)
        {
            return null;
        }

        var named = mentions.LastOrDefault(m => m.ByCountry && m.Start >= from && m.End <= to);
        if (named is not null)
        {
            return gazetteer.ActorsByName[named.Name].Country;
        }

        var adjective = gazetteer.Demonyms.Pattern?.Matches(raw[from..to]).LastOrDefault();
        return adjective is null ? null : gazetteer.Demonyms.CountryOf(adjective.Value);
    }

    /// <summary>The country whose name or adjective is the last thing before <paramref name="to"/> ("South Korean ", "Korea's "), not "Korean Air ".</summary>
    private string? CountryRightBefore(int from, int to)
    {
        if (from >= to)
        {
            return null; // read from past this title ("… U.S. President John Roe, Russian President …" from the name's end)
        }

        bool EndsHere(int end) => OnlyPossessive().IsMatch(raw.AsSpan(end, to - end));
        if (mentions.LastOrDefault(m => m.ByCountry && m.Start >= from && m.End <= to) is { } named && EndsHere(named.End))
        {
            return gazetteer.ActorsByName[named.Name].Country;
        }

        var adjective = gazetteer.Demonyms.Pattern?.Matches(raw[from..to]).LastOrDefault();
        return adjective is not null && EndsHere(from + adjective.Index + adjective.Length) ? gazetteer.Demonyms.CountryOf(adjective.Value) : null;
    }

    /// <summary>The country the article names most (by country name or adjective), if clearly ahead of the next.</summary>
    private static string? Home(Gazetteer gazetteer, string raw, IReadOnlyList<Mention> mentions)
    {
        var named = mentions.Where(m => m.ByCountry).Select(m => gazetteer.ActorsByName[m.Name].Country)
            .Concat(gazetteer.Demonyms.Pattern is { } demonym ? demonym.Matches(raw).Select(m => gazetteer.Demonyms.CountryOf(m.Value)) : [])
            .OfType<string>()
            .GroupBy(c => c, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Country: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count)
            .ToList();
        return named.Count > 0 && named[0].Count >= 2 && (named.Count == 1 || named[0].Count > named[1].Count * 1.5) ? named[0].Country : null;
    }

    /// <summary>A capitalised possessive ("Venezuela's") or a capitalised adjective of nationality ("Venezuelan", "Pakistani").</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:['’]s|ian|an|ese|i|ish)\s", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex UnknownCountry();

    /// <summary>"Minister", "Prime Minister", the press's "PM" before a name ("PM Modi"; not "5 PM"), and a diplomat ("deputy ambassador", "envoy").</summary>
    [GeneratedRegex(@"\b(?:[Pp]rime\s+)?[Mm]inister\b|(?:^|[^\d\s])\s*\bPM\s+\p{Lu}|\b(?:[Aa]mbassador|[Ee]nvoy|[Dd]iplomat)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex MinisterTitle();

    /// <summary>A title that ends in a diplomat's word.</summary>
    [GeneratedRegex(@"(?i:ambassador|envoy|diplomat)$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DiplomatEnding();

    private const int DiplomatWordLength = 10;

    /// <summary>How far before a diplomat's title its country may be named ("Russian deputy ambassador", "the Chinese envoy").</summary>
    private const int DiplomatReach = 30;

    /// <summary>"President" as a title, or "president" after a capitalised word ("the French president"); only its end is used.</summary>
    [GeneratedRegex(@"\bPresident\b|\b\p{Lu}[\p{L}.]*(?:['’]s)?\s+president\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PresidentTitle();

    [GeneratedRegex(@"^(?:['’]s)?\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OnlyPossessive();
}
