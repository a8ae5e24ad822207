namespace Dashboard.Core.Documents;

/// <summary>One article file as read from disk: its text, or the problem that kept it out.</summary>
public sealed record ArticleFile(string Path, string FileName, string? Text, string? Problem)
{
    public bool IsReadable => Problem is null;
}

/// <summary>Reads article files (*.txt, *.md) from a folder, one result per file, never throwing for a bad file.</summary>
public static class ArticleFolder
{
    public static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>Files of the folder in ordinal name order, so imports are deterministic.</summary>
    public static IReadOnlyList<ArticleFile> Read(string folder, long maxBytesPerFile)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(path => Extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Select(path => ReadFile(path, maxBytesPerFile)).ToList();
    }

    public static ArticleFile ReadFile(string path, long maxBytesPerFile)
    {
        var name = System.IO.Path.GetFileName(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytesPerFile)
            {
                return new ArticleFile(path, name, null, $"the file is {length:N0} bytes, over the limit of {maxBytesPerFile:N0}");
            }

            var decoded = ArticleTextDecoder.Decode(File.ReadAllBytes(path));
            return new ArticleFile(path, name, decoded.Text, decoded.Rejection);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ArticleFile(path, name, null, $"the file cannot be read ({ex.Message})");
        }
    }
}
