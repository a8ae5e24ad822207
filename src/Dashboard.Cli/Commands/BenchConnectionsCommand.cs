using System.Diagnostics;
using System.Globalization;
using Dashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>bench connections [--opens n]</c>: opens the SQLite database the way every view does (a
/// short-lived context from the factory, one query, disposed) many times over, and prints after
/// each thousand what stays behind: the managed heap after a full collection, the memory SQLite
/// itself holds (its connections and prepared statements, native), and the process's open file
/// descriptors. A leak grows with the opens; a pool settles after the first few.
/// </summary>
public static class BenchConnectionsCommand
{
    private const int Workers = 4;

    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var opens = parsed.IntOption("opens", 10_000);
        if (opens is < 1_000 or > 1_000_000)
        {
            throw new UsageException("--opens takes a number from 1,000 to 1,000,000");
        }

        var folder = Directory.CreateTempSubdirectory("dashboard-bench-").FullName;
        try
        {
            using var database = await DashboardDatabase.OpenAsync(new Dictionary<string, string?> { ["ConnectionStrings:Dashboard"] = $"Data Source={Path.Combine(folder, "bench.db")}" });
            var contexts = database.Get<IDbContextFactory<DashboardDbContext>>();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"connection benchmark on SQLite: {opens:N0} opens of a context with one query each, {Workers} at a time"));
            await output.WriteLineAsync("  opens      heap MB   SQLite KB   open files");
            var rows = new List<object>();
            var clock = Stopwatch.StartNew();
            for (var done = 0; done <= opens; done += 1_000)
            {
                if (done > 0)
                {
                    // Four at a time, each a different query, as several browser sessions' views open them.
                    await Parallel.ForAsync(0, 1_000, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (i, token) =>
                    {
                        await using var db = await contexts.CreateDbContextAsync(token);
                        _ = (i % 4) switch
                        {
                            0 => await db.Documents.AnyAsync(token),
                            1 => await db.Statements.AnyAsync(s => s.Id > i, token),
                            2 => (await db.Annotations.Where(a => a.TargetType == "statement" && a.TargetKey == "k" + i).ToListAsync(token)).Count > 0,
                            _ => (await db.MatrixCells.OrderBy(c => c.Actor).Take(10).ToListAsync(token)).Count > 0,
                        };
                    });
                }

                var (heap, native, files) = Remaining();
                rows.Add(new { opens = done, heapMegabytes = heap, sqliteKilobytes = native, openFiles = files });
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {done,6:N0} {heap,11:N1} {native,11:N0} {files,12}"));
            }

            await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new { opens, seconds = Math.Round(clock.Elapsed.TotalSeconds, 1), rows }));
            return ExitCodes.Success;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What a full collection leaves: heap MB, SQLite's own memory in KB (finalized handles release theirs), open file descriptors.</summary>
    private static (double Heap, long Native, int Files) Remaining()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heap = Math.Round(GC.GetTotalMemory(forceFullCollection: true) / 1_048_576.0, 1);
        var files = Directory.Exists("/proc/self/fd") ? Directory.GetFileSystemEntries("/proc/self/fd").Length : -1;
        return (heap, SQLitePCL.raw.sqlite3_memory_used() / 1024, files);
    }
}
