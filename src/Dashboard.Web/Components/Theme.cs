namespace Dashboard.Web.Components;

/// <summary>The light/dark choice, remembered in a cookie that wwwroot/js/theme.js writes.</summary>
public static class Theme
{
    public const string CookieName = "dashboard-theme";

    /// <summary>The system's scheme as theme.js last saw it, for visits without a choice of one's own.</summary>
    public const string SystemCookieName = "dashboard-system-theme";
    public const string Light = "light";
    public const string Dark = "dark";

    /// <summary>"light" or "dark" for a valid value, otherwise null (never echoes arbitrary cookie text).</summary>
    public static string? Normalize(string? value) => value switch
    {
        Light => Light,
        Dark => Dark,
        _ => null,
    };

    /// <summary>The chosen theme, else the system's as last seen, else null (unknown until the page runs).</summary>
    public static string? FromCookies(IRequestCookieCollection? cookies) =>
        Normalize(cookies?[CookieName]) ?? Normalize(cookies?[SystemCookieName]);
}
