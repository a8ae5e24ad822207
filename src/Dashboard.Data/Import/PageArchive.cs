using System.IO.Compression;
using System.Text;

namespace Dashboard.Data.Import;

/// <summary>Pages kept as they arrived, compressed: a news page's markup shrinks to a fifth or less.</summary>
public static class PageArchive
{
    public static Entities.DocumentPage Pack(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(page));
        }

        return new Entities.DocumentPage { Compressed = packed.ToArray(), Length = page.Length };
    }

    public static string Unpack(Entities.DocumentPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var brotli = new BrotliStream(new MemoryStream(page.Compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
