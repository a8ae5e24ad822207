using Bunit;
using Dashboard.Web.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Tests;

public sealed class ViewBoundaryTests : MudContext
{
    [Fact]
    public void A_browser_that_went_away_during_a_script_call_gets_the_view_again_not_an_error()
    {
        var starts = new Starts();
        var cut = RenderFailing(new JSDisconnectedException("gone"), starts);

        cut.WaitForAssertion(() => Assert.Equal(2, starts.Count)); // drawn afresh after it failed
        Assert.Contains("drawn", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("This view failed", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_failure_is_shown_as_a_failed_view()
    {
        var starts = new Starts();
        var cut = RenderFailing(new InvalidOperationException("bug"), starts);

        cut.WaitForAssertion(() => Assert.Contains("This view failed", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(1, starts.Count);
    }

    private IRenderedComponent<ViewBoundary> RenderFailing(Exception failure, Starts starts) =>
        Render<ViewBoundary>(p => p.AddChildContent<FailsOnce>(c => c.Add(f => f.Failure, failure).Add(f => f.Starts, starts)));

    private sealed class Starts
    {
        public int Count { get; set; }
    }

    /// <summary>Fails after its first render only, as a library's script call does when the browser is gone.</summary>
    private sealed class FailsOnce : ComponentBase
    {
        [Parameter, EditorRequired]
        public Exception Failure { get; set; } = default!;

        [Parameter, EditorRequired]
        public Starts Starts { get; set; } = default!;

        protected override void OnInitialized() => Starts.Count++;

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, "drawn");

        protected override Task OnAfterRenderAsync(bool firstRender) =>
            firstRender && Starts.Count == 1 ? Task.FromException(Failure) : Task.CompletedTask;
    }
}
