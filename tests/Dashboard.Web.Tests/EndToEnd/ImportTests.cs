using System.Text;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Web.Tests.EndToEnd;

/// <summary>
/// Importing from the browser: files of every kind, bad ones refused with reasons, pasted text. One app of
/// its own for the whole class, so the sample corpus of the others is untouched: each of these tests makes
/// its app analyse, and the first analysis in a process costs several CPU-seconds, so they share one and
/// count documents relative to what they find (docs/performance.md, The test suite).
/// </summary>
[Collection(SampleDashboardEditsGroup.Name)]
public sealed class ImportTests(SampleDashboard dashboard, ImportTests.ImportApp importApp) : BrowserTest(dashboard.Browser), IClassFixture<ImportTests.ImportApp>
{
    /// <summary>
    /// How long an import's result may take to show: analysing the article, then the corpus, on a
    /// two-core machine busy with the rest of the suite took over 30 s (the usual wait) in two of five
    /// full runs on 3 December. These tests check what the page shows; the bench commands measure speed.
    /// </summary>
    internal const int ImportWaitMilliseconds = 90_000;

    /// <summary>The app the tests of this class share, with pages by address allowed from a loopback site.</summary>
    public sealed class ImportApp : IAsyncLifetime
    {
        private DashboardApp? app;

        public DashboardApp App => app ?? throw new InvalidOperationException("The app has not started.");

        /// <summary>
        /// The app's temporary copies (backups, checked restores) go to a folder of its own, so other
        /// tests' apps running at the same time cannot be counted as this one's.
        /// </summary>
        public string TemporaryFolder { get; } = Directory.CreateTempSubdirectory("dashboard-import-tmp-").FullName;

        // Pages by address come from a site the test runs on loopback, which only configuration allows.
        public async Task InitializeAsync() =>
            app = await DashboardApp.StartAsync(null, new Dictionary<string, string> { ["TMPDIR"] = TemporaryFolder }, "--Dashboard:Import:AllowPrivateAddresses=true", "--Dashboard:Feeds:CheckSeconds=1");

        public async Task DisposeAsync()
        {
            if (app is not null)
            {
                await app.StopAsync();
            }

            Directory.Delete(TemporaryFolder, recursive: true);
        }
    }

