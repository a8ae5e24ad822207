namespace Dashboard.Data.Queries;

/// <summary>LIKE patterns for a person's search text: % and _ are searched literally (escape character '\').</summary>
internal static class LikePattern
{
    public const string EscapeCharacter = "\\";

    /// <summary>"%text%" with the text's own wildcards escaped.</summary>
    public static string Containing(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
