using System.Text.RegularExpressions;
using Dashboard.Core.Analysis.Text;

namespace Dashboard.Core.Analysis.Entities;

/// <summary>Titles the press uses for people who lead or speak for an organisation.</summary>
public static class RoleWords
{
    /// <summary>Titles meaning "the person in charge".</summary>
    public static readonly string[] HeadTitles =
    [
        "head", "chief", "leader", "boss", "director general", "director-general", "general director", "administrator",
        "president", "chairman", "chairwoman", "chair", "chief executive", "CEO",
    ];

    /// <summary>Any title that makes a named person a speaker for an organisation (longest first for matching).</summary>
    public static readonly string[] AllTitles =
    [
        "executive director for crewed programs", "director of human and robotic exploration", "deputy director general",
        "deputy administrator", "associate administrator", "acting administrator", "deputy director", "deputy head",
        "deputy chief", "director general", "director-general", "general director", "chief executive", "chief designer",
        "chief engineer", "chief scientist",
        "press secretary", "spokesperson", "spokesman", "spokeswoman", "administrator", "chairwoman", "chairman", "president",
        "director", "minister", "head", "chief", "leader", "boss", "official", "representative", "CEO",
    ];

    /// <summary><see cref="AllTitles"/> as one alternation, longest first.</summary>
    private static readonly string TitleAlternation = string.Join('|', AllTitles.Select(Regex.Escape));

    /// <summary>Any of <see cref="AllTitles"/> as a whole word, longest first; compiled once.</summary>
    public static readonly Regex AnyTitle = Patterns.Create(@"\b(?:" + TitleAlternation + @")\b", RegexOptions.IgnoreCase);

    /// <summary>Any of <see cref="AllTitles"/> or its plural ("the heads of NASA and Roscosmos"), as a pattern to build into others.</summary>
    public static readonly string AnyTitleOrPlural = @"\b(?:" + TitleAlternation + @")s?\b";

    public static bool IsHeadTitle(string title) =>
        HeadTitles.Contains(title.Trim(), StringComparer.OrdinalIgnoreCase);
}
