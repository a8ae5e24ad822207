using System.Globalization;
using Dashboard.Core.Analysis.Json;

namespace Dashboard.Cli.Scoring;

/// <summary>A count of hits out of a total, printed as "9 of 20 (0.45)".</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    public double? Value => Total == 0 ? null : (double)Hits / Total;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Hits} of {Total} ({(Value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")})");
}

/// <summary>
/// How the analysis of a folder of real articles compares with what analysts recorded in the manifest.
/// A stance is an (actor, program, sign) found in an article; only articles of the manifest that were
/// analysed count, so a folder holding some of them is scored on those.
/// </summary>
public sealed record RealWorldScore(
    int Articles,
    Ratio CoreRecall,
    Ratio AllRecall,
    Ratio Precision,
    Ratio SignAccuracy,
    Ratio RecalledDates,
    Ratio ClusterRecall,
    Ratio ClusterPrecision,
    Ratio ContradictionRecall,
    Ratio ContradictionPrecision,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> FalseFindings)
{
    public static RealWorldScore Compute(Manifest manifest, AnalysisOutput analysis)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(analysis);
        var articleByFile = manifest.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var articleOfDocument = analysis.Documents.Where(d => articleByFile.ContainsKey(d.File))
            .ToDictionary(d => d.Id, d => articleByFile[d.File].Id, StringComparer.Ordinal);
        var scored = articleOfDocument.Values.ToHashSet(StringComparer.Ordinal);
        var statements = analysis.Statements.Where(s => articleOfDocument.ContainsKey(s.DocumentId) && s.Actor is not null).ToList();

        // (article, actor, program) → the signs and dates the analysis found.
        var found = statements.SelectMany(s => s.Stances.Where(p => p.Score != 0).Select(p => (Article: articleOfDocument[s.DocumentId], Actor: s.Actor!, p.Program, Sign: Math.Sign(p.Score), s.Date)))
            .ToList();
        var misses = new List<string>();
        var falseFindings = new List<string>();

        int coreHits = 0, coreTotal = 0, allHits = 0, allTotal = 0, dateHits = 0, dateTotal = 0;
        foreach (var article in manifest.Articles.Where(a => scored.Contains(a.Id)))
        {
            foreach (var expected in article.Stances.Where(s => s.Sign != 0))
            {
                var matching = found.Where(f => f.Article == article.Id && f.Actor == expected.Actor && f.Program == expected.Program && f.Sign == expected.Sign).ToList();
                var hit = matching.Count > 0;
                allTotal++;
                allHits += hit ? 1 : 0;
                if (expected.Core)
                {
                    coreTotal++;
                    coreHits += hit ? 1 : 0;
                }

                if (!hit)
                {
                    misses.Add($"{article.Id}: {expected.Actor} {Sign(expected.Sign)} {expected.Program}{(expected.Core ? " (core)" : "")} [{expected.Construction}]");
                }

                if (hit && expected.Said is { } said)
                {
                    dateTotal++;
                    dateHits += matching.Any(m => m.Date is { } date && (date.StartsWith(said, StringComparison.Ordinal) || said.StartsWith(date, StringComparison.Ordinal))) ? 1 : 0;
                }
            }
        }

        var expectedTriples = manifest.Articles.Where(a => scored.Contains(a.Id))
            .SelectMany(a => a.Stances.Select(s => (Article: a.Id, s.Actor, s.Program, s.Sign))).ToHashSet();
        var expectedPairs = expectedTriples.Select(t => (t.Article, t.Actor, t.Program)).ToHashSet();
        var predicted = found.Select(f => (f.Article, f.Actor, f.Program, f.Sign)).Distinct().ToList();
        var correct = predicted.Count(expectedTriples.Contains);
        falseFindings.AddRange(predicted.Where(p => !expectedTriples.Contains(p)).Select(p => $"{p.Article}: {p.Actor} {Sign(p.Sign)} {p.Program}"));
        var onExpectedPairs = predicted.Where(p => expectedPairs.Contains((p.Article, p.Actor, p.Program))).ToList();

        var documentOfStatement = analysis.Statements.ToDictionary(s => s.Id, s => s.DocumentId, StringComparer.Ordinal);
        var (clusterRecall, clusterPrecision) = Clusters(manifest, analysis, documentOfStatement, articleOfDocument, scored, falseFindings);
        var (contradictionRecall, contradictionPrecision) = Contradictions(manifest, analysis, documentOfStatement, articleOfDocument, scored, falseFindings);
        return new RealWorldScore(
            scored.Count,
            new Ratio(coreHits, coreTotal),
            new Ratio(allHits, allTotal),
            new Ratio(correct, predicted.Count),
            new Ratio(onExpectedPairs.Count(expectedTriples.Contains), onExpectedPairs.Count),
            new Ratio(dateHits, dateTotal),
            clusterRecall,
            clusterPrecision,
            contradictionRecall,
            contradictionPrecision,
            misses,
            falseFindings);
    }

    /// <summary>Pairs of articles that report the same utterance: recorded against found in one cluster.</summary>
    private static (Ratio Recall, Ratio Precision) Clusters(
        Manifest manifest, AnalysisOutput analysis, Dictionary<string, string> documentOfStatement, Dictionary<string, string> articleOf, HashSet<string> scored, List<string> falseFindings)
    {
        var expected = manifest.UtteranceGroups
            .SelectMany(g => Pairs(g.Articles.Where(scored.Contains)))
            .ToHashSet();
        var predicted = analysis.Clusters
            .SelectMany(c => Pairs(c.StatementIds.Select(id => documentOfStatement[id]).Where(articleOf.ContainsKey).Select(d => articleOf[d])))
            .ToHashSet();
        falseFindings.AddRange(predicted.Where(p => !expected.Contains(p)).Select(p => $"same utterance? {p.A} ~ {p.B}"));
        return (new Ratio(expected.Count(predicted.Contains), expected.Count), new Ratio(predicted.Count(expected.Contains), predicted.Count));
    }

    private static (Ratio Recall, Ratio Precision) Contradictions(
        Manifest manifest, AnalysisOutput analysis, Dictionary<string, string> documentOfStatement, Dictionary<string, string> articleOf, HashSet<string> scored, List<string> falseFindings)
    {
        var expected = manifest.Contradictions.Where(c => c.Articles.Count(scored.Contains) >= 2).Select(c => (c.Actor, c.Program)).ToHashSet();
        var predicted = analysis.Contradictions
            .Where(c => articleOf.ContainsKey(documentOfStatement[c.A]) && articleOf.ContainsKey(documentOfStatement[c.B]))
            .Select(c => (c.Actor, c.Program)).ToHashSet();
        falseFindings.AddRange(predicted.Where(p => !expected.Contains(p)).Select(p => $"contradiction? {p.Actor} on {p.Program}"));
        return (new Ratio(expected.Count(predicted.Contains), expected.Count), new Ratio(predicted.Count(expected.Contains), predicted.Count));
    }

    private static IEnumerable<(string A, string B)> Pairs(IEnumerable<string> articles)
    {
        var distinct = articles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++)
            {
                yield return (distinct[i], distinct[j]);
            }
        }
    }

    private static string Sign(int sign) => sign > 0 ? "for" : sign < 0 ? "against" : "neutral on";
}
