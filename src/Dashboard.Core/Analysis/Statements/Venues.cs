using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>Where a statement was made, when the text says: a press conference, an interview with an outlet, Telegram, Twitter, Facebook.</summary>
internal static partial class Venues
{
    public static string? Find(string text, Gazetteer gazetteer)
    {
        var conference = PressConference().Match(text);
        if (conference.Success)
        {
            var venue = Words.Squeeze(conference.Value);
            venue = venue[LeadingPreposition().Match(venue).Length..];
            return venue.TrimEnd('.', ',');
        }

        var interview = Interview().Match(text);
        if (interview.Success)
        {
            var who = interview.Groups["who"].Value;
            var outlet = OutletIn(who, gazetteer) ?? TrailingName().Match(who).Value.Trim();
            return outlet.Length > 0 ? $"interview with {outlet}" : "interview";
        }

        if (Telegram().IsMatch(text))
        {
            return "Telegram";
        }

        if (Twitter().IsMatch(text))
        {
            return "Twitter";
        }

        if (Facebook().IsMatch(text))
        {
            return "Facebook";
        }

        var told = ToldOutlet().Match(text);
        if (told.Success && OutletIn(told.Groups["who"].Value, gazetteer) is { } toldOutlet)
        {
            return $"interview with {toldOutlet}";
        }

        return Statement().IsMatch(text) ? "statement" : null;
    }

    private static string? OutletIn(string text, Gazetteer gazetteer) =>
        gazetteer.Matcher.Find(text).FirstOrDefault(m => m.Kind == MentionKind.Actor && gazetteer.ActorsByName[m.Name].Kind == ActorKind.Outlet)?.Name;

    [GeneratedRegex(@"\b(?:told|at|during|in|to)\s+(?:an?\s+|the\s+)?(?:(?:virtual|online|joint|annual|televised|live|brief)\s+)*(?:press|news)\s+(?:conference|briefing)(?:\s+(?:at|during|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’\-]*|of|and|the|for|\s)+)?", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex PressConference();

    [GeneratedRegex(@"^(?:told|at|during|in|to)\s+(?:an?\s+|the\s+)?", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"\binterview\s+(?:with|to)\s+(?<who>(?:[\p{L}.\-]+\s+){0,3}\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Interview();

    /// <summary>The name at the end of "Russian tabloid Komsomolskaya Pravda".</summary>
    [GeneratedRegex(@"(?:\p{Lu}[\p{L}.]*\s*)+$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingName();

    [GeneratedRegex(@"\bTelegram\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Telegram();

    [GeneratedRegex(@"\btweet(?:ed|s)?\b|\bon\s+(?:his\s+|her\s+|its\s+)?Twitter\b|\bon\s+X\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Twitter();

    [GeneratedRegex(@"\bFacebook\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Facebook();

    [GeneratedRegex(@"\btold\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ToldOutlet();

    [GeneratedRegex(@"\bin\s+a\s+(?:written\s+)?statement\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Statement();
}
