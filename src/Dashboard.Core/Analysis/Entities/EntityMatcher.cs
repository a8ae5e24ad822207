using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Entities;

public enum MentionKind
{
    Actor,
    Person,
    Program,
}

/// <summary>A gazetteer name found in a text: raw offsets and the canonical name it stands for.</summary>
public sealed record Mention(int Start, int End, MentionKind Kind, string Name)
{
    public int Length => End - Start;

    /// <summary>An agency named through its country ("Russia"): weaker evidence of who speaks than its own name.</summary>
    public bool ByCountry { get; init; }

    /// <summary>A member of the legislature known by the party tag after the name ("Kendra Horn (D-Okla.)"): the name before it is a person of this actor.</summary>
    public bool ByTag { get; init; }
}

/// <summary>Mentions the passes after the gazetteer's find add ("the US and Russian space agencies", "the station", a party tag).</summary>
public static class AddedMentions
{
    /// <summary>The mentions with those added, in text order; the same list when none were.</summary>
    public static IReadOnlyList<Mention> Merge(IReadOnlyList<Mention> mentions, List<Mention> added) =>
        added.Count == 0 ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Start)];
}

/// <summary>
/// Finds every alias of the gazetteer in a text. Aliases with a capital letter match exactly
/// ("Gateway", not "gateways"), a program's name also with the words after its first in lower case
/// ("Artemis accords"); all-lower-case aliases ("the corporation") match in any case.
/// Straight and curly apostrophes are the same letter; the longest alias wins where names overlap;
/// a name never spans two lines, so mentions found in a whole text are those found line by line.
/// </summary>
public sealed partial class EntityMatcher
{
    private readonly HashSet<string> countryNames;
    private readonly AliasPatterns? exact;
    private readonly AliasPatterns? folded;
    private readonly AliasPatterns? acronyms;
    private readonly Dictionary<string, (MentionKind Kind, string Name)> exactNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (MentionKind Kind, string Name)> foldedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (MentionKind Kind, string Name)> acronymNames = new(StringComparer.OrdinalIgnoreCase);

    public EntityMatcher(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        // "The Russians will leave the station", "the Europeans are pulling out": a country's people as a side, like its name.
        var peoples = gazetteer.Actors.Where(a => a.CountryNames.Count > 0)
            .SelectMany(a => a.Demonyms.Where(d => d.Length > 3 && char.IsUpper(d[0]) && d.EndsWith('n')).Select(d => (Name: "the " + d + "s", Actor: a))).ToList();
        countryNames = new HashSet<string>(gazetteer.Actors.SelectMany(a => a.CountryNames).Concat(peoples.Select(p => p.Name)).Select(Normalize), StringComparer.OrdinalIgnoreCase);
        var entries = gazetteer.Actors.SelectMany(a => a.Aliases.Concat(a.CountryNames).Select(alias => (alias, MentionKind.Actor, a.Name)))
            .Concat(peoples.Select(p => (alias: p.Name, MentionKind.Actor, p.Actor.Name)))
            .Concat(gazetteer.People.SelectMany(p => p.Aliases.Select(alias => (alias, MentionKind.Person, p.Name))))
            .Concat(gazetteer.Programs.SelectMany(p => p.Aliases.Concat(p.Parts).SelectMany(WithPlural).Select(alias => (alias, MentionKind.Program, p.Name))));
        foreach (var (alias, kind, name) in entries)
        {
            var key = Normalize(alias);
            if (alias.Any(char.IsUpper))
            {
                exactNames.TryAdd(key, (kind, name));
                if (key.StartsWith("the ", StringComparison.Ordinal))
                {
                    exactNames.TryAdd("The" + key[3..], (kind, name)); // "The UAE will …" opens a sentence with "the UAE"
                }

                if (key.Length >= MixedCaseAcronymLength && key.All(char.IsAsciiLetterUpper))
                {
                    acronymNames.TryAdd(key, (kind, name));
                }
            }
            else
            {
                foldedNames.TryAdd(key, (kind, name));
            }
        }

        // Newspapers that lower-case the common nouns of a program's name ("the Artemis accords",
        // "Mars sample return"), or capitalise them, still name the program. Only programs' own names: components and
        // agencies' descriptions are often ordinary phrases once lower-cased. A written alias wins.
        foreach (var program in gazetteer.Programs)
        {
            foreach (var tail in program.Aliases.Select(alias => LowerCaseTail(Normalize(alias))).OfType<string>())
            {
                exactNames.TryAdd(tail, (MentionKind.Program, program.Name));
            }

            // and those that capitalise them ("the Oryol Spacecraft")
            foreach (var title in program.Aliases.Select(alias => TitleCaseTail(Normalize(alias))).OfType<string>())
            {
                exactNames.TryAdd(title, (MentionKind.Program, program.Name));
            }
        }

        // An agency described by its country ("German space agency") is a name once the press capitalises
        // it ("the German Space Agency"). A written alias wins.
        foreach (var actor in gazetteer.Actors)
        {
            foreach (var title in actor.Aliases.Select(alias => TitleCaseTail(Normalize(alias))).OfType<string>())
            {
                exactNames.TryAdd(title, (MentionKind.Actor, actor.Name));
            }
        }

        exact = AliasPatterns.Build(exactNames.Keys, RegexOptions.None);
        folded = AliasPatterns.Build(foldedNames.Keys, RegexOptions.IgnoreCase);
        acronyms = AliasPatterns.Build(acronymNames.Keys, RegexOptions.IgnoreCase);
    }

