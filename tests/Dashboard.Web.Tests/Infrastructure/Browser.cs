using Microsoft.Playwright;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// Debian's build of Chromium's headless shell driven by Playwright (decision 021), with the flags
/// this environment needs and a fresh temporary profile per launch (Playwright's own). Override the
/// executable with DASHBOARD_CHROMIUM (the full browser works too). Never downloads a browser.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    /// <summary>How long an action or an expectation waits for the page: passing waits end at once, only a failure waits this long.</summary>
    private const int WaitMilliseconds = 30_000;

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Instance => browser ?? throw new InvalidOperationException("The browser has not started.");

    public static string ExecutablePath => Environment.GetEnvironmentVariable("DASHBOARD_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium-headless-shell";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. Install it (Debian: apt-get install chromium-headless-shell) or set DASHBOARD_CHROMIUM; the README's test command does this for you.");
        }

        // Expectations wait as long as actions: a loaded two-core CI machine, running several test
        // collections, app processes and a database server at once, took more than the default 5 s, and
        // on a day of a slow shared host an import's undo or a correction's re-analysis took over 15 s.
        Assertions.SetDefaultExpectTimeout(WaitMilliseconds);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // --max-opt=1: scripts run interpreted and baseline-compiled only. A test's page lives seconds,
            // too short for V8's optimising compilers to repay their work; without them the browser used
            // about a tenth less CPU over the axe scans and the views (docs/performance.md). Script
            // semantics are the same at every tier.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--js-flags=--max-opt=1",
            ],
        });
    }

    /// <summary>A fresh context (own cookies and storage) so tests never see each other's state.</summary>
    /// <remarks>Reduced motion: measurements (axe colour contrast) see settled colours, not a transition.</remarks>
    public async Task<IPage> NewPageAsync(Uri baseUrl, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ColorScheme = colorScheme,
            ReducedMotion = ReducedMotion.Reduce,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(WaitMilliseconds);
        context.SetDefaultNavigationTimeout(30_000); // a first page load builds the circuit: slower on a busy 2-core machine
        return await context.NewPageAsync();
    }

    /// <summary>Closes every page as its user would close the tab, then every context opened so far.</summary>
    /// <remarks>
    /// Closing a tab runs its unload handlers, so Blazor tells the server the circuit is gone for good
    /// and the server disposes it at once. Closing only the context often skips them: the circuit then
    /// waits to be resumed for minutes, and a navigation the server had just sent it ends 30 s later as a
    /// timed-out interop call, reported as the circuit's crash (and rightly failing the run).
    /// </remarks>
    public async Task CloseContextsAsync()
    {
        foreach (var context in Instance.Contexts.ToList())
        {
            foreach (var page in context.Pages.ToList())
            {
                await CloseAsAUserWouldAsync(page);
            }

            await context.CloseAsync();
        }
    }

    private static async Task CloseAsAUserWouldAsync(IPage page)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Close += (_, _) => closed.TrySetResult();
        try
        {
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        }
        catch (PlaywrightException)
        {
            return; // already gone with its browser process
        }

        // A "leave this page?" prompt would keep the tab open; the context's closing ends it anyway.
        await Task.WhenAny(closed.Task, Task.Delay(TimeSpan.FromSeconds(2)));
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
