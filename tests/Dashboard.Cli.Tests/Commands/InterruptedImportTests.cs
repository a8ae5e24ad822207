using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Dashboard.Cli.Tests.Commands;

/// <summary>A real import process killed half-way: the database keeps whole batches and nothing else.</summary>
public sealed class InterruptedImportTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Killing_an_import_leaves_whole_batches_and_a_second_run_completes_it()
    {
        var folder = Path.Combine(temp.Path, "corpus");
        Assert.Equal(0, (await Cli.RunAsync("generate", "--articles", "1000", "--seed", "11", folder)).ExitCode);
        var database = Path.Combine(temp.Path, "killed.db");

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dashboard.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(folder);
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={database}";
        using (var process = Process.Start(start)!)
        {
            // Kill it once at least one batch is in, while later ones are still being written.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (await CountAsync(database, "SELECT COUNT(*) FROM Documents;") == 0 && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.False(process.HasExited, "the import finished before it could be interrupted; make the corpus larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal("ok", await ScalarAsync(database, "PRAGMA integrity_check;"));
        var kept = await CountAsync(database, "SELECT COUNT(*) FROM Documents;");
        Assert.True(kept > 0 && kept < 1000, $"{kept} documents");
        Assert.Equal(0, kept % Dashboard.Data.Import.ImportService.BatchSize); // whole batches only
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM Documents WHERE AnalyzedAt IS NULL;"));

        var (code, _, error) = await Cli.OnDatabaseAsync(database, "import", folder);
        Assert.True(code == 0, error);
        Assert.Contains($"{kept} duplicates", error, StringComparison.Ordinal);
        Assert.Equal(1000, await CountAsync(database, "SELECT COUNT(*) FROM Documents;"));
        // The corpus-wide results, rebuilt once at the end of an import, are caught up too.
        Assert.True(await CountAsync(database, "SELECT COUNT(*) FROM MatrixCells;") > 0);
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM AppSettings WHERE Key = 'CorpusStale';"));
    }

    private static async Task<long> CountAsync(string database, string sql) =>
        File.Exists(database) ? Convert.ToInt64(await ScalarAsync(database, sql), System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static async Task<object?> ScalarAsync(string database, string sql)
    {
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }
        catch (SqliteException) when (sql.StartsWith("SELECT", StringComparison.Ordinal))
        {
            return 0L; // the schema is not created yet
        }
    }
}
