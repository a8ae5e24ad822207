using MudBlazor;
namespace Dashboard.Web.Components.Ui;

/// <summary>How a stance looks: always a word and an icon, colour only as a third cue.</summary>
public static class StanceStyle
{
    /// <summary>The stance's Material icon (SVG path): a second cue after the word.</summary>
    public static string Icon(string label) => label switch
    {
        "committed" => Icons.Material.Filled.DoneAll,
        "supportive" => Icons.Material.Filled.ThumbUp,
        "open" => Icons.Material.Filled.Forum,
        "critical" => Icons.Material.Filled.Warning,
        "refusing" => Icons.Material.Filled.Cancel,
        "withdrawing" => Icons.Material.Filled.Logout,
        _ => Icons.Material.Filled.RemoveCircleOutline,
    };

    /// <summary>CSS class of the stance's colour band (positive, neutral, negative in three strengths).</summary>
    public static string Css(string label) => $"stance-{label}";

    public static string TrendIcon(string trend) => trend switch
    {
        "up" => Icons.Material.Filled.TrendingUp,
        "down" => Icons.Material.Filled.TrendingDown,
        "flat" => Icons.Material.Filled.TrendingFlat,
        _ => "",
    };

    public static string TrendText(string trend) => trend switch
    {
        "up" => "rising (latest above the one before)",
        "down" => "falling (latest below the one before)",
        "flat" => "unchanged from the one before",
        _ => "",
    };
}
