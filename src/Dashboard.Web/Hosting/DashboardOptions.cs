namespace Dashboard.Web.Hosting;

/// <summary>Settings under the <c>Dashboard</c> configuration section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The address used when none is configured: loopback only, so nothing is exposed by default.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    /// <summary>Folder of sample articles imported into a new database; relative paths are relative to the app's folder.</summary>
    public string SampleArticles { get; set; } = Path.Combine("data", "articles");

    public string ResolveSampleArticles() => Path.GetFullPath(SampleArticles, AppContext.BaseDirectory);

    /// <summary>
    /// <c>Dashboard:PrepareForCorrections</c>: whether the server builds the analysis' patterns, clusters every partition
    /// and rehearses each kind of change once it listens (decisions 028, 033), so a meeting's first correction is as quick
    /// as the next. About 6 CPU-s at every start; a server nobody corrects on (a display, a short-lived test app) may skip
    /// it (decision 042). Read apart from the bound options, as the feeds' switch is: a malformed value keeps the default
    /// (true) instead of failing the start.
    /// </summary>
    public static bool PreparesForCorrections(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !bool.TryParse(configuration[$"{Section}:PrepareForCorrections"], out var prepare) || prepare;
    }
}
