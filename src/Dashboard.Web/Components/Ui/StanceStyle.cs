namespace Dashboard.Web.Components.Ui;

/// <summary>How a stance looks: always a word and an icon, colour only as a third cue.</summary>
public static class StanceStyle
{
    public static string Icon(string label) => label switch
    {
        "committed" => "bi-check2-all",
        "supportive" => "bi-hand-thumbs-up",
        "open" => "bi-chat-dots",
        "critical" => "bi-exclamation-triangle",
        "refusing" => "bi-x-circle",
        "withdrawing" => "bi-box-arrow-right",
        _ => "bi-dash-circle",
    };

    /// <summary>CSS class of the stance's colour band (positive, neutral, negative in three strengths).</summary>
    public static string Css(string label) => $"stance-{label}";

    public static string TrendIcon(string trend) => trend switch
    {
        "up" => "bi-arrow-up-right",
        "down" => "bi-arrow-down-right",
        "flat" => "bi-arrow-right",
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
