using System.Text.Json;

namespace Dashboard.Cli.Tests.Commands;

public sealed class GenerateAndBenchTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task The_same_seed_writes_the_same_corpus()
    {
        var a = Path.Combine(temp.Path, "a");
        var b = Path.Combine(temp.Path, "b");

        Assert.Equal(0, (await Cli.RunAsync("generate", "--articles", "30", "--seed", "5", a)).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync("generate", "--articles", "30", "--seed", "5", b)).ExitCode);

        var filesA = Directory.GetFiles(a).Order().Select(File.ReadAllText).ToList();
        Assert.Equal(30, filesA.Count);
        Assert.Equal(filesA, Directory.GetFiles(b).Order().Select(File.ReadAllText));
    }

    [Fact]
    public async Task The_query_benchmark_measures_an_imported_corpus_as_it_is_and_refuses_an_empty_or_missing_database()
    {
        try
        {
            var (file, empty) = await SampleAndEmptyDatabasesAsync();

            var (code, output, error) = await Cli.RunAsync("bench", "queries", "--measure", $"Data Source={file}", "--repeat", "2");

            Assert.True(code == 0, error);
            Assert.Contains("as it is: ", output, StringComparison.Ordinal);
            using var figures = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
            Assert.Equal(5, figures.RootElement.GetProperty("documents").GetInt32());
            Assert.True(figures.RootElement.GetProperty("statements").GetInt32() > 5);
            Assert.True(figures.RootElement.GetProperty("textSearchTop50").GetProperty("p95").GetDouble() >= 0);

            var refused = await Cli.RunAsync("bench", "queries", "--measure", $"Data Source={empty}");
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("holds no documents, so there is nothing to measure", refused.Error, StringComparison.Ordinal);

            var missing = Path.Combine(temp.Path, "missing.db");
            var absent = await Cli.RunAsync("bench", "queries", "--measure", $"Data Source={missing}");
            Assert.Equal(1, absent.ExitCode);
            Assert.Contains("no such database file", absent.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(missing));

            Assert.Equal(2, (await Cli.RunAsync("bench", "queries", "--measure", $"Data Source={file}", "--statements", "10")).ExitCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Two SQLite files for the benchmarks of an existing database: one with the sample corpus imported, one initialised and empty.</summary>
    private async Task<(string Samples, string Empty)> SampleAndEmptyDatabasesAsync()
    {
        var file = Path.Combine(temp.Path, "corpus.db");
        var empty = Path.Combine(temp.Path, "empty.db");
        using (var database = await DashboardDatabase.OpenAsync(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = $"Data Source={file}" }))
        {
            var samples = Directory.EnumerateFiles(Cli.SampleArticles).Order(StringComparer.Ordinal).Select(f => new Dashboard.Data.Import.ImportFile(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
            await database.Get<Dashboard.Data.Import.ImportService>().ImportAllAsync(samples, "test");
        }

        using (await DashboardDatabase.OpenAsync(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = $"Data Source={empty}" }))
        {
        }

        return (file, empty);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("many")]
    public async Task Generating_no_or_a_negative_number_of_articles_is_a_usage_error(string count)
    {
        var (code, _, error) = await Cli.RunAsync("generate", "--articles", count, temp.Path);
        Assert.Equal(2, code);
        Assert.Contains("--articles", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_realistic_style_writes_longer_pages_and_an_unknown_style_is_a_usage_error()
    {
        var compact = Path.Combine(temp.Path, "compact");
        var realistic = Path.Combine(temp.Path, "realistic");

        Assert.Equal(0, (await Cli.RunAsync("generate", "--articles", "20", "--seed", "5", compact)).ExitCode);
        var (code, output, _) = await Cli.RunAsync("generate", "--articles", "20", "--seed", "5", "--style", "realistic", realistic);

        Assert.Equal(0, code);
        Assert.Contains("realistic", output, StringComparison.Ordinal);
        var compactBytes = Directory.GetFiles(compact).Sum(f => new FileInfo(f).Length);
        var realisticBytes = Directory.GetFiles(realistic).Sum(f => new FileInfo(f).Length);
        Assert.True(realisticBytes > 3 * compactBytes, $"{realisticBytes} bytes against {compactBytes}");

        foreach (var style in new[] { "", "REALISTIC", "<script>", "compact;drop table" })
        {
            var refused = await Cli.RunAsync("generate", "--articles", "5", "--style", style, Path.Combine(temp.Path, "refused"));
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("--style must be compact or realistic", refused.Error, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(Path.Combine(temp.Path, "refused")));
    }

    [Fact]
    public async Task Generated_articles_are_analysable_and_report_utterances_across_outlets()
    {
        var folder = Path.Combine(temp.Path, "corpus");
        await Cli.RunAsync("generate", "--articles", "60", "--seed", "11", folder);

        var (code, output, _) = await Cli.RunAsync("analyze", folder);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("statements").GetArrayLength() >= 60);
        Assert.True(json.RootElement.GetProperty("clusters").GetArrayLength() > 0);

        // Every story carries its outlet's dateline, and some utterance is reported by several outlets.
        var outlets = json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("outlet").GetString());
        Assert.All(outlets.Values, outlet => Assert.False(string.IsNullOrEmpty(outlet)));
        Assert.True(outlets.Values.Distinct().Count() >= 4);
        Assert.Contains(json.RootElement.GetProperty("clusters").EnumerateArray(), cluster => cluster.GetProperty("statementIds").EnumerateArray()
            .Select(id => outlets[id.GetString()![..id.GetString()!.LastIndexOf("-s", StringComparison.Ordinal)]]).Distinct().Count() > 1);
    }

    [Fact]
    public async Task The_pipeline_benchmark_ends_with_one_line_of_json_figures()
    {
        var folder = Path.Combine(temp.Path, "bench");
        await Cli.RunAsync("generate", "--articles", "20", folder);

        var (code, output, _) = await Cli.RunAsync("bench", "pipeline", folder);

        Assert.Equal(0, code);
        using var figures = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(20, figures.RootElement.GetProperty("articles").GetInt32());
        Assert.True(figures.RootElement.GetProperty("articlesPerSecond").GetDouble() > 0);
    }

    [Fact]
    public async Task Repeated_passes_report_the_best_and_the_first_which_is_never_quicker()
    {
        var folder = Path.Combine(temp.Path, "bench-repeat");
        await Cli.RunAsync("generate", "--articles", "20", folder);

        var (code, output, _) = await Cli.RunAsync("bench", "pipeline", folder, "--repeat", "2");

        Assert.Equal(0, code);
        Assert.Contains("first pass", output, StringComparison.Ordinal);
        using var figures = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        var firstPass = figures.RootElement.GetProperty("firstPassArticlesPerSecond").GetDouble();
        Assert.InRange(firstPass, double.Epsilon, figures.RootElement.GetProperty("articlesPerSecond").GetDouble());
    }

    [Fact]
    public async Task The_import_benchmark_imports_into_its_own_database_and_ends_with_one_line_of_json_figures()
    {
        var folder = Path.Combine(temp.Path, "bench-import");
        await Cli.RunAsync("generate", "--articles", "30", "--seed", "7", folder);

        var (code, output, error) = await Cli.RunAsync("bench", "import", folder);

        Assert.True(code == 0, error);
        using var figures = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(30, figures.RootElement.GetProperty("articles").GetInt32());
        Assert.InRange(figures.RootElement.GetProperty("imported").GetInt32(), 1, 30); // generated stories may be near-duplicates of each other
        Assert.True(figures.RootElement.GetProperty("articlesPerSecond").GetDouble() > 0);
    }

    [Theory]
    [InlineData("pipeline")]
    [InlineData("import")]
    public async Task Benchmarking_an_empty_folder_fails_clearly(string target)
    {
        var (code, _, error) = await Cli.RunAsync("bench", target, temp.Path);
        Assert.Equal(1, code);
        Assert.Contains("no articles", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_update_benchmark_times_changes_on_an_imported_corpus_and_refuses_a_missing_or_empty_database_or_too_few_changes()
    {
        try
        {
            var (file, empty) = await SampleAndEmptyDatabasesAsync();

            var (code, output, error) = await Cli.RunAsync("bench", "updates", file, "--changes", "10");

            Assert.True(code == 0, error);
            Assert.Contains("the slowest changes, where their time went", output, StringComparison.Ordinal);
            using var figures = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
            Assert.Equal(10, figures.RootElement.GetProperty("changes").GetInt32());
            Assert.True(figures.RootElement.GetProperty("p95").GetDouble() >= figures.RootElement.GetProperty("p50").GetDouble());

            var nothing = await Cli.RunAsync("bench", "updates", empty);
            Assert.Equal(1, nothing.ExitCode);
            Assert.Contains("holds no statements, so there is nothing to change", nothing.Error, StringComparison.Ordinal);

            var missing = Path.Combine(temp.Path, "missing.db");
            var absent = await Cli.RunAsync("bench", "updates", missing);
            Assert.Equal(1, absent.ExitCode);
            Assert.Contains("no such database file", absent.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(missing));

            Assert.Equal(2, (await Cli.RunAsync("bench", "updates", file, "--changes", "3")).ExitCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task The_query_benchmark_builds_its_own_database_and_ends_with_one_line_of_json_figures()
    {
        var (code, output, error) = await Cli.RunAsync("bench", "queries", "--statements", "120", "--repeat", "2");

        Assert.True(code == 0, error);
        Assert.Contains("statements, first page", output, StringComparison.Ordinal);
        using var figures = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        Assert.Equal(120, figures.RootElement.GetProperty("statements").GetInt32());
        foreach (var query in new[] { "overview", "matrix", "matrixOneActor", "statementsFirstPage", "textSearchTop50" })
        {
            var p95 = figures.RootElement.GetProperty(query).GetProperty("p95").GetDouble();
            Assert.True(p95 >= figures.RootElement.GetProperty(query).GetProperty("p50").GetDouble(), query);
        }
    }

    [Fact]
    public async Task The_connection_benchmark_prints_what_stays_after_each_thousand_opens_and_refuses_too_few()
    {
        var (code, output, error) = await Cli.RunAsync("bench", "connections", "--opens", "2000");

        Assert.True(code == 0, error);
        using var figures = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]);
        var rows = figures.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([0, 1000, 2000], rows.Select(r => r.GetProperty("opens").GetInt32()));
        Assert.All(rows, r => Assert.True(r.GetProperty("heapMegabytes").GetDouble() > 0));
        Assert.Equal(2, (await Cli.RunAsync("bench", "connections", "--opens", "10")).ExitCode);
    }

    [Fact]
    public async Task The_query_benchmark_refuses_a_given_database_that_holds_documents_and_changes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("bench-connection-").FullName;
        try
        {
            var file = Path.Combine(folder, "kept.db");
            Assert.Equal(0, (await Cli.RunAsync("bench", "queries", "--statements", "30", "--repeat", "1", "--keep", file)).ExitCode);
            var before = await File.ReadAllBytesAsync(file);

            var (code, _, error) = await Cli.RunAsync("bench", "queries", "--statements", "30", "--repeat", "1", "--connection", $"Data Source={file}");

            Assert.Equal(1, code);
            Assert.Contains("already holds documents", error, StringComparison.Ordinal);
            Assert.Contains("nothing was changed", error, StringComparison.Ordinal);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.Equal(before.Length, (await File.ReadAllBytesAsync(file)).Length);
            Assert.Equal(2, (await Cli.RunAsync("bench", "queries", "--keep", Path.Combine(folder, "new.db"), "--connection", $"Data Source={file}")).ExitCode);
            Assert.Equal(2, (await Cli.RunAsync("bench", "queries", "--keep", file)).ExitCode); // never overwrites
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("many")]
    public async Task The_query_benchmark_refuses_a_size_that_is_not_a_positive_number(string size)
    {
        var (code, _, error) = await Cli.RunAsync("bench", "queries", "--statements", size);
        Assert.Equal(2, code);
        Assert.Contains("--statements", error, StringComparison.Ordinal);
    }
}
