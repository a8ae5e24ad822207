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
    public static List<TextSpan> In(string raw, TextSpan statement, IReadOnlyList<Mention> mentions, string? speaker)
    {
        var found = new List<TextSpan>();
        if (speaker is null)
        {
            return found;
        }

        foreach (Match match in Decision().Matches(raw[statement.Start..statement.End]))
        {
            var at = statement.Start + match.Index;
            var decider = match.Groups["pronoun"].Success
                ? mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.End <= at && m.Start >= statement.Start)
                : mentions.LastOrDefault(m => m.Kind == MentionKind.Actor && m.End == at);
            if (decider is not null && !string.Equals(decider.Name, speaker, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(new TextSpan(at, at + match.Length));
            }
        }

        return found;
    }

    /// <summary>"'s decision to stop cooperation on ExoMars", "its plan to leave the station": up to the end of the clause.</summary>
    [GeneratedRegex(@"(?:['’]s|\b(?<pronoun>its|their))\s+(?:[\w-]+\s+){0,2}?(?:decision|move|plan|plans|bid|intention|proposal|choice|refusal|attempt)\s+to\b[^,;.!?""“”]*", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Decision();
}
