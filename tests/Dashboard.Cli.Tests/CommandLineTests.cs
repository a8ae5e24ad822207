namespace Dashboard.Cli.Tests;

/// <summary>The command line as people use one: help everywhere, a suggestion for a slip of the keyboard, the same exit codes.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string[]> Commands() => new(
        ["analyze"], ["score"], ["import"], ["feeds"], ["feeds", "add"], ["feeds", "poll"], ["export"], ["backup"], ["restore"],
        ["account"], ["account", "add"], ["generate"], ["bench"], ["bench", "pipeline"], ["bench", "import"], ["bench", "queries"]);

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_answers_help_with_its_usage_and_exit_0(string[] command)
    {
        var (code, output, error) = await Cli.RunAsync([.. command, "--help"]);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("Description:", output, StringComparison.Ordinal);
        Assert.Contains($" {string.Join(' ', command)} [", output, StringComparison.Ordinal); // its usage line (after the program's name)
    }

    [Fact]
    public async Task The_top_level_help_lists_every_command()
    {
        var (code, output, _) = await Cli.RunAsync("--help");

        Assert.Equal(0, code);
        foreach (var command in new[] { "analyze", "score", "import", "feeds", "export", "backup", "restore", "account", "generate", "bench" })
        {
            Assert.Matches($@"\n  (\S+, )?{command}\b", output); // "analyse, analyze": an alias may come first
        }
    }

    [Theory]
    [InlineData(new[] { "imprt", "x.txt" }, "did you mean 'import'?")]
    [InlineData(new[] { "feeds", "pol" }, "did you mean 'poll'?")]
    [InlineData(new[] { "analyze", "x.txt", "--formt", "json" }, "did you mean '--format'?")]
    [InlineData(new[] { "export", "--fromat", "csv" }, "did you mean '--format'?")]
    public async Task A_mistyped_name_is_a_usage_error_that_suggests_the_name_meant(string[] args, string suggestion)
    {
        var (code, output, error) = await Cli.RunAsync(args);

        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(suggestion, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_like_a_known_name_suggests_nothing()
    {
        var (code, _, error) = await Cli.RunAsync("'; DROP TABLE Documents; --");

        Assert.Equal(2, code);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_offers_the_subcommands_of_what_was_typed()
    {
        var (code, output, _) = await Cli.RunAsync("[suggest:9]", "feeds ad");

        Assert.Equal(0, code);
        Assert.Contains("add", output.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("import", "importt", 1)]
    [InlineData("--format", "--fromat", 2)]
    [InlineData("poll", "POLL", 0)]
    public void Edit_distance_counts_insertions_swaps_and_ignores_case(string a, string b, int distance) =>
        Assert.Equal(distance, Suggestions.Distance(a, b));

    [Fact]
    public async Task Long_work_tells_its_progress_in_plain_lines_when_standard_error_is_redirected()
    {
        using var temp = new TempFolder();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "dashboard.dll"), "generate", "--articles", "40", "--seed", "2", temp.Path])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("wrote 40 articles", output, StringComparison.Ordinal);
        var lines = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("writing articles: 40 of 40 (100 %)", lines[^1]);
        Assert.InRange(lines.Length, 2, 11); // a line a tenth of the way at most, never one an article
        Assert.DoesNotContain(lines, l => l.Contains('\u001b', StringComparison.Ordinal)); // no terminal codes in a log
    }
}
