using System.Reflection;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>Paths the build writes into this assembly: the app to start and the shipped sample corpus.</summary>
internal static class TestPaths
{
    public static string DashboardWebAssembly => Metadata("DashboardWebAssembly");

    public static string SampleArticles => Metadata("SampleArticles");

    /// <summary>The gazetteer the app ships with.</summary>
    public static string Gazetteer => Metadata("Gazetteer");

    public static IReadOnlyList<string> SampleFileNames =>
        Directory.GetFiles(SampleArticles, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
