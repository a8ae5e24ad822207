using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// A program's name that an agreement noun follows within a few words ("the “Artemis” space exploration pact",
/// "the Artemis principles") names the agreement called after the program (the Artemis Accords), not the program itself.
/// </summary>
public static partial class AgreementNames
{
    /// <summary>
    /// Words that end a noun phrase ("Artemis and the agreement with ESA"), or make the agreement one about the program rather than the
    /// one named after it ("an Artemis mission agreement", "the Artemis cooperation agreement"): with one of them between, the name stays.
    /// </summary>
    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "with", "under", "of", "to", "for", "in", "on", "by", "at", "from", "the", "a", "an", "its", "their", "this", "that",
        "mission", "missions", "program", "programme", "project", "cooperation", "bilateral", "implementing", "barter", "partnership", "contribution", "contract", "launch",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "must", "may", "can", "does", "did", "needs", "need", "requires", "signed", "signs",
    };

    /// <summary>The mentions, each program's name before an agreement noun replaced by the agreement named after it.</summary>
    public static IReadOnlyList<Mention> Resolve(string text, IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(gazetteer);
        List<Mention>? resolved = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind != MentionKind.Program || gazetteer.ProgramsByName[mention.Name].Kind == ProgramKind.Agreement
                || gazetteer.Programs.FirstOrDefault(p => p.Kind == ProgramKind.Agreement && p.Name.StartsWith(mention.Name + " ", StringComparison.Ordinal)) is not { } agreement)
            {
                continue;
            }

            // The name's own last word counts too: "the Artemis program agreements" are agreements about the program.
            var after = NounAfter().Match(text, mention.End, Math.Min(text.Length - mention.End, 80));
            if (after.Success && !Breaks.Contains(Words.Tokenize(text, new TextSpan(mention.Start, mention.End))[^1].Value)
                && !Words.Tokenize(after.Groups["between"].Value).Any(w => Breaks.Contains(w.Value)))
            {
                resolved ??= [.. mentions];
                resolved[i] = mention with { Name = agreement.Name };
            }
        }

        return resolved ?? mentions;
    }

    [GeneratedRegex(@"^[""”’']?(?<between>(?:\s+[\p{L}-]+){0,3}?)\s+(?:agreements?|accords?|pact|principles)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NounAfter();
}
