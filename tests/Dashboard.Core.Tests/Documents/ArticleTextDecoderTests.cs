using System.Text;
using Dashboard.Core.Documents;

namespace Dashboard.Core.Tests.Documents;

public sealed class ArticleTextDecoderTests
{
    private const string Sample = "Moscow. December 15th. INTERFAX - Roscosmos is ready to conduct a dialogue with NASA.";

    [Fact]
    public void Accepts_plain_utf8_verbatim()
    {
        var text = "“We are not interested in this,” Rogozin wrote.\r\n\r\nÉté — 2021";
        var decoded = ArticleTextDecoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.True(decoded.IsAccepted);
        Assert.Equal(text, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Strips_the_utf8_byte_order_mark_only()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, ArticleTextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Accepts_utf16_with_a_byte_order_mark(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Роскосмос: " + Sample)).ToArray();

        var decoded = ArticleTextDecoder.Decode(bytes);

        Assert.Equal("Роскосмос: " + Sample, decoded.Text);
        Assert.Equal("utf-16", decoded.EncodingName);
    }

    [Fact]
    public void Recognises_windows_1251_cyrillic()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string russian = "Госкорпорация «Роскосмос» готова продолжить диалог с NASA.";
        var bytes = Encoding.GetEncoding(1251).GetBytes(russian);

        var decoded = ArticleTextDecoder.Decode(bytes);

        Assert.Equal(russian, decoded.Text);
        Assert.Equal("windows-1251", decoded.EncodingName);
    }

    [Fact]
    public void Rejects_empty_input()
    {
        var decoded = ArticleTextDecoder.Decode([]);
        Assert.False(decoded.IsAccepted);
        Assert.Contains("empty", decoded.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_byte_order_mark_with_nothing_after_it()
    {
        Assert.False(ArticleTextDecoder.Decode(Encoding.UTF8.GetPreamble()).IsAccepted);
    }

    [Fact]
    public void Rejects_binary_content()
    {
        // The start of a PNG file: signature, then an IHDR chunk with NUL bytes.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var decoded = ArticleTextDecoder.Decode(png);

        Assert.False(decoded.IsAccepted);
        Assert.Contains("binary", decoded.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_bytes_that_are_neither_utf8_nor_cyrillic()
    {
        // Latin-1 "café crème" is not valid UTF-8 and is not Cyrillic text.
        var latin1 = Encoding.Latin1.GetBytes("Le café crème de l'agence spatiale européenne.");
        var decoded = ArticleTextDecoder.Decode(latin1);

        Assert.False(decoded.IsAccepted);
        Assert.Contains("encoding is not recognised", decoded.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_markup_and_sql_like_text_as_plain_text()
    {
        const string hostile = "<script>alert('x')</script> Robert'); DROP TABLE Documents;--";
        Assert.Equal(hostile, ArticleTextDecoder.Decode(Encoding.UTF8.GetBytes(hostile)).Text);
    }
}
