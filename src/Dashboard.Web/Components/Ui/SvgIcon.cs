using System.Text.RegularExpressions;

namespace Dashboard.Web.Components.Ui;

/// <summary>
/// The path data of a Material icon (MudBlazor keeps each as SVG markup), so a script can draw the
/// icon from attributes alone, never by parsing markup.
/// </summary>
public static partial class SvgIcon
{
    /// <summary>The drawn paths' data, without the invisible bounding box some icons carry (fill="none").</summary>
    public static IReadOnlyList<string> Paths(string icon) =>
        string.IsNullOrEmpty(icon)
            ? []
            : PathElement().Matches(icon).Select(m => m.Value).Where(path => !path.Contains("fill=\"none\"", StringComparison.Ordinal))
                .Select(path => PathData().Match(path).Groups[1].Value).Where(d => d.Length > 0).ToList();

    [GeneratedRegex("<path[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex PathElement();

    [GeneratedRegex("\\sd=\"([^\"]+)\"", RegexOptions.NonBacktracking)]
    private static partial Regex PathData();
}
