using Dashboard.Core.Synthetic;

namespace Dashboard.Cli.Commands;

/// <summary><c>generate --articles N [--seed S] [--style compact|realistic] &lt;folder&gt;</c>: a deterministic synthetic corpus for benchmarks.</summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var count = parsed.IntOption("articles", 0);
        var seed = parsed.IntOption("seed", 1);
        if (count <= 0)
        {
            throw new UsageException("--articles must be a positive number of articles");
        }

        var style = parsed.Option("style") switch
        {
            null or "compact" => ArticleStyle.Compact,
            "realistic" => ArticleStyle.Realistic,
            var other => throw new UsageException($"--style must be compact or realistic, not '{other}'"),
        };

        if (parsed.Positional.Count != 1)
        {
            throw new UsageException("generate needs exactly one output folder");
        }

        if (await GazetteerFile.TryLoadAsync(parsed.Option("gazetteer"), error) is not { } gazetteer)
        {
            return ExitCodes.Failure;
        }

        var folder = parsed.Positional[0];
        try
        {
            Directory.CreateDirectory(folder);
            var written = await WorkProgress.RunAsync(error, "writing articles", count, async progress =>
            {
                var done = 0;
                foreach (var article in new CorpusGenerator(gazetteer).Generate(count, seed, style))
                {
                    await File.WriteAllTextAsync(Path.Combine(folder, article.FileName), article.Text);
                    progress.Report(++done);
                }

                return done;
            });

            await output.WriteLineAsync($"wrote {written} articles to {Path.GetFullPath(folder)} (seed {seed}, {style.ToString().ToLowerInvariant()})");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write to {folder}: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