    /// <summary>
    /// A program's name of several words, and its plural where its last word takes one ("human landing systems", "Sample
    /// Fetch Rovers"): the press names a family of craft in the plural. A single word keeps its exact form ("gateways" are hatches).
    /// </summary>
    private static IEnumerable<string> WithPlural(string alias)
    {
        yield return alias;
        var last = alias[(alias.LastIndexOf(' ') + 1)..];
        if (alias.Contains(' ', StringComparison.Ordinal) && last.Length > 2 && last.All(char.IsLetter) && !last.EndsWith('s') && !last.All(char.IsUpper))
        {
            yield return alias + (last.EndsWith('h') || last.EndsWith('x') ? "es" : "s");
        }
    }

    /// <summary>
    /// How long an acronym must be for a spelling with some letters in lower case ("LuPEX" for
    /// "LUPEX") to be the same name; shorter ones are ordinary words too often ("Kari" is a name; "Esa", "Isro" are
    /// written as aliases where they occur).
    /// </summary>
    private const int MixedCaseAcronymLength = 4;

    /// <summary>Mentions inside <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>], ordered by position, without overlaps.</summary>
    public IReadOnlyList<Mention> Find(string text, int start = 0, int? end = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stop = end ?? text.Length;
        if (stop <= start)
        {
            return [];
        }

        // An editor's insertion names someone as plainly as the text around it: "the [Chinese] government told us …".
        text = WithoutBrackets(text, start, stop);
        var found = new List<Mention>();
        Collect(exact, exactNames, countryNames, text, start, stop, found);
        Collect(folded, foldedNames, countryNames, text, start, stop, found);
        // "LuPEX": an acronym with two capitals or more, whatever the case of the rest.
        var mixed = new List<Mention>();
        Collect(acronyms, acronymNames, countryNames, text, start, stop, mixed);
        found.AddRange(mixed.Where(m => text[m.Start..m.End].Count(char.IsUpper) is var capitals && capitals >= 2 && capitals < m.Length));
        found.AddRange(SharedHeads(text, start, stop));
        // The longest name wins where names overlap, wherever it starts: "the UAE Space Agency" is the
        // agency, not the country "the UAE" followed by debris. Equal lengths: the earlier.
        found.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var covered = new System.Collections.BitArray(stop - start);
        var result = new List<Mention>(found.Count);
        foreach (var mention in found)
        {
            var free = true;
            for (var i = mention.Start; i < mention.End && free; i++)
            {
                free = !covered[i - start];
            }

            if (free)
            {
                result.Add(mention);
                for (var i = mention.Start; i < mention.End; i++)
                {
                    covered[i - start] = true;
                }
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        result.RemoveAll(m => EndsAnotherName(text, m, start, stop, covered) || NamesAnotherBody(text, m));
        return DropProgramModifiers(text, result);
    }

    /// <summary>
    /// "the corporation", an alias in the words of a definite description, means the body of that kind the text named last:
    /// after "the Harbin Rocket Works Corporation said …", not the one the gazetteer calls so.
    /// </summary>
    private bool NamesAnotherBody(string text, Mention mention)
    {
        if (mention.Kind != MentionKind.Actor || mention.Length < 5 || !text.AsSpan(mention.Start, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
            || !foldedNames.ContainsKey(Normalize(text[mention.Start..mention.End])))
        {
            return false;
        }

        var head = text[(text.LastIndexOf(' ', mention.End - 1) + 1)..mention.End];
        var named = text.AsSpan(0, mention.Start).LastIndexOf(char.ToUpperInvariant(head[0]) + head[1..], StringComparison.Ordinal);
        if (named < 0)
        {
            return false;
        }

        // The capitalised name that ends with the head: any of its endings that is the same body's alias keeps the mention.
        var end = named + head.Length;
        for (var from = named; from >= 0 && end - from <= 80;)
        {
            if (char.IsUpper(text[from]) && Lookup(text[from..end]) is { } known && known.Name == mention.Name)
            {
                return false;
            }

            var space = from > 0 ? text.LastIndexOf(' ', from - 2) : -1;
            if (space < 0 || from - space < 2 || text[from - 1] != ' ' || !char.IsLetter(text[space + 1]))
            {
                break;
            }

            from = space + 1;
        }

        return true;
    }

    /// <summary>
    /// A program's name written before another's as its modifier names the other only: "the Luna Gateway", as a
    /// translation may call the lunar station, is the station, not also the Russian lunar program.
    /// </summary>
    private static List<Mention> DropProgramModifiers(string text, List<Mention> mentions)
    {
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var (first, second) = (mentions[i], mentions[i + 1]);
            if (first.Kind == MentionKind.Program && second.Kind == MentionKind.Program && first.Name != second.Name
                && second.Start == first.End + 1 && text[first.End] == ' ' && !first.ByCountry)
            {
                mentions.RemoveAt(i);
            }
        }

        return mentions;
    }

    /// <summary>
    /// A body's one-word name that ends a longer name of two capitalised words or more is that other body's head
    /// ("the 30th World Space Congress", "the National People's Congress"), unless those words are a
    /// name found themselves ("State Space Corporation Roscosmos") or a name follows, making the word a title
    /// ("Texas Republican Senator Ted Cruz").
    /// </summary>
    private static bool EndsAnotherName(string text, Mention mention, int start, int stop, System.Collections.BitArray covered)
    {
        if (mention.Kind != MentionKind.Actor || mention.ByCountry || !IsCapitalisedWord(text, mention.Start, mention.End)
            || (WordAfter(text, mention.End, stop) is { } after && char.IsUpper(text[after.Start])))
        {
            return false;
        }

        if (WordBefore(text, mention.Start, start) is not { } first || !IsCapitalisedWord(text, first.Start, first.End) || covered[first.Start - start])
        {
            return false;
        }

        return WordBefore(text, first.Start, start) is { } second && !covered[second.Start - start] && !OpensSentence(text, second.Start, start)
            && (IsCapitalisedWord(text, second.Start, second.End) || IsOrdinal(text.AsSpan(second.Start, second.End - second.Start)));
    }

    /// <summary>Whether the word at <paramref name="position"/> is the first of its sentence, so capitalised whatever it is ("In Washington Congress …").</summary>
    private static bool OpensSentence(string text, int position, int start)
    {
        var before = text.AsSpan(start, position - start).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '"' or '“' or '\n';
    }

    private static bool IsCapitalisedWord(string text, int start, int end) =>
        end - start > 1 && char.IsUpper(text[start]) && text.AsSpan(start + 1, end - start - 1).ContainsAnyExcept(Uppercase)
        && !text.AsSpan(start, end - start).ContainsAnyExcept(NameLetters);

    private static readonly System.Buffers.SearchValues<char> Uppercase = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> NameLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-");

    /// <summary>The word that ends one space before <paramref name="position"/>, within the range.</summary>
    private static (int Start, int End)? WordBefore(string text, int position, int start)
    {
        var end = position - 1;
        if (end <= start || text[end] != ' ' || !Words.IsWordCharacter(text[end - 1]))
        {
            return null;
        }

        var begin = end;
        while (begin > start && !char.IsWhiteSpace(text[begin - 1]))
        {
            begin--;
        }

        return (begin, end);
    }

    /// <summary>The word that starts one space after <paramref name="position"/>, within the range.</summary>
    private static (int Start, int End)? WordAfter(string text, int position, int stop)
    {
        if (position + 1 >= stop || text[position] != ' ' || !Words.IsWordCharacter(text[position + 1]))
        {
            return null;
        }

        var end = position + 1;
        while (end < stop && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or '.' or ';' or ':'))
        {
            end++;
        }

        return (position + 1, end);
    }

    /// <summary>"74th", "1st".</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> word) =>
        word.Length is > 2 and < 6 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && !word[..^2].ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Two names that share their head noun: "the Russian and Chinese governments", "the Indian and Japanese space
    /// agencies" name the Russian government and the Chinese one. Each modifier with the head made singular must be a
    /// name; the first mention is the modifier's word, the second runs to the end of the head.
    /// </summary>
    private IEnumerable<Mention> SharedHeads(string text, int start, int stop)
    {
        foreach (Match match in SharedHead().Matches(text, start))
        {
            if (match.Index + match.Length > stop)
            {
                yield break;
            }

            var head = match.Groups["head"].Value;
            var singular = head.EndsWith("ies", StringComparison.Ordinal) ? head[..^3] + "y" : head[..^1];
            var first = match.Groups["first"];
            var second = match.Groups["second"];
            if (Lookup(first.Value + " " + singular) is { } one && Lookup(second.Value + " " + singular) is { } two)
            {
                yield return new Mention(first.Index, first.Index + first.Length, one.Kind, one.Name);
                yield return new Mention(second.Index, match.Index + match.Length, two.Kind, two.Name);
            }
        }
    }

    /// <summary>The name an alias stands for, written as it is or in any case.</summary>
    private (MentionKind Kind, string Name)? Lookup(string alias)
    {
        var key = Normalize(alias);
        return exactNames.TryGetValue(key, out var exactName) ? exactName
            : foldedNames.TryGetValue(key, out var foldedName) ? foldedName
            : null;
    }

    [GeneratedRegex(@"\b(?<first>\p{Lu}[\p{Ll}-]+)\s+and\s+(?<second>\p{Lu}[\p{Ll}-]+)\s+(?<head>governments|space\s+agencies|foreign\s+ministries)\b", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SharedHead();

    /// <summary>The text with square brackets in [start, stop) made spaces, so offsets stay; the text itself when it has none there.</summary>
    private static string WithoutBrackets(string text, int start, int stop)
    {
        if (text.AsSpan(start, stop - start).IndexOfAny('[', ']') < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, start, stop), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            chars[state.start..state.stop].Replace('[', ' ');
            chars[state.start..state.stop].Replace(']', ' ');
        });
    }

    /// <summary>Aliases compare with straight apostrophes, plain hyphens and single spaces.</summary>
    public static string Normalize(string alias) =>
        Words.Squeeze(alias).Replace('’', '\'').Replace('‘', '\'').Replace('ʼ', '\'').Replace('‐', '-').Replace('‑', '-');

    private static void Collect(AliasPatterns? regex, Dictionary<string, (MentionKind Kind, string Name)> names, HashSet<string> countries, string text, int start, int stop, List<Mention> into)
    {
        if (regex is null || stop <= start)
        {
            return;
        }

        var scan = regex.ScanUpTo(text, stop);
        var at = start;
        while (at < stop)
        {
            var match = scan.From(at);
            if (!match.Success)
            {
                return;
            }

            // A name stands alone: not the end of a longer word ("MESA") nor its start ("Gateways"),
            // where a shorter alias at the same place may still stand alone ("Lunar" in "Lunar Gateways").
            var found = EdgeBefore(text, match.Index, start) ? match : Match.Empty;
            while (found.Success && !EdgeAfter(text, found.Index + found.Length, stop) && NumberAfter(text, found.Index + found.Length, stop) == 0)
            {
                found = found.Length > 1 ? regex.Match(text, found.Index, found.Length - 1) : Match.Empty;
                found = found.Index == match.Index ? found : Match.Empty;
            }

            // "#Chandrayaan2", "Luna25": a mission's number written onto its program's name belongs to the name.
            var number = found.Success && !EdgeAfter(text, found.Index + found.Length, stop) ? NumberAfter(text, found.Index + found.Length, stop) : 0;
            if (found.Success && names.TryGetValue(Normalize(found.Value), out var entry) && (number == 0 || entry.Kind == MentionKind.Program))
            {
                var end = found.Index + found.Length + number;
                into.Add(new Mention(found.Index, end, entry.Kind, entry.Name) { ByCountry = countries.Contains(Normalize(found.Value)) });
                // After "the UAE" the search goes on from "UAE": "the UAE Space Agency" is a longer name (see Find).
                at = found.Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? found.Index + 4 : end;
            }
            else
            {
                at = match.Index + 1;
            }
        }
    }

    /// <summary>
    /// "Artemis accords" for "Artemis Accords": the words after the first with only their first letter
    /// in capitals written in lower case, or null where no word changes. Acronyms ("ISS") keep their case.
    /// </summary>
    public static string? LowerCaseTail(string alias) => RecaseTail(alias, word =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c)) ? char.ToLowerInvariant(word[0]) + word[1..] : null);

    /// <summary>
    /// "German Space Agency" for "German space agency": the lower-case words after a capitalised first
    /// word given a capital, or null where none changes (or the alias does not start with a capital).
    /// </summary>
    public static string? TitleCaseTail(string alias) => RecaseTail(alias, word =>
        word.Length > 3 && word.All(char.IsLower) ? char.ToUpperInvariant(word[0]) + word[1..] : null);

    /// <summary>
    /// <paramref name="alias"/> with each word after its capitalised first one respelt where
    /// <paramref name="recase"/> gives a new spelling, or null where no word changes.
    /// </summary>
    private static string? RecaseTail(string alias, Func<string, string?> recase)
    {
        var words = alias.Split(' ');
        if (words.Length < 2 || !char.IsUpper(words[0][0]))
        {
            return null;
        }

        var changed = false;
        for (var i = 1; i < words.Length; i++)
        {
            if (recase(words[i]) is { } recased)
            {
                words[i] = recased;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : null;
    }

    // The ends of the searched range count as edges.
    private static bool EdgeBefore(string text, int position, int start) => position <= start || !Words.IsWordCharacter(text[position - 1]);

    private static bool EdgeAfter(string text, int position, int stop) => position >= stop || !Words.IsWordCharacter(text[position]);

    /// <summary>The length of a run of digits at <paramref name="position"/> that ends a word ("2" in "Chandrayaan2"), or 0.</summary>
    private static int NumberAfter(string text, int position, int stop)
    {
        var end = position;
        while (end < stop && char.IsAsciiDigit(text[end]) && end - position < 3)
        {
            end++;
        }

        return end > position && position > 0 && char.IsLetter(text[position - 1]) && EdgeAfter(text, end, stop) ? end - position : 0;
    }
}
