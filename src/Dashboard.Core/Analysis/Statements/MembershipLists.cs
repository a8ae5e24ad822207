using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// A program's members given as a list: "announced the first members of the accord: Japan, Canada,
/// Italy, …", "The five countries are Japan, Canada, Italy, …". Each one listed
/// takes part, whoever announces the list.
/// </summary>
internal static partial class MembershipLists
{
    /// <summary>The agencies and governments listed in <paramref name="sentence"/>, if it lists any: from the list's first name on, not the body they are members of ("the members of ESA's council: …").</summary>
    public static List<(TextSpan At, Speaker Speaker)> Members(Gazetteer gazetteer, string raw, TextSpan sentence, IEnumerable<Mention> inside, DateOnly? published)
    {
        var list = ListOfMembers().Match(raw, sentence.Start, sentence.Length);
        if (!list.Success)
        {
            return [];
        }

        return CoordinatedNames.Speaking(gazetteer, inside.Where(m => m.Start >= list.Groups["list"].Index && m.Kind == MentionKind.Actor))
            .Select(m => (new TextSpan(m.Start, m.End), CoordinatedNames.SpeakerOf(gazetteer, m, published)))
            .DistinctBy(m => m.Item2.Actor)
            .ToList();
    }

    /// <summary>
    /// The members' noun (in any case), then a colon or "are"/"include", then at least two capitalised
    /// names with a comma between: the list's shape, so that "the two countries are discussing …" is none.
    /// The lexicon's cue is this same pattern, so a stance is taken where members are found and nowhere else.
    /// </summary>
    [GeneratedRegex(@"\b(?i:members?|signator(?:y|ies)|signers|parties|participants|partners|countries|nations)\s+(?:(?:of|to|in)\s+[^:;.!?]{1,60}?)?(?::|\b(?:are|were|include[sd]?)\b)\s+(?<list>(?:the\s+)?\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,3}\s*,\s*(?:the\s+)?\p{Lu})", Patterns.Options, Patterns.TimeoutMilliseconds)]
    public static partial Regex ListOfMembers();
}
