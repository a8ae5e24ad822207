using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>
/// A gazetteer's aliases as linear-time patterns. One alternation of every name is fastest, but the engine refuses one
/// whose automaton would pass its size limit (about ten thousand nodes, a few hundred names), so a list it refuses is
/// split in halves until each part is accepted: a longer gazetteer costs one more pass over the text, not a failure.
/// A match is the earliest in the text, and the longest there.
/// </summary>
internal sealed class AliasPatterns
{
    private readonly List<Regex> parts;

    private AliasPatterns(List<Regex> parts) => this.parts = parts;

    /// <summary>The patterns for <paramref name="aliases"/>, or null when there are none.</summary>
    public static AliasPatterns? Build(IEnumerable<string> aliases, RegexOptions options)
    {
        // Longest first: where two names start at the same place, the alternation prefers the longer.
        var patterns = aliases.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).Select(ToPattern).ToList();
        if (patterns.Count == 0)
        {
            return null;
        }

        var parts = new List<Regex>();
        Add(patterns, options, parts);
        return new AliasPatterns(parts);
    }

    private static void Add(List<string> patterns, RegexOptions options, List<Regex> into)
    {
        try
        {
            into.Add(Patterns.Create(string.Join('|', patterns), options));
        }
        catch (NotSupportedException) when (patterns.Count > 1)
        {
            Add(patterns[..(patterns.Count / 2)], options, into);
            Add(patterns[(patterns.Count / 2)..], options, into);
        }
    }

    /// <summary>The earliest match inside <paramref name="text"/>[<paramref name="beginning"/>, +<paramref name="length"/>), the longest of those that start there.</summary>
    public Match Match(string text, int beginning, int length)
    {
        var best = System.Text.RegularExpressions.Match.Empty;
        foreach (var part in parts)
        {
            best = Better(best, part.Match(text, beginning, length));
        }

        return best;
    }

    /// <summary>A pass over <paramref name="text"/> up to <paramref name="stop"/> that asks for matches from ever later places.</summary>
    public Scan ScanUpTo(string text, int stop) => new(this, text, stop);

    private static Match Better(Match best, Match match) =>
        match.Success && (!best.Success || match.Index < best.Index || (match.Index == best.Index && match.Length > best.Length)) ? match : best;

    /// <summary>
    /// Matches from ever later places. Each part's next match is kept until the pass moves beyond its start: a part with no
    /// name near (or none at all) is not searched again to the end for every name another part finds, which on a text of
    /// one name repeated would make the pass quadratic.
    /// </summary>
    internal sealed class Scan(AliasPatterns patterns, string text, int stop)
    {
        // Each part's next match; a failed one means the part has no name left before the stop.
        private readonly Match?[] next = new Match?[patterns.parts.Count];

        /// <summary>The earliest match at or after <paramref name="at"/> (the longest there); <paramref name="at"/> never goes back.</summary>
        public Match From(int at)
        {
            var best = System.Text.RegularExpressions.Match.Empty;
            for (var i = 0; i < next.Length; i++)
            {
                if (next[i] is not { } kept || (kept.Success && kept.Index < at))
                {
                    kept = patterns.parts[i].Match(text, at, stop - at);
                    next[i] = kept;
                }

                best = Better(best, kept);
            }

            return best;
        }
    }

    private static string ToPattern(string alias)
    {
        var builder = new StringBuilder();
        foreach (var c in alias)
        {
            builder.Append(c switch
            {
                '\'' => "['’‘ʼ]",
                '-' => "[-‐‑]", // pages set names with hyphens that do not break ("Chandrayaan‑5")
                ' ' => @"[^\S\r\n]+", // within one line: a name never runs across a paragraph break
                _ => Regex.Escape(c.ToString()),
            });
        }

        return builder.ToString();
    }
}
