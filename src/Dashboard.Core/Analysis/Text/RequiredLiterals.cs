using System.Globalization;
using System.Text;

namespace Dashboard.Core.Analysis.Text;

/// <summary>
/// The literal text a pattern cannot match without, read from the pattern itself: "withdr[ae]w(?:s|al)?\s+from"
/// needs "withdr" and "from"; "(?:suspend|halt)s?\s+it" needs "suspend" or "halt". A clause that lacks it is
/// not given to the pattern, and a pattern no clause ever passes is never built: each non-backtracking
/// pattern costs milliseconds and hundreds of kilobytes to build (docs/performance.md), and most of the
/// lexicon's cues are absent from most clauses.
/// </summary>
/// <remarks>
/// The test is sound by construction: every literal it asks for is one that any match must contain, and
/// it compares text folded as the engine folds case (<see cref="Fold"/>). What it does not understand
/// (a backreference, a class subtraction) makes it pass everything.
/// </remarks>
public sealed class RequiredLiterals
{
    /// <summary>Shorter literals ("of", "to") are in almost every clause: not worth the look.</summary>
    private const int ShortestUseful = 3;

    private readonly Node node;

    private RequiredLiterals(Node node) => this.node = node;

    /// <summary>Passes every text: the pattern requires no literal worth looking for, or could not be read.</summary>
    public bool PassesEverything => node is Anything;

    /// <summary>What <paramref name="pattern"/> requires; nothing (it passes every text) when it cannot tell.</summary>
    public static RequiredLiterals Of(string pattern)
    {
        try
        {
            var parser = new Parser(pattern);
            var node = parser.Alternation();
            return new RequiredLiterals(parser.AtEnd ? node : Anything.Instance);
        }
        catch (NotSupportedException)
        {
            return new RequiredLiterals(Anything.Instance);
        }
    }

    /// <summary>
    /// Text as <see cref="MayMatch"/> compares it. Ignoring case, the engine matches a Latin letter by its
    /// two cases and "k" also by the Kelvin sign; all of them lower-case to the letter itself.
    /// </summary>
    public static FoldedText Fold(string text) => new(text.ToLowerInvariant());

