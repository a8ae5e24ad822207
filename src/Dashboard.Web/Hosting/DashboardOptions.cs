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
}
