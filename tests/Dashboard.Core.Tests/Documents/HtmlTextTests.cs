using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

/// <summary>A page's text as the tokenizer walks it, on markup shapes real pages have.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void A_script_that_writes_a_script_tag_ends_at_its_own_end_tag()
    {
        // Advertising code writes script tags from inside a script; the page's story follows it.
        const string page = """
            <html><head><title>Station talks</title>
            <script>document.write('<script src="ads.js"><\/script>'); var s = "<script>";</script>
            </head><body><p>NASA said the station would fly until 2030.</p></body></html>
            """;

        var text = HtmlText.Extract(page).Text;

        Assert.Equal("Station talks\nNASA said the station would fly until 2030.", text);
    }

    [Fact]
    public void A_style_with_markup_like_text_ends_at_its_own_end_tag()
    {
        const string page = "<style>p::before { content: '<style>'; }</style><p>ESA said yes.</p>";

        Assert.Equal("ESA said yes.", HtmlText.Extract(page).Text);
    }

    [Theory]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><p>JAXA said yes.</p>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?><p>JAXA said yes.</p>")]
    [InlineData("<!doctype html><!-- a comment --><p>JAXA said yes.</p>")]
    public void Document_types_and_processing_instructions_are_markup_not_text(string page)
    {
        Assert.Equal("JAXA said yes.", HtmlText.Extract(page).Text);
    }

    [Fact]
    public void Offsets_still_point_at_the_text_after_a_skipped_script()
    {
        const string page = "<script>var a = '<script>';</script><p>ISRO said so.</p>";

        var extracted = HtmlText.Extract(page);

        Assert.Equal("ISRO said so.", page.Substring(extracted.ToSource(0), 13));
    }
}
