using System.Text;
using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

public sealed class ArticleFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dashboard-articles-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Reads_text_and_markdown_files_in_name_order_and_ignores_others()
    {
        File.WriteAllText(Path.Combine(folder, "b.txt"), "second");
        File.WriteAllText(Path.Combine(folder, "a.md"), "first");
        File.WriteAllText(Path.Combine(folder, "notes.docx"), "ignored");

        var files = ArticleFolder.Read(folder, maxBytesPerFile: 1024);

        Assert.Equal(["a.md", "b.txt"], files.Select(f => f.FileName));
        Assert.Equal(["first", "second"], files.Select(f => f.Text));
        Assert.All(files, f => Assert.True(f.IsReadable));
    }

    [Fact]
    public void Reports_each_bad_file_with_its_problem_and_keeps_the_good_ones()
    {
        File.WriteAllText(Path.Combine(folder, "good.txt"), "Roscosmos said it was ready for dialogue.");
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(folder, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]);
        File.WriteAllText(Path.Combine(folder, "huge.txt"), new string('x', 2048), Encoding.UTF8);

        var files = ArticleFolder.Read(folder, maxBytesPerFile: 1024).ToDictionary(f => f.FileName);

        Assert.True(files["good.txt"].IsReadable);
        Assert.Contains("empty", files["empty.txt"].Problem, StringComparison.Ordinal);
        Assert.Contains("binary", files["image.txt"].Problem, StringComparison.Ordinal);
        Assert.Contains("over the limit", files["huge.txt"].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_throws_for_the_caller_to_report()
    {
        Assert.Throws<DirectoryNotFoundException>(() => ArticleFolder.Read(Path.Combine(folder, "missing"), 1024));
    }
}
