namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// A test that opens pages in a browser shared by its collection. After each test its pages are
/// closed (the tests of a collection run one at a time), so open circuits on the server and
/// renderer processes in Chromium do not pile up over the run and slow the tests after them.
/// </summary>
public abstract class BrowserTest(Browser browser) : IAsyncLifetime
{
    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => browser.CloseContextsAsync();
}
