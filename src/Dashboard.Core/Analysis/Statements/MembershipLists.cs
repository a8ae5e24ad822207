using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// A program's members given as a list: "announced the first members of the accord: Japan, Canada,
/// Italy, …", "The five countries are Japan, Canada, Italy, …", or as the parties of an agreement
/// signed in the passive ("the arrangement between ISRO and JAXA … was inked"). Each one listed
/// takes part, whoever announces the list.
/// </summary>
internal static partial class MembershipLists
{
    /// <summary>The agencies and governments listed in <paramref name="sentence"/>, if it lists any: from the list's first name on, not the body they are members of ("the members of ESA's council: …").</summary>
    public static List<(TextSpan At, Speaker Speaker)> Members(Gazetteer gazetteer, string raw, TextSpan sentence, IEnumerable<Mention> inside, DateOnly? published)
    {
        var list = ListOfMembers().Match(raw, sentence.Start, sentence.Length);
        if (list.Success)
        {
            return Spoken(gazetteer, CoordinatedNames.Speaking(gazetteer, inside.Where(m => m.Start >= list.Groups["list"].Index && m.Kind == MentionKind.Actor)), published);
        }

        // "The arrangement between ISRO and JAXA on the mission was inked": the parties named after "between", and the names joined to them.
        var signed = SignedBetween().Match(raw, sentence.Start, sentence.Length);
        if (!signed.Success)
        {
            return [];
        }

        var parties = CoordinatedNames.Speaking(gazetteer, inside.Where(m => m.Start >= signed.Groups["parties"].Index));
        return parties.Count > 0 && parties[0].Start == signed.Groups["parties"].Index
            ? Spoken(gazetteer, CoordinatedNames.ChainFrom(raw, parties, 0), published)
            : [];
    }

    private static List<(TextSpan At, Speaker Speaker)> Spoken(Gazetteer gazetteer, IEnumerable<Mention> names, DateOnly? published) =>
        names.Select(m => (new TextSpan(m.Start, m.End), CoordinatedNames.SpeakerOf(gazetteer, m, published)))
            .DistinctBy(m => m.Item2.Actor)
            .ToList();

    /// <summary>
    /// The members' noun (in any case), then a colon or "are"/"include" (or "which include"), then at least two capitalised
    /// names with a comma between: the list's shape, so that "the two countries are discussing …" is none.
    /// The lexicon's cue is this same pattern, so a stance is taken where members are found and nowhere else.
    /// </summary>
    [GeneratedRegex(@"\b(?i:members?|signator(?:y|ies)|signers|parties|participants|partners|countries|nations)\s+(?:(?:of|to|in)\s+[^:;.!?]{1,60}?)?(?::|\b(?:(?:which|that|who)\s+)?(?:are|were|include[sd]?)\b)\s+(?<list>(?:the\s+)?\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,3}\s*,\s*(?:the\s+)?\p{Lu})", Patterns.Options, Patterns.TimeoutMilliseconds)]
    public static partial Regex ListOfMembers();

    /// <summary>
    /// An agreement named by its parties, then signed in the passive: "the arrangement between ISRO and JAXA concerning the
    /// mission was inked". The lexicon's cue is this same pattern, so the parties take part where it is found.
    /// </summary>
    [GeneratedRegex(@"\b(?i:agreements?|arrangements?|pacts?|memorand(?:um|a)|mous?|deals?|accords?|treaty|treaties|contracts?)\s+between\s+(?:the\s+)?(?<parties>\p{Lu}[^.;:!?""“”]{1,150}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:signed|inked|concluded|sealed|exchanged|formali[sz]ed|finali[sz]ed)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    public static partial Regex SignedBetween();
}
