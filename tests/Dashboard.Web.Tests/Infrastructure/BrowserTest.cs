namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// A test that opens pages in a browser shared by its collection. After each test its pages are
/// closed (the tests of a collection run one at a time), so open circuits on the server and
/// renderer processes in Chromium do not pile up over the run and slow the tests after them.
/// </summary>
public abstract class BrowserTest(Browser browser) : IAsyncLifetime
{
    /// <summary>
    /// How long a test waits for what one browser did to show in another, pushed by the server without a reload (the
    /// tests keep state a reload would lose, or check the document outright). The push takes well under a second on a
    /// quiet machine; under the full suite's load on two cores a 5 s wait was once too short.
    /// </summary>
    protected const int LiveWaitMilliseconds = 15_000;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => browser.CloseContextsAsync();
}
