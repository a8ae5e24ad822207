using Dashboard.Core.Documents;
using Dashboard.Data;
using Dashboard.Data.Import;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>import &lt;files-or-folders…&gt;</c> and <c>import --url &lt;addresses…&gt;</c>: stores articles in the
/// dashboard's database, as the browser import does. One line per file, JSON item or address; exit 1
/// when anything was rejected.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Positional.Count == 0)
        {
            throw new UsageException(parsed.Flag("url") ? "import --url needs at least one address" : "import needs at least one file or folder");
        }

        try
        {
            using var database = await DashboardDatabase.OpenAsync(settings, warmUpAnalysis: true);
            if (parsed.Flag("url"))
            {
                return await ReportAsync(await database.Get<Dashboard.Data.Import.Web.UrlImporter>().ImportAsync(parsed.Positional, who: Who), 0, database, output, error);
            }

            var service = database.Get<ImportService>();
            var files = new List<ImportFile>();
            var refused = new List<string>();
            foreach (var path in parsed.Positional)
            {
                List<string> paths = Directory.Exists(path)
                    ? Directory.EnumerateFiles(path).Where(f => ImportFormats.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList()
                    : File.Exists(path) ? [path] : [];
                if (paths.Count == 0)
                {
                    refused.Add($"{path}: {(Directory.Exists(path) ? "no .txt, .md, .html or .json files in this folder" : "no such file or folder")}");
                }

                foreach (var file in paths)
                {
                    if (Load(file, service.Limits.MaxFileBytes, out var problem) is { } loaded)
                    {
                        files.Add(loaded);
                    }
                    else
                    {
                        refused.Add($"{Path.GetFileName(file)}: {problem}");
                    }
                }
            }

            foreach (var line in refused)
            {
                await output.WriteLineAsync($"{"rejected",-15} {line}");
            }

            // The per-import file limit is for uploads; a folder on disk is imported in as many rounds as it needs.
            var results = await WorkProgress.RunAsync(error, "importing files", files.Count, progress => service.ImportAllAsync(files, Who, filesDone: progress));
            return await ReportAsync(results, refused.Count, database, output, error);
        }
        catch (DatabaseStartupException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>One line per result, then the totals; exit 1 when anything was rejected (<paramref name="refusedBefore"/>: files that were never read).</summary>
    private static async Task<int> ReportAsync(IReadOnlyList<ImportResult> results, int refusedBefore, DashboardDatabase database, TextWriter output, TextWriter error)
    {
        foreach (var result in results)
        {
            var where = result.DocumentId is { } id ? $" (document {id})" : "";
            var detail = result.Detail is null ? "" : $": {result.Detail}";
            await output.WriteLineAsync($"{result.Outcome.Label(),-15} {result.FileName}{where}{detail}");
        }

        var rejected = refusedBefore + results.Count(r => r.Outcome == ImportOutcome.Rejected);
        await error.WriteLineAsync($"{results.Count(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.NearDuplicate)} imported, {results.Count(r => r.Outcome == ImportOutcome.Duplicate)} duplicates, {rejected} rejected into {database.Description}");
        return rejected == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>The file's bytes, unless it is over the limit (not read at all) or cannot be read.</summary>
    private static ImportFile? Load(string path, long maxBytes, out string? problem)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                problem = $"the file is {length:N0} bytes, over the limit of {maxBytes:N0}";
                return null;
            }

            problem = null;
            return new ImportFile(Path.GetFileName(path), File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"the file cannot be read ({ex.Message})";
            return null;
        }
    }

    /// <summary>Who the audit log names for work done from the command line.</summary>
    internal static string Who => $"{Dashboard.Data.Audit.AuditLog.CommandLine} ({Environment.UserName})";
}
