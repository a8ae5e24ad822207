using System.Globalization;
using System.Text.Json;
using Dashboard.Core.Analysis.Stance;
using Dashboard.Core.Tests.Analysis;
using Xunit.Abstractions;

namespace Dashboard.Core.Tests.Evaluation;

/// <summary>
/// Articles written for this test (not shipped) with hand-labelled (actor, program, stance)
/// triples. Reports precision and recall; fails below the floors. Neutral predictions are mentions,
/// not stances, so they are not scored.
/// </summary>
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    public const double PrecisionFloor = 0.75;
    public const double RecallFloor = 0.75;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Evaluation");

    [Fact]
    public void Precision_and_recall_of_stance_triples_stay_above_the_floor()
    {
        var expected = JsonSerializer.Deserialize<Dictionary<string, string[][]>>(File.ReadAllText(Path.Combine(Folder, "expected.json")))!;
        Assert.True(expected.Count >= 20, "the evaluation set has at least 20 articles");

        int truePositives = 0, predictedCount = 0, expectedCount = 0;
        foreach (var (file, triples) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var document = TestCorpus.Document(File.ReadAllText(Path.Combine(Folder, "Articles", file)), file);
            var predicted = document.Statements
                .Where(s => s.Actor is not null)
                .SelectMany(s => s.Stances.Where(st => st.Label != StanceLabel.Neutral).Select(st => (s.Actor!, st.Program, st.Label.Name())))
                .ToHashSet();
            var wanted = triples.Select(t => (t[0], t[1], t[2])).ToHashSet();
            var hits = predicted.Intersect(wanted).Count();
            truePositives += hits;
            predictedCount += predicted.Count;
            expectedCount += wanted.Count;
            output.WriteLine($"{file}: {hits}/{wanted.Count} found, {predicted.Count - hits} extra");
            foreach (var miss in wanted.Except(predicted))
            {
                output.WriteLine($"    missed {miss}");
            }

            foreach (var extra in predicted.Except(wanted))
            {
                output.WriteLine($"    extra  {extra}");
            }
        }

        var precision = predictedCount == 0 ? 0 : (double)truePositives / predictedCount;
        var recall = (double)truePositives / expectedCount;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:P1} ({truePositives}/{predictedCount}), recall {recall:P1} ({truePositives}/{expectedCount})"));
        Assert.True(precision >= PrecisionFloor, string.Create(CultureInfo.InvariantCulture, $"precision {precision:P1} is below {PrecisionFloor:P0}"));
        Assert.True(recall >= RecallFloor, string.Create(CultureInfo.InvariantCulture, $"recall {recall:P1} is below {RecallFloor:P0}"));
    }
}
