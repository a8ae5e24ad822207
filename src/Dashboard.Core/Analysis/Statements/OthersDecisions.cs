using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Another actor's decision reported in someone's words: "Roscosmos said it had not been told of ESA's
/// decision to stop cooperation on ExoMars" (or "… from ESA about its decision to stop …"). The cue in it
/// is the decider's act, not the speaker's position; the speaker's own decision ("its decision", with no
/// other actor named before it) stays the speaker's.
/// </summary>
internal static partial class OthersDecisions
{
    /// <param name="words">Whether the statement is someone's words: there a sentence whose subject is another actor tells that actor's act; in a reported act the subject acts.</param>
    public static List<TextSpan> In(Gazetteer gazetteer, string raw, TextSpan statement, IReadOnlyList<Mention> mentions, string? speaker, bool words)
    {
        var found = new List<TextSpan>();
        if (speaker is null)
        {
            return found;
        }

        var text = raw[statement.Start..statement.End];
        foreach (Match match in DecisionOf().Matches(text))
        {
            // "the decision of the European Space Agency to end …", "the move by NASA to cut …": the decider named inside.
            var who = match.Groups["who"];
            var decider = mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.Start >= statement.Start + who.Index && m.End <= statement.Start + who.Index + who.Length);
            if (decider is not null && !string.Equals(decider.Name, speaker, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(DecisionWords(statement.Start + match.Index, match.Value));
            }
        }

        foreach (Match match in Decision().Matches(text))
        {
            var at = statement.Start + match.Index;
            // "its" is the sender's when a letter or word came from someone ("a notice from ESA about its
            // decision"); otherwise it may well be the speaker's own ("Roscosmos informed NASA of its decision").
            var decider = match.Groups["pronoun"].Success
                ? mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.End <= at && m.Start >= statement.Start && From().IsMatch(raw[Math.Max(statement.Start, m.Start - 20)..m.Start]))?.Name
                  ?? Informer(raw, statement, at, mentions)
                : mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.End == at)?.Name;
            if (decider is not null && !string.Equals(decider, speaker, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(DecisionWords(at, match.Value));
            }
        }

        // "… headlines saying that Russia would leave the station", "NASA will be demonstrating that it no longer supports …":
        // what another actor, named as its subject right before, will or means to do is its act; not when the speaker's own
        // side is coordinated with it ("Russia and the US will keep working …"), nor the speaker's own country or government
        // ("Putin said Russia would …", "the Russian government has decided to …, said the head of Roscosmos").
        foreach (var subject in mentions.Where(m => m.Kind == MentionKind.Actor && m.Start >= statement.Start && m.End < statement.End
            && !string.Equals(m.Name, speaker, StringComparison.OrdinalIgnoreCase) && !gazetteer.SpeaksFor(speaker, m.Name, m.ByCountry)))
        {
            var before = raw.AsSpan(statement.Start, subject.Start - statement.Start);
            if (Coordinated().IsMatch(before))
            {
                continue;
            }

            var act = WillDoAt().Match(raw, subject.End, statement.End - subject.End);
            if (!act.Success && ThatBefore().IsMatch(before))
            {
                act = DidAt().Match(raw, subject.End, statement.End - subject.End); // "disappointed that NASA awarded the contract"
            }

            if (!act.Success && words && SentenceOpening().IsMatch(before))
            {
                act = DoingNowAt().Match(raw, subject.End, statement.End - subject.End); // "“The Europeans are pulling out of the project. …”"
            }

            if (!act.Success && OfBefore().IsMatch(before))
            {
                act = DoingAt().Match(raw, subject.End, statement.End - subject.End); // "the news of Russia leaving the station"
            }

            if (act.Success)
            {
                found.Add(new TextSpan(act.Index, act.Index + act.Length));
            }
        }

