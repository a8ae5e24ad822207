using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// Programs named by description rather than by name: "the station", "this project", "the accords",
/// "participation in it". Each description stands for the last program of a compatible kind the
/// text named before it (not further back than a few paragraphs), and becomes a mention of it.
/// Indefinite descriptions ("a second space station") name nothing already known and are left alone.
/// </summary>
public static partial class ProgramDescriptions
{
    /// <summary>How far back a description may reach for its program.</summary>
    private const int Reach = 1500;

    /// <summary>The mentions with one added for each description that resolves, in text order.</summary>
    public static IReadOnlyList<Mention> Resolve(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var programs = mentions.Where(m => m.Kind == MentionKind.Program).ToList();
        if (programs.Count == 0)
        {
            return mentions;
        }

        var added = new List<Mention>();
        foreach (Match match in Description().Matches(text))
        {
            var noun = match.Groups["noun"];
            if (mentions.Any(m => m.Start < match.Index + match.Length && m.End > match.Index))
            {
                continue; // part of a name ("the Gateway station")
            }

            var kinds = KindsOf(noun.Value);
            var antecedent = programs.LastOrDefault(p => p.End <= match.Index && match.Index - p.End <= Reach && kinds.Contains(gazetteer.ProgramsByName[p.Name].Kind)
                && !ComparedTo().IsMatch(text[Math.Max(0, p.Start - 30)..p.Start]));
            if (antecedent is not null)
            {
                added.Add(new Mention(match.Index, match.Index + match.Length, MentionKind.Program, antecedent.Name));
            }
        }

        return added.Count == 0 ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }

    private static ProgramKind[] KindsOf(string noun) => noun.ToLowerInvariant() switch
    {
        "station" or "outpost" or "platform" or "base" => [ProgramKind.Station],
        "accord" or "accords" or "agreement" or "pact" or "principles" or "framework" => [ProgramKind.Agreement],
        "mission" or "rover" => [ProgramKind.Mission, ProgramKind.Program],
        "program" or "programme" => [ProgramKind.Program, ProgramKind.Mission, ProgramKind.Station],
        "it" => [ProgramKind.Program, ProgramKind.Mission, ProgramKind.Station, ProgramKind.Agreement],
        _ => [ProgramKind.Program, ProgramKind.Mission, ProgramKind.Station], // project, initiative, endeavour, effort
    };

    /// <summary>
    /// Words that open a comparison ("similar to the ISS", "compared with Tiangong"): a program named
    /// after them is background, neither the topic of the stance nor what a later description refers to.
    /// </summary>
    internal const string ComparisonWords = @"similar\s+to|unlike|compared\s+(?:to|with)|modell?ed\s+on|as\s+(?:with|on|in)";

    /// <summary>A program named in a comparison ("similar to the ISS") is not what a later description refers to.</summary>
    [GeneratedRegex(@"\b(?:" + ComparisonWords + @"|like)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ComparedTo();

    /// <summary>A definite or demonstrative description, or "it" after a word of participation.</summary>
    [GeneratedRegex(
        @"\b(?:the|this|that|these|those|its|our|their)\s+(?:(?:orbital|space|lunar|moon|research|international|scientific|new|future|joint|circumlunar|manned|crewed|exploration|mars|whole|entire)\s+){0,2}(?<noun>station|outpost|platform|program|programme|project|initiative|endeavou?r|effort|mission|rover|accords?|agreement|pact|principles|framework)\b" +
        @"|\b(?:participat\w*|take\s+part|taking\s+part|took\s+part|involvement|interest(?:ed)?|join(?:s|ed|ing)?|support(?:s|ed|ing)?|withdraw\w*|leave|leaving|quit)\s+(?:in\s+|from\s+)?(?<noun>it)\b",
        RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Description();
}
