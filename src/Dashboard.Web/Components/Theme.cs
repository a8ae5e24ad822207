namespace Dashboard.Web.Components;

/// <summary>The light/dark choice, remembered in a cookie that wwwroot/js/theme.js writes.</summary>
public static class Theme
{
    public const string CookieName = "dashboard-theme";
    public const string Light = "light";
    public const string Dark = "dark";

    /// <summary>"light" or "dark" for a valid value, otherwise null (never echoes arbitrary cookie text).</summary>
    public static string? Normalize(string? value) => value switch
    {
        Light => Light,
        Dark => Dark,
        _ => null,
    };
}
