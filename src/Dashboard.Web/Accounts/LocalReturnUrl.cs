namespace Dashboard.Web.Accounts;

/// <summary>Where to go after signing in: only a path on this site, never another host (an open redirect).</summary>
public static class LocalReturnUrl
{
    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && Uri.IsWellFormedUriString(url, UriKind.Relative) && !url.Any(char.IsControl)
            ? url
            : "/";
}
