using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Data;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>export --format csv|json [--view statements|contradictions|matrix] [--actor A] [--program P]
/// [--outlet O] [--from D] [--to D] [--q text] [--output file]</c>: what the view shows for that
/// filter, as the browser downloads it. A filter value the corpus does not know is refused (exit 1).
/// </summary>
public static class ExportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse(args, "format", "view", "actor", "program", "outlet", "from", "to", "q", "output");
        var format = parsed.Option("format") ?? throw new UsageException("export needs --format csv or --format json");
        var view = parsed.Option("view") ?? "statements";
        if (format is not ("csv" or "json") || view is not ("statements" or "contradictions" or "matrix") || parsed.Positional.Count != 0)
        {
            throw new UsageException("export takes --format csv|json and --view statements|contradictions|matrix");
        }

        try
        {
            using var database = await DashboardDatabase.OpenAsync();
            var choices = await database.Get<FilterOptions>().GetAsync();
            var problems = new List<string>();
            var filter = new DashboardFilter(
                Known(parsed.Option("actor"), choices.Actors, "actor", problems),
                Known(parsed.Option("program"), choices.Programs, "program", problems),
                Known(parsed.Option("outlet"), choices.Outlets, "outlet", problems),
                Date(parsed.Option("from"), "from", problems),
                Date(parsed.Option("to"), "to", problems),
                parsed.Option("q"));
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync($"rejected        {problem}");
                }

                return ExitCodes.Failure;
            }

            var bytes = view switch
            {
                "statements" => await StatementsAsync(database, filter, format),
                "contradictions" => await ContradictionsAsync(database, filter, format),
                _ => await MatrixAsync(database, filter, format),
            };
            if (parsed.Option("output") is { } file)
            {
                await File.WriteAllBytesAsync(file, bytes);
                await error.WriteLineAsync($"exported        {view} to {Path.GetFullPath(file)}");
            }
            else
            {
                await output.WriteAsync(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            }

            return ExitCodes.Success;
        }
        catch (DatabaseStartupException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<byte[]> StatementsAsync(DashboardDatabase database, DashboardFilter filter, string format)
    {
        var rows = await database.Get<StatementQueries>().ExportAsync(filter, int.MaxValue);
        return format == "csv" ? ViewFiles.StatementsCsv(rows).ToBytes() : JsonSerializer.SerializeToUtf8Bytes(rows, Json);
    }

    private static async Task<byte[]> ContradictionsAsync(DashboardDatabase database, DashboardFilter filter, string format)
    {
        var pairs = await database.Get<CorpusQueries>().ContradictionsAsync(filter, null);
        return format == "csv" ? ViewFiles.ContradictionsCsv(pairs).ToBytes() : JsonSerializer.SerializeToUtf8Bytes(pairs.Select(ViewFiles.ContradictionJson), Json);
    }

    private static async Task<byte[]> MatrixAsync(DashboardDatabase database, DashboardFilter filter, string format)
    {
        var cells = (await database.Get<MatrixQueries>().GetAsync(filter)).Cells.Values
            .OrderBy(c => c.Actor, StringComparer.Ordinal).ThenBy(c => c.Program, StringComparer.Ordinal).ToList();
        return format == "csv" ? ViewFiles.MatrixCsv(cells).ToBytes() : JsonSerializer.SerializeToUtf8Bytes(cells, Json);
    }

    private static List<string> Known(string? value, IReadOnlyList<string> known, string what, List<string> problems)
    {
        if (value is null)
        {
            return [];
        }

        if (!known.Contains(value, StringComparer.Ordinal))
        {
            problems.Add($"--{what} {value}: no such {what} in the corpus");
            return [];
        }

        return [value];
    }

    private static DateOnly? Date(string? value, string what, List<string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"--{what} {value}: not a date (yyyy-mm-dd)");
        return null;
    }
}
