using System.Text;

namespace Dashboard.Cli.Tests.Commands;

/// <summary>import, backup and restore against real database files named by the environment.</summary>
public sealed class DatabaseCommandsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Database(string name) => Path.Combine(temp.Path, name);

    [Fact]
    public async Task Import_prints_one_line_per_file_and_a_second_import_of_the_folder_adds_nothing()
    {
        var (code, output, error) = await Cli.OnDatabaseAsync(Database("a.db"), "import", Cli.SampleArticles);

        Assert.True(code == 0, error);
        Assert.Equal(5, output.Split('\n').Count(l => l.StartsWith("imported", StringComparison.Ordinal)));
        Assert.Contains("5 imported", error, StringComparison.Ordinal);

        var again = await Cli.OnDatabaseAsync(Database("a.db"), "import", Cli.SampleArticles);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(5, again.Output.Split('\n').Count(l => l.StartsWith("duplicate", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Import_by_address_refuses_what_is_not_a_public_web_page_one_line_each_and_needs_an_address()
    {
        var (code, output, error) = await Cli.OnDatabaseAsync(Database("u.db"), "import", "--url", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/", "<script>alert(1)</script>");
        var none = await Cli.OnDatabaseAsync(Database("u.db"), "import", "--url");

        Assert.Equal(1, code);
        Assert.Contains("rejected        file:///etc/passwd: only http:// and https:// addresses can be imported", output, StringComparison.Ordinal);
        Assert.Contains("rejected        http://169.254.169.254/latest/meta-data/: not fetched: 169.254.169.254 is a link-local address", output, StringComparison.Ordinal);
        Assert.Contains("rejected        <script>alert(1)</script>: only http://", output, StringComparison.Ordinal);
        Assert.Contains("0 imported, 0 duplicates, 3 rejected", error, StringComparison.Ordinal);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("import --url needs at least one address", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_rejects_bad_files_with_their_reasons_imports_the_rest_and_exits_non_zero()
    {
        var folder = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.txt"), "Roscosmos head Yuri Borisov said on Friday that Russia would leave the ISS after 2024.");
        File.WriteAllBytes(Path.Combine(folder, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        File.WriteAllText(Path.Combine(folder, "feed.json"), """[{"title": ["wrong"], "text": "x"}]""");
        File.WriteAllText(Path.Combine(folder, "evil.html"), "<html><body><script>alert(1)</script><p>'; DROP TABLE Documents; --</p></body></html>", Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "notes.docx"), "ignored: not a supported extension in a folder");

        var (code, output, _) = await Cli.OnDatabaseAsync(Database("b.db"), "import", folder, Path.Combine(temp.Path, "missing.txt"));

        Assert.Equal(1, code);
        Assert.Contains("imported        good.txt", output, StringComparison.Ordinal);
        Assert.Contains("imported        evil.html", output, StringComparison.Ordinal);
        Assert.Contains("rejected        photo.txt: the file is binary", output, StringComparison.Ordinal);
        Assert.Contains("rejected        feed.json: item 1: “title” must be a string", output, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or folder", output, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.docx", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_restores_into_another_database_and_wrong_files_are_refused_without_changing_anything()
    {
        await Cli.OnDatabaseAsync(Database("live.db"), "import", Cli.SampleArticles);
        var backup = Path.Combine(temp.Path, "backup.db");

        var made = await Cli.OnDatabaseAsync(Database("live.db"), "backup", backup);
        Assert.True(made.ExitCode == 0, made.Error);
        Assert.Contains("(5 documents)", made.Output, StringComparison.Ordinal);
        var again = await Cli.OnDatabaseAsync(Database("live.db"), "backup", backup);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);

        var restored = await Cli.OnDatabaseAsync(Database("fresh.db"), "restore", backup);
        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Contains("(5 documents)", restored.Output, StringComparison.Ordinal);

        var notSqlite = temp.File("notes.db", "just text");
        var (code, _, error) = await Cli.OnDatabaseAsync(Database("fresh.db"), "restore", notSqlite);
        Assert.Equal(1, code);
        Assert.Contains("not a backup of this dashboard", error, StringComparison.Ordinal);
        var otherProgram = Path.Combine(temp.Path, "other.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={otherProgram};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Documents (Id INTEGER); INSERT INTO Documents VALUES (1);";
            command.ExecuteNonQuery();
        }

        var other = await Cli.OnDatabaseAsync(Database("fresh.db"), "restore", otherProgram);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("not a backup of this dashboard", other.Error, StringComparison.Ordinal);
        // Nothing changed by the refusals: a backup of the restored database still holds the five articles.
        var check = await Cli.OnDatabaseAsync(Database("fresh.db"), "backup", Path.Combine(temp.Path, "check.db"));
        Assert.Contains("(5 documents)", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_a_view_for_a_filter_and_refuses_values_the_corpus_does_not_know()
    {
        await Cli.OnDatabaseAsync(Database("e.db"), "import", Cli.SampleArticles);

        var (code, output, error) = await Cli.OnDatabaseAsync(Database("e.db"), "export", "--format", "csv", "--actor", "Roscosmos");
        Assert.True(code == 0, error);
        var lines = output.TrimEnd().Split("\r\n");
        Assert.StartsWith("\"id\",\"document_id\"", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 5);
        Assert.All(lines.Skip(1), line => Assert.Contains("\"Roscosmos\"", line, StringComparison.Ordinal));

        var file = Path.Combine(temp.Path, "matrix.json");
        var matrix = await Cli.OnDatabaseAsync(Database("e.db"), "export", "--format", "json", "--view", "matrix", "--program", "Artemis", "--output", file);
        Assert.Equal(0, matrix.ExitCode);
        using var cells = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        Assert.All(cells.RootElement.EnumerateArray(), c => Assert.Equal("Artemis", c.GetProperty("program").GetString()));

        var refused = await Cli.OnDatabaseAsync(Database("e.db"), "export", "--format", "csv", "--actor", "<script>", "--from", "2021-02-30");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("no such actor", refused.Error, StringComparison.Ordinal);
        Assert.Contains("not a date", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await Cli.OnDatabaseAsync(Database("e.db"), "export", "--format", "xml")).ExitCode);
    }
}
