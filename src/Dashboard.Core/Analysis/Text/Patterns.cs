using System.Text.RegularExpressions;

namespace Dashboard.Core.Analysis.Text;

/// <summary>
/// How every regular expression in the product runs. Article text is hostile input: a pattern that
/// can match a run of characters in more than one way backtracks exponentially on the wrong run
/// (one 400-byte sentence once took 94 s). The linear-time engine rules that out for every pattern
/// at once, so no pattern has to be proven safe on its own; the time limit is the second line of
/// defence. Patterns therefore use no lookaround or backreference (the engine refuses them):
/// such checks are made in code on the match. The engine also refuses, when the pattern is first
/// built, one whose automaton would pass about ten thousand nodes: long alternations (the
/// gazetteer's names, the speech verbs in an attribution) are split into several patterns
/// (<see cref="Entities.AliasPatterns"/>, <see cref="Statements.AttributionPatterns"/>).
/// </summary>
public static class Patterns
{
    /// <summary>Options every pattern carries: linear time, and the same case rules on every machine.</summary>
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// The most one match may take. Linear matching of the longest analysed text takes a few
    /// milliseconds, but the limit is wall-clock time: a pattern's first match builds its automaton,
    /// and on a two-core machine running browsers and several apps a warm-up match once ran past 2 s.
    /// </summary>
    public const int TimeoutMilliseconds = 5_000;

    public static TimeSpan Timeout { get; } = TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    /// <summary>A pattern built at run time (from the gazetteer or the lexicon), under the same rules as the generated ones.</summary>
    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) => new(pattern, options | Options, Timeout);
}
