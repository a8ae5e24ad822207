namespace Dashboard.Data.Entities;

/// <summary>
/// The web page a document was read from, verbatim as it arrived (an uploaded .html file, a page by
/// address, a feed's article), Brotli-compressed: what the page said when it was imported, kept as
/// evidence after the site changes it. A table of its own, so listing documents never loads pages.
/// </summary>
public sealed class DocumentPage
{
    public int DocumentId { get; set; }

    /// <summary>The page's characters, UTF-8, Brotli-compressed (<see cref="Import.PageArchive"/>).</summary>
    public required byte[] Compressed { get; set; }

    /// <summary>The page's length in characters before compression.</summary>
    public int Length { get; set; }
}
