using Dashboard.Core.Documents;

namespace Dashboard.Cli;

/// <summary>An article read from disk: its text to analyse, and (for HTML) how text offsets map back into the file.</summary>
public sealed record InputArticle(string Path, string FileName, string Text, ExtractedHtml? Html);

/// <summary>Expands files and folders into articles, naming every file that cannot be used and why.</summary>
public static class InputFiles
{
    /// <summary>Files bigger than this are not read at all.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    /// <summary>Reads the inputs and names every problem on <paramref name="error"/> as a warning.</summary>
    public static async Task<(List<InputArticle> Articles, List<string> Warnings)> ReadReportingAsync(IEnumerable<string> paths, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (articles, warnings) = Read(paths);
        foreach (var warning in warnings)
        {
            await error.WriteLineAsync($"warning: {warning}");
        }

        return (articles, warnings);
    }

    public static (List<InputArticle> Articles, List<string> Warnings) Read(IEnumerable<string> paths)
    {
        var articles = new List<InputArticle>();
        var warnings = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                IEnumerable<string> files;
                try
                {
                    files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                        .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                        .Order(StringComparer.Ordinal)
                        .ToList();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    warnings.Add($"{path}: the folder cannot be read ({ex.Message})");
                    continue;
                }

                foreach (var file in files)
                {
                    ReadOne(file, articles, warnings);
                }
            }
            else if (File.Exists(path))
            {
                ReadOne(path, articles, warnings);
            }
            else
            {
                warnings.Add($"{path}: no such file or folder");
            }
        }

        return (articles, warnings);
    }

    private static void ReadOne(string path, List<InputArticle> articles, List<string> warnings)
    {
        var file = ArticleFolder.ReadFile(path, MaxBytes);
        if (!file.IsReadable)
        {
            warnings.Add($"{path}: {file.Problem}");
            return;
        }

        if (HtmlText.LooksLikeHtml(file.Text!))
        {
            var html = PageArticle.Read(file.Text!, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1));
            if (html.Text.Length == 0)
            {
                warnings.Add($"{path}: the HTML page has no visible text");
                return;
            }

            articles.Add(new InputArticle(path, file.FileName, html.Text, html));
            return;
        }

        articles.Add(new InputArticle(path, file.FileName, file.Text!, null));
    }
}
