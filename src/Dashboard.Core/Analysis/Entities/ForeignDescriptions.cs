namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// An actor named by a common description ("lawmakers", an all-lower-case alias) is not that actor
/// when another country is named in the few words before it: "Russian lawmakers", "Russia's
/// opposition lawmakers" are not the US Congress, while "US lawmakers" and plain "lawmakers" in an
/// article about it are.
/// </summary>
public static class ForeignDescriptions
{
    /// <summary>How many words before the description may name its country.</summary>
    private const int WordsBefore = 3;

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
        for (var word = 0; word < WordsBefore; word++)
        {
            while (end > 0 && raw[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(raw[start - 1]) || raw[start - 1] is '.' or '-' or '\'' or '’'))
            {
                start--;
            }

            if (start == end)
            {
                return false; // a comma, a bracket or the start of the text: the phrase ends here
            }

            var country = CountryOf(gazetteer, raw[start..end]);
            if (country is not null)
            {
                return !string.Equals(country, own, StringComparison.OrdinalIgnoreCase);
            }

            end = start;
        }

        return false;
    }

    /// <summary>The country a word names: an adjective ("Russian"), or a country's name, possessive or not ("Russia's").</summary>
    private static string? CountryOf(Gazetteer gazetteer, string word)
    {
        var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
        return gazetteer.Demonyms.CountryOfWord(bare)
            ?? gazetteer.CountryWords.FirstOrDefault(c => string.Equals(c.Name, bare, StringComparison.Ordinal)).Country;
    }
}
