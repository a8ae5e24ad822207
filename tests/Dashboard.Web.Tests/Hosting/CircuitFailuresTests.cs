using Dashboard.Web.Tests.Infrastructure;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>The suite's check that no browser session crashed: what it counts, and the one case it excuses.</summary>
public sealed class CircuitFailuresTests
{
    private const string Crash = """
        fail: Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost[111]
              Unhandled exception in circuit 'abc123'.
              System.Threading.Tasks.TaskCanceledException: A task was canceled.
                 at Microsoft.JSInterop.JSRuntime.InvokeAsync[TValue](Int64 targetInstanceId, String identifier, JSCallType callType, Object[] args)
                 at Microsoft.AspNetCore.Components.Server.Circuits.RemoteNavigationManager.<>c__DisplayClass18_0.<<NavigateToCore>g__PerformNavigationAsync|0>d.MoveNext()
        """;

    private const string Disconnected = "dbug: Microsoft.AspNetCore.Components.Server.Circuits.CircuitRegistry[101]\n      Circuit with id abc123 is disconnected.\n";

    [Fact]
    public void A_navigation_that_times_out_after_its_page_disconnected_is_not_a_crash_its_user_sees() =>
        Assert.Empty(CircuitFailures.Find(Disconnected + Crash));

    [Fact]
    public void The_same_exception_while_the_page_is_connected_is_a_crash() =>
        Assert.Single(CircuitFailures.Find(Crash));

    [Fact]
    public void Another_exception_after_a_disconnection_is_still_a_crash() =>
        Assert.Single(CircuitFailures.Find(Disconnected + Crash.Replace("TaskCanceledException", "NullReferenceException", StringComparison.Ordinal)));

    [Fact]
    public void Another_circuits_disconnection_excuses_nothing() =>
        Assert.Single(CircuitFailures.Find(Disconnected.Replace("abc123", "zzz999", StringComparison.Ordinal) + Crash));

    [Fact]
    public void A_reported_crash_names_the_frames_outside_the_framework()
    {
        const string viewFailure = """
            fail: Dashboard.Web.Components.Ui.ViewBoundary[0]
                  View failed with an unexpected exception
                  System.InvalidOperationException: broken
                     at Microsoft.JSInterop.JSRuntime.InvokeAsync[TValue](Int64 targetInstanceId)
                     at Some.Library.Chart.OnAfterRenderAsync(Boolean firstRender)
                     at System.Threading.Tasks.Task.Run()
                     at Dashboard.Web.Components.Pages.Trends.TrendsPage.DrawAsync()
            info: next entry
                     at Not.Part.Of.It()
            """;

        var excerpt = Assert.Single(CircuitFailures.Find(viewFailure));

        Assert.Contains("InvalidOperationException: broken", excerpt, StringComparison.Ordinal);
        Assert.Contains("Some.Library.Chart.OnAfterRenderAsync", excerpt, StringComparison.Ordinal);
        Assert.Contains("TrendsPage.DrawAsync", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("JSRuntime", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("Not.Part.Of.It", excerpt, StringComparison.Ordinal);
    }
}