    /// <summary>False only when no match is possible in the text (given <see cref="Fold">folded</see>).</summary>
    public bool MayMatch(FoldedText folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return node.Holds(Literals.Where(l => folded.Text.Contains(l, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>False only when no match is possible in a text that holds just the literals <paramref name="found"/> of <see cref="Literals"/>.</summary>
    public bool MayMatch(IReadOnlySet<string> found) => node.Holds(found);

    /// <summary>Every literal the test may look for, each once.</summary>
    public IReadOnlyList<string> Literals => literals ??= [.. node.LiteralTexts().Distinct(StringComparer.Ordinal)];

    private string[]? literals;

    /// <summary>
    /// Literals of which any match holds at least one: a text with none of them is refused without testing the rest
    /// (all of them passes every text). Of the parts a match needs all of, the rarest-looking: "withdr", not "from".
    /// </summary>
    public IReadOnlyList<string> Anchors => anchors ??= [.. node.Anchors().Distinct(StringComparer.Ordinal)];

    private string[]? anchors;

    public override string ToString() => node.ToString() ?? "";

    private abstract class Node
    {
        /// <summary>Whether a text holding just the literals <paramref name="found"/> may match.</summary>
        public abstract bool Holds(IReadOnlySet<string> found);

        public abstract IEnumerable<string> LiteralTexts();

        public abstract IReadOnlyList<string> Anchors();

        /// <summary>How many literals <see cref="Holds"/> may look up: of the parts all needed, the cheapest are tested first.</summary>
        public abstract int Cost { get; }
    }

    private sealed class Anything : Node
    {
        public static readonly Anything Instance = new();

        public override bool Holds(IReadOnlySet<string> found) => true;

        public override IEnumerable<string> LiteralTexts() => [];

        public override IReadOnlyList<string> Anchors() => [];

        public override int Cost => 0;

        public override string ToString() => "*";
    }

    private sealed class Literal(string text) : Node
    {
        public string Text { get; } = text;

        public override bool Holds(IReadOnlySet<string> found) => found.Contains(Text);

        public override IEnumerable<string> LiteralTexts() => [Text];

        public override IReadOnlyList<string> Anchors() => [Text];

        public override int Cost => 1;

        public override string ToString() => '"' + Text + '"';
    }

    // Arrays, not lists behind an interface: these run for the candidate cues of every clause, and a foreach over
    // an interface allocates its enumerator.
    private sealed class All(Node[] parts) : Node
    {
        public Node[] Parts { get; } = parts;

        public override bool Holds(IReadOnlySet<string> found)
        {
            foreach (var part in Parts)
            {
                if (!part.Holds(found))
                {
                    return false;
                }
            }

            return true;
        }

        public override IEnumerable<string> LiteralTexts() => Parts.SelectMany(p => p.LiteralTexts());

        /// <summary>Any one part's: the one whose shortest literal is longest (short ones are in most texts), then the one of fewest.</summary>
        public override IReadOnlyList<string> Anchors() =>
            Parts.Select(p => p.Anchors()).OrderByDescending(a => a.Min(l => l.Length)).ThenBy(a => a.Count).First();

        public override int Cost => Parts.Sum(p => p.Cost);

        public override string ToString() => "(" + string.Join(" & ", Parts) + ")";
    }

    private sealed class AnyOf(Node[] choices) : Node
    {
        public override bool Holds(IReadOnlySet<string> found)
        {
            foreach (var choice in choices)
            {
                if (choice.Holds(found))
                {
                    return true;
                }
            }

            return false;
        }

        public override IEnumerable<string> LiteralTexts() => choices.SelectMany(c => c.LiteralTexts());

        public override IReadOnlyList<string> Anchors() => [.. choices.SelectMany(c => c.Anchors())];

        public override int Cost => choices.Sum(c => c.Cost);

        public override string ToString() => "(" + string.Join(" | ", choices) + ")";
    }

    /// <summary>
    /// All of <paramref name="parts"/>, the cheapest tested first (a literal before a choice of twenty; a longer literal, rarer,
    /// before a shorter): a clause usually fails the first, and the cues' own order is of no consequence.
    /// </summary>
    private static Node Both(List<Node> parts)
    {
        var kept = parts.Where(p => p is not Anything).SelectMany(p => p is All all ? all.Parts : [p])
            .OrderBy(p => p.Cost).ThenByDescending(p => p is Literal literal ? literal.Text.Length : 0).ToList();
        return kept.Count switch
        {
            0 => Anything.Instance,
            1 => kept[0],
            _ => new All([.. kept]),
        };
    }

    private static Node Either(List<Node> choices) =>
        choices.Any(c => c is Anything) ? Anything.Instance : choices.Count == 1 ? choices[0] : new AnyOf([.. choices]);

    /// <summary>Reads the pattern language the analysis writes (.NET syntax, no whitespace mode); anything else is not supported.</summary>
    private sealed class Parser(string pattern)
    {
        private int at;

        public bool AtEnd => at == pattern.Length;

        private char? Peek => at < pattern.Length ? pattern[at] : null;

        public Node Alternation()
        {
            var choices = new List<Node> { Sequence() };
            while (Peek == '|')
            {
                at++;
                choices.Add(Sequence());
            }

            return Either(choices);
        }

        private Node Sequence()
        {
            var parts = new List<Node>();
            var run = new StringBuilder();

            void EndRun()
            {
                if (run.Length >= ShortestUseful)
                {
                    parts.Add(new Literal(run.ToString()));
                }

                run.Clear();
            }

            while (Peek is { } next && next != '|' && next != ')')
            {
                var (atom, letter) = Atom();
                var (least, more) = Repetitions();
                if (letter is { } c && least >= 1)
                {
                    run.Append(c);
                    if (least == 1 && !more)
                    {
                        continue;
                    }

                    EndRun(); // "a+" is at least one "a", and what follows may be more of them
                }
                else
                {
                    EndRun();
                    if (least >= 1)
                    {
                        parts.Add(atom);
                    }
                }
            }

            EndRun();
            return Both(parts);
        }

        /// <summary>One atom: what it requires, and the literal letter it is when it is one.</summary>
        private (Node Node, char? Letter) Atom()
        {
            var c = pattern[at++];
            switch (c)
            {
                case '(':
                    return (Group(), null);
                case '[':
                    SkipClass();
                    return (Anything.Instance, null);
                case '.' or '^' or '$':
                    return (Anything.Instance, null);
                case '\\':
                    return Escape();
                case '*' or '+' or '?' or '{':
                    throw new NotSupportedException("a quantifier with nothing before it");
                default:
                    return (Anything.Instance, AsLetter(c));
            }
        }

        /// <summary>A character that stands for itself, as the text will be folded; null when folding could not be trusted for it.</summary>
        private static char? AsLetter(char c)
        {
            if (char.IsAscii(c))
            {
                return char.ToLowerInvariant(c);
            }

            // Non-Latin letters may have case partners the fold does not share; punctuation (’ “ —) has none.
            return char.IsLetter(c) || char.ToLowerInvariant(c) != c || char.ToUpperInvariant(c) != c ? null : c;
        }

        private Node Group()
        {
            if (Peek == '?')
            {
                at++;
                var kind = Peek;
                if (kind == ':')
                {
                    at++;
                }
                else if (kind == '<' && at + 1 < pattern.Length && pattern[at + 1] is not ('=' or '!'))
                {
                    at = pattern.IndexOf('>', at) is var close and > 0 ? close + 1 : throw new NotSupportedException("an unclosed group name");
                }
                else if (kind is 'i' or 'm' or 's' or 'n' or 'x' or '-')
                {
                    var options = at;
                    while (Peek is 'i' or 'm' or 's' or 'n' or 'x' or '-')
                    {
                        at++;
                    }

                    if (pattern[options..at].Contains('x', StringComparison.Ordinal))
                    {
                        throw new NotSupportedException("whitespace mode");
                    }

                    if (Peek == ')')
                    {
                        at++;
                        return Anything.Instance; // options for the rest of the pattern: case only, which the fold covers
                    }

                    Expect(':');
                }
                else
                {
                    throw new NotSupportedException("a lookaround, conditional or atomic group");
                }
            }

            var inside = Alternation();
            Expect(')');
            return inside;
        }

        private (Node Node, char? Letter) Escape()
        {
            if (AtEnd)
            {
                throw new NotSupportedException("a trailing backslash");
            }

            var c = pattern[at++];
            switch (c)
            {
                case 'p' or 'P':
                    at = Peek == '{' && pattern.IndexOf('}', at) is var close and > 0 ? close + 1 : throw new NotSupportedException("a category without braces");
                    return (Anything.Instance, null);
                case 'u':
                    var code = at + 4 <= pattern.Length ? pattern.Substring(at, 4) : "";
                    at += 4;
                    return (Anything.Instance, int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) ? AsLetter((char)value) : throw new NotSupportedException("a bad \\u escape"));
                case >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9':
                    if (c is 'k' || char.IsDigit(c))
                    {
                        throw new NotSupportedException("a backreference");
                    }

                    return (Anything.Instance, null); // a class (\w, \s, \d), an anchor (\b, \A) or a control character
                default:
                    return (Anything.Instance, AsLetter(c)); // an escaped metacharacter: \. \- \( \'
            }
        }

        private void SkipClass()
        {
            if (Peek == '^')
            {
                at++;
            }

            if (Peek == ']')
            {
                at++; // a leading ] is a member
            }

            while (!AtEnd && pattern[at] != ']')
            {
                if (pattern[at] == '\\')
                {
                    at++;
                }
                else if (pattern[at] == '[')
                {
                    throw new NotSupportedException("a class subtraction");
                }

                at++;
            }

            Expect(']');
        }

        /// <summary>The quantifier after an atom: the least number of times the atom occurs, and whether it may occur more (once, and no more, without one).</summary>
        private (int Least, bool More) Repetitions()
        {
            (int Least, bool More) repetitions;
            switch (Peek)
            {
                case '?' or '*':
                    repetitions = (0, Peek == '*');
                    at++;
                    break;
                case '+':
                    repetitions = (1, true);
                    at++;
                    break;
                case '{' when Braces() is { } braces:
                    repetitions = braces;
                    break;
                default:
                    return (1, false);
            }

            if (Peek is '?')
            {
                at++; // lazy: the same text
            }

            return repetitions;
        }

        /// <summary>"{n}", "{n,}" or "{n,m}"; null (a literal brace, as .NET reads it) otherwise.</summary>
        private (int Least, bool More)? Braces()
        {
            var close = pattern.IndexOf('}', at);
            if (close < 0)
            {
                return null;
            }

            var inside = pattern[(at + 1)..close].Split(',');
            var most = 0;
            if (inside.Length > 2 || !int.TryParse(inside[0], NumberStyles.None, CultureInfo.InvariantCulture, out var least)
                || (inside.Length == 2 && inside[1].Length > 0 && !int.TryParse(inside[1], NumberStyles.None, CultureInfo.InvariantCulture, out most)))
            {
                return null;
            }

            at = close + 1;
            return (least, inside.Length == 2 && (inside[1].Length == 0 || most > least));
        }

        private void Expect(char c)
        {
            if (Peek != c)
            {
                throw new NotSupportedException($"'{c}' expected at {at}");
            }

            at++;
        }
    }
}