        return found;
    }

    /// <summary>
    /// A future or an intention right after its subject, and what it is, up to a dozen words and no further than a comma
    /// unless a verb of the same subject follows it: " would leave the station", " will be demonstrating that it no longer
    /// supports the mission, does not respect …, and does not recognize …".
    /// </summary>
    [GeneratedRegex(@"^\s+(?:would|will|(?:was|were|is|are)\s+going\s+to|(?:plans|planned|intends|intended)\s+to|(?:has|had)\s+decided\s+to)(?:\s+[\w'’-]+){1,12}(?:,?\s+(?:and\s+|or\s+)?(?:does|do|did|is|are|was|were|has|have|had|will|would|can|cannot|could|should)\b(?:\s+[\w'’-]+){1,12})*", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex WillDoAt();

    /// <summary>A past act right after its subject in a clause opened by "that": " awarded the contract to SpaceX", " has decided to leave".</summary>
    [GeneratedRegex(@"^\s+(?:has\s+|have\s+|had\s+)?(?:\w+ed|made|chose|took|gave|won|sent|put|let|kept|left|quit|cut|began|signed)(?:\s+[\w'’-]+){1,12}", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DidAt();

    /// <summary>An act in progress or just done right after its subject, with the predicates joined to it: " are pulling out of the project", " is courting partners for a base — a lunar one — and has made clear its ambition to …".</summary>
    [GeneratedRegex(@"^\s+(?:(?:is|are)\s+(?:now\s+|\w+ly\s+)?\w{2,}ing|(?:has|have)\s+(?:now\s+|just\s+|\w+ly\s+)?(?:\w+ed|made|chose|took|left|quit|cut|begun|signed))(?:\s+[\w'’—–-]+){1,24}(?:,?\s+(?:and\s+)?(?:has|have|is|are|will|would)\b(?:\s+[\w'’-]+){1,12})*", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DoingNowAt();

    /// <summary>Nothing but a sentence's opening (and "the") before a subject: "The Europeans …" after a full stop or at the start.</summary>
    [GeneratedRegex(@"(?:^|[.!?][""”’']?\s+)[""“‘']?(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SentenceOpening();

    /// <summary>A gerund right after its subject, and what it does: " leaving the station after 2024".</summary>
    [GeneratedRegex(@"^\s+\w{2,}ing(?:\s+[\w'’-]+){1,12}", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DoingAt();

    /// <summary>A noun's complement opening right before a subject: "the news of ", "talk about ", "worries over ".</summary>
    [GeneratedRegex(@"\b(?:of|about|over)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OfBefore();

    /// <summary>"that " (and "the" after it) right before a subject: a clause of its own inside the statement.</summary>
    [GeneratedRegex(@"\bthat\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ThatBefore();

    /// <summary>A subject that is one of two or more: "Russia and ", "together with ".</summary>
    [GeneratedRegex(@"\b(?:and|with|both)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Coordinated();

    /// <summary>
    /// Who told of the decision that "its" or "their" owns: the subject of a verb of telling before it ("so far the
    /// government has sent us no word of their intentions to quit", "the agency informed its partners of its plan to
    /// leave"), not the one told.
    /// </summary>
    private static string? Informer(string raw, TextSpan statement, int pronoun, IReadOnlyList<Mention> mentions)
    {
        var telling = Telling().Matches(raw[statement.Start..pronoun]).LastOrDefault();
        if (telling is null)
        {
            return null;
        }

        var verb = statement.Start + telling.Index;
        if (mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.Start >= statement.Start && m.End <= verb && verb - m.End <= 40) is { } named)
        {
            return named.Name;
        }

        // A teller the gazetteer does not know ("Moscow has not given Washington notice of its intent …") is still not the speaker.
        var subject = TellerName().Match(raw[statement.Start..verb]);
        var name = subject.Value.Trim();
        return subject.Success && !NoTeller.Contains(name) ? name : null;
    }

    /// <summary>The decision's own words only: "… decision to end cooperation was a mistake" keeps the speaker's verdict.</summary>
    private static TextSpan DecisionWords(int at, string words) =>
        new(at, at + (Verdict().Match(words) is { Success: true } verdict ? verdict.Index : words.Length));

    /// <summary>"decision of the European Space Agency to stop cooperation on ExoMars", "move by NASA to cut …": the decider in at most five words.</summary>
    [GeneratedRegex(@"\b(?:decision|move|plan|plans|bid|intention|proposal|choice|refusal|attempt)\s+(?:of|by)(?<who>(?:\s+[\w.'’-]+){1,5}?)\s+to(?:\s+[\w'’-]+){1,8}", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex DecisionOf();

    /// <summary>"'s decision to stop cooperation on ExoMars", "its plan to leave the station": the decision and at most eight words of what it decides; "Japan's early exit from the station".</summary>
    [GeneratedRegex(@"(?:['’]s|\b(?<pronoun>its|their))\s+(?:[\w-]+\s+){0,2}?(?:decision|move|plan|plans|bid|intention|intentions|intent|proposal|choice|refusal|attempt)\s+to(?:\s+[\w'’-]+){1,8}" +
        @"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:exit|withdrawal|departure|pull-?out)\s+from(?:\s+[\w'’-]+){1,5}", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Decision();

    /// <summary>Capitalised words before a verb of telling that name no teller: pronouns ("It has informed …" may be the speaker) and determiners.</summary>
    private static readonly HashSet<string> NoTeller = new(StringComparer.Ordinal) { "It", "He", "She", "We", "They", "This", "That", "The" };

    /// <summary>A capitalised word or two right before the verb of telling.</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TellerName();

    /// <summary>A verb of telling, and its auxiliaries: "has not formally notified", "had given … notice".</summary>
    [GeneratedRegex(@"\b(?:(?:has|have|had)\s+(?:not\s+|yet\s+|formally\s+|officially\s+){0,3})?(?:notif(?:y|ies|ied)|inform(?:s|ed)?|told|tells?|warn(?:s|ed)?|gave|give[sn]?|provid(?:e|es|ed)|sent|sends?)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Telling();

    /// <summary>Where the speaker's verdict on the decision begins: "… was a mistake", "… will hurt".</summary>
    [GeneratedRegex(@"\s(?:was|were|is|are|will|would|has|had|remains|seems|seemed|could|can|may|might)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex From();
}
