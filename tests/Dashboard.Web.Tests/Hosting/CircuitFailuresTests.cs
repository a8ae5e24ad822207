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
}
