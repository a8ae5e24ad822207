using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.Benchmarks;

/// <summary>
/// What a person waits for in Chromium, and what each browser session costs the server, on a large
/// database. Run on purpose (docs/performance.md), never in the test suite:
/// <code>
/// dotnet run --project src/Dashboard.Cli -c Release -- bench queries --statements 100000 --repeat 1 --keep /tmp/bench-100k.db
/// DASHBOARD_BENCH_DATABASE=/tmp/bench-100k.db dotnet test tests/Dashboard.Web.Tests --filter "FullyQualifiedName~BrowserBenchmarks" --logger "console;verbosity=detailed"
/// </code>
/// Each benchmark prints a table and one line of JSON. <c>DASHBOARD_BENCH_VIEWERS</c> sets how many browsers watch a correction.
/// </summary>
public sealed class BrowserBenchmarks(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly Browser browser = new();
    private DashboardApp? app;

    private DashboardApp App => app ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        if (BenchmarkFactAttribute.Database is not { } source)
        {
            return;
        }

        // A copy, so the benchmark never changes the prepared file; no sample import on top of it.
        var folder = DashboardApp.NewFolder();
        File.Copy(source, DashboardApp.DatabasePath(folder));
        await browser.InitializeAsync();
        // Prepared for corrections, as a meeting's server is by default.
        app = await DashboardApp.StartAsync(folder, new Dictionary<string, string>(), "--Dashboard:SampleArticles=" + Path.Combine(folder, "none"),
            "--Dashboard:PrepareForCorrections=true");
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        if (app is not null)
        {
            await app.StopAsync();
            DashboardApp.DeleteFolder(app.Folder);
        }
    }

    [BenchmarkFact]
    public async Task Filter_change_to_updated_matrix()
    {
        var page = await browser.NewPageAsync(App.BaseUrl);
        await page.OpenInteractiveAsync("/matrix");
        var caption = page.Locator("table.matrix-table caption");
        await Expect(caption).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var actors = (await page.Locator("table.matrix-table tbody th").AllTextContentsAsync()).Select(a => a.Trim()).Take(10).ToList();
        await page.OpenFiltersAsync();
        var picker = page.GetByLabel("Actors", new() { Exact = true });
        // Timed in the page: from the key press or click (captured before the app sees it) to the
        // first animation frame showing the new caption, so Playwright's polling adds nothing.
        await page.EvaluateAsync("""
            () => {
                document.addEventListener('keydown', e => { if (e.key === 'Enter') window.__start = performance.now(); }, true);
                document.addEventListener('click', () => { window.__start = performance.now(); }, true);
            }
            """);
        var oneActor = new List<double>();
        var allAgain = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var actor in actors)
            {
                await picker.FillAsync(actor);
                await picker.PressAsync("Enter");
                oneActor.Add(await ElapsedUntilCaptionAsync(page, "c.includes(' of 1 agencies')"));

                await page.GetByRole(AriaRole.Button, new() { Name = "Clear all filters" }).ClickAsync();
                allAgain.Add(await ElapsedUntilCaptionAsync(page, "!c.includes(' of 1 agencies')"));
            }
        }

        Report("filter change to updated matrix in Chromium (ms, from the key press or click to the new caption)", new()
        {
            ["oneActor"] = Percentiles(oneActor),
            ["clearedToAll"] = Percentiles(allAgain),
        });
    }

    /// <summary>
    /// From the click that corrects a document's outlet to the moment each of five other browsers on the
    /// overview shows the new outlet in its coverage table: the change stored, every open view told, each
    /// view's figures read again and drawn; and to the moment the correcting page shows it. Wall-clock
    /// time (Date.now) in every page, one machine's clock. An outlet leaves the stance timeline as it was.
    /// </summary>
    [BenchmarkFact]
    public async Task Correction_to_every_open_browser()
    {
        var watching = await OpenOverviewsAsync();
        var editor = await OpenEditorAsync($"/documents/{await FirstDocumentAsync()}");
        var form = editor.GetByRole(AriaRole.Group, new() { Name = "Correct the title, outlet or date" });
        var own = new List<double>();
        var figures = await TimeRoundsAsync(watching, "t => (document.querySelector('.coverage-table')?.textContent ?? '').includes(t)", round => string.Create(CultureInfo.InvariantCulture, $"Bench Desk {round}"), async (outlet, measured) =>
        {
            var saved = editor.WaitForFunctionAsync(
                "o => (document.querySelector('dl.document-meta')?.textContent ?? '').includes(o) ? Date.now() : false",
                outlet, new() { Timeout = 60_000, PollingInterval = 10 });
            await form.GetByLabel("New value").FillAsync(outlet);
            await form.GetByRole(AriaRole.Button, new() { Name = "Correct" }).ClickAsync();
            var start = await editor.EvaluateAsync<double>("() => window.__start");
            var ownTime = await (await saved).JsonValueAsync<double>() - start;
            if (measured)
            {
                own.Add(ownTime);
            }

            return start;
        });

        figures["correctingBrowser"] = Percentiles(own);
        Report($"a document's outlet corrected, until each of {Viewers} other browsers on the overview shows it (ms, {Rounds} corrections after the first {FirstRounds})", figures);
    }

    /// <summary>
    /// From the click that sets a statement's stance to the moment each of five other browsers on the overview
    /// has drawn it as the newest point of a timeline pair: the timeline read again and each chart drawn again,
    /// its 2,000 points sent to every browser. The stance alternates between two values.
    /// </summary>
    [BenchmarkFact]
    public async Task Stance_correction_to_every_open_browser()
    {
        var watching = await OpenOverviewsAsync();
        // The first pair of the chart's table: its newest statement, as the table links it, is always drawn.
        var row = watching[0].Locator(".timeline .chart-table tbody tr").First;
        var pair = (await row.Locator("th").TextContentAsync())!.Trim();
        var program = pair[(pair.IndexOf(" – ", StringComparison.Ordinal) + 3)..];
        var newest = row.Locator("td").Nth(2).Locator("a");
        var now = (await newest.TextContentAsync())!.Trim();
        var labels = BenchStances.Where(l => !now.StartsWith(l + " ", StringComparison.Ordinal)).Take(2).ToArray();
        var editor = await OpenEditorAsync((await newest.GetAttributeAsync("href"))!);
        var statement = editor.Locator(".document-statements article.statement-evidence:has(.correction-form)");
        await statement.GetByLabel("Program").ChooseAsync(program);
        // Drawn: the pair's line in the chart ends with a point whose hover text starts with the new stance.
        var drawn = "t => { const line = document.querySelector('.timeline .js-plotly-plot')?.data?.find(d => d.name === " + JsonSerializer.Serialize(pair)
            + "); const h = line?.hovertext ?? []; return h.length > 0 && String(h[h.length - 1]).startsWith(t + ':'); }";
        var figures = await TimeRoundsAsync(watching, drawn, round => labels[round % 2], async (label, _) =>
        {
            await statement.GetByLabel("Stance").ChooseAsync(label);
            await statement.GetByRole(AriaRole.Button, new() { Name = "Set stance" }).ClickAsync();
            return await editor.EvaluateAsync<double>("() => window.__start");
        });

        Report($"a statement's stance corrected, until each of {Viewers} other browsers on the overview draws it ({pair}; ms, {Rounds} corrections after the first {FirstRounds})", figures);
    }

    /// <summary>
    /// Browsers watching the overview: five, or <c>DASHBOARD_BENCH_VIEWERS</c> (1–20). Here they draw on the server's own two
    /// cores; one alone shows what a correction costs when each browser has a computer of its own, as in a meeting.
    /// </summary>
    private static readonly int Viewers = int.TryParse(Environment.GetEnvironmentVariable("DASHBOARD_BENCH_VIEWERS"), out var viewers) ? Math.Clamp(viewers, 1, 20) : 5;

    /// <summary>Stances a benchmark sets in turn: the two of them that differ from the statement's own.</summary>
    private static readonly string[] BenchStances = ["refusing", "committed", "neutral"];

    /// <summary>The first corrections after a start also wait for the server to compile what they run: reported apart.</summary>
    private const int FirstRounds = 3;

    /// <summary>The corrections measured after those: a meeting's server that has been up a while.</summary>
    private const int Rounds = 10;

    /// <summary>Five browsers on the overview, once the server is ready for corrections (decision 033).</summary>
    private async Task<List<IPage>> OpenOverviewsAsync()
    {
        var watching = new List<IPage>();
        for (var i = 0; i < Viewers; i++)
        {
            var viewer = await browser.NewPageAsync(App.BaseUrl);
            // The first circuit on a large database waits for the server's warm-up (patterns, partitions).
            await viewer.GotoAsync("/");
            await viewer.Locator(".app-shell[data-interactive='true']").WaitForAsync(new() { Timeout = 180_000 });
            await Expect(viewer.Locator(".coverage-table")).ToBeAttachedAsync(new() { Timeout = 60_000 });
            watching.Add(viewer);
        }

        await App.WaitForOutputAsync("Ready for corrections", TimeSpan.FromMinutes(3));
        return watching;
    }

    /// <summary>The correcting browser on <paramref name="path"/>, signed, noting the time of each click in the page.</summary>
    private async Task<IPage> OpenEditorAsync(string path)
    {
        var editor = await browser.NewPageAsync(App.BaseUrl);
        await editor.OpenInteractiveAsync(path);
        await EndToEnd.Annotate.SignAsync(editor, "Bench");
        await editor.EvaluateAsync("() => document.addEventListener('click', () => { window.__start = Date.now(); }, true)");
        return editor;
    }

    /// <summary>
    /// Rounds of one correction each: <paramref name="correct"/> makes it and returns the page time of its click; each
    /// viewer notes when <paramref name="shows"/> (a JavaScript function of the round's expected text) holds.
    /// </summary>
    private static async Task<Dictionary<string, object>> TimeRoundsAsync(List<IPage> watching, string shows, Func<int, string> expected, Func<string, bool, Task<double>> correct)
    {
        var first = new List<double>();
        var last = new List<double>();
        var each = new List<double>();
        for (var round = 1; round <= FirstRounds + Rounds; round++)
        {
            var text = expected(round);
            var shown = watching.Select(viewer => viewer.WaitForFunctionAsync(
                $"t => ({shows})(t) ? Date.now() : false",
                text, new() { Timeout = 60_000, PollingInterval = 10 })).ToList();
            var start = await correct(text, round > FirstRounds);
            var times = new List<double>();
            foreach (var handle in shown)
            {
                times.Add(await (await handle).JsonValueAsync<double>() - start);
            }

            if (round <= FirstRounds)
            {
                first.Add(times.Max());
                continue;
            }

            each.AddRange(times);
            last.Add(times.Max());
        }

        return new()
        {
            ["firstCorrections"] = first,
            ["everyBrowser"] = Percentiles(last),
            ["eachBrowser"] = Percentiles(each),
        };
    }

    /// <summary>A document of the benchmark's database that is not deleted.</summary>
    private async Task<int> FirstDocumentAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DashboardApp.DatabasePath(App.Folder)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Documents WHERE DeletedAt IS NULL ORDER BY Id LIMIT 1";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    [BenchmarkFact]
    public Task Server_memory_per_session_and_after_open_close_cycles() =>
        MeasureSessionsAsync("/matrix", page => page.Locator("table.matrix-table caption"), "server working set with sessions on the matrix");

    [BenchmarkFact]
    public Task Server_memory_per_session_on_the_statements_grid() =>
        MeasureSessionsAsync("/statements", page => page.Locator(".statements-grid tbody tr:has(a)").First, "server working set with sessions on the statements grid");

    /// <summary>Working set and managed heap with 1, 20 and 50 sessions on a view, then after 200 open/close cycles.</summary>
    private async Task MeasureSessionsAsync(string path, Func<IPage, ILocator> ready, string title)
    {
        await SettleAsync();
        var pages = new List<IPage>();
        var figures = new Dictionary<string, object>();
        foreach (var sessions in new[] { 1, 20, 50 })
        {
            while (pages.Count < sessions)
            {
                var page = await browser.NewPageAsync(App.BaseUrl);
                await page.OpenInteractiveAsync(path);
                await Expect(ready(page)).ToBeVisibleAsync(new() { Timeout = 60_000 });
                pages.Add(page);
            }

            await SettleAsync();
            figures[$"workingSetMiB{sessions}"] = Math.Round(App.WorkingSetBytes / 1048576.0, 1);
            figures[$"managedHeapMiB{sessions}"] = Math.Round(await ManagedHeap.AfterFullCollectionAsync(App.ProcessId) / 1048576.0, 2);
        }

        figures["perAdditionalSessionMiB"] = Math.Round(((double)figures["workingSetMiB50"] - (double)figures["workingSetMiB1"]) / 49, 2);
        figures["managedHeapPerAdditionalSessionMiB"] = Math.Round(((double)figures["managedHeapMiB50"] - (double)figures["managedHeapMiB1"]) / 49, 3);
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }

        await SettleAsync();
        var before = App.WorkingSetBytes;
        var heapBefore = await ManagedHeap.AfterFullCollectionAsync(App.ProcessId);
        for (var cycle = 0; cycle < 200; cycle++)
        {
            var page = await browser.NewPageAsync(App.BaseUrl);
            await page.OpenInteractiveAsync(path);
            await Expect(ready(page)).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await page.Context.CloseAsync();
        }

        await SettleAsync();
        figures["afterCyclesMiB"] = Math.Round(App.WorkingSetBytes / 1048576.0, 1);
        figures["growthOver200CyclesMiB"] = Math.Round((App.WorkingSetBytes - before) / 1048576.0, 1);
        figures["managedHeapGrowthOver200CyclesMiB"] = Math.Round((await ManagedHeap.AfterFullCollectionAsync(App.ProcessId) - heapBefore) / 1048576.0, 2);
        Report(title, figures);
    }

    private static async Task<double> ElapsedUntilCaptionAsync(IPage page, string condition)
    {
        var shown = await page.WaitForFunctionAsync(
            $"() => {{ const c = document.querySelector('table.matrix-table caption')?.textContent ?? ''; return c !== '' && {condition} ? performance.now() : false; }}",
            null, new() { Timeout = 30_000 });
        return await shown.JsonValueAsync<double>() - await page.EvaluateAsync<double>("() => window.__start");
    }

    /// <summary>Lets closed circuits go and the server's collector run before a reading.</summary>
    private static Task SettleAsync() => Task.Delay(TimeSpan.FromSeconds(5));

    private static object Percentiles(List<double> times)
    {
        var sorted = times.Order().ToList();
        double At(double p) => Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 1);
        return new { runs = sorted.Count, p50 = At(0.50), p95 = At(0.95) };
    }

    private void Report(string title, Dictionary<string, object> figures)
    {
        output.WriteLine(title);
        foreach (var (name, value) in figures)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-28} {JsonSerializer.Serialize(value)}"));
        }

        output.WriteLine(JsonSerializer.Serialize(figures));
    }
}

/// <summary>A benchmark: skipped unless <c>DASHBOARD_BENCH_DATABASE</c> names a prepared SQLite file.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public static readonly string? Database = Environment.GetEnvironmentVariable("DASHBOARD_BENCH_DATABASE") is { Length: > 0 } path ? path : null;

    public BenchmarkFactAttribute()
    {
        if (Database is null)
        {
            Skip = "a benchmark: set DASHBOARD_BENCH_DATABASE to run it (docs/performance.md)";
        }
    }
}
