using System.Text;

namespace Dashboard.Core.Documents;

/// <summary>
/// Decides how a file's bytes become article text. Accepts UTF-8 (with or without BOM), UTF-16 with
/// a BOM, and Windows-1251 Cyrillic; refuses empty, binary and undecidable input with a reason a
/// person can act on. Never guesses silently: the recognised encoding is reported.
/// </summary>
public static class ArticleTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1251 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Rejected("the file is empty");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(bytes[3..], StrictUtf8, "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16");
        }

        if (LooksBinary(bytes))
        {
            return DecodedText.Rejected("the file is binary, not text");
        }

        var utf8 = DecodeStrict(bytes, StrictUtf8, "utf-8");
        if (utf8.IsAccepted)
        {
            return utf8;
        }

        return LooksLikeWindows1251(bytes)
            ? DecodeStrict(bytes, Windows1251.Value, "windows-1251")
            : DecodedText.Rejected("the text encoding is not recognised (expected UTF-8, UTF-16 with a byte order mark, or Windows-1251)");
    }

    private static DecodedText DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            if (text.Length == 0)
            {
                return DecodedText.Rejected("the file is empty");
            }

            return text.Contains('\0', StringComparison.Ordinal)
                ? DecodedText.Rejected("the file is binary, not text")
                : DecodedText.Accepted(text, name);
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Rejected($"the file is not valid {name}");
        }
    }

    /// <summary>NUL bytes or a high share of control characters mean the file is not text.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length;
    }

    /// <summary>
    /// Windows-1251 puts the Cyrillic alphabet at 0xC0..0xFF, and Cyrillic words are runs of such
    /// bytes. Latin text in a single-byte encoding (café, crème) has isolated high bytes inside
    /// ASCII words instead, so it is refused rather than turned into Cyrillic gibberish.
    /// </summary>
    private static bool LooksLikeWindows1251(ReadOnlySpan<byte> bytes)
    {
        int high = 0, cyrillic = 0, inRuns = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            high++;
            if (bytes[i] >= 0xC0)
            {
                cyrillic++;
            }

            var before = i > 0 && bytes[i - 1] >= 0x80;
            var after = i + 1 < bytes.Length && bytes[i + 1] >= 0x80;
            if (before || after)
            {
                inRuns++;
            }
        }

        return high > 0 && cyrillic * 10 >= high * 7 && inRuns * 10 >= high * 8;
    }
}
