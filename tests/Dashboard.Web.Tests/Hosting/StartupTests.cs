using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Dashboard.Web.Tests.Infrastructure;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>
/// The app as a person starts it: real process, real SQLite file, real HTTP. Tests that only read
/// share one app started on a new folder (<see cref="FirstStart"/>); the others start their own.
/// </summary>
public sealed partial class StartupTests(StartupTests.FirstStart first) : IDisposable, IClassFixture<StartupTests.FirstStart>
{
    private readonly string folder = DashboardApp.NewFolder();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        http.Dispose();
        DashboardApp.DeleteFolder(folder);
    }

    [Fact]
    public async Task Serves_the_dashboard_and_lists_every_sample_document()
    {
        var app = first.App;

        var home = await http.GetAsync(app.BaseUrl);
        var documents = await http.GetStringAsync(new Uri(app.BaseUrl, "documents"));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.All(TestPaths.SampleFileNames, name => Assert.Contains(name, documents, StringComparison.Ordinal));
        Assert.Contains($"{TestPaths.SampleFileNames.Count} documents", documents, StringComparison.Ordinal);
        Assert.Contains("Database: " + DashboardApp.DatabasePath(app.Folder), app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var app = first.App;

        foreach (var path in new[] { "", "documents/1", "no-such-page", "annotations/export.csv", "css/app.css" })
        {
            using var response = await http.GetAsync(new Uri(app.BaseUrl, path));
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Theory]
    [InlineData("/export/statements.csv?actor=No%20Such%20Agency", "Unknown actor")]
    [InlineData("/export/matrix.json?program=%3Cscript%3E", "Unknown program")]
    [InlineData("/export/contradictions.csv?from=not-a-date", "from")]
    public async Task An_export_with_a_filter_value_the_corpus_does_not_know_is_refused_not_widened(string path, string reason)
    {
        using var response = await http.GetAsync(new Uri(first.App.BaseUrl, path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was exported", body, StringComparison.Ordinal);
        Assert.Contains(reason, body, StringComparison.Ordinal);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType); // the value is echoed as text, never as markup
    }

    [Fact]
    public async Task The_annotation_export_is_a_complete_file()
    {
        using var response = await http.GetAsync(new Uri(first.App.BaseUrl, "/annotations/export.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.StartsWith("\"id\",\"kind\"", (await http.GetStringAsync(new Uri(first.App.BaseUrl, "/annotations/export.csv"))).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_sweeps_database_copies_an_interrupted_backup_or_restore_left_behind()
    {
        var stale = Directory.CreateTempSubdirectory("dashboard-restore-").FullName;
        await File.WriteAllTextAsync(Path.Combine(stale, "upload.db"), "a copy with password hashes");
        Directory.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-3));
        var recent = Directory.CreateTempSubdirectory("dashboard-backup-").FullName;
        try
        {
            await using (await DashboardApp.StartAsync())
            {
                Assert.False(Directory.Exists(stale));
                Assert.True(Directory.Exists(recent)); // may belong to a download under way in another instance
            }
        }
        finally
        {
            DashboardApp.DeleteFolder(stale);
            DashboardApp.DeleteFolder(recent);
        }
    }

    [Fact]
    public async Task A_server_prepares_for_corrections_unless_told_not_to()
    {
        // Shipped on: a meeting's server (decision 042).
        var settings = Path.Combine(Path.GetDirectoryName(TestPaths.DashboardWebAssembly)!, "appsettings.json");
        using (var shipped = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(settings), new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip }))
        {
            Assert.True(shipped.RootElement.GetProperty("Dashboard").GetProperty("PrepareForCorrections").GetBoolean());
        }

        // A malformed value keeps that default rather than failing the start (the test apps' false is overridden by the later argument).
        await DashboardApp.CopySampleDatabaseAsync(folder);
        await using var prepared = await DashboardApp.StartAsync(folder, "--Dashboard:PrepareForCorrections=maybe");
        await prepared.WaitForOutputAsync("Ready for corrections", TimeSpan.FromSeconds(90));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(prepared.BaseUrl)).StatusCode);

        Assert.Contains("Not preparing for corrections (Dashboard:PrepareForCorrections=false)", first.App.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ready for corrections", first.App.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_adds_no_documents()
    {
        await DashboardApp.CopySampleDatabaseAsync(folder); // what a first start left

        await using var again = await DashboardApp.StartAsync(folder);
        var documents = await http.GetStringAsync(new Uri(again.BaseUrl, "documents"));

        Assert.Contains($"{TestPaths.SampleFileNames.Count} documents", documents, StringComparison.Ordinal);
        Assert.DoesNotContain("Sample corpus:", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_location_can_come_from_the_environment()
    {
        var elsewhere = Path.Combine(folder, "from-environment", "team.db");

        await using var app = await DashboardApp.StartAsync(
            folder,
            new Dictionary<string, string> { ["ConnectionStrings__Dashboard"] = $"Data Source={elsewhere}" },
            $"--Dashboard:SampleArticles={Path.Combine(folder, "none")}"); // where the file goes is the point, not the samples

        Assert.Contains("Database: " + elsewhere, app.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(elsewhere));
        Assert.False(File.Exists(DashboardApp.DatabasePath(folder)));
    }

    [Fact]
    public async Task Serves_blazors_script_from_the_build_with_a_fingerprint()
    {
        var app = first.App;
        var page = await http.GetStringAsync(app.BaseUrl);

        var script = ScriptTag().Match(page);
        Assert.True(script.Success, "the page references a fingerprinted _framework/blazor.web.js");
        using var response = await http.GetAsync(new Uri(app.BaseUrl, script.Groups["src"].Value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("Blazor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_mudblazors_stylesheet_and_script_and_plotly_blazors_bundle_and_no_bootstrap()
    {
        var app = first.App;
        var page = await http.GetStringAsync(app.BaseUrl);

        Assert.DoesNotContain("bootstrap", page, StringComparison.OrdinalIgnoreCase);
        foreach (var asset in new[] { "_content/MudBlazor/MudBlazor.min.css", "_content/MudBlazor/MudBlazor.min.js" })
        {
            var reference = System.Text.RegularExpressions.Regex.Match(page, "(?:href|src)=\"(?<url>" + asset.Replace(".min.", "\\.min\\.[^\"]*", StringComparison.Ordinal) + ")\"");
            Assert.True(reference.Success, $"the page references {asset}");
            using var response = await http.GetAsync(new Uri(app.BaseUrl, reference.Groups["url"].Value));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Plotly.Blazor loads its own plotly.js when a chart is first drawn (the basic bundle: decision 043); it is served from the package.
        using var plotly = await http.GetAsync(new Uri(app.BaseUrl, "_content/Plotly.Blazor/plotly-basic-3.7.0.min.js"));
        Assert.Equal(HttpStatusCode.OK, plotly.StatusCode);
        Assert.Contains("plotly", await plotly.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_addresses_answer_404_with_the_not_found_page()
    {
        var app = first.App;

        using var response = await http.GetAsync(new Uri(app.BaseUrl, "no/such/page?q=<script>"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", body.Replace("<script src=", "", StringComparison.Ordinal)
            .Replace("<script type=\"importmap\">", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_sample_folder_degrades_to_an_empty_dashboard_with_a_clear_message()
    {
        var missing = Path.Combine(folder, "no-articles-here");
        await using var app = await DashboardApp.StartAsync(folder, $"--Dashboard:SampleArticles={missing}");

        var documents = await http.GetStringAsync(new Uri(app.BaseUrl, "documents"));

        Assert.Contains("No documents yet", documents, StringComparison.Ordinal);
        Assert.Contains($"Sample articles not imported: the folder '{missing}' cannot be read", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_stops_with_one_line_naming_the_port_and_the_fix()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        await DashboardApp.CopySampleDatabaseAsync(folder);

        var (exitCode, _, error) = await DashboardApp.RunToExitAsync(folder, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("already in use", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_loopback_only_loopback_host_names_are_answered_and_request_bodies_are_small()
    {
        var app = first.App;
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = $"attacker.example:{app.BaseUrl.Port}" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(rebound)).StatusCode);
        using var named = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = $"localhost:{app.BaseUrl.Port}" } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(named)).StatusCode);

        // Refused unread, so the server closes the connection: asking for that up front keeps the
        // client from reusing it for the next request. "Expect: 100-continue" holds the body back until
        // the server asks for it: sent at once, the server's early refusal and close could meet the
        // client still writing (a broken pipe instead of the answer, seen once under load).
        using var huge = new HttpRequestMessage(HttpMethod.Post, "/setup")
        {
            Content = new ByteArrayContent(new byte[2 * 1024 * 1024]),
            Headers = { ConnectionClose = true, ExpectContinue = true },
        };
        huge.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(huge)).StatusCode);

        // Bodies that are no readable form: refused with 400 by every form endpoint, never an error page.
        foreach (var body in new[] { new string('k', 3_000) + "=v", string.Join('&', Enumerable.Range(0, 2_000).Select(i => $"k{i}=v")), "%%%=\0" })
        {
            foreach (var path in new[] { "/login", "/setup", "/logout" })
            {
                // Each on its own connection: the server may close one whose body it did not read to the end.
                using var form = new HttpRequestMessage(HttpMethod.Post, path)
                {
                    Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
                    Headers = { ConnectionClose = true },
                };
                Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(form)).StatusCode);
            }
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    public async Task Listening_beyond_this_computer_requires_login_and_the_consoles_code_to_set_up(string urls)
    {
        await DashboardApp.CopySampleDatabaseAsync(folder);
        await using var app = await DashboardApp.StartAsync(folder, "--urls", urls);
        var code = Regex.Match(app.Output, "set-up code ([0-9A-F]{12})").Groups[1].Value;
        Assert.NotEmpty(code);
        using var http = new HttpSession(app.BaseUrl);

        Assert.StartsWith("/login", (await http.GetAsync("/matrix")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("No accounts exist yet", await (await http.GetAsync("/login")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var setup = new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = "a long enough password",
            ["Input.Repeat"] = "a long enough password",
            ["Input.Code"] = "000000000000",
        };
        var guessed = await http.PostFormAsync("/setup", "setup", setup);
        Assert.Equal(HttpStatusCode.OK, guessed.StatusCode);
        Assert.Contains("set-up code is not the one", await HttpSession.AlertAsync(guessed), StringComparison.Ordinal);

        setup["Input.Code"] = code.ToLowerInvariant();
        var created = await http.PostFormAsync("/setup", "setup", setup);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("Single-user mode", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("already set up", await (await http.GetAsync("/setup")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_database_file_stops_with_one_line_and_is_not_touched()
    {
        var database = DashboardApp.DatabasePath(folder);
        byte[] garbage = [.. "not a database, just some text that someone saved here\n"u8, .. new byte[4096]];
        await File.WriteAllBytesAsync(database, garbage);

        var (exitCode, _, error) = await DashboardApp.RunToExitAsync(folder, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(database, line, StringComparison.Ordinal);
        Assert.Contains("not a usable SQLite database", line, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database));
    }

    [Fact]
    public async Task A_database_path_that_cannot_be_created_stops_with_one_line_and_the_fix()
    {
        var blocker = Path.Combine(folder, "occupied");
        await File.WriteAllTextAsync(blocker, "a file where the database folder should be");

        var (exitCode, _, error) = await DashboardApp.RunToExitAsync(
            folder, "--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Dashboard=Data Source={Path.Combine(blocker, "dashboard.db")}");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Cannot create the database folder", line, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Dashboard", line, StringComparison.Ordinal);
        Assert.Equal("a file where the database folder should be", await File.ReadAllTextAsync(blocker));
    }

    [Fact]
    public async Task A_broken_gazetteer_stops_the_start_naming_the_line_and_the_problem()
    {
        var gazetteer = Path.Combine(folder, "gazetteer.json");
        await File.WriteAllTextAsync(gazetteer, "{\n  \"actors\": [ { \"name\": \"NASA\", \"kind\": \"agency\", \"aliases\": [\"NASA\"] },\n    { \"name\": \"ESA\", \"kind\": \"agency\", \"aliases\": [\"NASA\"] } ],\n  \"people\": [], \"programs\": []\n}\n");

        var (exitCode, _, error) = await DashboardApp.RunToExitAsync(folder, "--urls", "http://127.0.0.1:0", $"--Dashboard:Gazetteer={gazetteer}");

        Assert.Equal(1, exitCode);
        Assert.Contains("line 3: alias \"NASA\" of \"ESA\" is already used by \"NASA\" (line 2)", error, StringComparison.Ordinal);
        Assert.False(File.Exists(DashboardApp.DatabasePath(folder)));
    }

    /// <summary>The app's first start on a new folder: migrations and the sample import included.</summary>
    public sealed class FirstStart : IAsyncLifetime
    {
        private DashboardApp? app;

        public DashboardApp App => app ?? throw new InvalidOperationException("The app has not started.");

        public async Task InitializeAsync() => app = await DashboardApp.StartAsync(DashboardApp.NewFolder());

        public async Task DisposeAsync()
        {
            if (app is not null)
            {
                await app.StopAsync();
                DashboardApp.DeleteFolder(app.Folder);
            }
        }
    }

    [GeneratedRegex("<script src=\"(?<src>_framework/blazor\\.web\\.[a-z0-9]+\\.js)\"")]
    private static partial Regex ScriptTag();
}
