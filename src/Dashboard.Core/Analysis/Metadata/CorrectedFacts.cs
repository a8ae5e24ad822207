namespace Dashboard.Core.Analysis.Metadata;

/// <summary>
/// What an analyst said a document's title, outlet or publication date is, where the analysis read
/// it wrong. Laid over the analysis' own reading before statements are dated, so a statement made
/// "on Tuesday" is dated from the corrected day.
/// </summary>
public sealed record CorrectedFacts(string? Title = null, string? Outlet = null, DateOnly? Published = null)
{
    public bool IsEmpty => Title is null && Outlet is null && Published is null;

    public ArticleMetadata Over(ArticleMetadata read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (IsEmpty)
        {
            return read;
        }

        // The corrections themselves are listed on the document with who made them and why.
        return read with
        {
            Title = Title ?? read.Title,
            Outlet = Outlet ?? read.Outlet,
            Published = Published ?? read.Published,
            PublishedInferred = Published is null && read.PublishedInferred,
        };
    }
}
