using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Dashboard.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static JsonDocument Parse(string output) => JsonDocument.Parse(output);

    [Fact]
    public async Task Analysing_the_samples_prints_json_that_satisfies_the_schema()
    {
        var (code, output, error) = await Cli.RunAsync("analyze", Cli.SampleArticles, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var schema = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "analysis.schema.json")));
        using var json = Parse(output);
        Assert.Empty(JsonSchema.Validate(schema.RootElement, json.RootElement));
        Assert.Equal(5, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("statements").GetArrayLength() >= 20);
        Assert.InRange(json.RootElement.GetProperty("contradictions").GetArrayLength(), 1, 6); // one finding per change of position, not per pair
    }

    [Fact]
    public async Task The_conflict_period_is_a_number_of_days_and_changes_what_counts_as_a_reversal()
    {
        var (code, output, _) = await Cli.RunAsync("analyze", Cli.SampleArticles, "--conflict-days", "400");
        Assert.Equal(0, code);
        using var json = Parse(output);
        Assert.Contains(json.RootElement.GetProperty("contradictions").EnumerateArray(), c => c.GetProperty("kind").GetString() == "conflict");

        foreach (var wrong in new[] { "-1", "thirty", "99999", "" })
        {
            var (refused, _, error) = await Cli.RunAsync("analyze", Cli.SampleArticles, "--conflict-days", wrong);
            Assert.Equal(2, refused);
            Assert.Contains("--conflict-days", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Offsets_point_at_the_statement_in_the_raw_file_text()
    {
        var (_, output, _) = await Cli.RunAsync("analyze", Cli.SampleArticles);
        using var json = Parse(output);
        var files = json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => File.ReadAllText(Path.Combine(Cli.SampleArticles, d.GetProperty("file").GetString()!)));

        foreach (var statement in json.RootElement.GetProperty("statements").EnumerateArray())
        {
            var raw = files[statement.GetProperty("documentId").GetString()!];
            Assert.Equal(statement.GetProperty("text").GetString(), raw[statement.GetProperty("start").GetInt32()..statement.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public async Task The_same_input_gives_the_same_output()
    {
        var first = await Cli.RunAsync("analyze", Cli.SampleArticles);
        var second = await Cli.RunAsync("analyze", Cli.SampleArticles);
        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData]
    [InlineData("--format", "xml", "x.txt")]
    [InlineData("--colour", "red", "x.txt")]
    [InlineData("x.txt", "--format")]
    public async Task Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var (code, output, error) = await Cli.RunAsync(["analyze", .. args]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_exits_2()
    {
        Assert.Equal(2, (await Cli.RunAsync("analyse-everything")).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync()).ExitCode);
    }

    [Fact]
    public async Task When_nothing_can_be_read_it_exits_1_naming_each_file()
    {
        var empty = temp.File("empty.txt", "");
        var binary = temp.File("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var (code, output, error) = await Cli.RunAsync("analyze", empty, binary, Path.Combine(temp.Path, "missing.txt"));

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"{empty}: the file is empty", error, StringComparison.Ordinal);
        Assert.Contains($"{binary}: the file is binary, not text", error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_files_are_named_in_warnings_and_the_rest_is_analysed()
    {
        var good = temp.File("good.txt", "Roscosmos head Yuri Borisov said on Tuesday that Russia would withdraw from the ISS after 2024.");
        temp.File("bad-utf8.txt", [0x52, 0x6F, 0xC3, 0x28, 0x73, 0x63, 0x6F, 0x73]);

        var (code, output, error) = await Cli.RunAsync("analyze", temp.Path);

        Assert.Equal(0, code);
        Assert.Contains("bad-utf8.txt: the text encoding is not recognised", error, StringComparison.Ordinal);
        using var json = Parse(output);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("bad-utf8.txt", StringComparison.Ordinal));
        var statement = Assert.Single(json.RootElement.GetProperty("statements").EnumerateArray());
        Assert.Equal("Roscosmos", statement.GetProperty("actor").GetString());
        Assert.Equal("withdrawing", statement.GetProperty("stances")[0].GetProperty("stance").GetString());
        _ = good;
    }

    [Fact]
    public async Task Windows_1251_cyrillic_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        temp.File("ru.txt", Encoding.GetEncoding(1251).GetBytes("Глава Роскосмоса Дмитрий Рогозин заявил, что Россия не заинтересована в проекте Gateway."));

        var (code, output, _) = await Cli.RunAsync("analyze", temp.Path);

        Assert.Equal(0, code);
        using var json = Parse(output);
        Assert.Equal("ru", json.RootElement.GetProperty("documents")[0].GetProperty("language").GetString());
    }

    [Fact]
    public async Task Html_is_reduced_to_its_text_and_scripts_and_styles_never_become_text()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Roscosmos and the Gateway</title><style>p { color: red }</style>
            <script>var quote = "We are not interested in this";</script></head>
            <body><nav>Home | News</nav><div hidden>Hidden text about ExoMars</div>
            <p>Roscosmos head Dmitry Rogozin said on Monday that Russia was not interested in the Lunar Gateway&nbsp;project.</p>
            <p>&ldquo;We are ready to continue the dialogue,&rdquo; Rogozin told Interfax.</p></body></html>
            """;
        var path = temp.File("page.html", html);

        var (code, output, _) = await Cli.RunAsync("analyze", path);

        Assert.Equal(0, code);
        Assert.DoesNotContain("color: red", output, StringComparison.Ordinal);
        Assert.DoesNotContain("var quote", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ExoMars", output, StringComparison.Ordinal);
        using var json = Parse(output);
        var statements = json.RootElement.GetProperty("statements").EnumerateArray().ToList();
        Assert.Contains(statements, s => s.GetProperty("text").GetString()!.Contains("not interested in the Lunar Gateway", StringComparison.Ordinal));
        foreach (var statement in statements)
        {
            var slice = html[statement.GetProperty("start").GetInt32()..statement.GetProperty("end").GetInt32()];
            Assert.Contains(statement.GetProperty("text").GetString()![..10], slice, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_twenty_megabyte_file_is_analysed_in_part_with_a_warning()
    {
        var paragraph = "Roscosmos head Yuri Borisov said on Tuesday that Russia would withdraw from the ISS after 2024.\n\n";
        var builder = new StringBuilder();
        while (builder.Length < 20 * 1024 * 1024)
        {
            builder.Append(paragraph);
        }

        temp.File("huge.txt", builder.ToString());

        var (code, output, _) = await Cli.RunAsync("analyze", temp.Path);

        Assert.Equal(0, code);
        using var json = Parse(output);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("huge.txt: only the first 1,000,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gazetteer_with_a_duplicate_alias_is_refused_with_its_line()
    {
        var gazetteer = temp.File("gazetteer.json", """
            {
              "actors": [ { "name": "NASA", "kind": "agency", "aliases": ["NASA"] },
                          { "name": "ESA", "kind": "agency", "aliases": ["NASA"] } ],
              "people": [],
              "programs": []
            }
            """);

        var (code, _, error) = await Cli.RunAsync("analyze", Cli.SampleArticles, "--gazetteer", gazetteer);

        Assert.Equal(1, code);
        Assert.Contains("line 3: alias \"NASA\" of \"ESA\" is already used by \"NASA\" (line 2)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_files_are_analysed_once()
    {
        var text = "ESA director general Josef Aschbacher said that ESA would suspend cooperation with Roscosmos on ExoMars.";
        temp.File("a.txt", text);
        temp.File("b.txt", text);

        var (_, output, _) = await Cli.RunAsync("analyze", temp.Path);

        using var json = Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("same text as", StringComparison.Ordinal));
    }
}

/// <summary>
/// Tests that run with nothing else of this assembly beside them, so the process's CPU time is theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneInTheProcess
{
    public const string Name = "Alone in the test process";
}

/// <summary>
/// Hostile input must not make the analysis run away. Measured in the CPU time it costs, not in wall time: beside
/// the end-to-end tests on a two-core machine the same analysis (about 4 CPU-s) took 20 to 62 s of wall time.
/// </summary>
[Collection(AloneInTheProcess.Name)]
public sealed class HostileInputTimeTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Unbalanced_quotes_and_one_long_line_finish_quickly()
    {
        var line = string.Concat(Enumerable.Repeat("“Roscosmos is ready, Rogozin said. \"NASA is not ", 15_000));
        temp.File("long.txt", line);

        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (code, output, _) = await Cli.RunAsync("analyze", temp.Path);
        process.Refresh();
        var used = process.TotalProcessorTime - before;

        Assert.Equal(0, code);
        Assert.True(used < TimeSpan.FromSeconds(30), $"took {used} of CPU time ({watch.Elapsed} in all)");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
    }
}
