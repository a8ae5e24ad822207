using System.Text.Json;

namespace Dashboard.Cli.Tests.Commands;

/// <summary>The real-world scorer on a manifest and articles written for this test: what it counts as found, missed and invented.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private const string Manifest = """
        {
          "description": "two articles written for the scorer's test",
          "articles": [
            { "id": "a1", "file": "a1.txt", "url": "https://example.org/a1", "outlet": "TASS", "published": "2021-01-25", "language": "en", "translatedFrom": "ru", "kind": "wire",
              "stances": [
                { "actor": "Roscosmos", "program": "Lunar Gateway", "sign": -1, "core": true, "said": null, "construction": "plain cue" },
                { "actor": "NASA", "program": "Artemis", "sign": 1, "core": true, "said": null, "construction": "plain cue" }
              ] },
            { "id": "a2", "file": "a2.txt", "url": "https://example.org/a2", "outlet": "Reuters", "published": "2021-01-26", "language": "en", "translatedFrom": null, "kind": "wire",
              "stances": [ { "actor": "Roscosmos", "program": "Lunar Gateway", "sign": -1, "core": true, "said": null, "construction": "plain cue" } ] }
          ],
          "utteranceGroups": [ { "key": "not-interested", "actor": "Roscosmos", "articles": ["a1", "a2"] } ],
          "contradictions": []
        }
        """;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Scores_found_missed_and_same_utterance_pairs_against_the_manifest()
    {
        var manifest = temp.File("manifest.json", Manifest);
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "articles")).FullName;
        File.WriteAllText(Path.Combine(folder, "a1.txt"), "title: One\noutlet: TASS\ndate: 2021-01-25\n\n“We are not interested in the Lunar Gateway project at all, because our own lunar exploration starts this year,” Dmitry Rogozin, the head of Roscosmos, said on Monday.\n");
        File.WriteAllText(Path.Combine(folder, "a2.txt"), "title: Two\noutlet: Reuters\ndate: 2021-01-26\n\n“We are not interested in the Lunar Gateway project at all, because our own lunar exploration starts this year,” Roscosmos chief Dmitry Rogozin wrote on Telegram on Monday.\n");
        File.WriteAllText(Path.Combine(folder, "unrelated.txt"), "Not in the manifest: not scored.");

        var (code, output, error) = await Cli.RunAsync("score", manifest, folder, "--details");

        Assert.True(code == 0, error);
        using var figures = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(2, figures.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(2.0 / 3, figures.RootElement.GetProperty("coreRecall").GetDouble(), 3);
        Assert.Equal(1.0, figures.RootElement.GetProperty("signAccuracy").GetDouble());
        Assert.Equal(1.0, figures.RootElement.GetProperty("clusterRecall").GetDouble());
        Assert.Contains("a1: NASA for Artemis (core) [plain cue]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_any_of_the_articles_or_a_broken_manifest_is_an_error()
    {
        var manifest = temp.File("manifest.json", Manifest);
        var empty = Directory.CreateDirectory(Path.Combine(temp.Path, "empty")).FullName;

        Assert.Equal(1, (await Cli.RunAsync("score", manifest, empty)).ExitCode);
        Assert.Equal(1, (await Cli.RunAsync("score", temp.File("broken.json", """{"articles": 3}"""), empty)).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("score", manifest)).ExitCode);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"documents": [], "statements": null, "clusters": [], "contradictions": [], "matrix": [], "warnings": []}""")]
    [InlineData("\u0000\u0001binary")]
    public async Task A_saved_analysis_or_a_manifest_that_is_not_one_is_a_clear_error(string content)
    {
        var manifest = temp.File("manifest.json", Manifest);
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "articles")).FullName;
        var saved = temp.File("saved.json", content);

        var withAnalysis = await Cli.RunAsync("score", manifest, folder, "--analysis", saved);
        var asManifest = await Cli.RunAsync("score", saved, folder);

        Assert.Equal(1, withAnalysis.ExitCode);
        Assert.Contains($"error: {saved}: not a readable output of analyze --format json", withAnalysis.Error, StringComparison.Ordinal);
        Assert.Equal(1, asManifest.ExitCode);
        Assert.Contains($"error: {saved}: not a readable manifest", asManifest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_analysis_that_does_not_exist_is_a_clear_error()
    {
        var manifest = temp.File("manifest.json", Manifest);
        var missing = Path.Combine(temp.Path, "nowhere.json");

        var (code, _, error) = await Cli.RunAsync("score", manifest, temp.Path, "--analysis", missing);

        Assert.Equal(1, code);
        Assert.Contains($"error: {missing}: not a readable output of analyze --format json", error, StringComparison.Ordinal);
    }
}
