using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Stance;

/// <summary>
/// Which programs of a clause each cue is about. A cue governs the program named nearest after it
/// (its object), else, at a greater cost, the nearest before it; not one named after a relative or
/// subordinate clause that follows the cue ("participate in the station that the US plans …, …
/// cooperation on the ISS"). It is about every program of the governed one's verb phrase too ("withdraw
/// from the ISS and the Gateway", "on Luna 26 and the Chinese mission Chang'e 7", "a Gaganyaan crew
/// member on the ISS"), not one across a new verb, a subordinate clause or another cue ("… the ISS after
/// 2024 and will focus on its own station").
/// </summary>
/// <remarks>
/// Built once per clause: the places where a clause opens and where a verb phrase ends are found in
/// one pass each and looked up by binary search, so a clause of many cues and names stays linear.
/// </remarks>
internal sealed partial class CueReach
{
    private readonly List<Mention> mentions;
    private readonly int[] starts;
    private readonly List<int> clauseOpenings;
    private readonly int[] phraseOf;
    private readonly Dictionary<int, HashSet<string>> programsByPhrase = [];
    private readonly List<int> verbsAfterConjunction = [];
    private readonly string raw;

    public CueReach(string raw, TextSpan clause, IEnumerable<Mention> clauseMentions, IReadOnlyList<Cue> cues)
    {
        this.raw = raw;
        mentions = clauseMentions.OrderBy(m => m.Start).ToList();
        starts = mentions.Select(m => m.Start).ToArray();
        var text = raw.AsSpan(clause.Start, clause.Length);
        clauseOpenings = Offsets(ClauseOpening(), text, clause.Start);

        var phraseEnds = Offsets(Subordinate(), text, clause.Start);
        // "By the time Russia withdraws from the ISS, the new station will be formed": the comma that closes a subordinate clause.
        phraseEnds.AddRange(Offsets(SubordinateClause(), text, clause.Start));
        for (var next = NextWord().Match(raw, clause.Start, clause.Length); next.Success; next = next.NextMatch())
        {
            if (!NounPhraseWords.Contains(next.Groups["word"].Value))
            {
                phraseEnds.Add(next.Index); // "and will …", "to focus …", "and concentrate …"
                verbsAfterConjunction.Add(next.Index);
            }
        }

        phraseEnds.AddRange(cues.Select(c => c.Span.Start));
        // "leave the ISS after the Russian station is built": a program after a preposition of time is not in the verb phrase before it.
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Start > mentions[i - 1].End && TimeBefore().IsMatch(raw.AsSpan(mentions[i - 1].End, mentions[i].Start - mentions[i - 1].End)))
            {
                phraseEnds.Add(mentions[i].Start - 1);
            }
        }

        phraseEnds.Sort();
        phraseOf = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            // A verb phrase ends between two names when a boundary lies after the first one's end.
            phraseOf[i] = i == 0 ? 0 : phraseOf[i - 1] + (Any(phraseEnds, mentions[i - 1].End, mentions[i].Start) ? 1 : 0);
            if (!programsByPhrase.TryGetValue(phraseOf[i], out var names))
            {
                programsByPhrase[phraseOf[i]] = names = new HashSet<string>(StringComparer.Ordinal);
            }

            names.Add(mentions[i].Name);
        }
    }

    /// <summary>The programs <paramref name="cue"/> is about; none when it governs no program here.</summary>
    public IReadOnlySet<string> ProgramsOf(Cue cue) =>
        Governed(cue) is { } index ? programsByPhrase[phraseOf[index]] : EmptySet;

    private static readonly HashSet<string> EmptySet = [];

    private int? Governed(Cue cue)
    {
        var after = LowerBound(starts, cue.Span.Start);
        int? best = null;
        var cost = int.MaxValue;
        // "will build its own station after Gaganyaan": a program after a preposition of time is when, not the object.
        if (after < mentions.Count && (mentions[after].Start <= cue.Span.End || !Any(clauseOpenings, cue.Span.End, mentions[after].Start))
            && !(mentions[after].Start > cue.Span.End && TimeBefore().IsMatch(raw.AsSpan(cue.Span.End, mentions[after].Start - cue.Span.End))))
        {
            best = after;
            cost = Math.Max(0, mentions[after].Start - cue.Span.End);
        }

        // A program before the cue is its subject, unless the cue opens a verb phrase of its own ("… not be part of the ISS and
        // will build its own station") with an object of its own: that verb's subject is the clause's, not the program.
        if (after > 0 && 2 * (cue.Span.Start - mentions[after - 1].End) + 1 < cost
            && !(Any(verbsAfterConjunction, mentions[after - 1].End, cue.Span.Start) && OwnObject().IsMatch(raw.AsSpan(cue.Span.End, Math.Min(raw.Length, cue.Span.End + 12) - cue.Span.End))))
        {
            best = after - 1;
        }

        return best;
    }

    private static List<int> Offsets(Regex pattern, ReadOnlySpan<char> text, int offset)
    {
        var found = new List<int>();
        foreach (var match in pattern.EnumerateMatches(text))
        {
            found.Add(offset + match.Index + match.Length - 1); // its last character: "mission that" opens at "that"
        }

        return found;
    }

    /// <summary>Whether a sorted offset lies in [from, to).</summary>
    private static bool Any(List<int> sorted, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        var index = sorted.BinarySearch(from);
        index = index < 0 ? ~index : index;
        return index < sorted.Count && sorted[index] < to;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }

    /// <summary>Words that continue a noun phrase after "and", "or" or "to" ("and the Gateway", "to its station").</summary>
    private static readonly HashSet<string> NounPhraseWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those", "other", "another", "both", "all",
        "new", "joint", "future", "lunar", "international", "national", "orbital", "crewed", "space", "research", "scientific",
    };

    /// <summary>Words that open a subordinate clause; the patterns below start from them.</summary>
    private const string Subordinators = @"since|because|while|whereas|although|though|when|unless|if|by\s+the\s+time";

    /// <summary>A subordinate clause up to the comma that closes it ("by the time Russia pulls out of the ISS,").</summary>
    [GeneratedRegex(@"\b(?:" + Subordinators + @")\b[^,;:]{1,200},", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex SubordinateClause();

    /// <summary>A preposition of time right before a program: "after Gaganyaan", "before the ISS".</summary>
    [GeneratedRegex(@"\b(?:after|before|until|till|since|following)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex TimeBefore();

    /// <summary>An object of the cue's own right after it: "will build its own station", "will sign a new deal".</summary>
    [GeneratedRegex(@"^\s+(?:its|their|our|his|her|a|an)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex OwnObject();

    /// <summary>A clause opening between a cue and a program: a subordinator, a relative pronoun, or "that" after a program-like noun ("the station that the US plans"), not the "that" of "warnings that …".</summary>
    [GeneratedRegex(@"[;:]|\b(?:" + Subordinators + @"|which|who|whose|where)\b|\b(?:station|outpost|platform|program|programme|project|mission|base)s?\s+that\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClauseOpening();

    /// <summary>A clause or adjunct of its own: "since …", "if …", "in return for …" (what is asked back is not what is given).</summary>
    [GeneratedRegex(@"[;:]|\b(?:" + Subordinators + @"|in\s+(?:return|exchange)\s+for)\b", RegexOptions.IgnoreCase | Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex Subordinate();

    /// <summary>The lower-case word after "and", "or", "but", "then" or "to": a verb unless it continues a noun phrase.</summary>
    [GeneratedRegex(@"\b(?:and|or|but|then|to)\s+(?<word>[a-z][a-z'’-]*)", Patterns.Options, Patterns.TimeoutMilliseconds)]
    private static partial Regex NextWord();
}
