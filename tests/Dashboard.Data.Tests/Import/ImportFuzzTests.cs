using System.Diagnostics;
using System.Text;
using Dashboard.Core.Analysis.Entities;
using Dashboard.Core.Documents;
using Dashboard.Core.Synthetic;
using Dashboard.Data.Import;

namespace Dashboard.Data.Tests.Import;

/// <summary>
/// Thousands of generated and mutated files through the import: none may crash it, none may take
/// long, and the database must be consistent afterwards with exactly what the results report.
/// Deterministic (fixed seed), so a failure can be replayed.
/// </summary>
public sealed class ImportFuzzTests
{
    private const int Seed = 20261121;

    private static readonly string[] Extensions = [".json", ".html", ".md", ".exe", ""];

    [Fact]
    public async Task Mutated_files_never_crash_the_import_take_bounded_time_and_leave_the_database_consistent()
    {
        using var database = await TestDatabase.CreateInitializedAsync();
        var random = new Random(Seed);
        var seeds = Seeds(database.Get<Dashboard.Data.Gazetteers.GazetteerSource>().Current);
        var files = new List<ImportFile>();
        for (var i = 0; i < 2_000; i++)
        {
            var (name, bytes) = seeds[random.Next(seeds.Count)];
            files.Add(new ImportFile(Mutate(name, random, i), Mutate(bytes, random)));
        }

        files.Add(new ImportFile("one-line.txt", Encoding.UTF8.GetBytes("Roscosmos said " + new string('a', 9_000_000))));
        files.Add(new ImportFile("nested.json", Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000))));
        files.Add(new ImportFile("nested.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "NASA said yes.")));
        // The classes a hostile review found: each once held the database for a minute and more.
        files.Add(new ImportFile("capitals.txt", Encoding.UTF8.GetBytes("The head of Roscosmos gave an interview with " + new string('C', 60) + "-d Ee about the Gateway.")));
        files.Add(new ImportFile("spaces.txt", Encoding.UTF8.GetBytes("“We are not interested" + new string(' ', 200_000) + "but ready,” Rogozin said.")));
        files.Add(new ImportFile("brackets.html", Encoding.UTF8.GetBytes("<html><body><p>NASA said so.</p>" + new string('<', 200_000) + "</body></html>")));
        files.Add(new ImportFile("dump.json", Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("""{"text": "x"}""", 50_000)) + "]")));

        // Reading and checking every file: no exception, and no file takes long.
        var slowest = TimeSpan.Zero;
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            var read = ImportFormats.Read(file.Name, file.Bytes, ImportLimits.DefaultMaxFileBytes);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            Assert.True(read.Accepted ? read.Articles.Count > 0 : !string.IsNullOrWhiteSpace(read.Rejection), file.Name);
        }

        // The classes above once took a minute and more; the 9 MB line alone passed 2 s on a loaded machine.
        Assert.True(slowest < TimeSpan.FromSeconds(10), $"slowest file took {slowest.TotalMilliseconds:N0} ms");

        // A sample of them all the way into a real database (analysis included).
        var sample = files.Where((_, i) => i % 8 == 0).Concat(files.TakeLast(7)).ToList();
        var results = await database.Get<ImportService>().ImportAsync(sample);

        Assert.Equal(sample.Sum(f => Math.Max(1, ImportFormats.Read(f.Name, f.Bytes, ImportLimits.DefaultMaxFileBytes).Articles.Count)), results.Count);
        var stored = results.Where(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.NearDuplicate).Select(r => r.DocumentId).Distinct().Count();
        Assert.Equal((long)stored, await database.ScalarAsync("SELECT COUNT(*) FROM Documents;"));
        await database.AssertIntactAsync();
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Documents WHERE AnalyzedAt IS NULL;"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM Statements s WHERE NOT EXISTS (SELECT 1 FROM Documents d WHERE d.Id = s.DocumentId);"));
        Assert.Contains(results, r => r.Outcome == ImportOutcome.Rejected);
        Assert.Contains(results, r => r.Outcome == ImportOutcome.Imported);
    }

    /// <summary>Realistic starting points: generated articles (with debris), JSON, HTML, Cyrillic, UTF-16.</summary>
    private static List<(string Name, byte[] Bytes)> Seeds(Gazetteer gazetteer)
    {
        var seeds = new CorpusGenerator(gazetteer).Generate(20, Seed).Select(a => (a.FileName, Encoding.UTF8.GetBytes(a.Text))).ToList();
        seeds.Add(("feed.json", Encoding.UTF8.GetBytes("""[{"title":"CNSA","outlet":"Xinhua","published":"2023-04-25","url":"https://x","text":"Wu Yanhua said the ILRS is open."}]""")));
        seeds.Add(("page.html", Encoding.UTF8.GetBytes("<html><head><script>x()</script></head><body><p>NASA's Bill Nelson said Artemis is on track.</p></body></html>")));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        seeds.Add(("ru.txt", Encoding.GetEncoding(1251).GetBytes("Рогозин заявил, что Россия не заинтересована в Lunar Gateway.")));
        seeds.Add(("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("ESA's Josef Aschbacher said Europe is committed.")]));
        return seeds;
    }

    /// <summary>The classes that once made a pattern backtrack or a scan go quadratic: capitals, spaces, stray '&lt;', separators.</summary>
    private static string Run(Random random)
    {
        string[] pieces = ["A", " ", "<", ", ", "B-c ", "\"", "said ", "Gateway "];
        return string.Concat(Enumerable.Repeat(pieces[random.Next(pieces.Length)], random.Next(100, 5_000)));
    }

    private static string Mutate(string name, Random random, int index) => random.Next(10) switch
    {
        0 => "../../" + name,
        1 => name.Replace(".", $"{index}.", StringComparison.Ordinal) + "\u0000",
        2 => Path.ChangeExtension(name, Extensions[random.Next(Extensions.Length)]),
        _ => $"{index}-{name}",
    };

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var data = bytes.ToList();
        var rounds = random.Next(1, 6);
        for (var r = 0; r < rounds && data.Count > 0; r++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(8))
            {
                case 0: data[at] = (byte)random.Next(256); break;                       // flip a byte
                case 1: data.RemoveRange(at, data.Count - at); break;                    // truncate
                case 2: data.InsertRange(at, new byte[random.Next(1, 50)]); break;       // NULs
                case 3: data.InsertRange(at, Encoding.UTF8.GetBytes("<script>alert(1)</script>'; DROP TABLE Documents; --")); break;
                case 4: data.InsertRange(at, data.GetRange(0, Math.Min(data.Count, random.Next(1, 2_000)))); break; // repeat a part
                case 5: data.InsertRange(at, Encoding.UTF8.GetBytes("“Quote « nested ‘deep” unbalanced")); break;
                case 6: data.InsertRange(at, Encoding.UTF8.GetBytes(Run(random))); break;    // a long run of one class (backtracking)
                default: data.Reverse(at, Math.Min(data.Count - at, random.Next(1, 40))); break; // scramble
            }
        }

        return [.. data];
    }
}
