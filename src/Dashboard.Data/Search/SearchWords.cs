using System.Text;

namespace Dashboard.Data.Search;

/// <summary>
/// The words of a person's search text: runs of letters and digits, lower-cased, at most
/// <see cref="MaxWords"/> of them. Everything else (quotes, operators, wildcards, markup) only
/// separates words, so no search text can reach a query language as syntax.
/// </summary>
public sealed record SearchWords(IReadOnlyList<string> Words)
{
    public const int MaxWords = 12;
    public const int MaxWordLength = 64;

    public bool IsEmpty => Words.Count == 0;

    public static SearchWords Parse(string? text) =>
        new(Tokenize(text).Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w).Distinct(StringComparer.Ordinal).Take(MaxWords).ToList());

    /// <summary>Every word of <paramref name="text"/> as the search sees words: runs of letters and digits, lower-cased.</summary>
    public static IEnumerable<string> Tokenize(string? text)
    {
        var word = new StringBuilder();
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    public override string ToString() => string.Join(' ', Words);
}