    /// <summary>The documents the corpus holds now, as the documents list counts them.</summary>
    private async Task<int> DocumentCountAsync()
    {
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");
        var caption = (await page.GetByRole(AriaRole.Table).Locator("caption").TextContentAsync())!.Trim();
        await page.CloseAsync();
        return int.Parse(caption.Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static FilePayload File(string name, string text, string mime = "text/plain") => new() { Name = name, MimeType = mime, Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task A_web_page_is_imported_by_its_address_and_its_document_links_back_to_it()
    {
        using var site = new OnePageSite("""
            <html><head><meta property="og:title" content="Lunar station talks"><meta property="og:site_name" content="Orbital Ledger"></head>
            <body><p><script>window.__ran = 1</script>ISRO chairman S. Somanath said on Tuesday that India would take part in the Gateway.</p></body></html>
            """);
        var address = new Uri(site.Address, "news/lunar-station-talks").ToString();
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/import");

        await page.GetByLabel("Addresses, one per line").FillAsync($"{address}\nfile:///etc/passwd\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the pages" }).ClickAsync();

        var rows = page.GetByRole(AriaRole.Table).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2, new() { Timeout = ImportWaitMilliseconds });
        await Expect(rows.Nth(0)).ToContainTextAsync("imported");
        await Expect(rows.Nth(1)).ToContainTextAsync("only http:// and https:// addresses can be imported");
        await rows.Nth(0).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lunar station talks", Level = 1 })).ToBeVisibleAsync();
        var source = page.GetByRole(AriaRole.Link, new() { Name = address });
        await Expect(source).ToHaveAttributeAsync("href", address);
        await Expect(source).ToHaveAttributeAsync("rel", "noopener noreferrer nofollow");
        Assert.Null(await page.EvaluateAsync<int?>("window.__ran"));

        // The page as it arrived is kept as evidence: downloaded, and inert even if a browser showed it.
        var kept = page.GetByRole(AriaRole.Link, new() { Name = "The page as imported" });
        await Expect(kept).ToHaveAttributeAsync("download", "");
        var response = await page.APIRequest.GetAsync(await kept.GetAttributeAsync("href") is { } href ? new Uri(importApp.App.BaseUrl, href).ToString() : throw new InvalidOperationException("no link"));
        Assert.Equal(200, response.Status);
        Assert.StartsWith("attachment", response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.StartsWith("sandbox", response.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("<script>window.__ran = 1</script>ISRO chairman", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_added_by_an_administrator_brings_its_article_into_every_open_browser_without_anyone_clicking()
    {
        using var site = new OnePageSite(
            """
            <html><head><meta property="og:title" content="Gateway airlock delivered"><meta property="og:site_name" content="Orbital Ledger"></head>
            <body><p>The head of the UAE space agency said on Monday that the airlock for the Gateway was ready for shipping.</p></body></html>
            """,
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Orbital Ledger &lt;b&gt;Space&lt;/b&gt;</title><link>http://example.org/</link><description>d</description>
            <item><title>Gateway airlock delivered</title><link>/news/gateway-airlock</link></item>
            </channel></rss>
            """);
        var feedAddress = new Uri(site.Address, OnePageSite.FeedPath).ToString();
        var overview = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await overview.OpenInteractiveAsync("/");
        var documents = overview.GetByRole(AriaRole.Link, new() { Name = "Documents" }).Filter(new() { HasText = "articles in the corpus" }).Locator(".summary-value");
        var before = int.Parse((await documents.TextContentAsync())!, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");
        await page.GetByRole(AriaRole.Link, new() { Name = "Feeds" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Feeds", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Feed address").FillAsync(feedAddress);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the feed" }).ClickAsync();

        // No click after this: the server polls the new feed, and both pages follow.
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = feedAddress });
        await Expect(row).ToContainTextAsync("1 imported", new() { Timeout = ImportWaitMilliseconds });
        await Expect(row.GetByRole(AriaRole.Rowheader)).ToContainTextAsync("Orbital Ledger <b>Space</b>"); // the feed's title as text
        await Expect(documents).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = ImportWaitMilliseconds });
        await page.GetByLabel("Feed address").FillAsync(feedAddress);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the feed" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "this feed is already on the list" })).ToBeVisibleAsync();

        // A page that is no feed: the reason shows on its row, in colours both themes keep readable.
        var notAFeed = new Uri(site.Address, "news/front-page").ToString();
        await page.GetByLabel("Feed address").FillAsync(notAFeed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the feed" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = notAFeed })).ToContainTextAsync("Failed: not a feed: the server sent text/html", new() { Timeout = ImportWaitMilliseconds });
        await Axe.AssertAccessibleAsync(page, "the feeds page (light)");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Axe.AssertAccessibleAsync(page, "the feeds page (dark)", Axe.ColourRules);
    }

    [Fact]
    public async Task Files_are_imported_with_one_result_each_and_bad_ones_are_refused_with_the_reason()
    {
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import articles" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import articles", Level = 1 })).ToBeVisibleAsync();

        await InputFileReadyAsync(page);
        await page.GetByLabel("Choose up to 200 files").SetInputFilesAsync(new[]
        {
            File("esa.txt", "title: ESA and the Gateway\noutlet: Orbital Ledger\ndate: 2023-03-02\n\n\"Europe will deliver its modules for the Gateway on time,\" Josef Aschbacher said at a press conference."),
            File("feed.json", """[{"title": "CNSA", "outlet": "Xinhua", "published": "2023-04-25", "text": "Wu Yanhua, deputy director of CNSA, said the ILRS is open to all countries."}]""", "application/json"),
            File("page.html", "<html><body><script>window.__ran = 1</script><p>'; DROP TABLE Documents; -- <b>JAXA</b> said it would join the Gateway.</p></body></html>", "text/html"),
            new FilePayload { Name = "photo.txt", MimeType = "text/plain", Buffer = [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] },
            File("empty.md", ""),
            File("esa-again.txt", "title: ESA and the Gateway\noutlet: Orbital Ledger\ndate: 2023-03-02\n\n\"Europe will deliver its modules for the Gateway on time,\" Josef Aschbacher said at a press conference."),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the files" }).ClickAsync();

        var rows = page.GetByRole(AriaRole.Table).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(6);
        await Expect(page.GetByText("3 imported, 0 near-duplicates, 1 duplicates, 2 rejected.")).ToBeVisibleAsync();
        await Expect(page.Locator("#import-progress")).ToHaveCountAsync(0); // no progress bar left behind
        await Expect(rows.Nth(0)).ToContainTextAsync("imported");
        await Expect(rows.Nth(1)).ToContainTextAsync("feed#1.json");
        await Expect(rows.Nth(2)).ToContainTextAsync("imported");
        await Expect(rows.Nth(3)).ToContainTextAsync("the file is binary");
        await Expect(rows.Nth(4)).ToContainTextAsync("the file is empty");
        await Expect(rows.Nth(5)).ToContainTextAsync("duplicate");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__ran ?? null"));
        await Axe.AssertAccessibleAsync(page, "the import results");

        // The audit log says who imported what.
        var audit = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await audit.OpenInteractiveAsync("/audit");
        await Expect(audit.GetByRole(AriaRole.Table).Locator("tbody tr").First).ToContainTextAsync("unnamed browser user");
        await Expect(audit.GetByRole(AriaRole.Table).Locator("tbody tr").First).ToContainTextAsync("3 imported, 1 duplicate, 2 rejected");

        // The imported article is in the corpus, its markup only ever as text.
        await rows.Nth(2).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByLabel("Article text")).ToContainTextAsync("'; DROP TABLE Documents; -- JAXA said it would join the Gateway.");
    }

    [Fact]
    public async Task Two_browsers_importing_overlapping_files_at_once_store_each_article_once()
    {
        string[] speakers = ["Bill Nelson", "Josef Aschbacher", "Yuri Borisov", "Wu Yanhua", "Hiroshi Yamakawa", "S. Somanath"];
        string[] programs = ["Artemis", "the Gateway", "the ILRS", "the ISS", "Mars Sample Return", "Gaganyaan"];
        var files = Enumerable.Range(1, 12).Select(i => File($"wire-{i:00}.txt",
            $"title: Wire report {i}\noutlet: Wire {i}\ndate: 2024-{1 + (i % 9):00}-{10 + i:00}\n\n\"We will decide on {programs[i % 6]} after review number {i},\" {speakers[i % 6]} said on the {i}th call with reporters.")).ToArray();
        var before = await DocumentCountAsync();
        var first = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        var second = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await first.OpenInteractiveAsync("/import");
        await second.OpenInteractiveAsync("/import");
        await InputFileReadyAsync(first);
        await InputFileReadyAsync(second);
        await first.GetByLabel("Choose up to 200 files").SetInputFilesAsync(files[..8]);
        await second.GetByLabel("Choose up to 200 files").SetInputFilesAsync(files[4..]);

        await Task.WhenAll(
            first.GetByRole(AriaRole.Button, new() { Name = "Import the files" }).ClickAsync(),
            second.GetByRole(AriaRole.Button, new() { Name = "Import the files" }).ClickAsync());

        var outcomes = new Dictionary<string, List<string>>();
        foreach (var (page, count) in new[] { (first, 8), (second, 8) })
        {
            var rows = page.GetByRole(AriaRole.Table).Locator("tbody tr");
            await Expect(rows).ToHaveCountAsync(count);
            foreach (var row in await rows.AllAsync())
            {
                var name = (await row.Locator("th").TextContentAsync())!.Trim();
                var text = (await row.TextContentAsync())!;
                outcomes.TryAdd(name, []);
                outcomes[name].Add(text.Contains("imported", StringComparison.Ordinal) ? "imported" : text.Contains("duplicate", StringComparison.Ordinal) ? "duplicate" : text);
            }
        }

        Assert.Equal(12, outcomes.Count);
        Assert.All(outcomes.Where(o => o.Value.Count == 1), o => Assert.Equal(["imported"], o.Value));
        Assert.All(outcomes.Where(o => o.Value.Count == 2), o => Assert.Equal(["duplicate", "imported"], o.Value.Order()));
        Assert.Equal(4, outcomes.Count(o => o.Value.Count == 2));
        await first.OpenInteractiveAsync("/documents");
        await Expect(first.GetByRole(AriaRole.Table).Locator("caption")).ToHaveTextAsync($"{before + 12} documents"); // none twice
    }

    [Fact]
    public async Task A_deleted_document_is_purged_for_good_after_a_second_confirmation()
    {
        var before = await DocumentCountAsync();
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents/4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete document…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        var deleted = page.GetByRole(AriaRole.Region, new() { Name = "Deleted documents (1)" });

        // Each confirmation is a dialog: Keep it closes it with nothing changed.
        await deleted.GetByRole(AriaRole.Button, new() { Name = "Purge…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("cannot be undone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(deleted).ToBeVisibleAsync();
        await deleted.GetByRole(AriaRole.Button, new() { Name = "Purge…" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Purge permanently" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deleted documents" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Table).Locator("caption")).ToHaveTextAsync($"{before - 1} documents");
        await page.OpenInteractiveAsync("/audit");
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr").First).ToContainTextAsync("document purged");
    }

    [Fact]
    public async Task Pasting_more_than_the_box_takes_keeps_the_session_and_says_so()
    {
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/import");
        var paste = page.GetByLabel("Article text (its first lines may be title:, outlet: and date:)");
        await paste.FocusAsync();

        // As a paste arrives: text inserted at the cursor (the box's limit applies, unlike a script setting its value).
        await page.Keyboard.InsertTextAsync("Roscosmos said it would leave the ISS. " + new string('ж', 70_000));

        Assert.Equal(40_000, await paste.EvaluateAsync<int>("e => e.value.length"));
        await Expect(page.GetByText("The box is full")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the text" }).ClickAsync();
        // The session is alive and the text arrived.
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToContainTextAsync(["imported"], new() { Timeout = ImportWaitMilliseconds });
    }

    [Fact]
    public async Task Pasted_text_is_imported_and_empty_text_cannot_be_sent()
    {
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/import");
        var paste = page.GetByLabel("Article text (its first lines may be title:, outlet: and date:)");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Import the text" });
        await Expect(button).ToBeDisabledAsync();

        await paste.FillAsync("outlet: TASS\ndate: 2024-04-02\n\nRoscosmos head Yuri Borisov said that Russia and China would put a nuclear power plant on the Moon by 2035.");
        await button.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToContainTextAsync(["imported"], new() { Timeout = ImportWaitMilliseconds });
        await Expect(paste).ToHaveValueAsync("");
    }

    [Fact]
    public async Task A_document_is_deleted_after_confirmation_and_undo_brings_it_back()
    {
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents/2");
        var title = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete document…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete document…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/documents\\?deleted=2$"));
        await Expect(page.Locator(".deleted-banner")).ToContainTextAsync($"Deleted “{title}”");
        await Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "001_e606fe3b67906bc2.txt" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deleted documents (1)" })).ToBeVisibleAsync();
        var elsewhere = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await elsewhere.OpenInteractiveAsync("/documents/2");
        await Expect(elsewhere.GetByRole(AriaRole.Heading, new() { Name = "Document not found", Level = 1 })).ToBeVisibleAsync();

        await page.Locator(".deleted-banner").GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "001_e606fe3b67906bc2.txt" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deleted documents (1)" })).ToHaveCountAsync(0);
        await page.GotoAsync("/documents/2");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("mark.statement-mark").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_backup_downloaded_while_the_app_runs_is_a_complete_database()
    {
        var documents = await DocumentCountAsync();
        var before = TemporaryCopies();
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download a backup" }).ClickAsync());
        var path = Path.Combine(importApp.App.Folder, "downloaded.db");
        await download.SaveAsAsync(path);

        Assert.StartsWith("dashboard-backup-", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await System.IO.File.ReadAllBytesAsync(path);
        Assert.Equal("SQLite format 3\0"u8.ToArray(), bytes[..16]);
        // Every sample's file name is stored in it (a backup of the whole database, not of an empty one).
        var text = Encoding.Latin1.GetString(bytes);
        Assert.All(TestPaths.SampleFileNames, name => Assert.Contains(name, text, StringComparison.Ordinal));

        // A change after the backup, then the backup restored from the browser undoes it.
        await page.OpenInteractiveAsync("/documents/3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete document…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        // The deletion leads to the documents list: its restore panel is the one to use, not the page left behind.
        await Expect(page.Locator(".deleted-banner")).ToBeVisibleAsync();
        var restore = page.GetByRole(AriaRole.Region, new() { Name = "Restore a backup" });
        var chooser = restore.GetByLabel("Backup file");
        // A file chosen before the input's script has set it up is lost: on a loaded machine the status stayed empty.
        await InputFileReadyAsync(page, "restore-file");
        await chooser.SetInputFilesAsync(new FilePayload { Name = "notes.db", MimeType = "application/octet-stream", Buffer = Encoding.UTF8.GetBytes("<script>alert(1)</script> not a database") });
        await Expect(restore.GetByRole(AriaRole.Status)).ToContainTextAsync("Not restored, nothing changed");
        await Expect(restore.GetByRole(AriaRole.Button, new() { Name = "Restore this backup" })).ToHaveCountAsync(0);

        await chooser.SetInputFilesAsync(path);
        await Expect(restore.GetByRole(AriaRole.Status)).ToContainTextAsync($"with {documents} documents");
        await restore.GetByRole(AriaRole.Button, new() { Name = "Restore this backup" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Replace today's content" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Backup restored" })).ToHaveTextAsync($"Backup restored: {documents} documents.");
        await Expect(page.GetByRole(AriaRole.Table).Locator("caption")).ToHaveTextAsync($"{documents} documents");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deleted documents (1)" })).ToHaveCountAsync(0);
        Assert.Empty(TemporaryCopies().Except(before)); // the downloaded backup's and the checked upload's copies are gone

        // A checked backup left unconfirmed when the page closes leaves no copy behind.
        var abandoned = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await abandoned.OpenInteractiveAsync("/documents");
        var panel = abandoned.GetByRole(AriaRole.Region, new() { Name = "Restore a backup" });
        await InputFileReadyAsync(abandoned, "restore-file");
        await panel.GetByLabel("Backup file").SetInputFilesAsync(path);
        await Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync($"with {documents} documents");
        Assert.Single(TemporaryCopies().Except(before));
        await abandoned.CloseAsync();
        await WaitUntilAsync(() => !TemporaryCopies().Except(before).Any(), "the abandoned restore's copy was not deleted");
    }

    private List<string> TemporaryCopies() =>
        [.. Directory.EnumerateDirectories(importApp.TemporaryFolder, "dashboard-restore-*").Concat(Directory.EnumerateDirectories(importApp.TemporaryFolder, "dashboard-backup-*"))];

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        for (var waited = 0; waited < 15_000 && !condition(); waited += 100)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), failure);
    }

    [Fact]
    public async Task Re_analysis_runs_in_the_background_and_every_open_browser_follows_it()
    {
        var documents = await DocumentCountAsync();
        var page = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        var colleague = await dashboard.Browser.NewPageAsync(importApp.App.BaseUrl);
        await page.OpenInteractiveAsync("/documents");
        await colleague.OpenInteractiveAsync("/documents");

        await page.GetByRole(AriaRole.Button, new() { Name = "Re-analyse all documents" }).ClickAsync();

        // Possibly the first analysis in this server process: under the full suite that took over 30 s.
        await Expect(page.Locator(".reanalysis-status")).ToContainTextAsync($"Re-analysed {documents} documents", new() { Timeout = ImportWaitMilliseconds });
        await Expect(colleague.Locator(".reanalysis-status")).ToContainTextAsync($"Re-analysed {documents} documents");
        await Expect(page.Locator(".reanalysis-status")).ToContainTextAsync("Every annotation found its item again.");
        await page.GotoAsync("/matrix");
        await Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
    }

    /// <summary>The file input reports a choice once Blazor's script has set it up, a moment after the page is interactive.</summary>
    private static async Task InputFileReadyAsync(IPage page, string id = "import-files") =>
        await page.WaitForFunctionAsync($"() => document.getElementById('{id}')?._blazorInputFileNextFileId !== undefined");
}
