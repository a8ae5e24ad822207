using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Statements;

/// <summary>
/// What an article is about at each point: the program a clause that names none refers to ("this
/// project", "the talks", "Russia will join"). Programs named only in a relative clause ("…that
/// developed on the ISS") or a comparison are background, not topics.
/// </summary>
internal sealed class ProgramTopics
{
    /// <summary>How often the article must name its main program for a lead that names none to be about it.</summary>
    private const int MainProgramMentions = 3;

    private readonly Gazetteer gazetteer;
    private readonly string raw;
    private readonly List<(TextSpan Span, int Paragraph)> sentences;
    private readonly TextSpan lead;
    private readonly List<Mention> topics;
    private readonly string? headlineProgram;

    public ProgramTopics(Gazetteer gazetteer, string raw, List<(TextSpan Span, int Paragraph)> sentences, TextSpan lead, IEnumerable<Mention> programMentions, IEnumerable<Mention> headline)
    {
        headlineProgram = OnlyProgram(headline);
        this.gazetteer = gazetteer;
        this.raw = raw;
        this.sentences = sentences;
        this.lead = lead;
        var background = sentences.SelectMany(s => StanceScorer.Background(raw, s.Span)).ToList();
        topics = OnePerName(raw, programMentions.Where(m => !background.Any(b => b.Contains(new TextSpan(m.Start, m.End)))));
    }

    /// <summary>
    /// Two names of one program side by side are one mention ("the Gateway circumlunar station"):
    /// counted twice, a single naming would pass for the article's main program.
    /// </summary>
    private static List<Mention> OnePerName(string raw, IEnumerable<Mention> mentions)
    {
        var merged = new List<Mention>();
        foreach (var mention in mentions.OrderBy(m => m.Start))
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Name == mention.Name && mention.Start >= last.End
                && raw.AsSpan(last.End, mention.Start - last.End).Trim().Trim('-').IsEmpty)
            {
                merged[^1] = last with { End = mention.End };
                continue;
            }

            merged.Add(mention);
        }

        return merged;
    }

    /// <summary>
    /// The program the text was about before <paramref name="clause"/>: mentioned often, recently, in
    /// the lead, or sharing a word with the clause ("the lunar project" → a lunar program). Before any
    /// mention, the one program the headline names, else the one the article names most.
    /// </summary>
    public string? Antecedent(TextSpan clause)
    {
        var before = topics.Where(m => m.End <= clause.Start).ToList();
        if (before.Count == 0)
        {
            return headlineProgram ?? MainProgram();
        }

        var sentenceIndex = sentences.FindLastIndex(s => s.Span.Start <= clause.Start);
        var recentStart = sentenceIndex >= 1 ? sentences[sentenceIndex - 1].Span.Start : 0;
        var clauseWords = Words.Stems(raw[clause.Start..clause.End]).Where(w => w is not ("program" or "lunar" or "us")).ToHashSet();
        var clauseLunar = ProgramDescriptions.IsLunarText(raw[clause.Start..clause.End]);
        return before.GroupBy(m => m.Name)
            .Select(g => (Name: g.Key,
                Score: g.Count()
                    + (g.Any(m => m.Start >= recentStart) ? 1.5 : 0)
                    + (g.Any(m => lead.Contains(new TextSpan(m.Start, m.End))) ? 1 : 0)
                    + SharedWordBonus(g.Key, clauseWords, clauseLunar),
                Last: g.Max(m => m.Start)))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Last)
            .First().Name;
    }

    /// <summary>The one program some mentions name ("Moscow cools on the Lunar Gateway"), or null when they name none or several.</summary>
    public static string? OnlyProgram(IEnumerable<Mention> mentions)
    {
        var named = mentions.Where(m => m.Kind == MentionKind.Program).Select(m => m.Name).Distinct().Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// A lead that names no program yet ("NASA continues working with Roscosmos despite sanctions") is
    /// about what the article goes on to name, when it names one program most, and often: twice is
    /// often a mere list.
    /// </summary>
    private string? MainProgram()
    {
        var ranked = topics.GroupBy(m => m.Name).Select(g => (g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        return ranked.Count > 0 && ranked[0].Count >= MainProgramMentions && (ranked.Count == 1 || ranked[0].Count > ranked[1].Count) ? ranked[0].Key : null;
    }

    /// <summary>A word the clause shares with a program's names counts; "lunar" alone, half.</summary>
    private double SharedWordBonus(string program, HashSet<string> clauseWords, bool clauseLunar)
    {
        var aliases = gazetteer.ProgramsByName[program].Aliases;
        if (aliases.Any(a => Words.Stems(a).Any(clauseWords.Contains)))
        {
            return 1;
        }

        return clauseLunar && aliases.Any(ProgramDescriptions.IsLunarText) ? 0.5 : 0;
    }

}
