namespace Dashboard.Core.Analysis.Text;

/// <summary>A word of a text with its offsets.</summary>
public readonly record struct Word(int Start, int End, string Value);

/// <summary>Word tokens, and the folded stems used to compare wordings across translations.</summary>
public static class Words
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "which", "who",
        "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "will", "would", "can", "could", "should", "shall", "may", "might", "we", "our", "us", "they", "their", "them", "he",
        "his", "him", "she", "her", "i", "my", "you", "your", "there", "here", "than", "then", "so", "such", "also", "not", "no",
        "into", "about", "over", "under", "all", "any", "some", "one", "other", "more", "most", "very", "just", "now", "right",
        "said", "says", "say", "told", "during", "while", "if", "when", "what", "how", "up", "out",
    };

    /// <summary>Translation variants that mean the same in this domain; folded to one stem.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["deviat"] = "retreat", ["depart"] = "retreat", ["stray"] = "retreat", ["withdraw"] = "retreat", ["withdrawal"] = "retreat", ["leav"] = "retreat", ["left"] = "retreat", ["quit"] = "retreat", ["exit"] = "retreat", ["pull"] = "retreat",
        ["meet"] = "fulfil", ["honour"] = "fulfil", ["honor"] = "fulfil", ["fulfill"] = "fulfil", ["taken"] = "made", ["adopt"] = "made",
        ["project"] = "program", ["programm"] = "program", ["plan"] = "program", ["initiativ"] = "program",
        ["observ"] = "see", ["perceiv"] = "see", ["view"] = "see", ["consider"] = "see", ["notic"] = "see",
        ["american"] = "us", ["u.s"] = "us", ["united"] = "us", ["states"] = "us", ["america"] = "us",
        // a country's adjective is its name: "the Russian program" / "Russia's program" in two translations of one remark
        ["russian"] = "russia", ["chines"] = "china", ["european"] = "europ", ["japanes"] = "japan", ["indian"] = "india", ["canadian"] = "canada",
        ["resembl"] = "similar", ["lik"] = "similar", ["akin"] = "similar",
        ["form"] = "develop", ["emerg"] = "develop", ["establish"] = "develop",
        ["collaborat"] = "cooperat", ["cooperat"] = "cooperat", ["co-operat"] = "cooperat", ["partnership"] = "cooperat",
        ["moon"] = "lunar", ["iss"] = "station", ["roskosmo"] = "roscosmo",
    };

    /// <summary>
    /// The words of <paramref name="text"/> within <paramref name="span"/>: runs of letters and digits, joined
    /// across a single '.', apostrophe or hyphen that has a letter or digit on both sides ("U.S", "Chang'e-6").
    /// A hand-written scan: the analysis tokenizes every clause several times, and a pattern's matches cost a
    /// Match object and a substring each.
    /// </summary>
    public static List<Word> Tokenize(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<Word>();
        for (var at = span.Start; NextWord(text, ref at, span.End) is var (start, end);)
        {
            words.Add(new Word(start, end, text[start..end]));
        }

        return words;
    }

    /// <summary>How many words <see cref="Tokenize(string, TextSpan)"/> finds, without making them: most callers only count.</summary>
    public static int Count(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        for (var at = span.Start; NextWord(text, ref at, span.End) is not null;)
        {
            count++;
        }

        return count;
    }

    public static int Count(string text) => Count(text, new TextSpan(0, text.Length));

    /// <summary>The words of <paramref name="text"/> in lower case, one space between them, typographic apostrophes made plain ("Russia’s" and "russia's" read alike).</summary>
    public static string Folded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new System.Text.StringBuilder(text.Length);
        for (var at = 0; NextWord(text, ref at, text.Length) is var (start, end);)
        {
            if (folded.Length > 0)
            {
                folded.Append(' ');
            }

            foreach (var c in text.AsSpan(start, end - start))
            {
                folded.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>The next word at or after <paramref name="at"/> and before <paramref name="end"/>, moving <paramref name="at"/> past it; null when there is none.</summary>
    private static (int Start, int End)? NextWord(string text, ref int at, int end)
    {
        var i = at;
        while (i < end && !IsWordCharacter(text[i]))
        {
            i++;
        }

        if (i >= end)
        {
            at = end;
            return null;
        }

        var start = i;
        while (i < end && IsWordCharacter(text[i]))
        {
            i++;
        }

        while (i + 1 < end && IsJoiner(text[i]) && IsWordCharacter(text[i + 1]))
        {
            i += 2;
            while (i < end && IsWordCharacter(text[i]))
            {
                i++;
            }
        }

        at = i;
        return (start, i);
    }

    /// <summary>A letter or a number of any script, as \p{L} and \p{N} of a pattern (a lone surrogate is neither).</summary>
    public static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static bool IsJoiner(char c) => c is '.' or '\'' or '’' or '-';

    public static List<Word> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    /// <summary>The text trimmed, with every run of white space made one space.</summary>
    public static string Squeeze(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Content words reduced to folded stems: lower case, no stop words, crude suffix stripping, synonyms merged.</summary>
    public static List<string> Stems(string text) =>
        Tokenize(text).SelectMany(w => Parts(w.Value)).Select(Stem).Where(s => s.Length > 0).ToList();

    /// <summary>"large-scale" is two words, "large scale"; "co-operation" one, spelt either way.</summary>
    private static string[] Parts(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && BoundPrefixes.Contains(parts[0].ToLowerInvariant()) ? [string.Concat(parts[..2]), .. parts[2..]] : parts;
    }

    private static readonly HashSet<string> BoundPrefixes = new(StringComparer.Ordinal) { "co", "re", "pre", "non", "inter" };

    public static string Stem(string word)
    {
        var lower = WithoutPossessive(word.ToLowerInvariant().Replace('’', '\''));
        if (StopWords.Contains(lower))
        {
            return "";
        }

        var stem = StripSuffix(lower);
        return Synonyms.TryGetValue(stem, out var folded) ? folded : stem;
    }

    /// <summary>"Russia's" and "Russia’s" without their "'s": the name itself.</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static string StripSuffix(string word)
    {
        string[] suffixes = ["ations", "ation", "ments", "ment", "ings", "ing", "edly", "ed", "ies", "es", "s", "ion", "ive", "e"];
        foreach (var suffix in suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                // "participation", "participating" and "participate" share one stem.
                return suffix switch { "ies" => stem + "y", "ations" or "ation" => stem + "at", _ => stem };
            }
        }

        return word;
    }
}
