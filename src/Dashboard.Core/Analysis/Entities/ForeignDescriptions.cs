namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// An actor named by a common description ("lawmakers", an all-lower-case alias) is not that actor
/// when the adjective of another country stands right before it: "Russian lawmakers" are not the US
/// Congress, while "US lawmakers" and plain "lawmakers" in an article about it are.
/// </summary>
public static class ForeignDescriptions
{
    public static List<Mention> Drop(Gazetteer gazetteer, string raw, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions.Where(m => !IsForeign(gazetteer, raw, m)).ToList();
    }

    private static bool IsForeign(Gazetteer gazetteer, string raw, Mention mention)
    {
        if (mention.Kind != MentionKind.Actor || raw.AsSpan(mention.Start, mention.Length).ContainsAnyInRange('A', 'Z')
            || gazetteer.ActorsByName[mention.Name].Country is not { } own)
        {
            return false;
        }

        var end = mention.Start;
        while (end > 0 && raw[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(raw[start - 1]) || raw[start - 1] is '.' or '-'))
        {
            start--;
        }

        return start < end && gazetteer.Demonyms.CountryOfWord(raw[start..end]) is { } country
            && !string.Equals(country, own, StringComparison.OrdinalIgnoreCase);
    }
}
