using System.Globalization;
using System.Text;
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
    public static async Task<int> RunAsync(Arguments parsed, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var format = parsed.Option("format") ?? throw new UsageException("export needs --format csv or --format json");
        var view = parsed.Option("view") ?? "statements";
        if (!ViewFiles.Formats.Contains(format) || !ViewFiles.Views.Contains(view) || parsed.Positional.Count != 0)
        {
            throw new UsageException("export takes --format csv|json and --view statements|contradictions|matrix");
        }

        try
        {
            using var database = await DashboardDatabase.OpenAsync(settings);
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

            var bytes = (await database.Get<ViewFiles>().CreateAsync(view, format, filter, null, int.MaxValue)).Bytes;
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
