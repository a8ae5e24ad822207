namespace Dashboard.Web.Components;

/// <summary>Addresses the views link to, written once.</summary>
public static class Links
{
    /// <summary>The article in the reader.</summary>
    public static string Document(int documentId) => $"documents/{documentId}";

    /// <summary>The article with the statement highlighted and scrolled to.</summary>
    public static string Statement(int documentId, int statementId) => $"{Document(documentId)}?statement={statementId}#s{statementId}";
}
