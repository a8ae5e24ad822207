using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Dashboard.Web.Tests.Infrastructure.LongestGroupsFirst", "Dashboard.Web.Tests")]

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// Starts the longest collections first. Only three collections run at once (<c>Parallelism.cs</c>) and
/// each starts when another ends, so xUnit's default order (by a hash of the name) left the longest
/// group, the one that changes the sample dashboard, to start at minute 3.5 and end two minutes after
/// the rest. Durations alone on a quiet two-core machine, 3 December: being changed 260 s, sample
/// views 250 s, axe 190 s, listen addresses 120 s, accounts 100 s, first start 60 s.
/// </summary>
public sealed class LongestGroupsFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        SampleDashboardEditsGroup.Name,
        SampleDashboardGroup.Name,
        SampleDashboardAxeGroup.Name,
        Of<Hosting.ListenAddressTests>(),
        TeamDashboardGroup.Name,
        Of<Hosting.StartupTests>(),
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => Rank(c.DisplayName))
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(string collection)
    {
        var index = Array.IndexOf(Longest, collection);
        return index < 0 ? Longest.Length : index;
    }

    /// <summary>The name xUnit gives the collection of a class that names none.</summary>
    private static string Of<T>() => $"Test collection for {typeof(T).FullName}";
}
