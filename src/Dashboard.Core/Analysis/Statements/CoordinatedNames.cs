using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// Names that can speak together: "Roscosmos and CNSA announced …", "China, Russia and ESA agreed …".
/// Agencies, governments and known people can; outlets and programs cannot.
/// </summary>
internal static partial class CoordinatedNames
{
    /// <summary>The mentions among <paramref name="mentions"/> that can be a speaker or a subject, in text order.</summary>
    public static List<Mention> Speaking(Gazetteer gazetteer, IEnumerable<Mention> mentions) =>
        mentions.Where(m => m.Kind == MentionKind.Person
            || (m.Kind == MentionKind.Actor && gazetteer.ActorsByName[m.Name].Kind is ActorKind.Agency or ActorKind.Government)).ToList();

    /// <summary><paramref name="names"/>[<paramref name="first"/>] and the names joined to it by commas or "and", in order.</summary>
    public static List<Mention> ChainFrom(string raw, IReadOnlyList<Mention> names, int first)
    {
        var chain = new List<Mention> { names[first] };
        var end = names[first].End;
        for (var next = first + 1; next < names.Count; next++)
        {
            if (names[next].Start < end)
            {
                continue; // inside what the chain already took
            }

            var between = raw[end..names[next].Start];
            // the bracket closes right after the abbreviation: "(ESA" left open by a cut page closes nothing
            if (names[next].Name == chain[^1].Name && Bracket().IsMatch(between) && raw.IndexOf(')', names[next].End) is var close and >= 0
                && raw.AsSpan(names[next].End, close - names[next].End).IsWhiteSpace())
            {
                end = close + 1; // "the Indian Space Research Organisation (ISRO) and …": the abbreviation repeats the name
                continue;
            }

            if (names[next].Name == chain[^1].Name && Possessive().IsMatch(between))
            {
                // "Russia's Roscosmos": the country stood for the agency it now names, which takes its place in the chain
                // (so nothing between the chain and the verb is taken for another subject)
                chain[^1] = names[next];
                end = names[next].End;
                continue;
            }

            if (!Coordination().IsMatch(between))
            {
                break;
            }

            chain.Add(names[next]);
            end = names[next].End;
        }

        return chain;
    }

    [GeneratedRegex(@"^\s*\($", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Bracket();

    /// <summary>The speaker a name stands for: a known person through the role held on <paramref name="date"/>, an organisation for itself.</summary>
    public static Speaker SpeakerOf(Gazetteer gazetteer, Mention name, DateOnly? date) =>
        name.Kind == MentionKind.Person
            ? Speaker.Person(gazetteer.PeopleByName[name.Name], date)
            : new Speaker(name.Name, name.Name, IsPerson: false);

    [GeneratedRegex(@"^['’]s?\s+$", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Possessive();

    /// <summary>
    /// ", ", "and", "and the", "of the US and" (the first name's country), "and the Government of" (a country named through its government), "and the
    /// United States' " (the next name's country, when the text does not name it as an actor), "and its
    /// Russian counterpart".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:of\s+(?:the\s+)?(?:(?-i:\p{Lu})[\w.]*\s*){1,2})?(?:,|and|&|,\s*and)\s*(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?(?:(?:its|their)\s+(?:(?-i:\p{Lu})[\w.]*\s+)?(?:counterparts?|partners?)\s*,?\s*)?(?:(?:(?-i:\p{Lu})[\w.]*\s+){0,2}(?-i:\p{Lu})[\w.]*['’]s?\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Coordination();
}
