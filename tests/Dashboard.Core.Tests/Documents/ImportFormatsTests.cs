using System.Text;
using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

public sealed class ImportFormatsTests
{
    private const long Limit = 10 * 1024 * 1024;

    private static ImportedFile Read(string name, string text) => ImportFormats.Read(name, Encoding.UTF8.GetBytes(text), Limit);

    [Theory]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("..\\..\\x.md", "x.md")]
    [InlineData("folder/sub/story.html", "story.html")]
    [InlineData("  ", "unnamed.txt")]
    [InlineData(null, "unnamed.txt")]
    [InlineData("evil\u0000name\u0007.txt", "evilname.txt")]
    [InlineData("...hidden.txt", "hidden.txt")]
    public void A_file_name_is_only_ever_a_label(string? sent, string expected) => Assert.Equal(expected, ImportFormats.SafeName(sent));

    [Fact]
    public void A_very_long_name_is_shortened_and_keeps_its_extension()
    {
        var name = ImportFormats.SafeName(new string('a', 5000) + ".txt");
        Assert.True(name.Length <= ImportFormats.MaxNameLength);
        Assert.EndsWith(".txt", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_markdown_are_kept_verbatim_including_markup_and_sql_looking_text()
    {
        const string text = "Roscosmos said '; DROP TABLE Documents; -- and <script>alert(1)</script> were in the feed.";
        var file = Read("a.md", text);
        Assert.True(file.Accepted);
        Assert.Equal(text, Assert.Single(file.Articles).Text);
    }

    [Fact]
    public void Html_is_reduced_to_its_visible_text()
    {
        var file = Read("page.html", """
            <!doctype html><html><head><title>ESA news</title><style>p{color:red}</style><script>steal()</script></head>
            <body><nav>Home | Science</nav><p>ESA's director general said the agency is committed to the Gateway.</p>
            <div hidden>secret tracking text</div><p style="display:none">also hidden</p><template>tpl</template></body></html>
            """);

        var text = Assert.Single(file.Articles).Text;
        Assert.Contains("committed to the Gateway", text, StringComparison.Ordinal);
        Assert.DoesNotContain("steal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("color:red", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret tracking", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tpl", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_array_becomes_articles_with_their_metadata_as_front_matter()
    {
        var file = Read("feed.json", """
            [
              {"title": "CNSA opens ILRS to partners", "outlet": "Xinhua", "published": "2023-04-25", "url": "https://example.org/1", "text": "Wu Yanhua said the station is open to all."},
              {"title": "Second", "outlet": null, "text": "<p>JAXA said it <b>will</b> join.</p>"}
            ]
            """);

        Assert.True(file.Accepted, file.Rejection);
        Assert.Equal(["feed#1.json", "feed#2.json"], file.Articles.Select(a => a.FileName));
        Assert.StartsWith("title: CNSA opens ILRS to partners\noutlet: Xinhua\ndate: 2023-04-25\nurl: https://example.org/1\n\nWu Yanhua", file.Articles[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("JAXA said it will join.", file.Articles[1].Text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_metadata_value_cannot_forge_other_front_matter_lines()
    {
        var file = Read("feed.json", """[{"title": "Real\noutlet: Forged", "text": "Body text of the article."}]""");
        Assert.StartsWith("title: Real outlet: Forged\n\n", Assert.Single(file.Articles).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text": "not an array"}""", "must be an array")]
    [InlineData("""[{"title": 5, "text": "x"}]""", "“title” must be a string, not number")]
    [InlineData("""[{"text": ["a"]}]""", "“text” must be a string, not array")]
    [InlineData("""[{"title": "no text"}]""", "item 1 has no text")]
    [InlineData("""["just a string"]""", "item 1 is not an object")]
    [InlineData("""[]""", "empty")]
    [InlineData("""[{"text": "unterminated""", "not valid JSON")]
    public void Malformed_json_is_refused_with_the_reason(string json, string reason)
    {
        var file = Read("feed.json", json);
        Assert.False(file.Accepted);
        Assert.Contains(reason, file.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_binary_oversized_undecodable_and_unknown_files_are_refused_with_reasons()
    {
        Assert.Contains("empty", ImportFormats.Read("a.txt", [], Limit).Rejection, StringComparison.Ordinal);
        Assert.Contains("binary", ImportFormats.Read("a.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48], Limit).Rejection, StringComparison.Ordinal);
        Assert.Contains("over the limit", ImportFormats.Read("a.txt", new byte[2048], 1024).Rejection, StringComparison.Ordinal);
        Assert.Contains("not a supported kind", ImportFormats.Read("a.exe", "MZ"u8.ToArray(), Limit).Rejection, StringComparison.Ordinal);
        Assert.Contains("holds no text", Read("a.txt", "   \n\t ").Rejection, StringComparison.Ordinal);
        Assert.Contains("no visible text", Read("a.html", "<html><script>x()</script></html>").Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_file_of_more_items_than_the_limit_is_refused_before_any_is_read()
    {
        var items = string.Join(",", Enumerable.Range(0, 1001).Select(i => $$"""{"text": "Article {{i}}."}"""));

        var file = ImportFormats.Read("dump.json", Encoding.UTF8.GetBytes($"[{items}]"), Limit);

        Assert.False(file.Accepted);
        Assert.Contains("1,001 items, over the limit of 1,000 a file", file.Rejection, StringComparison.Ordinal);
        Assert.True(ImportFormats.Read("dump.json", Encoding.UTF8.GetBytes($"[{items}]"), Limit, maxItems: 2000).Accepted);
    }

    [Fact]
    public void Windows_1251_and_utf16_text_is_decoded()
    {
        var cyrillic = "Роскосмос заявил, что не заинтересован в проекте.";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal(cyrillic, Assert.Single(ImportFormats.Read("ru.txt", Encoding.GetEncoding(1251).GetBytes(cyrillic), Limit).Articles).Text);
        Assert.Equal(cyrillic, Assert.Single(ImportFormats.Read("ru.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(cyrillic)], Limit).Articles).Text);
    }
}
